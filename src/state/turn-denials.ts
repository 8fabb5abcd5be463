// The commands the Bash guard refused in a session's current turn, as structured records: what an
// approval request (written at Stop, hooks/events/pending-request.ts) lists as presented to the
// user. One JSON object a line in pending/<session>.denials.jsonl, appended by the PreToolUse hook
// and emptied when the user's next prompt starts a turn, so the file holds one turn and stays
// small. The human-facing decision log (decisions.jsonl, `execguard log`) is not read for this:
// its text is for people and may change.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { appendLine } from './append-line.js';
import { sessionKey } from './grant-store.js';
import { stateHome, statePaths } from './home.js';

export interface TurnDenial {
  /** When the guard answered (ISO). */
  time: string;
  command: string;
  decision: 'deny' | 'ask';
  rules: string[];
  /** Present when a sub-agent made the call. */
  agentId?: string;
}

/** A turn of a busy session stays far below this; past it the oldest lines are not read. */
const MAX_BYTES = 4 * 1024 * 1024;
const MAX_COMMAND = 4_000;

function turnDenialsFile(env: NodeJS.ProcessEnv, sessionId: string): string {
  return join(statePaths(stateHome(env)).pending, `${sessionKey(sessionId)}.denials.jsonl`);
}

/** Appends one refusal. Never throws: returns a note for stderr when it could not be written. */
export function recordTurnDenial(env: NodeJS.ProcessEnv, sessionId: string, denial: TurnDenial): string | undefined {
  if (!sessionId) return undefined;
  try {
    const file = turnDenialsFile(env, sessionId);
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    appendLine(file, JSON.stringify({ ...denial, command: denial.command.slice(0, MAX_COMMAND) }));
    return undefined;
  } catch (error) {
    return `execguard: could not record the refusal for the approval request (${(error as Error).message})\n`;
  }
}

/** A new turn: the previous turn's refusals are no longer what the user is being asked about. */
export function startTurnDenials(env: NodeJS.ProcessEnv, sessionId: string): void {
  rmSync(turnDenialsFile(env, sessionId), { force: true });
}

const isDenial = (v: unknown): v is TurnDenial => {
  const d = v as Partial<TurnDenial> | null;
  return (
    typeof d === 'object' &&
    d !== null &&
    typeof d.time === 'string' &&
    typeof d.command === 'string' &&
    (d.decision === 'deny' || d.decision === 'ask') &&
    Array.isArray(d.rules) &&
    d.rules.every((r) => typeof r === 'string') &&
    (d.agentId === undefined || typeof d.agentId === 'string')
  );
};

/** The session's refusals this turn, oldest first; a line that is not a whole record is skipped. */
export function readTurnDenials(env: NodeJS.ProcessEnv, sessionId: string): TurnDenial[] {
  let text: string;
  try {
    text = readFileSync(turnDenialsFile(env, sessionId), 'utf8');
  } catch {
    return [];
  }
  if (text.length > MAX_BYTES) text = text.slice(-MAX_BYTES);
  const out: TurnDenial[] = [];
  for (const line of text.split('\n')) {
    if (!line) continue;
    try {
      const value: unknown = JSON.parse(line);
      if (isDenial(value)) out.push(value);
    } catch {
      // A torn line: skipped.
    }
  }
  return out;
}
