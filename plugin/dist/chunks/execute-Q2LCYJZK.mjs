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

// src/cli/commands/execute.ts
var USAGE = "usage: execguard execute PLAN.yaml [--approval TEXT] [--json]";
async function run(argv, io) {
  const { flags, positionals } = parseArgs(argv, { valued: ["approval"], boolean: ["json"] });
  if (flags.help) {
    io.stdout(
      `${USAGE}

Carries out an approved plan: pre-flight, persist (commit + push), apply, verify.
Prints the report ending in an AGENT_STATUS block. Exit 0 COMPLETE, 2 BLOCKED, 1 usage error.
`
    );
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(USAGE);
  const { executePlan } = await import("./execute-FOIX2JHV.mjs");
  const result = await runExecutor(
    io,
    Boolean(flags.json),
    (signal, progress) => executePlan({
      planArg: positionals[0],
      cwd: io.cwd,
      env: io.env,
      approvalText: typeof flags.approval === "string" ? flags.approval : void 0,
      signal,
      progress
    })
  );
  return printRunResult(io, Boolean(flags.json), result);
}
export {
  run
};
