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

// src/cli/commands/locks.ts
async function run(argv, io) {
  const { flags } = parseArgs(argv, { boolean: ["json"] });
  if (flags.help) {
    io.stdout(
      "Usage: execguard locks [--json]\n\nThe workspace leases in the team store (store: in .execguard.yaml, or EXECGUARD_STORE): owner, fencing token, expiry.\n"
    );
    return 0;
  }
  const url = (await commandStore(io))?.url;
  if (!url) throw new UsageError(`execguard locks ${NO_STORE}`);
  const store = await connectStore("locks", url, io);
  if (!store) return 2;
  try {
    await store.requireSchema();
    const leases = await store.leases();
    if (flags.json) io.stdout(`${JSON.stringify(leases, null, 2)}
`);
    else if (leases.length === 0) io.stdout("no leases\n");
    else
      for (const l of leases)
        io.stdout(
          `${l.workspace}
  held by ${l.owner.user}@${l.owner.host}${l.owner.runId ? ` (run ${l.owner.runId})` : ""}, token ${l.token}, ${l.expired ? "expired" : "until"} ${l.expiresAt}
`
        );
    return 0;
  } catch (error) {
    io.stderr(`execguard locks: ${error.message}
`);
    return 2;
  } finally {
    await store.close();
  }
}
export {
  run
};
