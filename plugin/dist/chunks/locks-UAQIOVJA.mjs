import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  NO_STORE,
  storeUrl
} from "./chunk-NG5CKG57.mjs";
import {
  UsageError,
  parseArgs
} from "./chunk-6DUTV3N7.mjs";
import "./chunk-GLDXOGL5.mjs";

// src/cli/commands/locks.ts
async function run(argv, io) {
  const { flags } = parseArgs(argv, { boolean: ["json"] });
  if (flags.help) {
    io.stdout(
      "Usage: execguard locks [--json]\n\nThe workspace leases in the team store (EXECGUARD_STORE): owner, fencing token, expiry.\n"
    );
    return 0;
  }
  const url = storeUrl(io.env);
  if (!url) throw new UsageError(`execguard locks ${NO_STORE}`);
  const { PostgresStore } = await import("./postgres-7DXPW3LU.mjs");
  const store = await PostgresStore.connect(url, io.env);
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
