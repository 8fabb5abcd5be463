// One line appended to a JSON-lines file, as parallel hook processes share them: a single
// O_APPEND write per line (short lines do not interleave), after closing off a line a killed
// writer cut short, so a torn line costs only itself.
import { closeSync, fstatSync, openSync, readSync, writeSync } from 'node:fs';

/** Appends `line` on a line of its own: after a newline when the file does not end with one. */
export function appendLine(file: string, line: string): void {
  const fd = openSync(file, 'a+', 0o600);
  try {
    const size = fstatSync(fd).size;
    const last = Buffer.alloc(1);
    const torn = size > 0 && readSync(fd, last, 0, 1, size - 1) === 1 && last[0] !== 0x0a;
    writeSync(fd, `${torn ? '\n' : ''}${line}\n`);
  } finally {
    closeSync(fd);
  }
}
