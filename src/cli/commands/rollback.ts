// execguard rollback RUN_ID [--approval TEXT] [--json]: exit 0 rolled back, 2 BLOCKED, 1 usage error.
import { PlanError } from '../../exec/plan-schema.js';
import { createProgress } from '../../exec/progress.js';
import { UsageError, parseArgs, type Io } from '../io.js';
import { withSignals } from '../../exec/signals.js';

const USAGE = 'usage: execguard rollback RUN_ID [--approval TEXT] [--json]';

export async function run(argv: string[], io: Io): Promise<number> {
  const { flags, positionals } = parseArgs(argv, { valued: ['approval'], boolean: ['json'] });
  if (flags.help) {
    io.stdout(`${USAGE}\n\nReverts the run's commit (git revert + push, never a force push) and undoes what it applied\nwhere that is safe; destroying needs a destroy approval. Exit 0 done, 2 BLOCKED, 1 usage error.\n`);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(USAGE);
  const { rollbackRun } = await import('../../exec/rollback.js');
  const progress = createProgress(io.stderr, io.isTTY && !flags.json);
  try {
    const result = await withSignals((signal) =>
      rollbackRun({ runId: positionals[0], cwd: io.cwd, env: io.env, approvalText: typeof flags.approval === 'string' ? flags.approval : undefined, signal, progress }),
    );
    if (flags.json) io.stdout(`${JSON.stringify({ runId: result.runId, status: result.status, runDir: result.runDir, report: result.report, markdown: result.markdown }, null, 2)}\n`);
    else io.stdout(result.markdown);
    return result.status === 'COMPLETE' ? 0 : 2;
  } catch (error) {
    if (error instanceof PlanError) throw new UsageError(error.message);
    throw error;
  } finally {
    progress.done();
  }
}
