// execguard rollback RUN_ID [--approval TEXT] [--json]: exit 0 rolled back, 2 BLOCKED, 1 usage error.
import { printRunResult, runExecutor } from '../executor-run.js';
import { UsageError, parseArgs, type Io } from '../io.js';

const USAGE = 'usage: execguard rollback RUN_ID [--approval TEXT] [--json]';

export async function run(argv: string[], io: Io): Promise<number> {
  const { flags, positionals } = parseArgs(argv, { valued: ['approval'], boolean: ['json'] });
  if (flags.help) {
    io.stdout(
      `${USAGE}\n\nReverts the run's commit (git revert + push, never a force push) and undoes what it applied\nwhere that is safe; destroying needs a destroy approval. Exit 0 done, 2 BLOCKED, 1 usage error.\n`,
    );
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(USAGE);
  const { rollbackRun } = await import('../../exec/rollback.js');
  const result = await runExecutor(io, Boolean(flags.json), (signal, progress) =>
    rollbackRun({
      runId: positionals[0],
      cwd: io.cwd,
      env: io.env,
      approvalText: typeof flags.approval === 'string' ? flags.approval : undefined,
      signal,
      progress,
    }),
  );
  return printRunResult(io, Boolean(flags.json), result);
}
