// What every run (plan, execute, rollback) sets up and tears down: its state folder, journal,
// meta, the workspace lock, the guard and the context executors receive.
import { writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { ApprovalScope } from '../../approval/types.js';
import type { Policy } from '../../guard/policy.js';
import { loadPolicy } from '../../state/policy-file.js';
import type { ExecutionReport } from '../../status/report-types.js';
import { loadGate } from '../approval/guard-gate.js';
import { Journal, readJournal, type RunKind } from '../journal/journal.js';
import { acquireLock, workspaceKey, type HeldLock } from '../journal/lock.js';
import type { LoadedPlan } from '../plan/plan-file.js';
import { silentProgress, type Progress } from './progress.js';
import { processStart } from '../process/process-identity.js';
import { reapDeadRuns } from '../process/reap.js';
import { stateWrite } from './run-errors.js';
import { createRunDir, newRunId, writeFileAtomic, writeMeta, type RunMeta } from '../journal/run-store.js';
import { StepRunner } from './steps.js';
import type { OperationContext } from '../types.js';

export type Phase = ExecutionReport['phases'][number];
export type PhaseName = Phase['name'];

export interface RunSetupOptions {
  env: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  progress?: Progress;
  home?: string;
  approval?: ApprovalScope;
  /** The workspace lock, taken before the session (resume takes it before touching the run). */
  lock?: HeldLock;
}

export class RunSetup {
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
  /** The project's policy, read once by open(): the guard and the approval check share it. */
  policy!: Policy;
  /** The last step number already in the journal (a resumed run numbers on from it). */
  private readonly lastSeq: number = 0;
  private readonly resumed: boolean;

  /** `resumed`: the meta of an interrupted run this session continues (same id, folder and journal). */
  constructor(
    readonly kind: RunKind,
    readonly loaded: LoadedPlan,
    readonly options: RunSetupOptions,
    extraMeta: Partial<RunMeta> = {},
    resumed?: RunMeta,
  ) {
    this.runId = resumed?.runId ?? newRunId(kind);
    this.runDir = createRunDir(this.runId, options.home);
    this.journal = new Journal(join(this.runDir, 'journal.jsonl'));
    this.signal = options.signal ?? new AbortController().signal;
    this.progress = options.progress ?? silentProgress;
    this.lock = options.lock;
    this.resumed = Boolean(resumed);
    const { plan, planPath, repoRoot } = loaded;
    const pidStart = processStart(process.pid);
    const owner = { pid: process.pid, host: hostname(), ...(pidStart ? { pidStart } : {}) };
    if (resumed) {
      // Step numbers go on from the earlier attempts': unique in the journal, and no log overwritten.
      this.lastSeq = Math.max(0, ...readJournal(this.journal.path).map((e) => ('seq' in e && typeof e.seq === 'number' ? e.seq : 0)));
      const { finishedAt: _f, errorClass: _e, reached: _r, interrupted: _i, damaged: _d, ...rest } = resumed;
      this.meta = { ...rest, ...owner, status: 'RUNNING', resumes: (resumed.resumes ?? 0) + 1 };
      this.journal.append({ type: 'resume', pid: process.pid, from: resumed.reached ?? resumed.status, ...(pidStart ? { pidStart } : {}) });
      this.journal.append({ type: 'meta', patch: { resumes: this.meta.resumes, host: owner.host } });
      writeMeta(this.runDir, this.meta);
      return;
    }
    this.meta = {
      runId: this.runId,
      kind,
      planId: plan.id,
      planPath,
      repoRoot,
      operation: plan.operation,
      startedAt: new Date().toISOString(),
      status: 'RUNNING',
      ...owner,
      ...extraMeta,
    };
    this.journal.append({
      type: 'run-start',
      runId: this.runId,
      kind,
      planId: plan.id,
      planPath,
      pid: process.pid,
      ...(pidStart ? { pidStart } : {}),
      repoRoot,
      operation: plan.operation,
      startedAt: this.meta.startedAt,
      ...(extraMeta.rollbackOf ? { rollbackOf: extraMeta.rollbackOf } : {}),
    });
    if (Object.keys(extraMeta).length) this.journal.append({ type: 'meta', patch: { ...extraMeta } });
    writeMeta(this.runDir, this.meta);
  }

  /**
   * Ends what crashed runs left behind, takes the workspace lock (throws LockHeldError) and loads
   * the guard with the run's approval (null for plan runs).
   */
  async open(approval: ApprovalScope | null = this.options.approval ?? null): Promise<void> {
    const { plan, repoRoot } = this.loaded;
    const workdir = join(repoRoot, plan.workdir);
    if (this.options.home) await reapDeadRuns(this.options.home);
    this.lock ??= stateWrite(join(this.options.home ?? '', 'locks'), () =>
      acquireLock(workspaceKey(repoRoot, plan.workdir), this.runId, { home: this.options.home }),
    );
    this.updateMeta({ lockPath: this.lock.path });
    if (this.lock.recovered) {
      const r = this.lock.recovered;
      this.journal.append({ type: 'note', message: `recovered a stale lock of run ${r.owner.runId}: ${r.reason}`, data: r });
    }
    // The project's .execguard.yaml (at the repository root) governs the run's commands too.
    this.policy = await loadPolicy(repoRoot);
    const gate = await loadGate(approval, this.policy, { cwd: workdir, env: this.options.env });
    this.steps = new StepRunner({
      journal: this.journal,
      runDir: this.runDir,
      env: this.options.env,
      cwd: workdir,
      signal: this.signal,
      gate,
      runId: this.runId,
      firstSeq: this.lastSeq + 1,
      progress: (l) => this.progress.line(l),
    });
    this.ctx = {
      plan,
      repoRoot,
      workdir,
      runDir: this.runDir,
      env: this.options.env,
      signal: this.signal,
      exec: this.steps.exec,
      progress: (l) => this.progress.line(l),
      approval: approval ?? undefined,
    };
  }

  /** Journaled first: the journal, not meta.json, is what a damaged run is rebuilt from. */
  updateMeta(patch: Partial<RunMeta>): void {
    this.journal.append({ type: 'meta', patch });
    Object.assign(this.meta, patch);
    writeMeta(this.runDir, this.meta);
  }

  /** For the failure path: records what it can, never throws. */
  updateMetaSafe(patch: Partial<RunMeta>): void {
    try {
      this.updateMeta(patch);
    } catch {
      /* reported by the failure itself */
    }
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
      this.journal.tryAppend({
        type: 'phase',
        phase: name,
        status: 'failed',
        detail: error instanceof Error ? error.message : String(error),
      });
      throw error;
    }
  }

  skip(name: PhaseName, why: string): void {
    this.phases.push({ name, status: 'skipped', detail: [why] });
    this.journal.tryAppend({ type: 'phase', phase: name, status: 'skipped', detail: why });
  }

  elapsed = () => Math.round(performance.now() - this.started);

  /**
   * Writes report.md, closes the journal and meta, releases the lock. Best effort throughout: the
   * caller prints the report whatever the disk says, and the lock is always released.
   */
  close(status: 'COMPLETE' | 'BLOCKED', markdown: string, errorClass?: string, interruptedNow?: boolean): void {
    // A resumed run that stops short is still an interrupted run: it can be resumed again.
    const interrupted = interruptedNow || (status === 'BLOCKED' && this.resumed);
    this.progress.done();
    const attempt = (write: () => void): boolean => {
      try {
        write();
        return true;
      } catch {
        return false; // full disk or read-only state: the report still reaches stdout
      }
    };
    attempt(() => writeFileAtomic(join(this.runDir, 'report.md'), markdown, { durable: true }));
    this.journal.tryAppend({
      type: 'run-end',
      status,
      durationMs: this.elapsed(),
      ...(errorClass ? { errorClass } : {}),
      ...(interrupted ? { interrupted: true } : {}),
    });
    Object.assign(this.meta, {
      status,
      finishedAt: new Date().toISOString(),
      ...(errorClass ? { errorClass } : {}),
      ...(interrupted ? { interrupted: true } : {}),
    });
    if (!attempt(() => writeMeta(this.runDir, this.meta))) {
      // No room for a temporary copy: overwrite in place (truncating frees the space it needs),
      // so the run is not left showing RUNNING.
      attempt(() => writeFileSync(join(this.runDir, 'meta.json'), `${JSON.stringify(this.meta, null, 2)}\n`));
    }
    this.lock?.release();
  }
}
