// The approval request a turn opens lists what the guard refused in that turn from structured
// records (state/turn-denials.ts), not by parsing the human-facing decision log: the log can be
// rotated, rewritten or lost and the request is the same; the previous turn's refusals are not in
// it. Driven through the real hook handlers (UserPromptSubmit, PreToolUse, Stop), in-process.
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerEvent } from '../../src/hooks/answer-event.js';
import { openPendingRequest } from '../../src/state/grant-store.js';
import { readTurnDenials } from '../../src/state/turn-denials.js';
import { tempDir } from '../helpers/tmp.js';

const MESSAGE = [
  'Plan: apply infra in dev and prod.',
  '',
  '<!-- AGENT_STATUS -->',
  'PLAN_STATUS: PENDING_APPROVAL',
  'CURRENT_PHASE: Approval',
  'PENDING_STEPS: ["terraform apply"]',
  'NEXT_ACTION: Wait for the user to approve',
  'AGENT_ID: main',
  '<!-- /AGENT_STATUS -->',
].join('\n');

function session() {
  const root = tempDir('execguard-pending-records-');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: join(root, 'home'),
    EXECGUARD_HOME: join(root, 'state'),
    CLAUDE_PLUGIN_ROOT: join(root, 'plugin'),
    CLAUDE_PROJECT_DIR: root,
    EXECGUARD_HOOK_HELPER: 'off',
  };
  const base = { session_id: 's1', cwd: root, transcript_path: join(root, 'none.jsonl') };
  const send = (event: string, fields: Record<string, unknown>) => answerEvent(event, JSON.stringify({ ...base, ...fields }), env);
  return {
    env,
    decisionLog: join(root, 'state', 'decisions.jsonl'),
    prompt: (prompt: string) => send('user-prompt-submit', { hook_event_name: 'UserPromptSubmit', prompt }),
    bash: async (command: string) => {
      const answer = await send('pre-tool-use', { hook_event_name: 'PreToolUse', tool_name: 'Bash', tool_input: { command } });
      return (answer.json?.hookSpecificOutput as { permissionDecision?: string } | undefined)?.permissionDecision ?? 'allow';
    },
    stop: () => send('stop', { hook_event_name: 'Stop', last_assistant_message: MESSAGE, stop_hook_active: false }),
  };
}

describe("the approval request reads the turn's refusals from structured records", () => {
  it('lists this turn’s refused commands whatever happens to the decision log', async () => {
    const s = session();
    await s.prompt('Look at the staging stack first.');
    expect(await s.bash('terraform -chdir=infra/staging apply')).toBe('deny'); // an earlier turn
    await s.prompt('Now update dev and prod.');
    expect(await s.bash('terraform -chdir=infra/dev apply')).toBe('deny');
    // The log rotates in the middle of the turn, then a person clears it.
    renameSync(s.decisionLog, `${s.decisionLog}.1`);
    expect(await s.bash('terraform -chdir=infra/prod apply')).toBe('deny');
    rmSync(s.decisionLog);
    rmSync(`${s.decisionLog}.1`);
    expect((await s.stop()).exitCode).toBe(0);

    const pending = openPendingRequest('s1', new Date(), { env: s.env });
    expect(pending?.commands.map((c) => c.command).sort()).toEqual([
      'terraform -chdir=infra/dev apply',
      'terraform -chdir=infra/prod apply',
    ]);
    expect(pending?.environments.sort()).toEqual(['dev', 'prod']);
  });

  it('does not read lines written into the decision log', async () => {
    const s = session();
    await s.prompt('Update dev.');
    expect(await s.bash('terraform -chdir=infra/dev apply')).toBe('deny');
    // A denial that only the human log claims: not a command the guard refused in this turn.
    const forged = {
      time: new Date().toISOString(),
      session: 's1',
      tool: 'Bash',
      command: 'terraform -chdir=infra/prod apply',
      decision: 'deny',
      rules: ['approval-gate'],
      reason: 'no grant',
    };
    writeFileSync(s.decisionLog, `${JSON.stringify(forged)}\n`, { flag: 'a' });
    await s.stop();

    const pending = openPendingRequest('s1', new Date(), { env: s.env });
    expect(pending?.commands.map((c) => c.command)).toEqual(['terraform -chdir=infra/dev apply']);
    expect(pending?.environments).toEqual(['dev']);
  });

  it('a new prompt starts a new record of refusals; allowed commands are not recorded', async () => {
    const s = session();
    await s.prompt('Update dev.');
    expect(await s.bash('terraform -chdir=infra/dev apply')).toBe('deny');
    expect(readTurnDenials(s.env, 's1').map((d) => d.command)).toEqual(['terraform -chdir=infra/dev apply']);
    await s.prompt('Actually, just show me the plan.');
    expect(await s.bash('terraform -chdir=infra/dev plan')).toBe('allow');
    expect(readTurnDenials(s.env, 's1')).toEqual([]);
  });
});
