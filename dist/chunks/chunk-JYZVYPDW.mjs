import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);

// src/state/home.ts
import { homedir } from "node:os";
import { join } from "node:path";
function stateHome(env = process.env) {
  if (env.EXECGUARD_HOME) return env.EXECGUARD_HOME;
  if (env.CLAUDE_PLUGIN_DATA) return env.CLAUDE_PLUGIN_DATA;
  return join(homedir(), ".local", "state", "execguard");
}
var statePaths = (home = stateHome()) => ({
  home,
  grants: join(home, "grants"),
  runs: join(home, "runs"),
  locks: join(home, "locks"),
  /** Every guard denial, one JSON object a line. */
  decisions: join(home, "decisions.jsonl")
});

export {
  stateHome,
  statePaths
};
