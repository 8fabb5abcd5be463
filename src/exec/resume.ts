// `execguard resume RUN_ID`: continue an interrupted execute run from its journal, in the same run
// folder. Steps recorded done that still hold are not redone (the commit is on the remote, the
// saved plan's digest still matches, apply finished and verify finds no drift); the approval is
// checked again exactly as for execute. A finished run, or one resumed already, is a no-op.
import { join } from 'node:path';
import { UsageError } from '../cli/io.js';
import { stateHome } from '../state/home.js';
import { runExecute, type ExecuteOptions } from './execute.js';
import type { RunResult } from './outcome.js';
import { loadPlan } from './plan-file.js';
import { reapDeadRuns } from './reap.js';
import { readMeta, runsRoot } from './run-store.js';

export type ResumeResult = { noop: true; message: string } | (RunResult & { noop?: false });

export async function resumeRun(options: Omit<ExecuteOptions, 'planArg'> & { runId: string }): Promise<ResumeResult> {
  const home = options.home ?? stateHome(options.env);
  await reapDeadRuns(home);
  const meta = readMeta(join(runsRoot(home), options.runId));
  if (!meta) throw new UsageError(`no run ${options.runId} (see execguard runs)`);
  if (meta.kind !== 'execute') throw new UsageError(`run ${options.runId} is a ${meta.kind} run; only execute runs can be resumed`);
  if (meta.status === 'RUNNING')
    return { noop: true, message: `run ${meta.runId} is still running (pid ${meta.pid ?? '?'}): nothing to resume\n` };
  if (meta.status === 'COMPLETE')
    return {
      noop: true,
      message: `run ${meta.runId} already finished COMPLETE${meta.resumes ? ` (after ${meta.resumes} resume(s))` : ''}: nothing to resume\n`,
    };
  if (!meta.interrupted) {
    return {
      noop: true,
      message: `run ${meta.runId} finished BLOCKED (${meta.errorClass ?? 'failed'}), it was not interrupted: nothing to resume. Fix the cause, then run execguard plan and execute again\n`,
    };
  }
  const loaded = loadPlan(meta.planPath, options.cwd);
  return runExecute(loaded, { ...options, home, planArg: meta.planPath }, meta);
}
