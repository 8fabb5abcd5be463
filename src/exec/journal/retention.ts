// Retention: what execguard's state folder keeps, and for how long. Defaults (docs/retention.md):
// runs older than 30 days are removed by `execguard runs --prune`; decisions.jsonl rotates at
// 5 MB keeping 3 old files; moved-aside lock files and leftover temporary files of writers that
// are gone, empty grant folders, expired executor call claims and the helper's stale spawn marks
// are removed by the commands that find them.
import { readdirSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { sweepExecutorCalls } from '../../state/executor-calls.js';
import { statePaths } from '../../state/home.js';
import { durationMs } from '../run/duration.js';
import { processRunning } from '../process/process-identity.js';
import { listRuns, runsRoot } from './run-store.js';

export const DEFAULT_RUN_RETENTION_MS = 30 * 24 * 60 * 60 * 1000;

/** "30d", "12h", "90m", "45s" -> milliseconds; undefined for anything else. */
export const parseAge = (text: string): number | undefined => durationMs(text, ['d', 'h', 'm', 's']);

/** Removes finished runs (COMPLETE, BLOCKED, INTERRUPTED) that finished before `now - olderThanMs`. */
export function pruneRuns(home: string, olderThanMs = DEFAULT_RUN_RETENTION_MS, now = Date.now()): string[] {
  const removed: string[] = [];
  for (const meta of listRuns(home)) {
    if (meta.status === 'RUNNING') continue;
    const ended = Date.parse(meta.finishedAt ?? meta.startedAt);
    if (!(now - ended > olderThanMs)) continue;
    rmSync(join(runsRoot(home), meta.runId), { recursive: true, force: true });
    removed.push(meta.runId);
  }
  return removed;
}

/** Housekeeping the commands that read the state folder do on their way: what nobody needs any more. */
export function sweepState(home: string): string[] {
  const paths = statePaths(home);
  const removed: string[] = [];
  const entries = (dir: string) => {
    try {
      return readdirSync(dir);
    } catch {
      return [];
    }
  };
  // Lock files moved aside, and temporary files, of a writer that died (their names carry its
  // pid; a name without one is judged by age).
  for (const name of entries(paths.locks)) {
    if (!/\.stale-|\.tmp$/.test(name)) continue;
    const pid = name.match(/\.lock\.(?:stale-)?(\d+)[.-]/)?.[1];
    if (pid ? !processRunning(Number(pid)) : olderThan(join(paths.locks, name), 60_000)) {
      rmSync(join(paths.locks, name), { force: true });
      removed.push(join(paths.locks, name));
    }
  }
  // Spawn marks of the hooks' helper (`<socket>.starting`) whose start never finished.
  const hookd = join(home, 'hookd');
  for (const name of entries(hookd)) {
    if (name.endsWith('.starting') && olderThan(join(hookd, name), 60_000)) {
      rmSync(join(hookd, name), { force: true });
      removed.push(join(hookd, name));
    }
  }
  // Executor call claims past their life: none of them can start a run any more.
  removed.push(...sweepExecutorCalls(home));
  // Grant folders of sessions whose records were all pruned.
  for (const name of entries(paths.grants)) {
    const dir = join(paths.grants, name);
    if (entries(dir).length === 0) {
      try {
        rmdirSync(dir);
        removed.push(dir);
      } catch {
        /* not empty any more, or not a folder */
      }
    }
  }
  return removed;
}

function olderThan(path: string, ms: number): boolean {
  try {
    return Date.now() - statSync(path).mtimeMs > ms;
  } catch {
    return false;
  }
}
