// execguard plan PLAN.yaml [--json]: pre-flight + dry run; prints the approval summary and digest.
import { runExecutor } from '../executor-run.js';
import { UsageError, parseArgs, type Io } from '../io.js';

const USAGE = 'usage: execguard plan PLAN.yaml [--json]';

export async function run(argv: string[], io: Io): Promise<number> {
  const { flags, positionals } = parseArgs(argv, { boolean: ['json'] });
  if (flags.help) {
    io.stdout(
      `${USAGE}\n\nPre-flight and dry run of a plan; prints what will be created, changed and destroyed,\nthe files to commit, the risk, the rollback path and the plan digest. Exit 0 ok, 2 blocked.\n`,
    );
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(USAGE);
  const { planOnly } = await import('../../exec/plan-run.js');
  const result = await runExecutor(io, Boolean(flags.json), (signal, progress) =>
    planOnly({ planArg: positionals[0], cwd: io.cwd, env: io.env, signal, progress }),
  );
  if (flags.json) {
    const { text, ...rest } = result;
    io.stdout(`${JSON.stringify({ ...rest, summaryText: text }, null, 2)}\n`);
  } else io.stdout(result.text);
  return result.status === 'COMPLETE' ? 0 : 2;
}
