import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);

// src/state/home.ts
import { readdirSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
function installedPluginData(env = process.env) {
  const config = env.CLAUDE_CONFIG_DIR || join(env.HOME || homedir(), ".claude");
  const data = join(config, "plugins", "data");
  let names;
  try {
    names = readdirSync(data);
  } catch {
    return [];
  }
  return names.filter((n) => /^execguard-[A-Za-z0-9_-]+$/.test(n) && isDir(join(data, n))).sort((a, b) => Number(a.endsWith("-inline")) - Number(b.endsWith("-inline")) || (a < b ? -1 : a > b ? 1 : 0)).map((n) => join(data, n));
}
function isDir(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
function stateHome(env = process.env) {
  if (env.EXECGUARD_HOME) return env.EXECGUARD_HOME;
  if (env.CLAUDE_PLUGIN_DATA) return env.CLAUDE_PLUGIN_DATA;
  const installed = installedPluginData(env)[0];
  if (installed) return installed;
  return join(env.HOME || homedir(), ".local", "state", "execguard");
}
var statePaths = (home = stateHome()) => ({
  home,
  grants: join(home, "grants"),
  runs: join(home, "runs"),
  locks: join(home, "locks"),
  /** Every guard denial, one JSON object a line. */
  decisions: join(home, "decisions.jsonl"),
  /** Key material the hooks keep from the agent (grant signing key, helper secret). Never readable by the agent. */
  keys: join(home, "keys"),
  /** Private key the hooks sign grant records with (the sandbox denies reading it). */
  grantSigningKey: join(home, "keys", "grant-signing.key"),
  /** Public key anyone (the executor too) verifies grant records with. */
  grantVerifyKey: join(home, "keys", "grant-signing.pub"),
  /** Secret the warm helper proves it knows (the sandbox denies reading it). */
  helperSecret: join(home, "keys", "helper.secret"),
  /** Pending approval requests (a turn that ended PENDING_APPROVAL), per session. */
  pending: join(home, "pending")
});

export {
  installedPluginData,
  stateHome,
  statePaths
};
