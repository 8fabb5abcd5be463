// Stop: the main agent may end its turn without an AGENT_STATUS block, but a block it writes must
// be valid. The check itself (shared with SubagentStop, where the block is required) lives here:
// read the final message, validate the block, block with the exact errors, and give up after
// MAX_CONSECUTIVE_BLOCKS so a confused agent is never trapped.
import { closeSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stateHome, statePaths } from '../../state/home.js';
import { checkStatus, formatStatusError, type StatusError } from '../../status/parse.js';
import { FORMAT_TEMPLATE } from '../../status/schema.js';
import type { HookAnswer, HookHandler, HookInput } from '../hook-protocol.js';
import { recordPendingRequest } from './pending-request.js';

export const MAX_CONSECUTIVE_BLOCKS = 3;
/** Keeps the reason well under Claude Code's 10,000-character hook output limit. */
const MAX_LISTED_PROBLEMS = 15;
/** Only the end of a long transcript is read: the last assistant entry is near it. */
const TRANSCRIPT_TAIL_BYTES = 16 * 1024 * 1024;

const EXAMPLE = [
  '<!-- AGENT_STATUS -->',
  'PLAN_STATUS: COMPLETE',
  'CURRENT_PHASE: Execute',
  'PENDING_STEPS: []',
  'NEXT_ACTION: Task complete - execution successful',
  'AGENT_ID: a12345',
  '<!-- /AGENT_STATUS -->',
].join('\n');

export interface StopCheckOptions {
  /** Sub-agents must end with a block; the main agent only has to get one right when it writes one. */
  required: boolean;
  /** Which transcript field holds this agent's conversation. */
  transcriptField: 'agent_transcript_path' | 'transcript_path';
  who: string;
}

class HookInputError extends Error {}

function optionalString(input: HookInput, field: string): string | undefined {
  const value = input[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string')
    throw new HookInputError(`malformed hook input: '${field}' must be a string, got ${Array.isArray(value) ? 'an array' : typeof value}`);
  return value;
}

interface TranscriptEntry {
  type?: unknown;
  message?: { id?: unknown; content?: unknown };
}

function textBlocks(entry: TranscriptEntry): string[] {
  const content = entry.message?.content;
  if (typeof content === 'string') return [content];
  if (!Array.isArray(content)) return [];
  return content.filter((b) => b?.type === 'text' && typeof b.text === 'string').map((b) => b.text as string);
}

/** The text blocks of the last assistant turn in a Claude Code transcript (JSONL), or undefined. */
export function lastAssistantText(transcriptPath: string): string | undefined {
  let text: string;
  try {
    const fd = openSync(transcriptPath, 'r');
    try {
      const size = fstatSync(fd).size;
      const length = Math.min(size, TRANSCRIPT_TAIL_BYTES);
      const buffer = Buffer.alloc(length);
      readSync(fd, buffer, 0, length, size - length);
      text = buffer.toString('utf8');
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
  const lines = text.split('\n');
  const parts: string[] = [];
  let messageId: string | undefined;
  // One transcript entry per content block: gather the text blocks of the last assistant message.
  for (let i = lines.length - 1; i >= 0; i--) {
    if (!lines[i].trim()) continue;
    let entry: TranscriptEntry;
    try {
      entry = JSON.parse(lines[i]);
    } catch {
      continue; // a torn first line of the tail, or a line still being written
    }
    const isAssistant = entry?.type === 'assistant';
    const id = typeof entry?.message?.id === 'string' ? entry.message.id : undefined;
    if (parts.length === 0) {
      const texts = isAssistant ? textBlocks(entry) : [];
      if (texts.length === 0) continue;
      parts.unshift(texts.join('\n'));
      messageId = id;
      if (id === undefined) break;
      continue;
    }
    if (isAssistant && id === messageId) {
      const texts = textBlocks(entry);
      if (texts.length) parts.unshift(texts.join('\n'));
      continue;
    }
    if (isAssistant || entry?.type === 'user') break;
  }
  return parts.length ? parts.join('\n') : undefined;
}

const safeName = (id: string) => id.replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, 120) || 'unknown';

function counterFile(env: NodeJS.ProcessEnv, sessionId: string, agentId: string | undefined): string {
  const name = agentId ? `${safeName(sessionId)}--${safeName(agentId)}` : safeName(sessionId);
  return join(statePaths(stateHome(env)).home, 'stops', `${name}.json`);
}

function readCount(file: string): number {
  try {
    const value = JSON.parse(readFileSync(file, 'utf8')) as { consecutiveBlocks?: unknown };
    return typeof value.consecutiveBlocks === 'number' && value.consecutiveBlocks >= 0 ? value.consecutiveBlocks : 0;
  } catch {
    return 0;
  }
}

/** Written to a temporary file and renamed, so a concurrent reader never sees half a file. */
function writeCount(file: string, record: Record<string, unknown>): void {
  mkdirSync(join(file, '..'), { recursive: true });
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(temp, `${JSON.stringify(record)}\n`);
  renameSync(temp, file);
}

function clearCount(file: string): void {
  rmSync(file, { force: true });
}

function blockReason(who: string, problems: string[], attempt: number, required: boolean): string {
  return [
    `execguard: ${who} ${required ? 'must end its final message with a valid AGENT_STATUS block' : 'wrote an AGENT_STATUS block that is not valid'} (block ${attempt} of ${MAX_CONSECUTIVE_BLOCKS} before execguard gives up).`,
    'Fix these problems (line numbers count from the first line of the final message):',
    ...problems.slice(0, MAX_LISTED_PROBLEMS).map((p) => `- ${p}`),
    ...(problems.length > MAX_LISTED_PROBLEMS ? [`- … and ${problems.length - MAX_LISTED_PROBLEMS} more; fix these first`] : []),
    '',
    'Reply again and end with exactly this shape; nothing but white space may follow the closing line:',
    FORMAT_TEMPLATE,
    '',
    'Example:',
    EXAMPLE,
  ].join('\n');
}

export async function checkStop(input: HookInput, env: NodeJS.ProcessEnv, options: StopCheckOptions): Promise<HookAnswer> {
  const active = input.stop_hook_active;
  if (active !== undefined && typeof active !== 'boolean') {
    throw new HookInputError(`malformed hook input: 'stop_hook_active' must be true or false, got ${JSON.stringify(active)}`);
  }
  const sessionId = optionalString(input, 'session_id') ?? 'unknown-session';
  const agentId = optionalString(input, 'agent_id');
  let message = optionalString(input, 'last_assistant_message');
  let source = 'last_assistant_message';
  if (message === undefined) {
    // A sub-agent is judged on its own transcript only: the main one holds someone else's message.
    const transcript = optionalString(input, options.transcriptField);
    message = transcript ? lastAssistantText(transcript) : undefined;
    source = transcript ? `the transcript ${transcript}` : 'nowhere';
  }

  let problems: string[];
  if (message === undefined) {
    if (!options.required)
      return { stderr: `execguard: no final message to check (no last_assistant_message, nothing read from ${source})\n`, exitCode: 0 };
    problems = [
      `could not read the final message (no last_assistant_message in the hook input and no assistant text in ${source}); end your reply with an AGENT_STATUS block`,
    ];
  } else {
    const check = checkStatus(message, { required: options.required });
    if (check.valid) {
      clearCount(counterFile(env, sessionId, agentId));
      // A turn that asks for approval opens a request the user's next prompt answers.
      const note = recordPendingRequest({
        env,
        sessionId: optionalString(input, 'session_id') ?? '',
        ...(agentId ? { agentId } : {}),
        source: options.required ? 'subagent-stop' : 'stop',
        message,
        transcriptPath: optionalString(input, options.transcriptField),
      });
      return note ? { stderr: note, exitCode: 0 } : { exitCode: 0 };
    }
    problems = check.errors.map((e: StatusError) => formatStatusError(e));
  }

  const file = counterFile(env, sessionId, agentId);
  // A stop that is not the continuation of a blocked stop starts a new count.
  const previous = active === true ? readCount(file) : 0;
  if (previous >= MAX_CONSECUTIVE_BLOCKS) {
    clearCount(file);
    return {
      json: {
        systemMessage: `execguard gave up checking the AGENT_STATUS block of ${options.who} after ${MAX_CONSECUTIVE_BLOCKS} consecutive blocks and let it stop. Remaining problems: ${problems.join('; ')}`,
      },
      exitCode: 0,
    };
  }
  const attempt = previous + 1;
  let stderr: string | undefined;
  try {
    writeCount(file, { sessionId, agentId: agentId ?? null, consecutiveBlocks: attempt, problems, updatedAt: new Date().toISOString() });
  } catch (error) {
    // Still block: the count only bounds how often; Claude Code's own cap ends a loop anyway.
    stderr = `execguard: cannot record the stop count in ${file}: ${(error as Error).message}\n`;
  }
  return { json: { decision: 'block', reason: blockReason(options.who, problems, attempt, options.required) }, stderr, exitCode: 0 };
}

export const handle: HookHandler = (input, env) =>
  checkStop(input, env, { required: false, transcriptField: 'transcript_path', who: 'the agent' });
