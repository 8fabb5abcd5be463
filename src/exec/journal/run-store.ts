// Run folders under statePaths().runs: <run-id>/meta.json (written atomically), journal.jsonl,
// report.md, logs/ and saved artifacts (terraform plan files). Never inside the repository.
// meta.json is a projection of the journal (run-start plus 'meta' entries): a run whose meta is
// unreadable is rebuilt from its journal and listed as damaged, never left out.
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { statePaths } from '../../state/home.js';
import { byCodePoint } from '../run/order.js';
import { StateWriteError } from '../run/run-errors.js';
import { readJournal, type RunKind, type StampedEntry } from './journal.js';
import type { DryRunSummary, OperationType } from '../types.js';

export interface RunMeta {
  runId: string;
  kind: RunKind;
  planId: string;
  planPath: string;
  repoRoot: string;
  operation: OperationType;
  startedAt: string;
  finishedAt?: string;
  /** INTERRUPTED: the owner process died mid-run (set by the next command that finds it). */
  status: 'RUNNING' | 'COMPLETE' | 'BLOCKED' | 'INTERRUPTED';
  /** The process running it (a RUNNING run whose owner is gone was interrupted). */
  pid?: number;
  /** That process's start (process-identity.ts): a reused pid is not the owner. */
  pidStart?: string;
  /** meta.json could not be read: what is shown was rebuilt from the journal (and what is missing). */
  damaged?: string;
  host?: string;
  /** The workspace lock it holds while running. */
  lockPath?: string;
  /** INTERRUPTED runs: the step the run had reached ("Apply: during terraform apply"). */
  reached?: string;
  /** The run ended by a signal (SIGINT/SIGTERM) or a crash: `execguard resume` may continue it. */
  interrupted?: boolean;
  /** The summary the approval covered (what apply applies), kept for resume. */
  approved?: DryRunSummary;
  /** Apply finished successfully. */
  applyDone?: boolean;
  /** Times this run was resumed. */
  resumes?: number;
  /** plan runs: the approval summary and its digest. */
  digest?: string;
  summary?: DryRunSummary;
  /** execute runs: the plan run whose saved plan was applied. */
  planRunId?: string;
  commit?: string;
  /** Commit the branch pointed at before Persist (what a rollback returns to). */
  baseCommit?: string;
  applied?: string[];
  /** Apply began (what it changed may be partial or unknown, e.g. after an interruption). */
  applyStarted?: boolean;
  /** rollback runs: the run being rolled back, and the revert commit once pushed. */
  rollbackOf?: string;
  revertCommit?: string;
  errorClass?: string;
}

export const runsRoot = (home?: string) => statePaths(home).runs;

export function newRunId(kind: RunKind, now = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return `${stamp}-${kind}-${randomBytes(3).toString('hex')}`;
}

export function createRunDir(runId: string, home?: string): string {
  const dir = join(runsRoot(home), runId);
  try {
    mkdirSync(join(dir, 'logs'), { recursive: true, mode: 0o700 });
  } catch (error) {
    throw new StateWriteError(dir, error as NodeJS.ErrnoException);
  }
  return dir;
}

/**
 * Write-to-temp, rename: a reader (or a process that crashed meanwhile) sees the old file or the
 * new one, never half of one. `durable` adds an fsync for power loss; the run's meta does without
 * it, because the journal (fsync'd around every step) is what survives a power loss.
 */
export function writeFileAtomic(path: string, text: string, options: { durable?: boolean } = {}): void {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    const fd = openSync(tmp, 'w', 0o600);
    try {
      writeSync(fd, text);
      if (options.durable) fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (error) {
    // A full disk must not leave half-written temporary files behind.
    rmSync(tmp, { force: true });
    throw new StateWriteError(path, error as NodeJS.ErrnoException);
  }
}

export const writeMeta = (runDir: string, meta: RunMeta) =>
  writeFileAtomic(join(runDir, 'meta.json'), `${JSON.stringify(meta, null, 2)}\n`);

export function readMeta(runDir: string): RunMeta | undefined {
  try {
    const meta = JSON.parse(readFileSync(join(runDir, 'meta.json'), 'utf8')) as RunMeta;
    return meta && typeof meta.runId === 'string' && typeof meta.status === 'string' ? meta : undefined;
  } catch {
    return undefined;
  }
}

const KINDS: RunKind[] = ['plan', 'execute', 'rollback'];

/**
 * A run's meta, or, when meta.json is unreadable, what its journal says (run-start, the 'meta'
 * entries, how it ended) marked `damaged`. Undefined only for a folder that is no run at all.
 */
export function readRun(runDir: string, runId: string): RunMeta | undefined {
  // A run id is one folder name: never `..`, a path or empty.
  if (!/^[\w-][\w.-]*$/.test(runId)) return undefined;
  const meta = readMeta(runDir);
  if (meta) return meta;
  let isDir = false;
  try {
    isDir = readdirSync(runDir) !== undefined;
  } catch {
    /* not a folder */
  }
  if (!isDir) return undefined;
  return metaFromJournal(runId, readJournal(join(runDir, 'journal.jsonl')));
}

/** Rebuilds a run's meta from its journal. */
export function metaFromJournal(runId: string, journal: StampedEntry[]): RunMeta {
  const start = journal.find((e) => e.type === 'run-start');
  const kind = start?.type === 'run-start' ? start.kind : (KINDS.find((k) => runId.includes(`-${k}-`)) ?? 'execute');
  const stamp = runId.match(/^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z/);
  const meta: RunMeta = {
    runId,
    kind,
    planId: start?.type === 'run-start' ? start.planId : '?',
    planPath: (start?.type === 'run-start' && start.planPath) || '',
    repoRoot: (start?.type === 'run-start' && start.repoRoot) || '',
    operation: ((start?.type === 'run-start' && start.operation) || 'terraform') as OperationType,
    startedAt:
      (start?.type === 'run-start' && start.startedAt) ||
      (stamp ? `${stamp[1]}-${stamp[2]}-${stamp[3]}T${stamp[4]}:${stamp[5]}:${stamp[6]}.000Z` : (start?.ts ?? '')),
    status: 'RUNNING',
    ...(start?.type === 'run-start' ? { pid: start.pid, ...(start.pidStart ? { pidStart: start.pidStart } : {}) } : {}),
    ...(start?.type === 'run-start' && start.rollbackOf ? { rollbackOf: start.rollbackOf } : {}),
    damaged: start
      ? 'meta.json is unreadable: rebuilt from the journal'
      : 'meta.json is unreadable and the journal has no run-start: only the run id is known',
  };
  for (const e of journal) {
    if (e.type === 'meta') Object.assign(meta, e.patch);
    else if (e.type === 'resume') Object.assign(meta, { status: 'RUNNING', pid: e.pid, pidStart: e.pidStart, interrupted: undefined });
    else if (e.type === 'interrupted')
      Object.assign(meta, { status: 'INTERRUPTED', reached: e.reached, interrupted: true, finishedAt: e.ts });
    else if (e.type === 'run-end')
      Object.assign(meta, {
        status: e.status,
        finishedAt: e.ts,
        ...(e.errorClass ? { errorClass: e.errorClass } : {}),
        ...(e.interrupted ? { interrupted: true } : {}),
      });
  }
  return meta;
}

/** All runs, oldest first (run ids start with a UTC time stamp); damaged ones rebuilt from their journal. */
export function listRuns(home?: string): RunMeta[] {
  let names: string[];
  try {
    names = readdirSync(runsRoot(home));
  } catch {
    return [];
  }
  return names
    .sort()
    .map((name) => readRun(join(runsRoot(home), name), name))
    .filter((m): m is RunMeta => m !== undefined)
    .sort((a, b) => byCodePoint(a.startedAt, b.startedAt) || byCodePoint(a.runId, b.runId));
}

/** The command that continues an interrupted run of this kind (resume takes execute runs only). */
export function continueCommand(kind: string, runId: string, extra: { rollbackOf?: string; planPath?: string }): string {
  if (kind === 'rollback') return `execguard rollback ${extra.rollbackOf ?? 'RUN_ID'}`;
  if (kind === 'plan') return `execguard plan ${extra.planPath ?? 'PLAN.yaml'}`;
  return `execguard resume ${runId}`;
}

/** The latest successful `execguard plan` of this plan (same id, same file). */
export function latestPlanRun(planId: string, planPath: string, home?: string): RunMeta | undefined {
  const runs = listRuns(home);
  // A plan that an execute run already applied (fully or partly) is used up: plan again.
  const consumed = new Set(
    runs.filter((m) => m.kind === 'execute' && m.planRunId && (m.status === 'COMPLETE' || m.applied !== undefined)).map((m) => m.planRunId),
  );
  return runs
    .filter((m) => m.kind === 'plan' && m.status === 'COMPLETE' && m.planId === planId && m.planPath === planPath && !consumed.has(m.runId))
    .at(-1);
}
