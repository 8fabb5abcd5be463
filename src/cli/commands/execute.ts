// execguard execute PLAN.yaml [--approval TEXT] [--json]: exit 0 COMPLETE, 2 BLOCKED, 1 usage error.
import { printRunResult, runExecutor } from '../executor-run.js';
import { UsageError, parseArgs, type Io } from '../io.js';

const USAGE = 'usage: execguard execute PLAN.yaml [--approval TEXT] [--json]';

export async function run(argv: string[], io: Io): Promise<number> {
  const { flags, positionals } = parseArgs(argv, { valued: ['approval'], boolean: ['json'] });
  if (flags.help) {
    io.stdout(
      `${USAGE}\n\nCarries out an approved plan: pre-flight, persist (commit + push), apply, verify.\nPrints the report ending in an AGENT_STATUS block. Exit 0 COMPLETE, 2 BLOCKED, 1 usage error.\n`,
    );
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(USAGE);
  const { executePlan } = await import('../../exec/execute.js');
  const result = await runExecutor(io, Boolean(flags.json), (signal, progress) =>
    executePlan({
      planArg: positionals[0],
      cwd: io.cwd,
      env: io.env,
      approvalText: typeof flags.approval === 'string' ? flags.approval : undefined,
      signal,
      progress,
    }),
  );
  return printRunResult(io, Boolean(flags.json), result);
}
