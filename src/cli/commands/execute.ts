// execguard execute PLAN.yaml [--approval TEXT] [--json]: exit 0 COMPLETE, 2 BLOCKED, 1 usage error.
import type { Progress } from '../../exec/progress.js';
import { storeUrl } from '../../store/config.js';
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
  const execute = (signal: AbortSignal, progress: Progress) =>
    executePlan({
      planArg: positionals[0]!,
      cwd: io.cwd,
      env: io.env,
      approvalText: typeof flags.approval === 'string' ? flags.approval : undefined,
      signal,
      progress,
    });
  // With a team store the run holds the workspace's lease throughout (docs/team.md).
  const url = storeUrl(io.env);
  const result = await runExecutor(io, Boolean(flags.json), async (signal, progress) => {
    if (!url) return execute(signal, progress);
    const { withWorkspaceLease, workspaceKey } = await import('../../store/team-run.js');
    const workspace = workspaceKey(positionals[0]!, io.cwd);
    return withWorkspaceLease({ url, env: io.env, workspace, signal, progress }, execute);
  });
  return printRunResult(io, Boolean(flags.json), result);
}
