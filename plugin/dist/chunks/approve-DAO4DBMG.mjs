import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  NO_STORE,
  commandStore,
  connectStore
} from "./chunk-4RWMBI7Y.mjs";
import "./chunk-K3VR3IEB.mjs";
import "./chunk-S3TMDBQ5.mjs";
import {
  UsageError,
  parseArgs
} from "./chunk-2AH2R7BX.mjs";
import "./chunk-VL7M2WAP.mjs";
import "./chunk-4YJ4M3UI.mjs";
import "./chunk-H5RYQ4RP.mjs";
import "./chunk-GLDXOGL5.mjs";

// src/cli/commands/approve.ts
import { hostname, userInfo } from "node:os";
var USAGE = "usage: execguard approve DIGEST [--workspace WORKSPACE] [--json]";
var HELP = `${USAGE}

Approves the plan digest a blocked run printed ("waiting for review"), as the database role you
log in to the team store with. Run it from your own terminal: the author's own approval never
counts, and neither does an approval of any other digest. A waiting run (execute --wait) wakes up
at once; otherwise the author runs execute again. Exit 0 approved, 1 usage error, 2 refused or
the store could not be reached. --workspace names the workspace (as the run printed it) when the
same digest waits for review in several.
`;
var list = (names) => names.length ? names.join(", ") : "nothing";
async function run(argv, io) {
  const { flags, positionals } = parseArgs(argv, { valued: ["workspace"], boolean: ["json"] });
  if (flags.help) {
    io.stdout(HELP);
    return 0;
  }
  if (positionals.length !== 1 || !/^sha256:[0-9a-f]{12,64}$/.test(positionals[0]))
    throw new UsageError(`${USAGE} (DIGEST as the blocked run printed it: sha256:\u2026)`);
  const url = (await commandStore(io))?.url;
  if (!url) throw new UsageError(`execguard approve ${NO_STORE}`);
  const { approve } = await import("./reviews-TG52UM35.mjs");
  const store = await connectStore("approve", url, io);
  if (!store) return 2;
  try {
    await store.requireSchema();
    const outcome = await approve(
      store,
      positionals[0],
      { user: userInfo().username, host: hostname() },
      typeof flags.workspace === "string" ? flags.workspace : void 0
    );
    if (flags.json) io.stdout(`${JSON.stringify(outcome)}
`);
    if (!outcome.ok) {
      if (!flags.json) io.stderr(`execguard approve: ${outcome.reason}
`);
      return 2;
    }
    if (!flags.json) {
      const { request: r } = outcome;
      const d = r.detail;
      io.stdout(
        [
          `${outcome.already ? "already approved" : "approved"} by ${outcome.role}: ${r.digest}`,
          `  plan ${d.planId} in ${r.workspace} (${d.environments.join(", ") || "no environment named"}), asked by ${r.byRole} (${d.user}@${d.host}, run ${d.runId})`,
          `  create ${list(d.changes.create)}; update ${list(d.changes.update)}; destroy ${list(d.changes.destroy)}`,
          ""
        ].join("\n")
      );
    }
    return 0;
  } catch (error) {
    io.stderr(`execguard approve: ${error.message}
`);
    return 2;
  } finally {
    await store.close().catch(() => {
    });
  }
}
export {
  run
};
