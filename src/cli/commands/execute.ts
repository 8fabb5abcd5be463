import type { Io } from '../io.js';

export async function run(_argv: string[], io: Io): Promise<number> {
  io.stderr('execguard execute: not implemented yet\n');
  return 1;
}
