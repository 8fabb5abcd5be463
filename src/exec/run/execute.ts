// `execguard execute` (and `execguard resume`): pre-flight (approval, git, tools, dry run, digest
// vs the approved plan), persist (commit + push + confirm), apply the saved plan, verify. One
// method per phase; failures are typed (run-errors.ts) and the report is built from the type.
// Transient failures are retried once. Everything is journaled; a resumed run continues in the
// same run folder and skips the steps recorded done that still hold.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { stateHome } from '../../state/home.js';
import { checkCoverage, planEnvironments } from '../approval/approval-check.js';
import { approvalRecord, resolveApproval } from '../approval/approval-source.js';
import { type DigestExtras, hashInputs, planDigest, planInputFiles } from '../plan/digest.js';
import { GitSide } from './git.js';
import { LockHeldError } from '../journal/lock.js';
import { loadOperation } from '../kinds/index.js';
import { journalStored } from '../journal/journal.js';
import { blocked, complete, failedBeforeStart, type FailureContext, type RunResult } from './outcome.js';
import { pausePoint } from './pause.js';
import { preflightProbes } from '../plan/preflight-probes.js';
import type { LoadedPlan } from '../plan/plan-file.js';
import { loadPlan } from '../plan/plan-file.js';
import { withRetry } from './retry.js';
import { type ReviewGate, reviewersRequired } from '../approval/review.js';
import { ApprovalError, DriftError, PartialApplyError, RemoteMovedError, RunError } from './run-errors.js';
import { latestPlanRun, type RunMeta } from '../journal/run-store.js';
import { RunSetup, type RunSetupOptions } from './run-setup.js';
import type { DryRunSummary, Operation } from '../types.js';
import { runVerifyStep } from './verify-steps.js';

export interface ExecuteOptions extends Omit<RunSetupOptions, 'approval'> {
  planArg: string;
  cwd: string;
  approvalText?: string;
  /** In-process approval from a library caller (see resolveApproval); the CLI never sets it. */
  callerApproval?: string;
  /** Back-off before the one retry of a transient failure. */
  retryDelayMs?: number;
  /** Counts other people's approvals when the policy asks for reviewers (four-eyes); without it such a plan is BLOCKED. */
  review?: ReviewGate;
}

export async function executePlan(options: ExecuteOptions): Promise<RunResult> {
  options = { ...options, home: options.home ?? stateHome(options.env) };
  return runExecute(loadPlan(options.planArg, options.cwd), options);
}

/** Runs (or, with `resumed`, continues) an execute run of `loaded`. */
export async function runExecute(loaded: LoadedPlan, options: ExecuteOptions, resumed?: RunMeta): Promise<RunResult> {
  let setup: RunSetup;
  try {
    setup = new RunSetup('execute', loaded, options, {}, resumed);
  } catch (error) {
    return failedBeforeStart(loaded, error, options.home!);
  }
  return new ExecuteRun(setup, options, resumed).run();
}

type Stage = 'before' | 'persisting' | 'persisted' | 'applying' | 'applied';

class ExecuteRun {
  private readonly attempted: string[] = [];
  private readonly again: string;
  private stage: Stage = 'before';
  private pushed?: string;
  private applied: string[] = [];
  private git?: GitSide;
  private op?: Operation;

  constructor(
    private readonly setup: RunSetup,
    private readonly options: ExecuteOptions,
    private readonly resumed?: RunMeta,
  ) {
    this.again = `run execguard plan ${options.planArg} again and get the new plan approved`;
  }

  private get plan() {
    return this.setup.loaded.plan;
  }

  private retry<T>(label: string, fn: (n: number) => Promise<T>): Promise<T> {
    return withRetry(label, fn, {
      journal: this.setup.journal,
      signal: this.setup.signal,
      delayMs: this.options.retryDelayMs ?? 750,
      attempted: this.attempted,
    });
  }

  async run(): Promise<RunResult> {
    const { setup } = this;
    try {
      const approved = await setup.phase('Pre-flight', () => this.preflight());
      this.stage = 'persisting';
      await this.persist();
      this.stage = 'persisted';
      await this.apply(approved);
      await setup.phase('Verify', () => this.verify());
      await journalStored();
      return complete(
        setup,
        this.resumed ? `Task complete - run ${setup.runId} resumed and finished` : 'Task complete - execution successful',
        this.pushed,
      );
    } catch (error) {
      if (error instanceof PartialApplyError) this.applied = error.applied;
      if (this.stage === 'applying' || this.stage === 'applied') setup.updateMetaSafe({ applied: this.applied });
      return blocked(setup, error, this.failureContext(error), this.pushed);
    }
  }

  /** Approval from its one source, then the git probes, the commit check and the dry run side by side. */
  private async preflight(): Promise<{ value: DryRunSummary; detail: string[] }> {
    const { setup, options, plan } = this;
    const approval = resolveApproval({
      env: options.env,
      home: options.home,
      flag: options.approvalText,
      caller: options.callerApproval,
      what: `the plan ${plan.id} (execguard plan ${options.planArg})`,
    });
    setup.journal.append({ type: 'approval', ...approvalRecord(approval) });
    await setup.open(approval.scope);
    await pausePoint('started', options.env);
    const op = (this.op = await loadOperation(plan.operation));
    if (!op) throw new RunError(`no executor for operation '${plan.operation}' in this build`, 'Validation');
    setup.ctx.stepEnv = op.stepEnv?.(setup.ctx);
    const g = plan.git;
    const git = (this.git = new GitSide(setup.loaded.repoRoot, setup.steps));
    const planFile = relative(setup.loaded.repoRoot, setup.loaded.planPath);
    // The operation's chain is the longest: start it first so its first child is spawned before
    // the guard's one-off costs (e.g. loading the commit rules) take the main thread.
    const {
      dry: fresh,
      gitDetail,
      commitDetail,
    } = await preflightProbes({
      op,
      ctx: setup.ctx,
      plan,
      git,
      planFile,
      attempt: (label, probe) => this.retry(label, probe),
      alongside: g ? [() => git.ensureIdentity()] : [],
    });
    const detail = [...gitDetail];
    if (commitDetail) detail.push(commitDetail);
    const extras: DigestExtras = {
      commits: g ? this.foreignCommits(git.unpushed) : [],
      inputs: hashInputs(setup.loaded.repoRoot, planInputFiles(plan), (p) => readFileSync(p)),
    };
    const { approved, digest, lines, shown } = this.approvedPlan(fresh, extras);
    detail.push(...lines);
    const foreign = extras.commits ?? [];
    if (foreign.length && g) {
      // Commits this run did not make ride along with the push only when the user saw them:
      // listed by `execguard plan` under the digest the user's grant is bound to (or, outside an
      // agent setup, under the digest of an earlier plan run of this plan file).
      const bound = approval.binding?.digests.includes(digest) ?? false;
      const seen = approval.source === 'session-grant' ? bound : bound || shown;
      const listed = foreign.map((c) => `${c.hash.slice(0, 12)} ${c.subject}`).join('; ');
      if (!seen)
        throw new ApprovalError(
          `${foreign.length} commit(s) on ${g.branch} that this run did not make would be pushed to ${g.remote}/${g.branch} (${listed}), and the approval was not given for a plan that listed them`,
          `the plan ${plan.id} with the commits it pushes (run execguard plan ${this.options.planArg}, present its summary, which lists them, and ask again)`,
        );
      detail.push(`also pushes ${foreign.length} commit(s) listed in the approved plan: ${listed}`);
    }
    detail.push(
      ...checkCoverage({
        plan,
        approval,
        destroys: approved.destroy,
        digest,
        what: `the plan ${plan.id} (${digest.slice(0, 19)}…)`,
        policy: setup.policy,
      }),
    );
    setup.updateMeta({ digest, approved, ...(git.base && !setup.meta.baseCommit ? { baseCommit: git.base } : {}) });
    detail.push(...(await this.reviewed(digest, approved)));
    detail.push(`changes: ${approved.create.length} to create, ${approved.update.length} to update, ${approved.destroy.length} to destroy`);
    return { value: approved, detail };
  }

  /** Four-eyes: with approvals.reviewers for an environment the plan touches, enough other people approved the digest. */
  private async reviewed(digest: string, approved: DryRunSummary): Promise<string[]> {
    const { setup, plan, options } = this;
    const environments = planEnvironments(plan, setup.policy);
    const required = reviewersRequired(environments, setup.policy);
    if (required === 0) return [];
    if (!options.review)
      throw new RunError(
        `approvals.reviewers asks for ${required} approval(s) by another person for this plan, and no team store is set to count them in`,
        'Approval',
        { advice: 'Set store: postgres://HOST/DB in .execguard.yaml (docs/team.md), then run the command again' },
      );
    return options.review({
      planId: plan.id,
      planArg: options.planArg,
      cwd: options.cwd,
      runId: setup.runId,
      digest,
      environments,
      required,
      changes: { create: approved.create, update: approved.update, destroy: approved.destroy },
      signal: setup.signal,
      progress: setup.progress,
    });
  }

  /**
   * The commits the push would send that this run did not make. A resumed run's own commit (made
   * after its recorded base, before the interruption) is not foreign: only what lies up to the base is.
   */
  private foreignCommits(unpushed: { hash: string; subject: string }[]): { hash: string; subject: string }[] {
    const base = this.resumed?.baseCommit;
    if (!base) return unpushed;
    const at = unpushed.findIndex((c) => c.hash === base);
    return at >= 0 ? unpushed.slice(0, at + 1) : [];
  }

  /** The summary the approval covers: a resumed run's, the latest `execguard plan`'s, or the fresh one. */
  private approvedPlan(
    fresh: DryRunSummary,
    extras: DigestExtras,
  ): { approved: DryRunSummary; digest: string; lines: string[]; shown: boolean } {
    const { setup, plan, resumed } = this;
    const digest = planDigest(plan, fresh, extras);
    if (resumed?.approved && resumed.digest) {
      // Apply began: the saved plan is partly used; the operation re-plans and applies only what remains.
      if (resumed.applyStarted)
        return {
          approved: resumed.approved,
          digest: resumed.digest,
          lines: [`resumed after apply began: applying what remains of the approved plan ${resumed.digest.slice(0, 19)}…`],
          shown: true,
        };
      if (resumed.digest !== digest)
        throw new DriftError(
          `plan drift: the plan approved for run ${resumed.runId} (${resumed.digest.slice(0, 19)}) no longer matches what would change now (${digest.slice(0, 19)}): ${describeDrift(resumed.approved, fresh)}`,
          this.again,
        );
      return {
        approved: resumed.approved,
        digest,
        lines: [`resumed: the approved plan still matches (${digest.slice(0, 19)}…); applying its saved plan`],
        shown: true,
      };
    }
    const prior = latestPlanRun(plan.id, setup.loaded.planPath, this.options.home);
    if (!prior?.digest || !prior.summary)
      return {
        approved: fresh,
        digest,
        lines: [`no prior execguard plan for '${plan.id}': planned now (${digest.slice(0, 19)}…)`],
        shown: false,
      };
    if (prior.digest !== digest) {
      throw new DriftError(
        `plan drift: the plan approved in run ${prior.runId} (${prior.digest.slice(0, 19)}) no longer matches what would change now (${digest.slice(0, 19)}): ${describeDrift(prior.summary, fresh)}`,
        this.again,
      );
    }
    // Apply exactly the plan that was approved: its saved artifacts, copied into this run.
    mkdirSync(join(setup.runDir, 'approved'), { recursive: true });
    const artifacts = prior.summary.artifacts.map((a) => {
      copyFileSync(join(setup.runDir, '..', prior.runId, a), join(setup.runDir, 'approved', basename(a)));
      return `approved/${basename(a)}`;
    });
    setup.updateMeta({ planRunId: prior.runId });
    return {
      approved: { ...prior.summary, artifacts },
      digest,
      lines: [`plan unchanged since run ${prior.runId} (${digest.slice(0, 19)}…); applying its saved plan`],
      shown: true,
    };
  }

  private async persist(): Promise<void> {
    const { setup, plan, resumed } = this;
    const g = plan.git;
    if (!g) {
      setup.skip('Persist', 'the plan has no git section');
      return;
    }
    const git = this.git!;
    if (resumed?.commit && resumed.commit !== resumed.baseCommit && (await git.remoteHead(g)) === resumed.commit) {
      setup.skip('Persist', `already done: commit ${resumed.commit.slice(0, 12)} is on ${g.remote}/${g.branch}`);
      this.pushed = setup.ctx.pushedCommit = resumed.commit;
      return;
    }
    const persisted = await setup.phase('Persist', async () => {
      const p = await this.retry('persist', () => git.persist(g, () => pausePoint('committed', this.options.env)));
      return { value: p, detail: p.detail };
    });
    this.pushed = setup.ctx.pushedCommit = persisted.commit;
    setup.updateMeta({ commit: persisted.commit, baseCommit: setup.meta.baseCommit ?? persisted.base });
    await pausePoint('pushed', this.options.env);
  }

  private async apply(approved: DryRunSummary): Promise<void> {
    const { setup, resumed, plan } = this;
    if (resumed?.applyDone) {
      this.applied = resumed.applied ?? [];
      this.stage = 'applied';
      setup.skip('Apply', `already done: ${this.applied.join(', ') || 'nothing to change'} (verify checks it still holds)`);
      return;
    }
    this.applied = await setup.phase('Apply', async () => {
      this.stage = 'applying';
      setup.updateMeta({ applyStarted: true });
      const value = await this.retry(`${plan.operation} apply`, (n) => this.op!.apply({ ...setup.ctx, attempt: n }, approved));
      this.stage = 'applied';
      setup.updateMeta({ applied: value, applyDone: true });
      return { value, detail: value.length ? value : ['nothing to change'] };
    });
    await pausePoint('applied', this.options.env);
  }

  /** Health checks and the plan's own verify steps only read: run them side by side. */
  private async verify(): Promise<{ value: undefined; detail: string[] }> {
    const { setup, plan } = this;
    const results = await Promise.allSettled([
      this.retry(`${plan.operation} verify`, () => this.op!.verify(setup.ctx)),
      ...plan.verify.map((step, i) =>
        this.retry(`verify #${i + 1}`, () => runVerifyStep(setup.ctx, setup.steps, step, i)).then((line) => [line]),
      ),
    ]);
    for (const r of results) if (r.status === 'rejected') throw r.reason;
    return { value: undefined, detail: results.flatMap((r) => (r as PromiseFulfilledResult<string[]>).value) };
  }

  /** What was done when the run stopped, and what to do next: decided by the error's type and the stage. */
  private failureContext(error: unknown): FailureContext {
    const { attempted, again, setup, git, plan, options } = this;
    const g = plan.git;
    if (error instanceof LockHeldError) {
      return {
        attempted,
        rollbackStatus: 'nothing changed: the run stopped before touching anything',
        pendingSteps: [
          `Wait for run ${error.owner.runId} to finish (or confirm it is gone), then run execguard execute ${options.planArg} again`,
        ],
      };
    }
    const kept = git?.localCommit
      ? `nothing applied; the local commit ${git.localCommit.slice(0, 12)} is kept (not pushed)`
      : 'nothing changed';
    if (error instanceof RemoteMovedError && g) {
      const fix = `Rebase onto ${g.remote}/${g.branch}, then ${again}`;
      return {
        attempted,
        rollbackStatus: kept,
        pendingSteps: [
          `Rebase onto ${g.remote}/${g.branch} (git pull --rebase ${g.remote} ${g.branch}); never force push`,
          `Then ${again}`,
        ],
        recommendedFix: fix,
      };
    }
    const typed =
      error instanceof RunError
        ? { pendingSteps: error.pending, ...(error.advice ? { recommendedFix: error.advice } : {}) }
        : { pendingSteps: [] };
    if (this.stage === 'before') return { attempted, rollbackStatus: 'nothing changed: the run stopped in pre-flight', ...typed };
    if (this.stage === 'persisting') return { attempted, rollbackStatus: kept, ...typed };
    const commitNote = this.pushed ? `commit ${this.pushed.slice(0, 12)} is pushed` : 'nothing was committed';
    if (this.stage === 'persisted') return { attempted, rollbackStatus: `${commitNote}; nothing applied`, ...typed };
    const what = this.applied.length ? `applied before the failure: ${this.applied.join(', ')}` : 'nothing was applied';
    return {
      attempted,
      rollbackStatus: `not rolled back automatically: ${commitNote}; ${what}. Run execguard rollback ${setup.runId}`,
      pendingSteps: typed.pendingSteps.length
        ? typed.pendingSteps
        : [
            `Fix the failure and run execguard resume ${setup.runId}, or roll back with execguard rollback ${setup.runId} once the user approves`,
          ],
      ...(typed.recommendedFix ? { recommendedFix: typed.recommendedFix } : {}),
    };
  }
}

function describeDrift(before: DryRunSummary, now: DryRunSummary): string {
  const fmt = (s: DryRunSummary) => `create [${s.create.join(', ')}], update [${s.update.join(', ')}], destroy [${s.destroy.join(', ')}]`;
  // The digest is the whole run: the same changes with a different digest is a changed plan file
  // (steps, verify, git), input file or set of commits to push.
  if (fmt(before) === fmt(now) && before.digestInput === now.digestInput)
    return `the same changes (${fmt(now)}), but the plan file, its input files or the commits to push changed since it was approved`;
  return `approved ${fmt(before)}; now ${fmt(now)}`;
}
