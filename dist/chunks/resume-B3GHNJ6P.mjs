import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  printRunResult,
  runExecutor
} from "./chunk-WDLTLTLJ.mjs";
import "./chunk-KM4H3BWL.mjs";
import "./chunk-P37WMGKB.mjs";
import "./chunk-3PDF6CMC.mjs";
import {
  UsageError,
  parseArgs
} from "./chunk-6DUTV3N7.mjs";
import "./chunk-GLDXOGL5.mjs";

// src/cli/commands/resume.ts
var USAGE = "usage: execguard resume RUN_ID [--approval TEXT] [--json]";
async function run(argv, io) {
  const { flags, positionals } = parseArgs(argv, { valued: ["approval"], boolean: ["json"] });
  if (flags.help) {
    io.stdout(
      `${USAGE}

Continues an INTERRUPTED execute run from its journal: steps recorded done that still hold are
not redone; the approval is checked again as for execute. A finished run is a no-op (exit 0).
`
    );
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(USAGE);
  const { resumeRun } = await import("./resume-2X2KG5PM.mjs");
  const result = await runExecutor(
    io,
    Boolean(flags.json),
    (signal, progress) => resumeRun({
      runId: positionals[0],
      cwd: io.cwd,
      env: io.env,
      approvalText: typeof flags.approval === "string" ? flags.approval : void 0,
      signal,
      progress
    })
  );
  if (result.noop) {
    if (flags.json) io.stdout(`${JSON.stringify({ runId: positionals[0], status: "NOOP", message: result.message.trim() }, null, 2)}
`);
    else io.stdout(result.message);
    return 0;
  }
  return printRunResult(io, Boolean(flags.json), result);
}
export {
  run
};
