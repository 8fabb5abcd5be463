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

// src/cli/commands/store.ts
var USAGE = `Usage: execguard store migrate [--json]

Creates or upgrades the PostgreSQL schema of the team store named by EXECGUARD_STORE
(postgres://USER@HOST/DB; the password comes from PGPASSWORD or ~/.pgpass). Safe to run again.
Commands refuse a schema they do not know. Exit 0 done, 1 usage error, 2 the store refused.
`;
async function run(argv, io) {
  const { flags, positionals } = parseArgs(argv, { boolean: ["json"] });
  if (flags.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (positionals[0] !== "migrate" || positionals.length !== 1) throw new UsageError(USAGE.split("\n")[0] ?? USAGE);
  const url = storeUrl(io.env);
  if (!url) throw new UsageError(`execguard store migrate ${NO_STORE}`);
  const { PostgresStore } = await import("./postgres-7DXPW3LU.mjs");
  const store = await PostgresStore.connect(url, io.env);
  try {
    const [from, to] = await store.migrate();
    if (flags.json) io.stdout(`${JSON.stringify({ from, to })}
`);
    else
      io.stdout(
        from === to ? `the store's schema is current (version ${to})
` : `migrated the store's schema from version ${from} to ${to}
`
      );
    return 0;
  } catch (error) {
    io.stderr(`execguard store: ${error.message}
`);
    return 2;
  } finally {
    await store.close();
  }
}
export {
  run
};
