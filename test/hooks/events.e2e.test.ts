// UserPromptSubmit and SessionStart through the built hook process, and many hooks at once on
// one session's grant folder.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listRecords } from '../../src/state/grant-store.js';
import { tempDir } from '../helpers/tmp.js';
import { bashInput, permission, promptInput, repoRoot, runHook } from './support/hook-process.js';

const setup = () => {
  const home = tempDir('execguard-ev-home-');
  const cwd = tempDir('execguard-ev-cwd-');
  return { home, cwd, env: { EXECGUARD_HOME: home, CLAUDE_PLUGIN_ROOT: repoRoot } };
};

describe('UserPromptSubmit', () => {
  it('records a private grant with text, scope, source and expiry', async () => {
    const { home, cwd, env } = setup();
    const run = await runHook(
      'user-prompt-submit',
      promptInput('Approved. Execute terraform apply.', { session_id: 'ups-1', cwd }),
      env,
      cwd,
    );
    expect(run.code).toBe(0);
    // Records are signed ({body, sig}); the store verifies and reads them.
    const [grant] = listRecords('ups-1', { home });
    expect(readdirSync(join(home, 'grants', 'ups-1'))).toHaveLength(1);
    expect(grant).toMatchObject({
      kind: 'grant',
      sessionId: 'ups-1',
      source: 'user-prompt',
      text: 'Approved. Execute terraform apply.',
      scope: { affirmed: true, destroy: false },
    });
    expect(Date.parse(grant.expiresAt) - Date.parse(grant.createdAt)).toBe(30 * 60_000);
    expect(run.json.hookSpecificOutput.additionalContext).toContain(grant.id);
  });

  it('uses approvalMinutes from the project policy', async () => {
    const { home, cwd, env } = setup();
    writeFileSync(join(cwd, '.execguard.yaml'), 'approvalMinutes: 5\n');
    await runHook('user-prompt-submit', promptInput('User approved. Proceed.', { session_id: 'ups-2', cwd }), env, cwd);
    const [grant] = listRecords('ups-2', { home });
    expect(Date.parse(grant.expiresAt) - Date.parse(grant.createdAt)).toBe(5 * 60_000);
  });

  it('records nothing without a session id or a prompt, and never blocks the prompt', async () => {
    const { home, cwd, env } = setup();
    for (const input of [
      { hook_event_name: 'UserPromptSubmit', prompt: 'User approved.' },
      { session_id: 'x', hook_event_name: 'UserPromptSubmit' },
      'garbage',
    ]) {
      const run = await runHook('user-prompt-submit', input, env, cwd);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/execguard/);
    }
    expect(existsSync(join(home, 'grants'))).toBe(false);
  });
});

describe('SessionStart', () => {
  it('tells the agent execguard is active, which policy applies and how approvals work', async () => {
    const { cwd, env } = setup();
    const run = await runHook('session-start', { session_id: 'ss', cwd, hook_event_name: 'SessionStart', source: 'startup' }, env, cwd);
    expect(run.code).toBe(0);
    const text = run.json.hookSpecificOutput.additionalContext as string;
    expect(run.json.hookSpecificOutput.hookEventName).toBe('SessionStart');
    expect(text).toMatch(/execguard is active/);
    expect(text).toMatch(/built-in defaults \(mode: default\)/);
    expect(text).toMatch(/PENDING_APPROVAL/);
  });

  it('names the policy file and its mode', async () => {
    const { cwd, env } = setup();
    writeFileSync(join(cwd, '.execguard.yaml'), 'mode: strict\n');
    const run = await runHook('session-start', { session_id: 'ss2', cwd, hook_event_name: 'SessionStart', source: 'startup' }, env, cwd);
    expect(run.json.hookSpecificOutput.additionalContext).toContain(`${join(cwd, '.execguard.yaml')} (mode: strict)`);
  });
});

describe('parallel hooks on one session', () => {
  it('20 PreToolUse and 10 UserPromptSubmit processes at once: no crash, grants intact, decisions consistent', async () => {
    const { home, cwd, env } = setup();
    const session = 'parallel-1';
    await runHook('user-prompt-submit', promptInput('User approved. Execute the plan.', { session_id: session, cwd }), env, cwd);
    const runs = await Promise.all([
      ...Array.from({ length: 10 }, () =>
        runHook('pre-tool-use', bashInput('terraform apply tfplan', { session_id: session, cwd }), env, cwd),
      ),
      ...Array.from({ length: 10 }, () =>
        runHook('pre-tool-use', bashInput('terraform destroy -auto-approve', { session_id: session, cwd }), env, cwd),
      ),
      ...Array.from({ length: 10 }, () =>
        runHook('user-prompt-submit', promptInput('User approved. Execute the plan.', { session_id: session, cwd }), env, cwd),
      ),
    ]);
    expect(runs.map((r) => r.code)).toEqual(Array(30).fill(0));
    expect(runs.slice(0, 10).map((r) => `${permission(r)} ${r.stdout}`)).toEqual(Array(10).fill('allow '));
    expect(runs.slice(10, 20).map(permission)).toEqual(Array(10).fill('deny'));
    const files = readdirSync(join(home, 'grants', session));
    expect(files.filter((n) => n.endsWith('.json'))).toHaveLength(11);
    expect(files.filter((n) => n.startsWith('.tmp-'))).toEqual([]);
    for (const name of files) JSON.parse(readFileSync(join(home, 'grants', session, name), 'utf8'));
    const lines = readFileSync(join(home, 'decisions.jsonl'), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(10);
    expect(lines.map((l) => JSON.parse(l).decision)).toEqual(Array(10).fill('deny'));
  });
});
