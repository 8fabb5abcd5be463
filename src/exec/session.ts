// What every run (plan, execute, rollback) sets up and tears down: its state folder, journal,
// meta, the workspace lock, the guard and the context executors receive.
import { join } from 'node:path';
import type { ApprovalScope } from '../approval/types.js';
import { loadPolicy } from '../state/policy-file.js';
import type { ExecutionReport } from '../status/report-types.js';
import { loadGate } from './guard-gate.js';
import { Journal, type RunKind } from './journal.js';
import { acquireLock, type HeldLock } from './lock.js';
import type { LoadedPlan } from './plan-file.js';
import { silentProgress, type Progress } from './progress.js';
import { createRunDir, newRunId, writeFileAtomic, writeMeta, type RunMeta } from './run-store.js';
import { StepRunner } from './steps.js';
import type { OperationContext } from './types.js';

export type Phase = ExecutionReport['phases'][number];
export type PhaseName = Phase['name'];

export interface SessionOptions {
  env: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  progress?: Progress;
  home?: string;
  approval?: ApprovalScope;
}

export class Session {
  readonly runId: string;
  readonly runDir: string;
  readonly journal: Journal;
  readonly meta: RunMeta;
  readonly phases: Phase[] = [];
  readonly started = performance.now();
  readonly signal: AbortSignal;
  readonly progress: Progress;
  steps!: StepRunner;
  ctx!: OperationContext;
  lock?: HeldLock;

  constructor(
    readonly kind: RunKind,
    readonly loaded: LoadedPlan,
    readonly options: SessionOptions,
    extraMeta: Partial<RunMeta> = {},
  ) {
    this.runId = newRunId(kind);
    this.runDir = createRunDir(this.runId, options.home);
    this.journal = new Journal(join(this.runDir, 'journal.jsonl'));
    this.signal = options.signal ?? new AbortController().signal;
    this.progress = options.progress ?? silentProgress;
    const { plan, planPath, repoRoot } = loaded;
    this.meta = { runId: this.runId, kind, planId: plan.id, planPath, repoRoot, operation: plan.operation, startedAt: new Date().toISOString(), status: 'RUNNING', ...extraMeta };
    writeMeta(this.runDir, this.meta);
    this.journal.append({ type: 'run-start', runId: this.runId, kind, planId: plan.id, planPath, pid: process.pid });
  }

  /** Takes the workspace lock (throws LockHeldError) and loads the guard. */
  async open(): Promise<void> {
    const { plan, repoRoot } = this.loaded;
    const workdir = join(repoRoot, plan.workdir);
    this.lock = acquireLock(workdir, this.runId, { home: this.options.home });
    if (this.lock.recovered) {
      const r = this.lock.recovered;
      this.journal.append({ type: 'note', message: `recovered a stale lock of run ${r.owner.runId}: ${r.reason}`, data: r });
    }
    // The project's .execguard.yaml (at the repository root) governs the run's commands too.
    const gate = await loadGate(this.options.approval ?? null, await loadPolicy(repoRoot));
    this.steps = new StepRunner({ journal: this.journal, runDir: this.runDir, env: this.options.env, cwd: workdir, signal: this.signal, gate, progress: (l) => this.progress.line(l) });
    this.ctx = {
      plan,
      repoRoot,
      workdir,
      runDir: this.runDir,
      env: this.options.env,
      signal: this.signal,
      exec: this.steps.exec,
      progress: (l) => this.progress.line(l),
      approval: this.options.approval,
    };
  }

  updateMeta(patch: Partial<RunMeta>): void {
    Object.assign(this.meta, patch);
    writeMeta(this.runDir, this.meta);
  }

  async phase<T>(name: PhaseName, body: () => Promise<{ value: T; detail: string[] }>): Promise<T> {
    this.progress.phase(name);
    this.journal.append({ type: 'phase', phase: name, status: 'start' });
    const entry: Phase = { name, status: 'ok', detail: [] };
    this.phases.push(entry);
    try {
      const { value, detail } = await body();
      entry.detail.push(...detail);
      this.journal.append({ type: 'phase', phase: name, status: 'ok' });
      return value;
    } catch (error) {
      entry.status = 'failed';
      entry.detail.push(error instanceof Error ? error.message : String(error));
      this.journal.append({ type: 'phase', phase: name, status: 'failed', detail: error instanceof Error ? error.message : String(error) });
      throw error;
    }
  }

  skip(name: PhaseName, why: string): void {
    this.phases.push({ name, status: 'skipped', detail: [why] });
    this.journal.append({ type: 'phase', phase: name, status: 'skipped', detail: why });
  }

  elapsed = () => Math.round(performance.now() - this.started);

  /** Writes report.md, closes the journal and meta, releases the lock. */
  close(status: 'COMPLETE' | 'BLOCKED', markdown: string, errorClass?: string): void {
    this.progress.done();
    try {
      writeFileAtomic(join(this.runDir, 'report.md'), markdown);
    } finally {
      this.journal.append({ type: 'run-end', status, durationMs: this.elapsed(), ...(errorClass ? { errorClass } : {}) });
      this.updateMeta({ status, finishedAt: new Date().toISOString(), ...(errorClass ? { errorClass } : {}) });
      this.lock?.release();
    }
  }
}
