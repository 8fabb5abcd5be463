// `execguard resume RUN_ID`: continue an interrupted execute run from its journal, in the same run
// folder. Steps recorded done that still hold are not redone (the commit is on the remote, the
// saved plan's digest still matches, apply finished and verify finds no drift); the approval is
// checked again exactly as for execute. A finished run, or one resumed already, is a no-op.
// The workspace lock is taken before anything of the run is touched, and the run is read again
// under it: of two resumes started at once one continues the run, and the other changes nothing.
import { join } from 'node:path';
import { UsageError } from '../../usage-error.js';
import { stateHome } from '../../state/home.js';
import { runExecute, type ExecuteOptions } from './execute.js';
import { acquireLock, LockHeldError, workspaceKey, type HeldLock } from '../journal/lock.js';
import type { RunResult } from './outcome.js';
import { loadPlan } from '../plan/plan-file.js';
import { reapDeadRuns } from '../process/reap.js';
import { stateWrite } from './run-errors.js';
import { readRun, runsRoot, type RunMeta } from '../journal/run-store.js';

/** `busy`: another process holds the run's workspace (e.g. a resume started at the same time). */
export type ResumeResult = { noop: true; message: string; busy?: boolean } | (RunResult & { noop?: false });

/** Why `meta` cannot be resumed, or undefined when it can. */
function notResumable(meta: RunMeta): string | undefined {
  if (meta.status === 'RUNNING') return `run ${meta.runId} is still running (pid ${meta.pid ?? '?'}): nothing to resume\n`;
  if (meta.status === 'COMPLETE')
    return `run ${meta.runId} already finished COMPLETE${meta.resumes ? ` (after ${meta.resumes} resume(s))` : ''}: nothing to resume\n`;
  if (!meta.interrupted)
    return `run ${meta.runId} finished BLOCKED (${meta.errorClass ?? 'failed'}), it was not interrupted: nothing to resume. Fix the cause, then run execguard plan and execute again\n`;
  return undefined;
}

export async function resumeRun(options: Omit<ExecuteOptions, 'planArg'> & { runId: string }): Promise<ResumeResult> {
  const home = options.home ?? stateHome(options.env);
  await reapDeadRuns(home);
  const dir = join(runsRoot(home), options.runId);
  const meta = readRun(dir, options.runId);
  if (!meta) throw new UsageError(`no run ${options.runId} (see execguard runs)`);
  if (meta.kind === 'rollback')
    throw new UsageError(
      `run ${options.runId} is a rollback run; only execute runs can be resumed. To finish the rollback, run execguard rollback ${meta.rollbackOf ?? 'RUN_ID'} again`,
    );
  if (meta.kind !== 'execute') throw new UsageError(`run ${options.runId} is a ${meta.kind} run; only execute runs can be resumed`);
  if (!meta.planPath)
    throw new UsageError(`run ${options.runId} is damaged (${meta.damaged ?? 'its plan is unknown'}): it cannot be resumed`);
  const early = notResumable(meta);
  if (early) return { noop: true, message: early };
  const loaded = loadPlan(meta.planPath, options.cwd);
  let lock: HeldLock;
  try {
    lock = stateWrite(join(home, 'locks'), () => acquireLock(workspaceKey(loaded.repoRoot, loaded.plan.workdir), meta.runId, { home }));
  } catch (error) {
    if (!(error instanceof LockHeldError)) throw error;
    const o = error.owner;
    const who =
      o.runId === meta.runId ? `run ${meta.runId} is being resumed by another process` : `the workspace is locked by run ${o.runId}`;
    return {
      noop: true,
      busy: true,
      message: `${who} (pid ${o.pid} on ${o.host}): nothing changed. Wait for it, then see execguard runs ${meta.runId}\n`,
    };
  }
  try {
    // Read again under the lock: a resume that won the race may have finished the run meanwhile.
    const current = readRun(dir, options.runId) ?? meta;
    const late = notResumable(current);
    if (late) return { noop: true, message: late };
    return await runExecute(loaded, { ...options, home, planArg: meta.planPath, lock }, current);
  } finally {
    // The session releases it when it closes; this covers a run that could not even start.
    lock.release();
  }
}
