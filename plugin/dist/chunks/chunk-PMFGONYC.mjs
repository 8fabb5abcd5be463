import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);

// src/state/log-rotate.ts
import { renameSync, statSync } from "node:fs";
var DEFAULT_DECISION_LOG_MAX_BYTES = 5 * 1024 * 1024;
var DEFAULT_DECISION_LOG_KEEP = 3;
function rotateBySize(path, maxBytes = DEFAULT_DECISION_LOG_MAX_BYTES, keep = DEFAULT_DECISION_LOG_KEEP) {
  let size;
  try {
    size = statSync(path).size;
  } catch {
    return false;
  }
  if (size <= maxBytes) return false;
  for (let i = keep - 1; i >= 1; i--) {
    try {
      renameSync(`${path}.${i}`, `${path}.${i + 1}`);
    } catch {
    }
  }
  try {
    renameSync(path, `${path}.1`);
  } catch {
    return false;
  }
  return true;
}

export {
  rotateBySize
};
