import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
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

// src/cli/commands/plan.ts
var USAGE = "usage: execguard plan PLAN.yaml [--json]";
async function run(argv, io) {
  const { flags, positionals } = parseArgs(argv, { boolean: ["json"] });
  if (flags.help) {
    io.stdout(
      `${USAGE}

Pre-flight and dry run of a plan; prints what will be created, changed and destroyed,
the files to commit, the risk, the rollback path and the plan digest. Exit 0 ok, 2 blocked.
`
    );
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(USAGE);
  const { planOnly } = await import("./plan-run-CB6YIURX.mjs");
  const result = await runExecutor(
    io,
    Boolean(flags.json),
    (signal, progress) => planOnly({ planArg: positionals[0], cwd: io.cwd, env: io.env, signal, progress })
  );
  if (flags.json) {
    const { text, ...rest } = result;
    io.stdout(`${JSON.stringify({ ...rest, summaryText: text }, null, 2)}
`);
  } else io.stdout(result.text);
  return result.status === "COMPLETE" ? 0 : 2;
}
export {
  run
};
