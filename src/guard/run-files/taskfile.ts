import type { SimpleCommand } from '../../shell/types.js';
import type { Reader } from './index.js';
import type { Found } from './types.js';

export function taskRun(_cmd: SimpleCommand, _dir: string | undefined, _reader: Reader): Found {
  return { sources: [], unreadable: [] };
}
