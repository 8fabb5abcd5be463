// Crash truth: a run still marked RUNNING whose owner process is gone was interrupted (kill -9, a
// crash, a reboot). The next execguard command that finds it ends the process groups its steps
// left behind (only processes that carry the run's id in their environment), journals that,
// marks the run INTERRUPTED with the step it reached, and releases its lock.
import { readdirSync, readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { Journal, readJournal, type StampedEntry } from './journal.js';
import { alive, releaseLock } from './lock.js';
import { listRuns, runsRoot, writeMeta, type RunMeta } from './run-store.js';

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
    }
  }
  if (phase && phaseOpen) {
    const running = [...open.values()];
    if (running.length) return `${phase}: during ${running.join(', ')}`;
    return lastEnded ? `${phase}: after ${lastEnded}` : `${phase}: started`;
  }
  return lastDone ? `after ${lastDone}` : 'started (no phase yet)';
}

/**
 * Running pids of the process group `pgid` that carry `RUN_ID_ENV=runId` (Linux /proc); undefined
 * elsewhere. Zombies do not count: they have ended, and where no init reaps orphans (a container
 * without one) they stay until the machine does.
 */
function groupMembers(pgid: number, runId: string): number[] | undefined {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((n) => /^\d+$/.test(n));
  } catch {
    return undefined;
  }
  const marker = `${RUN_ID_ENV}=${runId}`;
  const found: number[] = [];
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (fields[0] === 'Z' || Number(fields[2]) !== pgid) continue;
      if (readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').includes(marker)) found.push(Number(pid));
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

/** Is anything of the group still running? Without /proc, whether the group id still exists. */
const groupRunning = (pgid: number, runId: string) => {
  const members = groupMembers(pgid, runId);
  return members === undefined ? exists(-pgid) : members.length > 0;
};

/** Is the group's leader (the command the step ran) still running? */
const leaderRunning = (pgid: number, runId: string) => {
  const members = groupMembers(pgid, runId);
  return members === undefined ? exists(pgid) : members.includes(pgid);
};

async function waitUntil(done: () => boolean, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!done() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
}

/**
 * Ends the process groups a dead run left behind. The leader (the command the step ran, e.g.
 * terraform) gets SIGINT first and time to stop its own children and save its state, as it would
 * on Ctrl-C; then what is left of the group is ended. Returns the groups signalled.
 */
async function endOrphanGroups(runId: string, pgids: number[], graceMs = 20_000): Promise<number[]> {
  const ours = pgids.filter((pgid) => groupRunning(pgid, runId));
  const signal = (target: number, sig: NodeJS.Signals) => {
    try {
      process.kill(target, sig);
    } catch {
      /* already gone */
    }
  };
  // SIGINT, as Ctrl-C would: terraform started from Node dies at once on SIGTERM (state left
  // locked), but on SIGINT it stops its provisioners, saves its state and releases its lock.
  for (const pgid of ours) signal(pgid, 'SIGINT');
  await waitUntil(() => !ours.some((pgid) => leaderRunning(pgid, runId)), graceMs);
  for (const pgid of ours) signal(-pgid, 'SIGTERM');
  await waitUntil(() => !ours.some((pgid) => groupRunning(pgid, runId)), 2000);
  for (const pgid of ours.filter((pgid) => groupRunning(pgid, runId))) signal(-pgid, 'SIGKILL');
  await waitUntil(() => !ours.some((pgid) => groupRunning(pgid, runId)), 2000);
  return ours;
}

/** True when the run is marked RUNNING but its owner process is gone (on this host). */
function ownerGone(meta: RunMeta, journal?: StampedEntry[]): boolean {
  if (meta.status !== 'RUNNING') return false;
  if (meta.host && meta.host !== hostname()) return false;
  const pid = meta.pid ?? (journal ?? []).find((e) => e.type === 'run-start')?.['pid' as never];
  return typeof pid === 'number' && !alive(pid);
}

/** Finds dead-owner runs, ends their orphans, marks them INTERRUPTED. Returns the runs it marked. */
export async function reapDeadRuns(home: string): Promise<RunMeta[]> {
  const marked: RunMeta[] = [];
  for (const meta of listRuns(home)) {
    if (meta.status !== 'RUNNING') continue;
    const dir = join(runsRoot(home), meta.runId);
    const journal = readJournal(join(dir, 'journal.jsonl'));
    if (!ownerGone(meta, journal)) continue;
    const ended = new Set(journal.filter((e) => e.type === 'step-end').map((e) => (e as { seq: number }).seq));
    const pgids = journal.flatMap((e) => (e.type === 'child' && !ended.has(e.seq) ? [e.pgid] : []));
    const killed = await endOrphanGroups(meta.runId, pgids);
    const reached = reachedStep(journal);
    new Journal(join(dir, 'journal.jsonl')).tryAppend({ type: 'interrupted', reached, by: process.pid, killed });
    const updated: RunMeta = { ...meta, status: 'INTERRUPTED', reached, interrupted: true, finishedAt: new Date().toISOString() };
    try {
      writeMeta(dir, updated);
    } catch {
      /* a full disk: still shown INTERRUPTED below, and found again next time */
    }
    if (meta.lockPath) releaseLock(meta.lockPath, meta.runId);
    marked.push(updated);
  }
  return marked;
}
