// `execguard execute`: pre-flight (approval, git, tools, dry run, digest vs the approved plan),
// persist (commit + push + confirm), apply the saved plan, verify. Any failure blocks the run
// with a classified error; transient ones are retried once. Everything is journaled.
import { stateHome } from '../state/home.js';
import { copyFileSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseApproval } from '../approval/scope.js';
import { planDigest } from './digest.js';
import { GitSide } from './git.js';
import { LockHeldError } from './lock.js';
import { loadOperation } from './operations/index.js';
import { ApplyError } from './operations/terraform.js';
import { blocked, complete, failedBeforeStart, type RunResult } from './outcome.js';
import { loadPlan } from './plan-file.js';
import { withRetry } from './retry.js';
import { latestPlanRun } from './run-store.js';
import { Session, type SessionOptions } from './session.js';
import { StepError, type DryRunSummary } from './types.js';
import { runVerifyStep } from './verify-steps.js';

export interface ExecuteOptions extends Omit<SessionOptions, 'approval'> {
  planArg: string;
  cwd: string;
  approvalText?: string;
  /** Back-off before the one retry of a transient failure. */
  retryDelayMs?: number;
}

export async function executePlan(options: ExecuteOptions): Promise<RunResult> {
  options = { ...options, home: options.home ?? stateHome(options.env) };
  const loaded = loadPlan(options.planArg, options.cwd);
  const { plan } = loaded;
  const approval = options.approvalText ? parseApproval(options.approvalText) : undefined;
  let session: Session;
  try {
    session = new Session('execute', loaded, { ...options, approval });
  } catch (error) {
    return failedBeforeStart(loaded, error, options.home!);
  }
  const attempted: string[] = [];
  const retry = <T>(label: string, fn: (n: number) => Promise<T>) =>
    withRetry(label, fn, { journal: session.journal, signal: session.signal, delayMs: options.retryDelayMs ?? 750, attempted });
  const g = plan.git;
  const again = `run execguard plan ${options.planArg} again and get the new plan approved`;
  let pushed: string | undefined;
  let applied: string[] = [];
  let stage: 'before' | 'persisting' | 'persisted' | 'applying' | 'applied' = 'before';
  let git: GitSide | undefined;

  try {
    await session.open();
    const op = await loadOperation(plan.operation);
    git = new GitSide(loaded.repoRoot, session.steps, options.env);

    const approved = await session.phase('Pre-flight', async () => {
      const detail: string[] = [];
      if (!approval) throw new StepError('no approval: execute needs the user\'s approval text (--approval "User approved. Execute the plan.")', undefined, 'Permission');
      if (!approval.affirmed) throw new StepError(`the approval text does not approve: "${approval.text}"`, undefined, 'Permission');
      detail.push(`approval: "${approval.text}"${approval.destroy ? ' (includes destroy)' : ''}`);
      if (!op) throw new StepError(`no executor for operation '${plan.operation}' in this build`, undefined, 'Validation');
      // The git probes, the commit-message check and the operation's pre-flight + dry run are
      // independent: run them side by side, then report the first failure (all have settled).
      // The operation's chain is the longest: start it first so its first child is spawned before
      // the guard's one-off costs (e.g. loading the commit rules) take the main thread.
      const [dry, gitDetail, commitDetail] = await Promise.allSettled([
        (async () => {
          await retry(`${plan.operation} pre-flight`, () => op.preflight(session.ctx));
          return retry(`${plan.operation} dry run`, () => op.dryRun(session.ctx));
        })(),
        g ? retry('git pre-flight', () => git!.preflight(g)) : Promise.resolve([] as string[]),
        g ? git!.checkCommit(g) : Promise.resolve(''),
        // Persist's identity probe, done here where it waits on nothing.
        g ? git!.ensureIdentity() : Promise.resolve(),
      ]);
      for (const r of [gitDetail, commitDetail, dry]) if (r.status === 'rejected') throw r.reason;
      const fresh = (dry as PromiseFulfilledResult<DryRunSummary>).value;
      detail.push(...(gitDetail as PromiseFulfilledResult<string[]>).value);
      if (g) detail.push((commitDetail as PromiseFulfilledResult<string>).value);
      const digest = planDigest(plan, fresh);
      const prior = latestPlanRun(plan.id, loaded.planPath, options.home);
      let approvedSummary: DryRunSummary = fresh;
      if (prior?.digest && prior.summary) {
        if (prior.digest !== digest) {
          throw new StepError(
            `plan drift: the plan approved in run ${prior.runId} (${prior.digest.slice(0, 19)}) no longer matches what would change now (${digest.slice(0, 19)}): ${describeDrift(prior.summary, fresh)}`,
            undefined,
            'StateConflict',
          );
        }
        // Apply exactly the plan that was approved: its saved artifacts, copied into this run.
        mkdirSync(join(session.runDir, 'approved'), { recursive: true });
        const artifacts = prior.summary.artifacts.map((a) => {
          copyFileSync(join(session.runDir, '..', prior.runId, a), join(session.runDir, 'approved', basename(a)));
          return `approved/${basename(a)}`;
        });
        approvedSummary = { ...prior.summary, artifacts };
        session.updateMeta({ planRunId: prior.runId, digest });
        detail.push(`plan unchanged since run ${prior.runId} (${digest.slice(0, 19)}…); applying its saved plan`);
      } else {
        session.updateMeta({ digest, summary: fresh });
        detail.push(`no prior execguard plan for '${plan.id}': planned now (${digest.slice(0, 19)}…)`);
      }
      if (approvedSummary.destroy.length && !approval.destroy) {
        throw new StepError(`the plan destroys ${approvedSummary.destroy.join(', ')}, and the approval does not approve destroying`, undefined, 'Permission');
      }
      detail.push(`changes: ${approvedSummary.create.length} to create, ${approvedSummary.update.length} to update, ${approvedSummary.destroy.length} to destroy`);
      return { value: approvedSummary, detail };
    });

    stage = 'persisting';
    if (g) {
      const persisted = await session.phase('Persist', async () => {
        const p = await retry('persist', () => git!.persist(g));
        return { value: p, detail: p.detail };
      });
      pushed = persisted.commit;
      session.ctx.pushedCommit = pushed;
      session.updateMeta({ commit: pushed, baseCommit: persisted.base });
    } else session.skip('Persist', 'the plan has no git section');
    stage = 'persisted';

    applied = await session.phase('Apply', async () => {
      stage = 'applying';
      session.updateMeta({ applyStarted: true });
      const value = await retry(`${plan.operation} apply`, (n) => op!.apply({ ...session.ctx, attempt: n }, approved));
      stage = 'applied';
      session.updateMeta({ applied: value });
      return { value, detail: value.length ? value : ['nothing to change'] };
    });

    await session.phase('Verify', async () => {
      // Health checks and the plan's own verify steps only read: run them side by side.
      const results = await Promise.allSettled([
        retry(`${plan.operation} verify`, () => op!.verify(session.ctx)),
        ...plan.verify.map((step, i) => retry(`verify #${i + 1}`, () => runVerifyStep(session.ctx, session.steps, step, i)).then((line) => [line])),
      ]);
      for (const r of results) if (r.status === 'rejected') throw r.reason;
      const detail = results.flatMap((r) => (r as PromiseFulfilledResult<string[]>).value);
      return { value: undefined, detail };
    });

    return complete(session, 'Task complete - execution successful', pushed);
  } catch (error) {
    if (error instanceof ApplyError) applied = error.applied;
    if ((stage as string) === 'applying' || (stage as string) === 'applied') session.updateMeta({ applied });
    return blocked(session, error, failureContext(error), pushed);
  }

  function failureContext(error: unknown) {
    const conflict = error instanceof StepError && error.errorClass === 'StateConflict' && g && /remote moved|non-fast-forward|moved since/.test(error.message);
    if (error instanceof LockHeldError) {
      return { attempted, rollbackStatus: 'nothing changed: the run stopped before touching anything', pendingSteps: [`Wait for run ${error.owner.runId} to finish (or confirm it is gone), then run execguard execute ${options.planArg} again`] };
    }
    if (conflict) {
      return {
        attempted,
        rollbackStatus: git?.localCommit ? `nothing applied; the local commit ${git.localCommit.slice(0, 12)} is kept (not pushed)` : 'nothing changed',
        pendingSteps: [`Rebase onto ${g.remote}/${g.branch} (git pull --rebase ${g.remote} ${g.branch}); never force push`, `Then ${again}`],
        recommendedFix: `Rebase onto ${g.remote}/${g.branch}, then ${again}`,
      };
    }
    if (stage === 'before') {
      const destroy = /does not approve destroying/.test(String((error as Error)?.message));
      return {
        attempted,
        rollbackStatus: 'nothing changed: the run stopped in pre-flight',
        pendingSteps: destroy
          ? ['Get an approval that explicitly approves destroying the listed resources, then run execguard execute again with it']
          : /no approval|does not approve/.test(String((error as Error)?.message))
            ? [`Present the plan (execguard plan ${options.planArg}) and get the user's approval`]
            : /plan drift/.test(String((error as Error)?.message))
              ? [`Review the drift, then ${again}`]
              : [],
      };
    }
    if (stage === 'persisting') {
      return {
        attempted,
        rollbackStatus: git?.localCommit ? `nothing applied; the local commit ${git.localCommit.slice(0, 12)} is kept (not pushed)` : 'nothing changed',
        pendingSteps: [],
      };
    }
    const commitNote = pushed ? `commit ${pushed.slice(0, 12)} is pushed` : 'nothing was committed';
    if (stage === 'persisted') return { attempted, rollbackStatus: `${commitNote}; nothing applied`, pendingSteps: [] };
    const what = applied.length ? `applied before the failure: ${applied.join(', ')}` : 'nothing was applied';
    return {
      attempted,
      rollbackStatus: `not rolled back automatically: ${commitNote}; ${what}. Run execguard rollback ${session.runId}`,
      pendingSteps: [`Fix the failure, or roll back with execguard rollback ${session.runId} --approval "<the user's approval>"`],
    };
  }
}

function describeDrift(before: DryRunSummary, now: DryRunSummary): string {
  const fmt = (s: DryRunSummary) => `create [${s.create.join(', ')}], update [${s.update.join(', ')}], destroy [${s.destroy.join(', ')}]`;
  return `approved ${fmt(before)}; now ${fmt(now)}`;
}
