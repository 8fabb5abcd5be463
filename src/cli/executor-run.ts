// What plan, execute and rollback share: progress on stderr, SIGINT/SIGTERM turned into an abort
// signal, a plan-file error as a usage error, and the report (or its JSON) on stdout.
import { PlanError } from '../exec/plan/plan-schema.js';
import { createProgress, type Progress } from '../exec/run/progress.js';
import { withSignals } from '../exec/process/signals.js';
import { UsageError, type Io } from './io.js';

export async function runExecutor<T>(io: Io, json: boolean, work: (signal: AbortSignal, progress: Progress) => Promise<T>): Promise<T> {
  const progress = createProgress(io.stderr, io.isTTY && !json);
  try {
    return await withSignals((signal) => work(signal, progress));
  } catch (error) {
    if (error instanceof PlanError) throw new UsageError(error.message);
    throw error;
  } finally {
    progress.done();
  }
}

interface RunResult {
  runId: string;
  status: string;
  runDir: string;
  report: unknown;
  markdown: string;
}

/** Prints an execute or rollback result; exit 0 COMPLETE, 2 otherwise (BLOCKED). */
export function printRunResult(io: Io, json: boolean, result: RunResult): number {
  if (json)
    io.stdout(
      `${JSON.stringify({ runId: result.runId, status: result.status, runDir: result.runDir, report: result.report, markdown: result.markdown }, null, 2)}\n`,
    );
  else io.stdout(result.markdown);
  return result.status === 'COMPLETE' ? 0 : 2;
}
