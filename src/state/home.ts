// Where execguard keeps its state: $EXECGUARD_HOME, else $CLAUDE_PLUGIN_DATA (what Claude Code gives
// the plugin's hooks), else, from a person's terminal, the data folder of an installed execguard
// plugin when there is one, else ~/.local/state/execguard. The third step is what lets `execguard
// runs`, `log` and `rollback` in the user's own terminal find what the session's hooks recorded
// after a marketplace install, with nothing to set (docs/state.md).
import { readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** Claude Code's data folders of installed execguard plugins (`<config>/plugins/data/execguard-<marketplace>`). */
export function installedPluginData(env: NodeJS.ProcessEnv = process.env): string[] {
  const config = env.CLAUDE_CONFIG_DIR || join(env.HOME || homedir(), '.claude');
  const data = join(config, 'plugins', 'data');
  let names: string[];
  try {
    names = readdirSync(data);
  } catch {
    return [];
  }
  // A marketplace install before a --plugin-dir one (`-inline`), then by name: the same answer every time.
  return names
    .filter((n) => /^execguard-[A-Za-z0-9_-]+$/.test(n) && isDir(join(data, n)))
    .sort((a, b) => Number(a.endsWith('-inline')) - Number(b.endsWith('-inline')) || (a < b ? -1 : a > b ? 1 : 0))
    .map((n) => join(data, n));
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export function stateHome(env: NodeJS.ProcessEnv = process.env): string {
  if (env.EXECGUARD_HOME) return env.EXECGUARD_HOME;
  if (env.CLAUDE_PLUGIN_DATA) return env.CLAUDE_PLUGIN_DATA;
  const installed = installedPluginData(env)[0];
  if (installed) return installed;
  return join(env.HOME || homedir(), '.local', 'state', 'execguard');
}

export const statePaths = (home: string = stateHome()) => ({
  home,
  grants: join(home, 'grants'),
  runs: join(home, 'runs'),
  locks: join(home, 'locks'),
  /** Every guard denial, one JSON object a line. */
  decisions: join(home, 'decisions.jsonl'),
  /** Key material the hooks keep from the agent (grant signing key, helper secret). Never readable by the agent. */
  keys: join(home, 'keys'),
  /** Private key the hooks sign grant records with (the sandbox denies reading it). */
  grantSigningKey: join(home, 'keys', 'grant-signing.key'),
  /** Public key anyone (the executor too) verifies grant records with. */
  grantVerifyKey: join(home, 'keys', 'grant-signing.pub'),
  /** Secret the warm helper proves it knows (the sandbox denies reading it). */
  helperSecret: join(home, 'keys', 'helper.secret'),
  /** Pending approval requests (a turn that ended PENDING_APPROVAL), per session. */
  pending: join(home, 'pending'),
});
