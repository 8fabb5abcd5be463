// Every deny and ask the hooks give, and every fallback (a fail-closed answer, a helper that was
// not trusted), is appended to statePaths().decisions (JSONL), so the user can see what was
// blocked and why (`execguard log`). One O_APPEND write per line: writes of a single short line
// do not interleave between the parallel hook processes. A line cut short (a writer killed, a full
// disk) is closed off before the next one, so it costs only itself: `execguard log` skips it and
// says so, and the next decision stays readable.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { appendLine } from '../state/append-line.js';
import { stateHome, statePaths } from '../state/home.js';
import { rotateBySize } from '../state/log-rotate.js';

export interface DecisionEntry {
  time: string;
  session: string;
  /** The tool the decision was about (Bash, Edit, Task, ...). */
  tool: string;
  /** The command, or the file path for file tools. */
  command: string;
  /** 'fallback': execguard answered without its usual path (fail-closed, helper not trusted). */
  decision: 'deny' | 'ask' | 'allow' | 'fallback';
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
    // Bounded: past 5 MB the log moves to decisions.jsonl.1 (docs/retention.md). One stat a line.
    rotateBySize(file);
    appendLine(file, line);
    return undefined;
  } catch (error) {
    return `execguard: could not record the decision (${(error as Error).message})\n`;
  }
}

/** Session, tool and command of a raw hook input, as far as they can be read. */
function describeInput(event: string, stdinText: string): { session: string; tool: string; command: string; agentId?: string } {
  try {
    const input = JSON.parse(stdinText) as Record<string, unknown>;
    const toolInput = (input.tool_input ?? {}) as Record<string, unknown>;
    const command = toolInput.command ?? toolInput.file_path ?? toolInput.notebook_path ?? input.prompt ?? '';
    return {
      session: typeof input.session_id === 'string' ? input.session_id : '',
      tool: typeof input.tool_name === 'string' ? input.tool_name : event,
      command: typeof command === 'string' ? command : JSON.stringify(command),
      ...(typeof input.agent_id === 'string' && input.agent_id ? { agentId: input.agent_id } : {}),
    };
  } catch {
    return { session: '', tool: event, command: stdinText.slice(0, 200) };
  }
}

/**
 * Records a decision execguard took without its usual path: a fail-closed answer (`deny` for
 * PreToolUse, `fallback` where nothing could be blocked, e.g. a prompt whose approval was not
 * recorded) or a helper whose answer was not trusted. Never throws.
 */
export function logFallback(
  event: string,
  stdinText: string,
  rule: string,
  reason: string,
  env: NodeJS.ProcessEnv = process.env,
  decision: DecisionEntry['decision'] = 'fallback',
): string | undefined {
  return logDecision({ time: new Date().toISOString(), ...describeInput(event, stdinText), decision, rules: [rule], reason }, env);
}
