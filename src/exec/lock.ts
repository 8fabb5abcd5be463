// One run at a time per workspace (repository + workdir). The lock is a file created with O_EXCL;
// a second run meets it as a State conflict. A lock whose owner process is gone, or that is older
// than the stale limit, is recovered (moved aside, never silently deleted) and noted.
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { statePaths } from '../state/home.js';

export interface LockOwner {
  pid: number;
  host: string;
  runId: string;
  workspace: string;
  startedAt: string;
}

export class LockHeldError extends Error {
  constructor(readonly owner: LockOwner, readonly path: string) {
    super(`workspace ${owner.workspace} is locked by run ${owner.runId} (pid ${owner.pid} on ${owner.host}, since ${owner.startedAt}); lock ${path}`);
  }
}

export const DEFAULT_STALE_MS = 6 * 60 * 60 * 1000;

export function lockPath(workspace: string, home?: string): string {
  const key = createHash('sha256').update(workspace).digest('hex').slice(0, 16);
  return join(statePaths(home).locks, `${key}.lock`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function lockIsStale(owner: LockOwner, now = Date.now(), staleMs = DEFAULT_STALE_MS): string | undefined {
  if (owner.host === hostname() && !alive(owner.pid)) return `its owner (pid ${owner.pid}) is no longer running`;
  const age = now - Date.parse(owner.startedAt);
  if (!(age <= staleMs)) return `it is older than ${Math.round(staleMs / 60000)} minutes`;
  return undefined;
}

export interface HeldLock {
  path: string;
  /** Set when a stale lock was recovered to take this one. */
  recovered?: { owner: LockOwner; reason: string; movedTo: string };
  release: () => void;
}

export function acquireLock(workspace: string, runId: string, options: { home?: string; staleMs?: number } = {}): HeldLock {
  const path = lockPath(workspace, options.home);
  mkdirSync(join(path, '..'), { recursive: true, mode: 0o700 });
  const owner: LockOwner = { pid: process.pid, host: hostname(), runId, workspace, startedAt: new Date().toISOString() };
  let recovered: HeldLock['recovered'];
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      writeSync(fd, JSON.stringify(owner));
      closeSync(fd);
      return {
        path,
        recovered,
        release: () => {
          // Only remove our own lock.
          try {
            if ((JSON.parse(readFileSync(path, 'utf8')) as LockOwner).runId === runId) rmSync(path, { force: true });
          } catch {
            /* already gone */
          }
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let current: LockOwner;
    try {
      current = JSON.parse(readFileSync(path, 'utf8')) as LockOwner;
    } catch {
      // Unreadable or half-written lock: treat as stale owner unknown.
      current = { pid: -1, host: hostname(), runId: 'unknown', workspace, startedAt: new Date(0).toISOString() };
    }
    const reason = lockIsStale(current, Date.now(), options.staleMs);
    if (!reason) throw new LockHeldError(current, path);
    const movedTo = `${path}.stale-${Date.now()}`;
    try {
      renameSync(path, movedTo);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    recovered = { owner: current, reason, movedTo };
  }
  throw new Error(`could not take the lock ${path}`);
}
