// Every hook that guards fails closed: Claude Code lets an action through when a command hook
// times out or crashes unless the entry says `"onFailure": "block"` (CLAUDE-CODE.md §3.3). Under
// load a 10 s timeout is reachable, so each guarding event's entries carry it, with a timeout.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const GUARDING = ['PreToolUse', 'UserPromptSubmit', 'Stop', 'SubagentStop'];

interface Handler {
  type: string;
  timeout?: unknown;
  onFailure?: unknown;
}

const hooks = (
  JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'hooks', 'hooks.json'), 'utf8')) as {
    hooks: Record<string, { hooks: Handler[] }[]>;
  }
).hooks;

describe('hooks.json: guarding hooks fail closed', () => {
  it.each(GUARDING)('%s: every handler blocks on failure and has a timeout', (event) => {
    const handlers = (hooks[event] ?? []).flatMap((entry) => entry.hooks);
    expect(handlers.length).toBeGreaterThan(0);
    for (const handler of handlers) {
      expect(handler).toMatchObject({ type: 'command', onFailure: 'block' });
      expect(typeof handler.timeout).toBe('number');
    }
  });
});
