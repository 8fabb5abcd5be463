// `execguard agent PLAN.yaml [--model M] [--json]`: placeholder until the execution agent lands.
import { UsageError, type Io } from '../io.js';

export async function run(_argv: string[], _io: Io): Promise<number> {
  throw new UsageError('not available yet');
}
