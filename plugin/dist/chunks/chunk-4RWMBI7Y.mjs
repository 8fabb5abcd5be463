import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  loadPolicy
} from "./chunk-K3VR3IEB.mjs";
import {
  storeUrlProblem
} from "./chunk-S3TMDBQ5.mjs";
import {
  UsageError
} from "./chunk-2AH2R7BX.mjs";

// src/store/config.ts
function storeUrl(env) {
  const url = env.EXECGUARD_STORE?.trim();
  return url ? url : void 0;
}
var NO_STORE = "needs the team store: set EXECGUARD_STORE=postgres://USER@HOST/DB, or store: postgres://HOST/DB in .execguard.yaml (password in PGPASSWORD or ~/.pgpass); see docs/team.md";
var StoreConfigError = class extends Error {
  name = "StoreConfigError";
};
async function teamStore(env, cwd) {
  let fromFile;
  let planLock = false;
  try {
    const policy = await loadPolicy(cwd);
    fromFile = policy.store;
    planLock = policy.approvals.planLock;
  } catch (error) {
    throw new StoreConfigError(error.message);
  }
  const fromEnv = storeUrl(env);
  if (fromFile)
    return {
      url: fromFile,
      from: "policy",
      ...planLock ? { planLock } : {},
      ...fromEnv && fromEnv !== fromFile ? { note: "EXECGUARD_STORE names another store; the one in .execguard.yaml is used" } : {}
    };
  if (!fromEnv) return void 0;
  const problem = storeUrlProblem(fromEnv);
  if (problem) throw new StoreConfigError(`EXECGUARD_STORE: ${problem}`);
  return { url: fromEnv, from: "env", ...planLock ? { planLock } : {} };
}

// src/cli/store-setting.ts
async function commandStore(io) {
  try {
    const setting = await teamStore(io.env, io.cwd);
    if (setting?.note) io.stderr(`execguard: ${setting.note}
`);
    return setting;
  } catch (error) {
    if (error instanceof StoreConfigError) throw new UsageError(error.message);
    throw error;
  }
}
async function connectStore(name, url, io) {
  const { PostgresStore } = await import("./postgres-4U7OGXHX.mjs");
  try {
    return await PostgresStore.connect(url, io.env);
  } catch (error) {
    io.stderr(`execguard ${name}: ${error.message}
`);
    return void 0;
  }
}

export {
  NO_STORE,
  commandStore,
  connectStore
};
