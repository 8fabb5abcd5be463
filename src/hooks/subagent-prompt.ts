// Which launch started this sub-agent: the prompt it was started with is the first user entry of
// its own transcript (Claude Code keeps it beside the session's, in <session>/subagents/
// agent-<agent_id>.jsonl, or names it in agent_transcript_path). Its hash matches the launch the
// orchestrator's Task/Agent call recorded, so parallel launches are told apart exactly. Best
// effort: unreadable means unknown, and the claim falls back to the narrowest reading.
import { closeSync, openSync, readSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const HEAD_BYTES = 256 * 1024;

/** sha256 of a launch prompt, as recorded at launch and compared at claim. */
export function promptHash(prompt: string): string {
  const { createHash } = process.getBuiltinModule('node:crypto');
  return `sha256:${createHash('sha256').update(prompt.trim()).digest('hex')}`;
}

function head(path: string): string | undefined {
  try {
    const fd = openSync(path, 'r');
    try {
      const buffer = Buffer.alloc(HEAD_BYTES);
      const n = readSync(fd, buffer, 0, HEAD_BYTES, 0);
      return buffer.subarray(0, n).toString('utf8');
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
}

export interface TranscriptWhere {
  agentId?: string;
  transcriptPath?: string;
  agentTranscriptPath?: string;
}

/** The hash of the prompt this sub-agent was started with, or undefined when it cannot be read. */
export function launchPromptHash(where: TranscriptWhere): string | undefined {
  if (!where.agentId) return undefined;
  const paths = [
    where.agentTranscriptPath,
    where.transcriptPath
      ? join(dirname(where.transcriptPath), basename(where.transcriptPath, '.jsonl'), 'subagents', `agent-${where.agentId}.jsonl`)
      : undefined,
  ].filter((p): p is string => typeof p === 'string' && p !== '');
  for (const path of paths) {
    const text = head(path);
    if (!text) continue;
    for (const line of text.split('\n')) {
      let entry: { type?: unknown; message?: { content?: unknown } };
      try {
        entry = JSON.parse(line);
      } catch {
        continue;
      }
      if (entry?.type !== 'user') continue;
      const content = entry.message?.content;
      if (typeof content === 'string') return promptHash(content);
      if (Array.isArray(content)) {
        const texts = content.filter((b) => b?.type === 'text' && typeof b.text === 'string').map((b) => b.text as string);
        if (texts.length) return promptHash(texts.join('\n'));
      }
      return undefined;
    }
  }
  return undefined;
}
