// execguard plan PLAN.yaml [--json]: pre-flight + dry run; prints the approval summary and digest.
import type { Progress } from '../../exec/run/progress.js';
import { commandStore } from '../store-setting.js';
import { runExecutor } from '../executor-run.js';
import { UsageError, parseArgs, type Io } from '../io.js';

const USAGE = 'usage: execguard plan PLAN.yaml [--json]\n       execguard plan --reference';

export async function run(argv: string[], io: Io): Promise<number> {
  const { flags, positionals } = parseArgs(argv, { boolean: ['json', 'reference'] });
  if (flags.help) {
    io.stdout(
      `${USAGE}\n\nPre-flight and dry run of a plan; prints what will be created, changed and destroyed,\nthe files to commit, the risk, the rollback path and the plan digest. Exit 0 ok, 2 blocked.\n--reference prints every plan key, its type and default (the plan reference).\n`,
    );
    return 0;
  }
  if (flags.reference) {
    // The reference wherever execguard is installed: generated from the schema the executor validates with.
    const { planReference } = await import('../init/plan-reference.js');
    io.stdout(planReference());
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(USAGE);
  const { planOnly } = await import('../../exec/plan/plan-run.js');
  // Contained mode: the dry run gets only the read-only credentials the policy names (docs/contained.md).
  const [{ loadPolicy }, { planEnvironment }] = await Promise.all([import('../../state/policy-file.js'), import('../plan-credentials.js')]);
  const env = planEnvironment(io.env, (await loadPolicy(io.cwd)).contained);
  const plan = (signal: AbortSignal, progress: Progress) => planOnly({ planArg: positionals[0]!, cwd: io.cwd, env, signal, progress });
  const store = await commandStore(io);
  const url = store?.url;
  const result = await runExecutor(io, Boolean(flags.json), async (signal, progress) => {
    // The plan lock (docs/team.md): the plan takes the workspace's lease and keeps it for its apply.
    if (!url) return plan(signal, progress);
    const { planLockWanted, withWorkspaceLease, workspaceKey } = await import('../../store/team-run.js');
    if (!store?.planLock && !planLockWanted(io.env)) return plan(signal, progress);
    const workspace = workspaceKey(positionals[0]!, io.cwd);
    return withWorkspaceLease({ url, env: io.env, workspace, keepForPlan: true, signal, progress }, plan);
  });
  if (!('text' in result)) {
    // Blocked before it started (another engineer's lease or plan lock, or the store unreachable).
    if (flags.json) io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    else io.stdout(result.markdown);
    return 2;
  }
  if (flags.json) {
    const { text, ...rest } = result;
    io.stdout(`${JSON.stringify({ ...rest, summaryText: text }, null, 2)}\n`);
  } else io.stdout(result.text);
  return result.status === 'COMPLETE' ? 0 : 2;
}
