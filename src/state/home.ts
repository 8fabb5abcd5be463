// Where execguard keeps its state: $EXECGUARD_HOME, else $CLAUDE_PLUGIN_DATA, else ~/.local/state/execguard.
import { homedir } from 'node:os';
import { join } from 'node:path';

export function stateHome(env: NodeJS.ProcessEnv = process.env): string {
  if (env.EXECGUARD_HOME) return env.EXECGUARD_HOME;
  if (env.CLAUDE_PLUGIN_DATA) return env.CLAUDE_PLUGIN_DATA;
  return join(homedir(), '.local', 'state', 'execguard');
}

export const statePaths = (home: string = stateHome()) => ({
  home,
  grants: join(home, 'grants'),
  runs: join(home, 'runs'),
  locks: join(home, 'locks'),
  /** Every guard denial, one JSON object a line. */
  decisions: join(home, 'decisions.jsonl'),
});
