import type { SimpleCommand } from '../../shell/types.js';
import type { ExpandOptions, Reader } from './index.js';
import type { Found } from './types.js';

export async function gitRuns(_cmd: SimpleCommand, _dir: string | undefined, _reader: Reader, _options: ExpandOptions): Promise<Found> {
  return { sources: [], unreadable: [] };
}
