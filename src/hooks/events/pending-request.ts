// A turn that ends with PLAN_STATUS: PENDING_APPROVAL asks the user for approval. Only the main
// thread's final message (Stop) is what the user sees, so only Stop opens a request (issue 18 §1):
// a sub-agent's PENDING_APPROVAL (SubagentStop) is shown to the main agent, never to the user, and
// counts only as far as the main thread's final message relays it. The request records:
//   - the state-changing commands the guard denied in that turn for lack of approval, with the
//     environments they target (read from the structured records the Bash hook keeps for this,
//     state/turn-denials.ts, not from the decision log, which is for people): the main
//     agent's own, and a sub-agent's only when the main final message quotes the command;
//   - the `execguard plan` digests the turn printed ("Plan digest: sha256:…", in the main final
//     message or in the output of the main agent's own Bash calls, never a sub-agent's report);
//   - the final message's hash.
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { environmentsNamed } from '../../approval/environment-words.js';
import { recordPending, sessionKey, type PresentedCommand } from '../../state/grant-store.js';
import { stateHome, statePaths } from '../../state/home.js';
import { readTurnDenials } from '../../state/turn-denials.js';
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

function digestsIn(text: string): string[] {
  return [...new Set([...text.matchAll(DIGEST)].map((m) => m[1].toLowerCase()))];
}

/** When the turn began: the user's prompt (its refusals are recorded after it). */
interface TurnStart {
  time: number;
}

function turnStart(env: NodeJS.ProcessEnv, sessionId: string): TurnStart {
  try {
    const value = JSON.parse(readFileSync(turnStartFile(env, sessionId), 'utf8')) as { time?: unknown };
    const time = typeof value.time === 'string' ? Date.parse(value.time) : Number.NaN;
    return { time: Number.isFinite(time) ? time : 0 };
  } catch {
    return { time: 0 };
  }
}

/** White space collapsed, so a command quoted across lines or with other spacing still matches. */
const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Does the message the user saw quote the command? */
const relays = (message: string, command: string): boolean => {
  const wanted = squeeze(command);
  return wanted !== '' && squeeze(message).includes(wanted);
};

/**
 * Commands the guard denied in this session's turn, for lack of approval, from the structured
 * records the Bash hook keeps for this (state/turn-denials.ts). A sub-agent's denial (agentId
 * set) counts only when `shown` (the main final message) quotes it.
 */
function deniedInTurn(env: NodeJS.ProcessEnv, sessionId: string, since: TurnStart, shown: string): PresentedCommand[] {
  const out: PresentedCommand[] = [];
  const seen = new Set<string>();
  for (const entry of readTurnDenials(env, sessionId)) {
    if (Date.parse(entry.time) < since.time) continue;
    if (!entry.rules.some((r) => GATED.has(r))) continue;
    if (entry.agentId !== undefined && !relays(shown, entry.command)) continue;
    if (seen.has(entry.command)) continue;
    seen.add(entry.command);
    out.push({
      command: entry.command,
      rules: entry.rules,
      environments: environmentsNamed(entry.command),
      ...(entry.agentId !== undefined ? { agentId: entry.agentId } : {}),
    });
  }
  return out;
}

/** Tools whose output the main thread's user sees as the agent's own work (not a sub-agent's report). */
const OWN_OUTPUT_TOOLS = new Set(['Bash']);

type Block = { type?: unknown; id?: unknown; name?: unknown; tool_use_id?: unknown; text?: unknown; content?: unknown };

/**
 * Text of the main agent's own Bash results in a transcript since its last real user prompt (where
 * `execguard plan` output lands). A Task/Agent result is a sub-agent's report: it was shown to the
 * main agent, not to the user, so a digest in it counts only when the final message repeats it.
 */
function toolResultsSinceLastPrompt(transcriptPath: string | undefined): string {
  return turnSinceLastPrompt(transcriptPath).toolText;
}

/**
 * The current turn of a transcript: the output of the main agent's own Bash calls, and the text
 * the agent wrote (shown to the user as it went, e.g. a plan presented before AskUserQuestion).
 */
export function turnSinceLastPrompt(transcriptPath: string | undefined): { toolText: string; assistantText: string } {
  const none = { toolText: '', assistantText: '' };
  if (!transcriptPath) return none;
  const text = tail(transcriptPath);
  if (!text) return none;
  const lines = text.split('\n');
  const turn: { type?: unknown; message?: { content?: unknown } }[] = [];
  for (let i = lines.length - 1; i >= 0; i--) {
    if (!lines[i].trim()) continue;
    let entry: { type?: unknown; message?: { content?: unknown } };
    try {
      entry = JSON.parse(lines[i]);
    } catch {
      continue;
    }
    const content = entry.message?.content;
    if (entry.type === 'user' && typeof content === 'string') break; // the user's own prompt: the turn began here
    if (entry.type === 'user' && Array.isArray(content) && (content as Block[]).some((b) => b?.type === 'text')) break;
    turn.unshift(entry);
  }
  const own = new Set<string>();
  const parts: string[] = [];
  const said: string[] = [];
  for (const entry of turn) {
    const content = entry.message?.content;
    if (!Array.isArray(content)) continue;
    for (const block of content as Block[]) {
      if (entry.type === 'assistant' && block?.type === 'text' && typeof block.text === 'string') said.push(block.text);
      if (
        entry.type === 'assistant' &&
        block?.type === 'tool_use' &&
        typeof block.id === 'string' &&
        OWN_OUTPUT_TOOLS.has(String(block.name))
      )
        own.add(block.id);
      if (entry.type !== 'user' || block?.type !== 'tool_result' || typeof block.tool_use_id !== 'string' || !own.has(block.tool_use_id))
        continue;
      if (typeof block.content === 'string') parts.push(block.content);
      else if (Array.isArray(block.content))
        for (const b of block.content as { text?: unknown }[]) if (typeof b?.text === 'string') parts.push(b.text);
    }
  }
  return { toolText: parts.join('\n'), assistantText: said.join('\n') };
}

export interface PendingInput {
  env: NodeJS.ProcessEnv;
  sessionId: string;
  agentId?: string;
  source: 'stop' | 'subagent-stop';
  message: string;
  transcriptPath?: string;
}

/** What a request presented: the turn's denied commands (a sub-agent's only when `shown` quotes them) and digests. */
export function presentedInTurn(
  env: NodeJS.ProcessEnv,
  sessionId: string,
  shown: string,
  transcriptPath?: string,
): { commands: PresentedCommand[]; digests: string[]; environments: ReturnType<typeof environmentsNamed> } {
  const commands = deniedInTurn(env, sessionId, turnStart(env, sessionId), shown);
  const digests = digestsIn(`${shown}\n${toolResultsSinceLastPrompt(transcriptPath)}`);
  const environments = [...new Set(commands.flatMap((c) => c.environments))];
  return { commands, digests, environments };
}

/** Records the request when the main thread's message asks for approval. Returns a note for stderr, or undefined. */
export function recordPendingRequest(input: PendingInput): string | undefined {
  if (!input.sessionId || !asksForApproval(input.message)) return undefined;
  // A sub-agent's request is shown to the main agent only: it opens nothing until the main
  // thread's own final message relays it and ends PENDING_APPROVAL.
  if (input.source === 'subagent-stop' || input.agentId)
    return "execguard: the sub-agent's approval request is not shown to the user; it counts once the main agent's final message relays it and ends PLAN_STATUS: PENDING_APPROVAL\n";
  try {
    const { createHash } = process.getBuiltinModule('node:crypto');
    const { commands, digests, environments } = presentedInTurn(input.env, input.sessionId, input.message, input.transcriptPath);
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
