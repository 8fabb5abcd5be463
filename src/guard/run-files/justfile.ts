import type { SimpleCommand } from '../../shell/types.js';
import type { Reader } from './index.js';
import type { Found } from './types.js';

export function justRun(_cmd: SimpleCommand, _dir: string | undefined, _reader: Reader, _home: string | undefined): Found {
  return { sources: [], unreadable: [] };
}
