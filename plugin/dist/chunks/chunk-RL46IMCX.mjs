import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);

// src/state/append-line.ts
import { closeSync, fstatSync, openSync, readSync, writeSync } from "node:fs";
function appendLine(file, line) {
  const fd = openSync(file, "a+", 384);
  try {
    const size = fstatSync(fd).size;
    const last = Buffer.alloc(1);
    const torn = size > 0 && readSync(fd, last, 0, 1, size - 1) === 1 && last[0] !== 10;
    writeSync(fd, `${torn ? "\n" : ""}${line}
`);
  } finally {
    closeSync(fd);
  }
}

export {
  appendLine
};
