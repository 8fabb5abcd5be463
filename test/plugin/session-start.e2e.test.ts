// SessionStart from the user's side: the Bash tool gets the hooks' state folder and the session id
// (so `execguard log` and `execguard execute` in the session see what the hooks recorded), and the
// agent is told plainly whether the OS sandbox or the guard alone protects the session.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handle } from '../../src/hooks/events/session-start.js';
import { tempDir } from '../helpers/tmp.js';

/** A PATH folder holding executables named bwrap and socat (presence is all SessionStart checks). */
function fakeSandboxTools(): string {
  const dir = tempDir('execguard-ss-bin-');
  for (const name of ['bwrap', 'socat']) {
    writeFileSync(join(dir, name), '#!/bin/sh\nexit 0\n');
    chmodSync(join(dir, name), 0o755);
  }
  return dir;
}

async function sessionStart(env: NodeJS.ProcessEnv, cwd: string, sessionId = 'ss-plugin') {
  const answer = await handle({ session_id: sessionId, cwd, hook_event_name: 'SessionStart', source: 'startup' }, env);
  return (answer.json as any).hookSpecificOutput.additionalContext as string;
}

describe('SessionStart hands the state folder and session to the Bash tool', () => {
  it("appends export lines to CLAUDE_ENV_FILE that a shell sources to the hooks' values", async () => {
    const root = tempDir("execguard-ss-it's-");
    const stateHome = join(root, "state with 'quotes' and $dollar");
    const envFile = join(root, 'env.sh');
    writeFileSync(envFile, 'export KEEP=1\n');
    await sessionStart({ HOME: root, PATH: '/nonexistent', CLAUDE_PLUGIN_DATA: stateHome, CLAUDE_ENV_FILE: envFile }, root, 'sess-42');
    expect(readFileSync(envFile, 'utf8')).toMatch(/^export KEEP=1\n/);
    const seen = execFileSync(
      'bash',
      ['-c', `source "$1"; printf '%s\\n%s\\n%s' "$EXECGUARD_HOME" "$EXECGUARD_SESSION_ID" "$KEEP"`, 'x', envFile],
      { encoding: 'utf8', env: { PATH: process.env.PATH } },
    );
    expect(seen.split('\n')).toEqual([stateHome, 'sess-42', '1']);
  });

  it('writes nothing when Claude Code gives no CLAUDE_ENV_FILE, and an unwritable file does not fail the hook', async () => {
    const root = tempDir('execguard-ss-');
    await expect(sessionStart({ HOME: root, PATH: '' }, root)).resolves.toMatch(/execguard is active/);
    await expect(sessionStart({ HOME: root, PATH: '', CLAUDE_ENV_FILE: join(root, 'missing-dir', 'env.sh') }, root)).resolves.toMatch(
      /execguard is active/,
    );
  });
});

describe('SessionStart says which boundary protects the session', () => {
  it('the guard alone when no settings enable the sandbox', async () => {
    const root = tempDir('execguard-ss-');
    const text = await sessionStart({ HOME: root, PATH: fakeSandboxTools() }, root);
    expect(text).toMatch(
      /Protection: the guard alone; there is no OS sandbox in this session \(no Claude Code settings enable the sandbox\)/,
    );
    expect(text).toMatch(/execguard init/);
  });

  it('the sandbox when the project settings enable it and bubblewrap and socat are installed', async () => {
    const root = tempDir('execguard-ss-');
    mkdirSync(join(root, '.claude'));
    writeFileSync(join(root, '.claude', 'settings.json'), JSON.stringify({ sandbox: { enabled: true } }));
    const text = await sessionStart({ HOME: root, PATH: fakeSandboxTools(), CLAUDE_PROJECT_DIR: root }, join(root), 'x');
    if (process.platform === 'linux' || process.platform === 'darwin') {
      expect(text).toContain(`Protection: Claude Code's sandbox (enabled in ${join(root, '.claude', 'settings.json')})`);
    }
  });

  it.runIf(process.platform === 'linux')(
    'the guard alone when the settings enable the sandbox but bwrap and socat are missing',
    async () => {
      const root = tempDir('execguard-ss-');
      mkdirSync(join(root, '.claude'));
      writeFileSync(join(root, '.claude', 'settings.json'), JSON.stringify({ sandbox: { enabled: true } }));
      const text = await sessionStart({ HOME: root, PATH: tempDir('execguard-ss-empty-') }, root);
      expect(text).toMatch(/the guard alone.*bwrap and socat are not installed/);
    },
  );

  it('the local settings override the shared ones (sandbox.enabled: false wins)', async () => {
    const root = tempDir('execguard-ss-');
    mkdirSync(join(root, '.claude'));
    writeFileSync(join(root, '.claude', 'settings.json'), JSON.stringify({ sandbox: { enabled: true } }));
    writeFileSync(join(root, '.claude', 'settings.local.json'), JSON.stringify({ sandbox: { enabled: false } }));
    const text = await sessionStart({ HOME: root, PATH: fakeSandboxTools() }, root);
    expect(text).toContain(
      `the guard alone; there is no OS sandbox in this session (sandbox.enabled is false in ${join(root, '.claude', 'settings.local.json')})`,
    );
  });
});
