// `execguard rollback RUN_ID`: revert the run's commit with a new commit and push it (never a
// force push), then let the operation's executor undo what it applied. Everything a rollback needs
// is checked before anything changes: the approval (a destroy approval when the undo destroys), a
// clean tree, the remote reachable. The revert is made locally first and the undo planned against
// it; if the plan needs what the approval lacks, the local revert is dropped and nothing is pushed.
// A rollback that was killed is finished by running it again: the revert it made is found in git
// (by its "This reverts commit" line), pushed if origin does not have it yet, never made twice.
import { join } from 'node:path';
import { UsageError } from '../../usage-error.js';
import { stateHome } from '../../state/home.js';
import { loadPolicy } from '../../state/policy-file.js';
import { checkCoverage } from '../approval/approval-check.js';
import { approvalRecord, resolveApproval } from '../approval/approval-source.js';
import { GitSide } from './git.js';
import { loadOperation } from '../kinds/index.js';
import { blocked, complete, failedBeforeStart, type RunResult } from './outcome.js';
import { pausePoint } from './pause.js';
import { loadPlan } from '../plan/plan-file.js';
import { ApprovalError, RunError } from './run-errors.js';
import { reapDeadRuns } from '../process/reap.js';
import { journalStored } from '../journal/journal.js';
import { listRuns, readRun, runsRoot, type RunMeta } from '../journal/run-store.js';
import { RunSetup, type RunSetupOptions } from './run-setup.js';
import type { RollbackPlan } from '../types.js';

export interface RollbackOptions extends Omit<RunSetupOptions, 'approval'> {
  runId: string;
  cwd: string;
  approvalText?: string;
  /** In-process approval from a library caller (see resolveApproval); the CLI never sets it. */
  callerApproval?: string;
}

export async function rollbackRun(options: RollbackOptions): Promise<RunResult> {
  options = { ...options, home: options.home ?? stateHome(options.env) };
  // A killed run (this one, or an earlier rollback of it) is marked and its orphans ended first.
  await reapDeadRuns(options.home!);
  const target = readRun(join(runsRoot(options.home), options.runId), options.runId);
  if (!target) throw new UsageError(`no run ${options.runId} (see execguard runs)`);
  if (target.kind === 'rollback')
    throw new UsageError(
      `run ${options.runId} is a rollback run; to finish it, run execguard rollback ${target.rollbackOf ?? 'RUN_ID'} (the run it rolls back) again`,
    );
  if (target.kind !== 'execute') throw new UsageError(`run ${options.runId} is a ${target.kind} run; only execute runs can be rolled back`);
  if (!target.planPath)
    throw new UsageError(`run ${options.runId} is damaged (${target.damaged ?? 'its plan is unknown'}): roll it back by hand`);
  if (target.status === 'RUNNING')
    throw new UsageError(`run ${options.runId} is still running (pid ${target.pid ?? '?'}): wait for it to end before rolling it back`);
  const loaded = loadPlan(target.planPath, options.cwd);
  let setup: RunSetup;
  try {
    setup = new RunSetup('rollback', loaded, options, { rollbackOf: target.runId });
  } catch (error) {
    return failedBeforeStart(loaded, error, options.home!);
  }
  const g = loaded.plan.git;
  let pushed = false;
  let localRevert: { git: GitSide; base: string } | undefined;
  try {
    await setup.phase('Rollback', async () => {
      const approval = resolveApproval({
        env: options.env,
        home: options.home,
        flag: options.approvalText,
        caller: options.callerApproval,
        what: `rolling back run ${target.runId}`,
      });
      setup.journal.append({ type: 'approval', ...approvalRecord(approval) });
      await setup.open(approval.scope);
      await pausePoint('started', options.env);
      setup.ctx.targetRunDir = join(runsRoot(options.home), target.runId);
      const op = await loadOperation(loaded.plan.operation);
      if (!op) throw new RunError(`no executor for operation '${loaded.plan.operation}' in this build`, 'Validation');
      setup.ctx.stepEnv = op.stepEnv?.(setup.ctx);
      const detail = [
        `rolling back run ${target.runId} (${target.status}); applied by it: ${target.applied?.length ? target.applied.join(', ') : 'nothing recorded'}`,
      ];
      const madeCommit = Boolean(target.commit && target.commit !== target.baseCommit);
      if (!madeCommit && !target.applyStarted) {
        detail.push(`run ${target.runId} committed nothing and applied nothing: there is nothing to roll back`);
        return { value: undefined, detail };
      }
      const policy = await loadPolicy(loaded.repoRoot);
      // Before anything changes: the approval covers the plan's environment, and destroys predicted
      // from what the run created; the tree is clean; the remote is reachable (pre-flight ls-remote).
      checkCoverage({ plan: loaded.plan, approval, destroys: [], what: `rolling back run ${target.runId}`, policy });
      const git = new GitSide(loaded.repoRoot, setup.steps);
      if (g) detail.push(...(await git.preflight({ ...g, files: [] })));
      const earlier = listRuns(options.home).find((m) => m.kind === 'rollback' && m.rollbackOf === target.runId && m.revertCommit);
      // An earlier rollback's revert: recorded in its meta, or (it was killed before it could
      // record it) found in the history by its message.
      const found = g && madeCommit ? (earlier?.revertCommit ?? (await findRevert(git, target.commit!))) : undefined;
      const onOrigin = found && g ? await isAncestor(git, found, await git.remoteHead(g)) : false;
      let revert: string | undefined;
      if (g && found && onOrigin) {
        detail.push(
          `commit ${target.commit!.slice(0, 12)} was already reverted by ${found.slice(0, 12)}${earlier ? ` (run ${earlier.runId})` : ''}, on ${g.remote}/${g.branch}`,
        );
        setup.updateMeta({ revertCommit: found });
      } else if (g && found) {
        // Made by a rollback that was killed before its push landed: push that one, revert nothing again.
        if (found !== (await git.head()))
          throw new RunError(
            `an unpushed revert ${found.slice(0, 12)} of ${target.commit!.slice(0, 12)} is in the history but not at HEAD: push or drop it by hand`,
            'StateConflict',
          );
        revert = found;
        detail.push(
          `commit ${target.commit!.slice(0, 12)} was reverted locally by ${found.slice(0, 12)} (an earlier rollback, not pushed yet)`,
        );
      } else if (g && madeCommit) {
        const base = await git.head();
        revert = await git.revert(target.commit!, await git.subject(target.commit!));
        localRevert = { git, base };
        detail.push(`reverted ${target.commit!.slice(0, 12)} locally with ${revert.slice(0, 12)} (not pushed yet)`);
        await pausePoint('committed', options.env);
      } else detail.push(g ? `run ${target.runId} committed nothing: no git revert needed` : 'the plan has no git section');
      const undo = await planUndo(setup, op, target);
      detail.push(...undo.describe);
      if (undo.destroys.length && !approval.scope.destroy) {
        throw new ApprovalError(
          `${undo.describe.join('; ')}: the rollback would destroy ${undo.destroys.join(', ')}, and the approval does not approve destroying`,
          `destroying ${undo.destroys.join(', ')} to roll back run ${target.runId} (an approval that explicitly says destroy)`,
        );
      }
      if (revert && g) {
        detail.push(...(await git.push(g, revert)));
        pushed = true;
        localRevert = undefined;
        setup.updateMeta({ revertCommit: revert });
        await pausePoint('pushed', options.env);
      }
      detail.push(...(await undo.apply()));
      await pausePoint('applied', options.env);
      return { value: undefined, detail };
    });
    await journalStored();
    return complete(setup, `Rollback of run ${target.runId} complete`, setup.meta.revertCommit);
  } catch (error) {
    // Nothing was pushed: drop the local revert so the repository is as it was.
    const dropped = localRevert
      ? await localRevert.git.resetTo(localRevert.base).then(
          () => true,
          () => false,
        )
      : false;
    const reverted = setup.meta.revertCommit;
    const status = pushed
      ? `git: reverted and pushed (${reverted?.slice(0, 12)}); ${loaded.plan.operation}: not finished`
      : `nothing changed by this rollback run: nothing pushed, nothing applied${dropped ? ' (the local revert was dropped)' : ''}`;
    return blocked(
      setup,
      error,
      {
        attempted: [],
        rollbackStatus: status,
        pendingSteps: error instanceof RunError ? error.pending : [],
        ...(error instanceof RunError && error.advice ? { recommendedFix: error.advice } : {}),
      },
      reverted,
    );
  }
}

/** The newest commit in HEAD's history that reverts `commit` (git revert's own message line). */
async function findRevert(git: GitSide, commit: string): Promise<string | undefined> {
  const r = await git.raw('git log (an earlier revert)', [
    'log',
    '--format=%H',
    '--fixed-strings',
    `--grep=This reverts commit ${commit}.`,
    'HEAD',
  ]);
  return r.exitCode === 0 ? r.stdout.trim().split('\n').filter(Boolean)[0] : undefined;
}

/** Is `commit` contained in `tip` (the remote branch's commit)? */
async function isAncestor(git: GitSide, commit: string, tip: string): Promise<boolean> {
  if (!tip) return false;
  return (await git.raw('git merge-base --is-ancestor', ['merge-base', '--is-ancestor', commit, tip])).exitCode === 0;
}

/** The operation's undo, planned before anything is pushed or applied. */
async function planUndo(
  setup: RunSetup,
  op: NonNullable<Awaited<ReturnType<typeof loadOperation>>>,
  target: RunMeta,
): Promise<RollbackPlan> {
  if (op.planRollback) return op.planRollback(setup.ctx);
  // Operations without a separate plan step: their rollback never destroys (they report instead).
  return {
    destroys: [],
    describe: [],
    apply: async () => {
      const undone = await op.rollback(setup.ctx);
      if (undone.pending.length)
        throw new RunError(`rollback of run ${target.runId} incomplete: ${undone.pending.join('; ')}`, 'Permission', {
          pending: undone.pending,
          advice: undone.pending[0],
        });
      return undone.done;
    },
  };
}
