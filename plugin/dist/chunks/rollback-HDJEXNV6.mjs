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

// src/cli/commands/rollback.ts
var USAGE = "usage: execguard rollback RUN_ID [--approval TEXT] [--json]";
async function run(argv, io) {
  const { flags, positionals } = parseArgs(argv, { valued: ["approval"], boolean: ["json"] });
  if (flags.help) {
    io.stdout(
      `${USAGE}

Reverts the run's commit (git revert + push, never a force push) and undoes what it applied
where that is safe; destroying needs a destroy approval. Exit 0 done, 2 BLOCKED, 1 usage error.
`
    );
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(USAGE);
  const { rollbackRun } = await import("./rollback-NXFZZROF.mjs");
  const result = await runExecutor(
    io,
    Boolean(flags.json),
    (signal, progress) => rollbackRun({
      runId: positionals[0],
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
