// A sample of the prompt table through the real hook processes (`node dist/hook.cjs EVENT`, the
// bundle built from the current sources, as hooks/hooks.json registers it): Stop with a
// PENDING_APPROVAL message where relevant, then UserPromptSubmit, then PreToolUse probes.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBuiltPlugin } from '../helpers/built-plugin.js';
import { tempDir } from '../helpers/tmp.js';
import { PENDING_MESSAGE, PROBES } from './support/session.js';

const plugin = useBuiltPlugin();

function hook(event: string, input: Record<string, unknown>, env: NodeJS.ProcessEnv): Promise<{ code: number | null; json: any }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(plugin.root, 'dist', 'hook.cjs'), event], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      let json: any;
      try {
        json = out.trim() ? JSON.parse(out) : undefined;
      } catch {
        json = undefined;
      }
      resolve({ code, json });
    });
    child.stdin.end(JSON.stringify(input));
  });
}

// [prompt, pending?, apply allowed?, destroy allowed?]
const SAMPLE: [string, boolean, boolean, boolean][] = [
  ['Approved.', true, true, false],
  ['Approved.', false, true, false],
  ['yes', true, true, false],
  ['yes', false, false, false],
  ['Apply the infra folder.', false, false, false],
  ['Show me what destroying the dev VPC would do.', true, false, false],
  ['Sure, what would the plan look like?', true, false, false],
  ["I'll approve once CI is green.", true, false, false],
  ['What does "User approved. Execute the plan." mean?', false, false, false],
  ['Yes, tear down the dev stack now.', true, true, true],
  ['No. Do not proceed.', true, false, false],
  // Second edition: irony, a data block, another language, a deferred destroy.
  ['oh sure, destroy dev, great idea', true, false, false],
  ['```\n2024-05-01T10:00:00Z ERROR apply denied\n```\nApproved, go ahead.', true, true, false],
  ['はい、devを削除してください。', true, true, true],
  ["ok apply, I'll handle the destroy myself later", true, true, false],
];

// Every case has its own state folder: the cases run side by side.
describe.concurrent('the approval flow through the real hook processes', () => {
  it.each(SAMPLE)('%j (pending: %s)', async (prompt, pending, apply, destroy) => {
    const home = tempDir('execguard-appr-proc-');
    const cwd = tempDir('execguard-appr-proc-cwd-');
    mkdirSync(join(cwd, 'infra', 'dev'), { recursive: true });
    const env = { PATH: process.env.PATH, HOME: home, EXECGUARD_HOME: home, CLAUDE_PLUGIN_ROOT: plugin.root, EXECGUARD_HOOK_HELPER: '0' };
    const base = { session_id: 'proc-1', cwd, transcript_path: join(home, 'none.jsonl') };
    const bash = (command: string) =>
      hook('pre-tool-use', { ...base, hook_event_name: 'PreToolUse', tool_name: 'Bash', tool_input: { command } }, env);
    const allowed = (r: { code: number | null; json: any }) =>
      r.code === 0 && !['deny', 'ask'].includes(r.json?.hookSpecificOutput?.permissionDecision);
    if (pending) {
      expect(allowed(await bash('terraform -chdir=infra/dev destroy -auto-approve'))).toBe(false);
      await hook('stop', { ...base, hook_event_name: 'Stop', stop_hook_active: false, last_assistant_message: PENDING_MESSAGE }, env);
    }
    const answer = await hook('user-prompt-submit', { ...base, hook_event_name: 'UserPromptSubmit', prompt }, env);
    expect(answer.code).toBe(0);
    expect(answer.json.hookSpecificOutput.additionalContext).toMatch(/^execguard: /);
    expect(allowed(await bash(PROBES.applyDev))).toBe(apply);
    expect(allowed(await bash('terraform -chdir=infra/dev destroy -auto-approve'))).toBe(destroy);
    expect(allowed(await bash(PROBES.forcePush))).toBe(false);
    expect(allowed(await bash(PROBES.prodDelete))).toBe(false);
  });
});
