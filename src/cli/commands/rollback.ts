// execguard rollback RUN_ID [--approval TEXT] [--json]: exit 0 rolled back, 2 BLOCKED, 1 usage error.
import type { Progress } from '../../exec/run/progress.js';
import { commandStore } from '../store-setting.js';
import { printRunResult, runExecutor } from '../executor-run.js';
import { UsageError, parseArgs, type Io } from '../io.js';
import { withExecutorCall } from '../executor-call-flag.js';

const USAGE = 'usage: execguard rollback RUN_ID [--approval TEXT] [--json]';

export async function run(argv: string[], io: Io): Promise<number> {
  const { flags, positionals } = parseArgs(argv, { valued: ['approval', 'call'], boolean: ['json'] });
  if (flags.help) {
    io.stdout(
      `${USAGE}\n\nReverts the run's commit (git revert + push, never a force push) and undoes what it applied\nwhere that is safe; destroying needs a destroy approval. Exit 0 done, 2 BLOCKED, 1 usage error.\n`,
    );
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(USAGE);
  const { rollbackRun } = await import('../../exec/run/rollback.js');
  const url = (await commandStore(io))?.url;
  const work = (signal: AbortSignal, progress: Progress) =>
    rollbackRun({
      runId: positionals[0],
      cwd: io.cwd,
      env: withExecutorCall(io.env, flags.call),
      approvalText: typeof flags.approval === 'string' ? flags.approval : undefined,
      signal,
      progress,
    });
  // With a team store the run holds its workspace's lease throughout (docs/team.md).
  const result = await runExecutor(io, Boolean(flags.json), async (signal, progress) => {
    if (!url) return work(signal, progress);
    const { withRunLease } = await import('../../store/team-run.js');
    return withRunLease({ url, env: io.env, cwd: io.cwd, runId: positionals[0]!, fetch: true, signal, progress }, work);
  });
  return printRunResult(io, Boolean(flags.json), result);
}
