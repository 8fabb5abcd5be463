// `execguard rollback RUN_ID`: revert the run's commit with a new commit and push it (never a
// force push), then let the operation's executor undo what it applied — for Terraform, report
// what a re-apply of the previous configuration would do; destroying needs a destroy approval.
import { stateHome } from '../state/home.js';
import { join } from 'node:path';
import { parseApproval } from '../approval/scope.js';
import { UsageError } from '../cli/io.js';
import { GitSide } from './git.js';
import { loadOperation } from './operations/index.js';
import { blocked, complete, failedBeforeStart, type RunResult } from './outcome.js';
import { loadPlan } from './plan-file.js';
import { listRuns, readMeta, runsRoot } from './run-store.js';
import { Session, type SessionOptions } from './session.js';
import { StepError } from './types.js';

export interface RollbackOptions extends Omit<SessionOptions, 'approval'> {
  runId: string;
  cwd: string;
  approvalText?: string;
}

export async function rollbackRun(options: RollbackOptions): Promise<RunResult> {
  options = { ...options, home: options.home ?? stateHome(options.env) };
  const target = readMeta(join(runsRoot(options.home), options.runId));
  if (!target) throw new UsageError(`no run ${options.runId} (see execguard runs)`);
  if (target.kind !== 'execute') throw new UsageError(`run ${options.runId} is a ${target.kind} run; only execute runs can be rolled back`);
  const loaded = loadPlan(target.planPath, options.cwd);
  const approval = options.approvalText ? parseApproval(options.approvalText) : undefined;
  let session: Session;
  try {
    session = new Session('rollback', loaded, { ...options, approval }, { rollbackOf: target.runId });
  } catch (error) {
    return failedBeforeStart(loaded, error, options.home!);
  }
  const g = loaded.plan.git;
  const pending: string[] = [];
  try {
    await session.open();
    // Executors read what the rolled-back run recorded (e.g. kubectl's revisions before it).
    session.ctx.targetRunDir = join(runsRoot(options.home), target.runId);
    const op = await loadOperation(loaded.plan.operation);
    await session.phase('Rollback', async () => {
      const detail: string[] = [];
      if (!approval?.affirmed) throw new StepError('a rollback changes the remote and live state: it needs the user\'s approval (--approval "...")', undefined, 'Permission');
      detail.push(`rolling back run ${target.runId} (${target.status}); applied by it: ${target.applied?.length ? target.applied.join(', ') : 'nothing recorded'}`);
      const earlier = listRuns(options.home).find((m) => m.kind === 'rollback' && m.rollbackOf === target.runId && m.revertCommit);
      const madeCommit = target.commit && target.commit !== target.baseCommit;
      if (!madeCommit && !target.applyStarted) {
        detail.push(`run ${target.runId} committed nothing and applied nothing: there is nothing to roll back`);
        return { value: undefined, detail };
      }
      // The executor plans from the working tree: it must hold exactly the committed configuration.
      if (g) detail.push(...(await new GitSide(loaded.repoRoot, session.steps, options.env).preflight({ ...g, files: [] })));
      if (g && madeCommit && earlier?.revertCommit) {
        detail.push(`commit ${target.commit!.slice(0, 12)} was already reverted by ${earlier.revertCommit.slice(0, 12)} (run ${earlier.runId})`);
        session.updateMeta({ revertCommit: earlier.revertCommit });
      } else if (g && madeCommit) {
        const git = new GitSide(loaded.repoRoot, session.steps, options.env);
        const subject = await git.subject(target.commit!);
        const revert = await git.revert(target.commit!, subject);
        session.updateMeta({ revertCommit: revert });
        detail.push(`reverted ${target.commit!.slice(0, 12)} with ${revert.slice(0, 12)}`, ...(await git.push(g, revert)));
      } else detail.push(g ? `run ${target.runId} committed nothing: no git revert needed` : 'the plan has no git section');
      if (!op) throw new StepError(`no executor for operation '${loaded.plan.operation}' in this build`, undefined, 'Validation');
      const undone = await op.rollback(session.ctx);
      detail.push(...undone.done);
      pending.push(...undone.pending);
      if (undone.pending.length) throw new StepError(`rollback incomplete: ${undone.pending.join('; ')}`, undefined, 'Permission');
      return { value: undefined, detail };
    });
    return complete(session, `Rollback of run ${target.runId} complete`, session.meta.revertCommit);
  } catch (error) {
    const reverted = session.meta.revertCommit;
    return blocked(
      session,
      error,
      {
        attempted: [],
        rollbackStatus: reverted ? `git: reverted and pushed (${reverted.slice(0, 12)}); ${loaded.plan.operation}: not finished` : 'nothing changed by this rollback run',
        pendingSteps: pending,
        recommendedFix: pending[0],
      },
      reverted,
    );
  }
}
