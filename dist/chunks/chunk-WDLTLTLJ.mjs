import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  PlanError,
  createProgress
} from "./chunk-KM4H3BWL.mjs";
import {
  UsageError
} from "./chunk-6DUTV3N7.mjs";

// src/exec/signals.ts
async function withSignals(body) {
  const controller = new AbortController();
  const onInt = () => controller.abort("SIGINT");
  const onTerm = () => controller.abort("SIGTERM");
  process.on("SIGINT", onInt);
  process.on("SIGTERM", onTerm);
  try {
    return await body(controller.signal);
  } finally {
    process.off("SIGINT", onInt);
    process.off("SIGTERM", onTerm);
  }
}

// src/cli/executor-run.ts
async function runExecutor(io, json, work) {
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
function printRunResult(io, json, result) {
  if (json)
    io.stdout(
      `${JSON.stringify({ runId: result.runId, status: result.status, runDir: result.runDir, report: result.report, markdown: result.markdown }, null, 2)}
`
    );
  else io.stdout(result.markdown);
  return result.status === "COMPLETE" ? 0 : 2;
}

export {
  runExecutor,
  printRunResult
};
