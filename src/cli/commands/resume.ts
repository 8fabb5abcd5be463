// execguard resume RUN_ID [--approval TEXT] [--json]: exit 0 COMPLETE (or nothing to resume), 2 BLOCKED (or
// the run is held by another process), 1 usage error.
import type { Progress } from '../../exec/run/progress.js';
import { printRunResult, runExecutor } from '../executor-run.js';
import { commandStore, sendDecisionsMeanwhile } from '../store-setting.js';
import { UsageError, parseArgs, type Io } from '../io.js';
import { withExecutorCall } from '../executor-call-flag.js';

const USAGE = 'usage: execguard resume RUN_ID [--approval TEXT] [--json]';

export async function run(argv: string[], io: Io): Promise<number> {
  const { flags, positionals } = parseArgs(argv, { valued: ['approval', 'call'], boolean: ['json'] });
  if (flags.help) {
    io.stdout(
      `${USAGE}\n\nContinues an INTERRUPTED execute run from its journal: steps recorded done that still hold are\nnot redone; the approval is checked again as for execute. A finished run is a no-op (exit 0).\n`,
    );
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(USAGE);
  const { resumeRun } = await import('../../exec/run/resume.js');
  // Four-eyes holds for a resumed run too: its digest must still carry the reviews it needs.
  const store = await commandStore(io);
  const { reviewGate } = await import('../../store/review-gate.js');
  const review = reviewGate(store, io.env, { wait: false });
  const url = store?.url;
  const work = (signal: AbortSignal, progress: Progress) =>
    resumeRun({
      runId: positionals[0],
      cwd: io.cwd,
      env: withExecutorCall(io.env, flags.call),
      approvalText: typeof flags.approval === 'string' ? flags.approval : undefined,
      signal,
      progress,
      review,
    });
  // A run resumed once the store is back sends what the hooks kept during the outage.
  const decisionsSent = sendDecisionsMeanwhile(url, io);
  // With a team store the run holds its workspace's lease throughout (docs/team.md).
  const result = await runExecutor(io, Boolean(flags.json), async (signal, progress) => {
    if (!url) return work(signal, progress);
    const { withRunLease } = await import('../../store/team-run.js');
    return withRunLease({ url, env: io.env, cwd: io.cwd, runId: positionals[0]!, fetch: false, signal, progress }, work);
  });
  await decisionsSent;
  if ('noop' in result && result.noop) {
    // Busy: another process holds the run (a resume started at the same time); this one changed nothing.
    if (flags.json)
      io.stdout(
        `${JSON.stringify({ runId: positionals[0], status: result.busy ? 'BUSY' : 'NOOP', message: result.message.trim() }, null, 2)}\n`,
      );
    else io.stdout(result.message);
    return result.busy ? 2 : 0;
  }
  return printRunResult(io, Boolean(flags.json), result);
}
