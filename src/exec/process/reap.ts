// Crash truth: a run still marked RUNNING whose owner process is gone was interrupted (kill -9, a
// crash, a reboot). The next execguard command that finds it ends the processes its steps left
// behind, journals that, marks the run INTERRUPTED with the step it reached, and releases its lock.
// It does not depend on what the crash may have damaged: every step's process carries the run's
// id and its owner (pid and start) in its environment, so the orphans of a dead run are found by
// that mark in /proc even when meta.json is garbled or the journal lost its 'child' lines; a run
// whose meta is unreadable is rebuilt from its journal (run-store.ts) and reaped all the same.
import { readdirSync, readFileSync, renameSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { statePaths } from '../../state/home.js';
import { Journal, readJournal, type StampedEntry } from '../journal/journal.js';
import { lockIsStale, lockOwner, releaseLock } from '../journal/lock.js';
import { OWNER_ENV, parseOwnerMark, processRunning } from './process-identity.js';
import { readMeta, readRun, runsRoot, writeMeta, type RunMeta } from '../journal/run-store.js';

export const RUN_ID_ENV = 'EXECGUARD_RUN_ID';

/** Where the journal says the run was: "Apply: during terraform apply", "after Persist". */
function reachedStep(journal: StampedEntry[]): string {
  let phase: string | undefined;
  let phaseOpen = false;
  let lastDone: string | undefined;
  const open = new Map<number, string>();
  let lastEnded: string | undefined;
  for (const e of journal) {
    if (e.type === 'phase') {
      if (e.status === 'start') {
        phase = e.phase;
        phaseOpen = true;
        lastEnded = undefined;
      } else if (e.phase === phase) {
        phaseOpen = false;
        lastDone = e.phase;
      }
    } else if (e.type === 'step-start') open.set(e.seq, e.step);
    else if (e.type === 'step-end') {
      open.delete(e.seq);
      lastEnded = e.step;
    } else if (e.type === 'resume') {
      // An earlier attempt's state says nothing about where this attempt was.
      phase = undefined;
      phaseOpen = false;
      lastDone = undefined;
      open.clear();
    }
  }
  if (phase && phaseOpen) {
    const running = [...open.values()];
    if (running.length) return `${phase}: during ${running.join(', ')}`;
    return lastEnded ? `${phase}: after ${lastEnded}` : `${phase}: started`;
  }
  return lastDone ? `after ${lastDone}` : 'started (no phase yet)';
}

/** A running process that carries a run's mark. */
interface Marked {
  pid: number;
  pgid: number;
  owner?: { pid: number; start?: string };
}

/** Processes (Linux /proc) carrying `EXECGUARD_RUN_ID=<id>` for one of `runIds`; zombies have ended and do not count. */
function markedProcesses(runIds: Set<string>): Map<string, Marked[]> | undefined {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((n) => /^\d+$/.test(n));
  } catch {
    return undefined;
  }
  const found = new Map<string, Marked[]>();
  for (const pid of pids) {
    try {
      const env = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
      const id = env.find((v) => v.startsWith(`${RUN_ID_ENV}=`))?.slice(RUN_ID_ENV.length + 1);
      if (!id || !runIds.has(id)) continue;
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (fields[0] === 'Z' || fields[0] === 'X') continue;
      const mark = env.find((v) => v.startsWith(`${OWNER_ENV}=`))?.slice(OWNER_ENV.length + 1);
      const owner = mark ? parseOwnerMark(mark) : undefined;
      found.set(id, [...(found.get(id) ?? []), { pid: Number(pid), pgid: Number(fields[2]), ...(owner ? { owner } : {}) }]);
    } catch {
      /* gone meanwhile, or not ours to read */
    }
  }
  return found;
}

const exists = (target: number) => {
  try {
    process.kill(target, 0);
    return true;
  } catch {
    return false;
  }
};

/** The run's running processes in group `pgid`; without /proc, whether the group still exists. */
function groupMembers(pgid: number, runId: string): number[] | undefined {
  const all = markedProcesses(new Set([runId]));
  if (!all) return undefined;
  return (all.get(runId) ?? []).filter((p) => p.pgid === pgid).map((p) => p.pid);
}

const groupRunning = (pgid: number, runId: string) => {
  const members = groupMembers(pgid, runId);
  return members === undefined ? exists(-pgid) : members.length > 0;
};

const leaderRunning = (pgid: number, runId: string) => {
  const members = groupMembers(pgid, runId);
  return members === undefined ? exists(pgid) : members.includes(pgid);
};

/** Waits on a monotonic clock: a wall clock moved meanwhile neither shortens nor stretches it. */
async function waitUntil(done: () => boolean, ms: number): Promise<void> {
  const deadline = performance.now() + ms;
  while (!done() && performance.now() < deadline) await new Promise((r) => setTimeout(r, 50));
}

/**
 * Ends the process groups a dead run left behind. The leader (the command the step ran, e.g.
 * terraform) gets SIGINT first and time to stop its own children and save its state, as it would
 * on Ctrl-C; then what is left of the group is ended. Returns the groups signalled.
 */
async function endOrphanGroups(runId: string, pgids: number[], graceMs = 20_000): Promise<number[]> {
  const ours = [...new Set(pgids)].filter((pgid) => groupRunning(pgid, runId));
  const signal = (target: number, sig: NodeJS.Signals) => {
    try {
      process.kill(target, sig);
    } catch {
      /* already gone */
    }
  };
  // SIGINT, as Ctrl-C would: terraform started from Node dies at once on SIGTERM (state left
  // locked), but on SIGINT it stops its provisioners, saves its state and releases its lock.
  for (const pgid of ours) if (leaderRunning(pgid, runId)) signal(pgid, 'SIGINT');
  await waitUntil(() => !ours.some((pgid) => leaderRunning(pgid, runId)), graceMs);
  for (const pgid of ours) signal(-pgid, 'SIGTERM');
  await waitUntil(() => !ours.some((pgid) => groupRunning(pgid, runId)), 2000);
  for (const pgid of ours.filter((pgid) => groupRunning(pgid, runId))) signal(-pgid, 'SIGKILL');
  await waitUntil(() => !ours.some((pgid) => groupRunning(pgid, runId)), 2000);
  return ours;
}

/** Is the run's owner gone (on this host)? Undefined when nothing tells who the owner was. */
function ownerGone(home: string, meta: RunMeta, marked: Marked[]): boolean | undefined {
  if (meta.host && meta.host !== hostname()) return false;
  if (typeof meta.pid === 'number') return !processRunning(meta.pid, meta.pidStart);
  // Nothing left of meta or journal that names the owner: its processes carry it, and so does
  // the workspace lock it took.
  const owners = marked.flatMap((p) => (p.owner ? [p.owner] : []));
  if (owners.length) return !owners.some((o) => processRunning(o.pid, o.start));
  const lock = locksOf(home, meta.runId)[0]?.owner;
  if (lock && lock.host === hostname()) return !processRunning(lock.pid, lock.start);
  return undefined;
}

/** The workspace locks naming `runId`. */
function locksOf(home: string, runId: string) {
  const dir = statePaths(home).locks;
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.lock'));
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const owner = lockOwner(join(dir, name));
    return owner?.runId === runId ? [{ path: join(dir, name), owner }] : [];
  });
}

/** Removes the workspace locks a dead run still holds (found by its id, not only by meta's lockPath). */
function releaseLocksOf(home: string, runId: string): void {
  for (const { path, owner } of locksOf(home, runId)) if (lockIsStale(owner)) releaseLock(path, runId, owner.token);
}

/** Finds dead-owner runs, ends their orphans, marks them INTERRUPTED. Returns the runs it marked. */
export async function reapDeadRuns(home: string): Promise<RunMeta[]> {
  let names: string[];
  try {
    names = readdirSync(runsRoot(home));
  } catch {
    return [];
  }
  // Only runs that never ended: a finished run's steps ended with it (or were left on purpose).
  const open = names
    .sort()
    .map((name) => ({ name, meta: readRun(join(runsRoot(home), name), name) }))
    .filter((r): r is { name: string; meta: RunMeta } => r.meta?.status === 'RUNNING')
    // A run whose owner is known and alive needs no scan of /proc (the common case: this very run).
    .filter(({ meta }) => ownerGone(home, meta, []) !== false);
  if (open.length === 0) return [];
  const marks = markedProcesses(new Set(open.map((r) => r.name))) ?? new Map<string, Marked[]>();
  const marked: RunMeta[] = [];
  for (const { name, meta } of open) {
    const dir = join(runsRoot(home), name);
    const procs = marks.get(name) ?? [];
    if (ownerGone(home, meta, procs) !== true) continue;
    const journal = readJournal(join(dir, 'journal.jsonl'));
    const ended = new Set(journal.filter((e) => e.type === 'step-end').map((e) => (e as { seq: number }).seq));
    const pgids = [
      ...journal.flatMap((e) => (e.type === 'child' && !ended.has(e.seq) ? [e.pgid] : [])),
      ...procs.filter((p) => !p.owner || !processRunning(p.owner.pid, p.owner.start)).map((p) => p.pgid),
    ];
    const killed = await endOrphanGroups(name, pgids);
    const reached = reachedStep(journal);
    new Journal(join(dir, 'journal.jsonl')).tryAppend({ type: 'interrupted', reached, by: process.pid, killed });
    const updated: RunMeta = { ...meta, status: 'INTERRUPTED', reached, interrupted: true, finishedAt: new Date().toISOString() };
    try {
      // A garbled meta.json is kept aside for inspection; the rebuilt one (marked damaged) replaces it.
      if (meta.damaged && !readMeta(dir)) renameSync(join(dir, 'meta.json'), join(dir, 'meta.json.damaged'));
    } catch {
      /* no meta.json at all */
    }
    try {
      writeMeta(dir, updated);
    } catch {
      /* a full disk: still shown INTERRUPTED below, and found again next time */
    }
    releaseLocksOf(home, name);
    marked.push(updated);
  }
  return marked;
}
