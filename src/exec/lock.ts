// One run at a time per workspace (the real path of the repository plus the normalised workdir).
// The owner is written to a temporary file first and then hard-linked into place: link(2) fails
// when the lock exists, so a lock file is never seen empty or half-written, and there is exactly
// one holder. An unreadable lock is held, not stale. A lock whose owner process is gone (or that
// is older than the stale limit) is recovered under a short recovery lock, so two contenders can
// never both move a lock aside; what it held is journaled by the run that recovers it.
import { createHash, randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, normalize } from 'node:path';
import { statePaths } from '../state/home.js';

export interface LockOwner {
  pid: number;
  host: string;
  runId: string;
  workspace: string;
  startedAt: string;
}

export class LockHeldError extends Error {
  constructor(
    readonly owner: LockOwner,
    readonly path: string,
  ) {
    super(
      `workspace ${owner.workspace} is locked by run ${owner.runId} (pid ${owner.pid} on ${owner.host}, since ${owner.startedAt}); lock ${path}`,
    );
  }
}

const DEFAULT_STALE_MS = 6 * 60 * 60 * 1000;

/** The canonical workspace: `infra/app/`, `infra/app` and `./infra//app` through a symlink are one. */
export function workspaceKey(repoRoot: string, workdir: string): string {
  let root = repoRoot;
  try {
    root = realpathSync(repoRoot);
  } catch {
    /* a repository that vanished: its path as given */
  }
  const rel = normalize(workdir).replace(/\/+$/, '');
  return rel === '.' || rel === '' ? root : join(root, rel);
}

export function lockPath(workspace: string, home?: string): string {
  const key = createHash('sha256').update(workspace).digest('hex').slice(0, 16);
  return join(statePaths(home).locks, `${key}.lock`);
}

export function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
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
  recovered?: { owner: LockOwner; reason: string };
  release: () => void;
}

function readOwner(path: string): LockOwner | undefined {
  try {
    const value = JSON.parse(readFileSync(path, 'utf8')) as LockOwner;
    return typeof value.runId === 'string' && typeof value.pid === 'number' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Creates `path` holding `owner`, atomically and exclusively; false when it already exists. */
function linkInPlace(path: string, owner: LockOwner): boolean {
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(tmp, JSON.stringify(owner), { mode: 0o600, flag: 'wx' });
  try {
    linkSync(tmp, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(tmp, { force: true });
  }
}

/** Removes `path` if `judged` (the owner found stale) still holds it; only one recoverer at a time. */
function recoverStale(path: string, judged: LockOwner, owner: LockOwner): boolean {
  const guard = `${path}.recover`;
  if (!linkInPlace(guard, owner)) {
    // Another contender is recovering. A recovery guard outlives its holder only if that process died.
    const holder = readOwner(guard);
    if (holder && holder.host === hostname() && !alive(holder.pid)) moveAsideIf(guard, holder);
    return false;
  }
  try {
    const current = readOwner(path);
    if (!current || current.runId !== judged.runId || current.pid !== judged.pid) return false;
    moveAsideIf(path, current);
    return true;
  } finally {
    rmSync(guard, { force: true });
  }
}

/** Renames `path` aside, checks that the moved file is the one judged, and deletes it. */
function moveAsideIf(path: string, judged: LockOwner): void {
  const aside = `${path}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    renameSync(path, aside);
  } catch {
    return;
  }
  const moved = readOwner(aside);
  if (moved && moved.runId === judged.runId && moved.pid === judged.pid) rmSync(aside, { force: true });
  // Not what we judged (cannot happen under the recovery guard): put it back if the place is free.
  else {
    try {
      linkSync(aside, path);
    } catch {
      /* someone took the place: theirs wins */
    }
    rmSync(aside, { force: true });
  }
}

export function acquireLock(workspace: string, runId: string, options: { home?: string; staleMs?: number } = {}): HeldLock {
  const path = lockPath(workspace, options.home);
  mkdirSync(join(path, '..'), { recursive: true, mode: 0o700 });
  const owner: LockOwner = { pid: process.pid, host: hostname(), runId, workspace, startedAt: new Date().toISOString() };
  let recovered: HeldLock['recovered'];
  for (let attempt = 0; attempt < 3; attempt++) {
    if (linkInPlace(path, owner)) {
      return { path, ...(recovered ? { recovered } : {}), release: () => releaseLock(path, runId) };
    }
    const current = readOwner(path);
    if (!current) {
      // Unreadable: held (a writer never leaves it half-written), unless it is older than the stale limit.
      let age = 0;
      try {
        age = Date.now() - statSync(path).mtimeMs;
      } catch {
        continue; // released meanwhile: try again
      }
      const unknown: LockOwner = {
        pid: -1,
        host: '?',
        runId: 'unknown (unreadable lock file)',
        workspace,
        startedAt: new Date(Date.now() - age).toISOString(),
      };
      if (age <= (options.staleMs ?? DEFAULT_STALE_MS)) throw new LockHeldError(unknown, path);
      rmSync(path, { force: true });
      continue;
    }
    const reason = lockIsStale(current, Date.now(), options.staleMs);
    if (!reason) throw new LockHeldError(current, path);
    if (recoverStale(path, current, owner)) recovered = { owner: current, reason };
  }
  const holder = readOwner(path);
  if (holder) throw new LockHeldError(holder, path);
  throw new Error(`could not take the lock ${path}`);
}

/** Removes the lock only if `runId` holds it. */
export function releaseLock(path: string, runId: string): void {
  if (readOwner(path)?.runId === runId) rmSync(path, { force: true });
}
