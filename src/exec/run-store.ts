// Run folders under statePaths().runs: <run-id>/meta.json (written atomically), journal.jsonl,
// report.md, logs/ and saved artifacts (terraform plan files). Never inside the repository.
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { statePaths } from '../state/home.js';
import type { RunKind } from './journal.js';
import type { DryRunSummary, OperationType } from './types.js';

export interface RunMeta {
  runId: string;
  kind: RunKind;
  planId: string;
  planPath: string;
  repoRoot: string;
  operation: OperationType;
  startedAt: string;
  finishedAt?: string;
  status: 'RUNNING' | 'COMPLETE' | 'BLOCKED';
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
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  return `${stamp}-${kind}-${randomBytes(3).toString('hex')}`;
}

export function createRunDir(runId: string, home?: string): string {
  const dir = join(runsRoot(home), runId);
  mkdirSync(join(dir, 'logs'), { recursive: true, mode: 0o700 });
  return dir;
}

/** Write-to-temp, fsync, rename: a reader sees the old file or the new one, never half of one. */
export function writeFileAtomic(path: string, text: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w', 0o600);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
}

export const writeMeta = (runDir: string, meta: RunMeta) => writeFileAtomic(join(runDir, 'meta.json'), `${JSON.stringify(meta, null, 2)}\n`);

export function readMeta(runDir: string): RunMeta | undefined {
  try {
    return JSON.parse(readFileSync(join(runDir, 'meta.json'), 'utf8')) as RunMeta;
  } catch {
    return undefined;
  }
}

/** All runs, oldest first (run ids start with a UTC time stamp). */
export function listRuns(home?: string): RunMeta[] {
  let names: string[];
  try {
    names = readdirSync(runsRoot(home));
  } catch {
    return [];
  }
  return names
    .sort()
    .map((name) => readMeta(join(runsRoot(home), name)))
    .filter((m): m is RunMeta => m !== undefined)
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt) || a.runId.localeCompare(b.runId));
}

/** The latest successful `execguard plan` of this plan (same id, same file). */
export function latestPlanRun(planId: string, planPath: string, home?: string): RunMeta | undefined {
  const runs = listRuns(home);
  // A plan that an execute run already applied (fully or partly) is used up: plan again.
  const consumed = new Set(runs.filter((m) => m.kind === 'execute' && m.planRunId && (m.status === 'COMPLETE' || m.applied !== undefined)).map((m) => m.planRunId));
  return runs.filter((m) => m.kind === 'plan' && m.status === 'COMPLETE' && m.planId === planId && m.planPath === planPath && !consumed.has(m.runId)).at(-1);
}
