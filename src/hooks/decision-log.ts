// Every deny and ask the hooks give is appended to statePaths().decisions (JSONL), so the user can
// see what was blocked and why (`execguard log`). One appendFileSync per line: O_APPEND writes of
// a single short line do not interleave between the parallel hook processes.
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { stateHome, statePaths } from '../state/home.js';

export interface DecisionEntry {
  time: string;
  session: string;
  /** The tool the decision was about (Bash, Edit, Task, ...). */
  tool: string;
  /** The command, or the file path for file tools. */
  command: string;
  decision: 'deny' | 'ask' | 'allow';
  rules: string[];
  reason: string;
  grantId?: string;
  /** Present when the call came from a sub-agent. */
  agentId?: string;
}

const MAX_FIELD = 4_000;

const clip = (text: string) => (text.length > MAX_FIELD ? `${text.slice(0, MAX_FIELD)}…` : text);

export function decisionsFile(env: NodeJS.ProcessEnv = process.env): string {
  return statePaths(stateHome(env)).decisions;
}

/** Appends one decision. Never throws: a log that cannot be written must not change the answer. */
export function logDecision(entry: DecisionEntry, env: NodeJS.ProcessEnv = process.env): string | undefined {
  try {
    const file = decisionsFile(env);
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    const line = JSON.stringify({ ...entry, command: clip(entry.command), reason: clip(entry.reason) });
    appendFileSync(file, `${line}\n`, { mode: 0o600 });
    return undefined;
  } catch (error) {
    return `execguard: could not record the decision (${(error as Error).message})\n`;
  }
}
