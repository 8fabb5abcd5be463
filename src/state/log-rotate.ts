// Size-based rotation for append-only logs in the state folder (decisions.jsonl): the hooks'
// decision-log writer calls rotateBySize() before it appends. See docs/retention.md.
import { renameSync, statSync } from 'node:fs';

const DEFAULT_DECISION_LOG_MAX_BYTES = 5 * 1024 * 1024;
const DEFAULT_DECISION_LOG_KEEP = 3;

/**
 * Rotates a log by size: `path` -> `path.1` -> ... -> `path.<keep>` (the oldest is dropped) once it
 * exceeds `maxBytes`. Cheap when nothing is due (one stat). Safe to call from concurrent writers:
 * a rename that loses a race is simply skipped, and appends go to whichever file holds the name.
 */
export function rotateBySize(path: string, maxBytes = DEFAULT_DECISION_LOG_MAX_BYTES, keep = DEFAULT_DECISION_LOG_KEEP): boolean {
  let size: number;
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
      /* not there yet */
    }
  }
  try {
    renameSync(path, `${path}.1`);
  } catch {
    return false;
  }
  return true;
}
