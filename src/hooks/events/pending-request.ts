// A turn that ends with PLAN_STATUS: PENDING_APPROVAL asks the user for approval. Stop and
// SubagentStop record what it presented, so that the user's answer is read against it:
//   - the state-changing commands the guard denied in that turn for lack of approval, with the
//     environments they target (read from the decision log the Bash hook writes);
//   - the `execguard plan` digests the turn printed ("Plan digest: sha256:…", in the final
//     message or in the turn's tool results);
//   - the final message's hash.
import { closeSync, fstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { environmentsNamed } from '../../approval/environment-words.js';
import { recordPending, sessionKey, type PresentedCommand } from '../../state/grant-store.js';
import { decisionsFile } from '../decision-log.js';
import { stateHome, statePaths } from '../../state/home.js';
import { join } from 'node:path';

/** The block's status line; the final message may carry it without a full block (main agent). */
const PENDING = /^\s*PLAN_STATUS:\s*PENDING_APPROVAL\s*$/m;
/** The form `execguard plan` prints ("- **Plan digest:** sha256:…") and the plain one ("plan digest: sha256:…"). */
const DIGEST = /plan\s+digest\W{0,8}(sha256:[0-9a-f]{64})\b/gi;
/** Rules an approval lifts: a denial by one of these is a command waiting for the user's answer. */
const GATED = new Set(['approval-gate', 'terraform-destroy', 'kubectl-delete-prod', 'git-force-push']);
const TAIL_BYTES = 4 * 1024 * 1024;

/** When this session's current turn started (written by UserPromptSubmit): the turn's denials come after it. */
export function turnStartFile(env: NodeJS.ProcessEnv, sessionId: string): string {
  return join(statePaths(stateHome(env)).pending, `${sessionKey(sessionId)}.turn`);
}

const asksForApproval = (message: string): boolean => PENDING.test(message.slice(-4000));

/** The end of a file, from `from` when given (and still inside the file), at most `bytes`. */
function tail(path: string, bytes = TAIL_BYTES, from?: number): string | undefined {
  try {
    const fd = openSync(path, 'r');
    try {
      const size = fstatSync(fd).size;
      const start = from !== undefined && from <= size ? Math.max(from, size - bytes) : Math.max(0, size - bytes);
      const length = size - start;
      const buffer = Buffer.alloc(length);
      readSync(fd, buffer, 0, length, start);
      return buffer.toString('utf8');
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
}

function fileSize(path: string): number | undefined {
  try {
    return statSync(path).size;
  } catch {
    return undefined;
  }
}

function digestsIn(text: string): string[] {
  return [...new Set([...text.matchAll(DIGEST)].map((m) => m[1].toLowerCase()))];
}

/** Where the turn began: the decision log's length and the time when the user's prompt arrived. */
interface TurnStart {
  time: number;
  offset?: number;
}

function turnStart(env: NodeJS.ProcessEnv, sessionId: string): TurnStart {
  try {
    const value = JSON.parse(readFileSync(turnStartFile(env, sessionId), 'utf8')) as { time?: unknown; offset?: unknown };
    const time = typeof value.time === 'string' ? Date.parse(value.time) : Number.NaN;
    return {
      time: Number.isFinite(time) ? time : 0,
      ...(typeof value.offset === 'number' && value.offset >= 0 ? { offset: value.offset } : {}),
    };
  } catch {
    return { time: 0 };
  }
}

/** Commands the guard denied in this session since the turn started, for lack of approval. */
function deniedInTurn(env: NodeJS.ProcessEnv, sessionId: string, since: TurnStart): PresentedCommand[] {
  const file = decisionsFile(env);
  let text = tail(file, TAIL_BYTES, since.offset) ?? '';
  // The log rotated during the turn (it is shorter than where the turn began): the turn's start is in .1.
  if (since.offset !== undefined && (fileSize(file) ?? 0) < since.offset)
    text = `${tail(`${file}.1`, TAIL_BYTES, since.offset) ?? ''}\n${text}`;
  if (!text) return [];
  const out: PresentedCommand[] = [];
  const seen = new Set<string>();
  for (const line of text.split('\n')) {
    if (!line.includes(sessionId)) continue;
    let entry: { time?: unknown; session?: unknown; command?: unknown; decision?: unknown; rules?: unknown; agentId?: unknown };
    try {
      entry = JSON.parse(line);
    } catch {
      continue;
    }
    if (entry.session !== sessionId || typeof entry.command !== 'string' || typeof entry.time !== 'string') continue;
    if (entry.decision !== 'deny' && entry.decision !== 'ask') continue;
    if (Date.parse(entry.time) < since.time) continue;
    const rules = Array.isArray(entry.rules) ? entry.rules.filter((r): r is string => typeof r === 'string') : [];
    if (!rules.some((r) => GATED.has(r))) continue;
    if (seen.has(entry.command)) continue;
    seen.add(entry.command);
    out.push({
      command: entry.command,
      rules,
      environments: environmentsNamed(entry.command),
      ...(typeof entry.agentId === 'string' ? { agentId: entry.agentId } : {}),
    });
  }
  return out;
}

/** Text of the tool results in a transcript since its last real user prompt (where `execguard plan` output lands). */
function toolResultsSinceLastPrompt(transcriptPath: string | undefined): string {
  if (!transcriptPath) return '';
  const text = tail(transcriptPath);
  if (!text) return '';
  const lines = text.split('\n');
  const parts: string[] = [];
  for (let i = lines.length - 1; i >= 0; i--) {
    if (!lines[i].trim()) continue;
    let entry: { type?: unknown; message?: { content?: unknown } };
    try {
      entry = JSON.parse(lines[i]);
    } catch {
      continue;
    }
    if (entry.type !== 'user') continue;
    const content = entry.message?.content;
    if (typeof content === 'string') break; // the user's own prompt: the turn began here
    if (!Array.isArray(content)) continue;
    let prompt = false;
    for (const block of content as { type?: unknown; text?: unknown; content?: unknown }[]) {
      if (block?.type === 'text') prompt = true;
      if (block?.type !== 'tool_result') continue;
      if (typeof block.content === 'string') parts.push(block.content);
      else if (Array.isArray(block.content))
        for (const b of block.content as { text?: unknown }[]) if (typeof b?.text === 'string') parts.push(b.text);
    }
    if (prompt) break;
  }
  return parts.join('\n');
}

export interface PendingInput {
  env: NodeJS.ProcessEnv;
  sessionId: string;
  agentId?: string;
  source: 'stop' | 'subagent-stop';
  message: string;
  transcriptPath?: string;
}

/** Records the request when the message asks for approval. Returns a note for stderr, or undefined. */
export function recordPendingRequest(input: PendingInput): string | undefined {
  if (!input.sessionId || !asksForApproval(input.message)) return undefined;
  try {
    const { createHash } = process.getBuiltinModule('node:crypto');
    const commands = deniedInTurn(input.env, input.sessionId, turnStart(input.env, input.sessionId));
    const digests = digestsIn(`${input.message}\n${toolResultsSinceLastPrompt(input.transcriptPath)}`);
    const environments = [...new Set(commands.flatMap((c) => c.environments))];
    recordPending(
      {
        sessionId: input.sessionId,
        source: input.source,
        ...(input.agentId ? { agentId: input.agentId } : {}),
        commands,
        environments,
        digests,
        messageHash: `sha256:${createHash('sha256').update(input.message).digest('hex')}`,
      },
      { env: input.env },
    );
    return undefined;
  } catch (error) {
    // Not recorded: the user's answer will read as a prompt nobody asked for (fail closed).
    return `execguard: could not record the approval request (${(error as Error).message})\n`;
  }
}
