// Contracts shared by the executor (execute.ts, steps.ts) and the per-operation executors (operations/*.ts).
import type { infer as Infer } from 'zod/mini';
import type { ErrorClass } from '../status/report-types.js';
import type { OperationType, SectionOf } from './kinds/index.js';
import type { planSchema } from './plan/plan-schema.js';

export type { OperationType };

/** `terraform init` options (a plan file may leave them out: the defaults are none). */
export type TerraformSection = SectionOf<'terraform'>;

export type VerifyStep = PlanTop['verify'][number];

type PlanTop = Infer<typeof planSchema>;

/**
 * A validated plan file (docs/plan-reference.md): the schema's own type, with the operation's
 * section typed by its kind (src/exec/kinds/). Paths are as written, relative to the repo root.
 */
export type Plan = Omit<PlanTop, 'id' | OperationType> & { id: string } & { [K in OperationType]?: SectionOf<K> };

export interface CommandResult {
  command: string; // as shown to the user and checked by the guard
  exitCode: number;
  stdout: string;
  stderr: string;
  durationMs: number;
  /** Set when the command was not run: the guard refused it, or the run was interrupted. */
  refused?: string;
}

/** `Approval`: no approval, or one that does not cover the plan (only the user can fix it). */
export type { ErrorClass };

/** Thrown by executors for a failure the runner must classify and report. */
export class StepError extends Error {
  constructor(
    message: string,
    readonly result?: CommandResult,
    readonly errorClass?: ErrorClass,
  ) {
    super(message);
  }
}

/** What the runner gives an executor. Every command goes through `exec`: journaled, guarded, bounded. */
export interface OperationContext {
  plan: Plan;
  repoRoot: string;
  /** Absolute path of plan.workdir. */
  workdir: string;
  /** The run's state folder (saved plans, logs); never inside the repository. */
  runDir: string;
  env: NodeJS.ProcessEnv;
  signal: AbortSignal;
  /**
   * Runs a command (argv form, no shell) as one journaled step. Throws StepError when the guard
   * refuses it; returns the result (whatever the exit code) otherwise.
   */
  exec: (
    step: string,
    argv: string[],
    options?: { cwd?: string; timeoutMs?: number; input?: string; env?: NodeJS.ProcessEnv },
  ) => Promise<CommandResult>;
  /** Progress line for the user. */
  progress: (line: string) => void;
  /** The commit that Persist pushed (set before apply/verify run). */
  pushedCommit?: string;
  /** The approval the run holds (absent for `execguard plan`). Executors read e.g. `destroy` from it. */
  approval?: import('../approval/types.js').ApprovalScope;
  /** 1 for the first attempt of a phase, 2 when the runner retries it after a transient failure. */
  attempt?: number;
  /** Environment the plan's own verify steps get from this operation (e.g. terraform's data folder). */
  stepEnv?: NodeJS.ProcessEnv;
  /** Rollback runs: the run folder of the execute run being rolled back (what its executor recorded there). */
  targetRunDir?: string;
}

/** The approval summary an executor contributes to `execguard plan`. */
export interface DryRunSummary {
  create: string[];
  update: string[];
  destroy: string[];
  /** Free-form lines (e.g. the server dry run's output summary). */
  notes: string[];
  /** Stable digest input: what must not change between plan and execute. */
  digestInput: string;
  /** Files the dry run saved in runDir (e.g. the terraform plan file), relative to runDir. */
  artifacts: string[];
}

export interface Operation {
  /** Read-only probes: tools present, endpoints reachable (bounded in time). Throws StepError. */
  preflight(ctx: OperationContext): Promise<void>;
  /** Simulate; never changes live state. */
  dryRun(ctx: OperationContext): Promise<DryRunSummary>;
  /** Apply exactly what was approved. Throws StepError. Returns what was applied, for the report. */
  apply(ctx: OperationContext, approved: DryRunSummary): Promise<string[]>;
  /** Machine-readable health checks for this operation (the plan's own verify steps run separately). */
  verify(ctx: OperationContext): Promise<string[]>;
  /** Undo what apply did, without destroying and without rewriting history. Returns what was done. */
  rollback(ctx: OperationContext): Promise<{ done: string[]; pending: string[] }>;
  /**
   * Untracked files the operation writes while it runs (repository paths), e.g. terraform's state
   * lock: git's pre-flight runs beside the operation's and never counts them as changes.
   */
  transient?: RegExp;
  /**
   * Files the operation itself writes that belong with the change (repository paths), e.g.
   * terraform's dependency lock file: committed with the plan's files when new or changed, shown in
   * the summary, never a reason to refuse.
   */
  companions?(ctx: OperationContext): string[];
  /** Untracked files outside the workdir that still feed the run (e.g. `.tf` modules elsewhere) and so block it. */
  sources?: RegExp;
  /** Environment the plan's verify steps need (e.g. terraform's data folder), if any. */
  stepEnv?(ctx: OperationContext): NodeJS.ProcessEnv;
  /**
   * Plans the rollback without changing anything (the repository already holds the previous
   * configuration): what it would destroy, and how to carry it out. Operations that have it let
   * rollback check the destroy approval before anything is pushed.
   */
  planRollback?(ctx: OperationContext): Promise<RollbackPlan>;
}

export interface RollbackPlan {
  /** What carrying it out would destroy (needs a destroy approval). */
  destroys: string[];
  /** What it would do, for the report. */
  describe: string[];
  /** Carries it out; returns what was done. */
  apply(): Promise<string[]>;
}
