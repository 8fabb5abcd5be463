// One run at a time per workspace (the real path of the repository plus the normalised workdir).
// The owner is written to a temporary file first and then hard-linked into place: link(2) fails
// when the lock exists, so a lock file is never seen empty or half-written, and there is exactly
// one holder. A lock is stale only when its owner is dead: the pid is gone, or held by a process
// that started at another time (process-identity.ts). Never by age: a long apply keeps its lock,
// and a moved wall clock (Date) changes nothing. An unreadable lock is held, not stale. A stale
// lock is recovered under a short recovery lock, so two contenders can never both move a lock
// aside; what it held is journaled by the run that recovers it.
import { randomBytes, createHash } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, normalize } from 'node:path';
import { statePaths } from '../../state/home.js';
import { processRunning, processStart } from '../process/process-identity.js';

export interface LockOwner {
  pid: number;
  host: string;
  runId: string;
  workspace: string;
  /** Shown to people only: staleness never reads it. */
  startedAt: string;
  /** The owner's start (process-identity.ts): a reused pid is not the owner. */
  start?: string;
  /** Unique to this holder: release removes only the lock it took. */
  token?: string;
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

/** @internal exported for its tests (knip --production) */
export function lockPath(workspace: string, home?: string): string {
  const key = createHash('sha256').update(workspace).digest('hex').slice(0, 16);
  return join(statePaths(home).locks, `${key}.lock`);
}

/** Why the lock is stale, or undefined while its owner runs. Another host's lock is never judged here. */
export function lockIsStale(owner: LockOwner): string | undefined {
  if (owner.host !== hostname()) return undefined;
  if (!processRunning(owner.pid, owner.start))
    return processRunning(owner.pid)
      ? `its owner (pid ${owner.pid}) is no longer running (the pid now belongs to another process)`
      : `its owner (pid ${owner.pid}) is no longer running`;
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
    if (holder && lockIsStale(holder)) moveAsideIf(guard, holder);
    return false;
  }
  try {
    const current = readOwner(path);
    if (!current || !sameOwner(current, judged)) return false;
    moveAsideIf(path, current);
    return true;
  } finally {
    rmSync(guard, { force: true });
  }
}

const sameOwner = (a: LockOwner, b: LockOwner) => a.runId === b.runId && a.pid === b.pid && a.token === b.token;

/** Renames `path` aside, checks that the moved file is the one judged, and deletes it. */
function moveAsideIf(path: string, judged: LockOwner): void {
  const aside = `${path}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    renameSync(path, aside);
  } catch {
    return;
  }
  const moved = readOwner(aside);
  if (moved && sameOwner(moved, judged)) rmSync(aside, { force: true });
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

export function acquireLock(workspace: string, runId: string, options: { home?: string } = {}): HeldLock {
  const path = lockPath(workspace, options.home);
  mkdirSync(join(path, '..'), { recursive: true, mode: 0o700 });
  const start = processStart(process.pid);
  const owner: LockOwner = {
    pid: process.pid,
    host: hostname(),
    runId,
    workspace,
    startedAt: new Date().toISOString(),
    ...(start ? { start } : {}),
    token: randomBytes(8).toString('hex'),
  };
  let recovered: HeldLock['recovered'];
  for (let attempt = 0; attempt < 3; attempt++) {
    if (linkInPlace(path, owner)) {
      return { path, ...(recovered ? { recovered } : {}), release: () => releaseLock(path, runId, owner.token) };
    }
    const current = readOwner(path);
    if (!current) {
      // Unreadable: held (a writer never leaves it half-written). Its owner cannot be judged, so
      // only a person removes it.
      const unknown: LockOwner = { pid: -1, host: '?', runId: 'unknown (unreadable lock file)', workspace, startedAt: '?' };
      throw new LockHeldError(unknown, path);
    }
    const reason = lockIsStale(current);
    if (!reason) throw new LockHeldError(current, path);
    if (recoverStale(path, current, owner)) recovered = { owner: current, reason };
  }
  const holder = readOwner(path);
  if (holder) throw new LockHeldError(holder, path);
  throw new Error(`could not take the lock ${path}`);
}

/** Removes the lock only if `runId` holds it (and, given a token, only the lock taken with it). */
export function releaseLock(path: string, runId: string, token?: string): void {
  const owner = readOwner(path);
  if (owner?.runId === runId && (token === undefined || owner.token === token)) rmSync(path, { force: true });
}

/** The holder of a workspace's lock, if any can be read. */
export function lockOwner(path: string): LockOwner | undefined {
  return readOwner(path);
}
