// execguard execute PLAN.yaml [--approval TEXT] [--wait] [--json]: exit 0 COMPLETE, 2 BLOCKED, 1 usage error.
import type { Progress } from '../../exec/run/progress.js';
import { commandStore, sendDecisionsMeanwhile } from '../store-setting.js';
import { printRunResult, runExecutor } from '../executor-run.js';
import { UsageError, parseArgs, type Io } from '../io.js';
import { withExecutorCall } from '../executor-call-flag.js';

const USAGE = 'usage: execguard execute PLAN.yaml [--approval TEXT] [--wait] [--json]';

export async function run(argv: string[], io: Io): Promise<number> {
  const { flags, positionals } = parseArgs(argv, { valued: ['approval', 'call'], boolean: ['json', 'wait'] });
  if (flags.help) {
    io.stdout(
      `${USAGE}\n\nCarries out an approved plan: pre-flight, persist (commit + push), apply, verify.\nPrints the report ending in an AGENT_STATUS block. Exit 0 COMPLETE, 2 BLOCKED, 1 usage error.\nWith approvals.reviewers (docs/team.md) a plan waiting for review is BLOCKED at once; --wait waits\nfor the approvals instead (until they arrive or the command is interrupted).\n`,
    );
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(USAGE);
  const store = await commandStore(io);
  // With a team store the run holds the workspace's lease throughout (docs/team.md). The connection
  // opens while the executor's modules load; the lease reports it if it fails (and closes it).
  const url = store?.url;
  const opened = url ? import('../../store/team-run.js').then(({ openStore }) => openStore(url, io.env)) : undefined;
  opened?.catch(() => {});
  const { executePlan } = await import('../../exec/run/execute.js');
  const { reviewGate } = await import('../../store/review-gate.js');
  const execute = (signal: AbortSignal, progress: Progress) =>
    executePlan({
      planArg: positionals[0]!,
      cwd: io.cwd,
      env: withExecutorCall(io.env, flags.call),
      approvalText: typeof flags.approval === 'string' ? flags.approval : undefined,
      signal,
      progress,
      review: reviewGate(store, io.env, { wait: Boolean(flags.wait) }),
    });
  const decisionsSent = sendDecisionsMeanwhile(url, io);
  const result = await runExecutor(io, Boolean(flags.json), async (signal, progress) => {
    if (!url) return execute(signal, progress);
    const { withWorkspaceLease, workspaceKey } = await import('../../store/team-run.js');
    const workspace = workspaceKey(positionals[0]!, io.cwd);
    return withWorkspaceLease({ url, env: io.env, workspace, signal, progress, opened }, execute);
  });
  await decisionsSent;
  return printRunResult(io, Boolean(flags.json), result);
}
