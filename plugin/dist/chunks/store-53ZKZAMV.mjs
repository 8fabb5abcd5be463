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
import {
  stateHome
} from "./chunk-VL7M2WAP.mjs";
import "./chunk-4YJ4M3UI.mjs";
import "./chunk-H5RYQ4RP.mjs";
import "./chunk-GLDXOGL5.mjs";

// src/cli/commands/store.ts
var USAGE = `Usage: execguard store migrate|sync|verify [--json]

  migrate  creates or upgrades the PostgreSQL schema of the team store (safe to run again)
  sync     sends the guard decisions the hooks kept in this state folder (decisions.jsonl)
  verify   checks the hash chains of the reviews, approvals and decisions

The store is store: in .execguard.yaml, else EXECGUARD_STORE (postgres://USER@HOST/DB; the
password comes from PGPASSWORD or ~/.pgpass). Commands refuse a schema they do not know.
Exit 0 done, 1 usage error, 2 the store refused or could not be reached (nothing is lost: the
decisions stay in the state folder until a sync gets them through).
`;
var ACTIONS = {
  migrate: async (store) => {
    const [from, to] = await store.migrate();
    return {
      json: { from, to },
      text: from === to ? `the store's schema is current (version ${to})
` : `migrated the store's schema from version ${from} to ${to}
`
    };
  },
  sync: async (store, io) => {
    await store.requireSchema();
    const { syncDecisions } = await import("./decisions-R6UTBEFI.mjs");
    const result = await syncDecisions(store, stateHome(io.env));
    return {
      json: result,
      text: `sent ${result.sent} decision(s) to the team store${result.known ? ` (${result.known} were there already)` : ""}
`
    };
  },
  verify: async (store) => {
    await store.requireSchema();
    const { brokenLinks } = await import("./reviews-TG52UM35.mjs");
    const broken = {};
    for (const table of ["execguard_reviews", "execguard_approvals", "execguard_decisions"])
      broken[table] = await brokenLinks(store, table);
    const bad = Object.entries(broken).filter(([, ids]) => ids.length);
    return {
      json: broken,
      text: bad.length ? bad.map(([t, ids]) => `${t}: rows ${ids.join(", ")} do not fit the chain
`).join("") : "every chain holds\n",
      code: bad.length ? 2 : 0
    };
  }
};
async function run(argv, io) {
  const { flags, positionals } = parseArgs(argv, { boolean: ["json"] });
  if (flags.help) {
    io.stdout(USAGE);
    return 0;
  }
  const action = positionals.length === 1 ? ACTIONS[positionals[0]] : void 0;
  if (!action) throw new UsageError(USAGE.split("\n")[0] ?? USAGE);
  const url = (await commandStore(io))?.url;
  if (!url) throw new UsageError(`execguard store ${positionals[0]} ${NO_STORE}`);
  const store = await connectStore("store", url, io);
  if (!store) return 2;
  try {
    const out = await action(store, io);
    io.stdout(flags.json ? `${JSON.stringify(out.json)}
` : out.text);
    return out.code ?? 0;
  } catch (error) {
    const kept = positionals[0] === "sync" ? "; the decisions stay in this state folder until a sync gets them through" : "";
    io.stderr(`execguard store: ${error.message}${kept}
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
