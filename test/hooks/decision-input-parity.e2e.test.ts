// The decision-input parity table (test/state/support/parity-rows.ts) through the real hook
// process, built from the current sources, as Claude Code runs it: each answer matches what
// `execguard check` gives in the same agent session. The in-process rows for every other caller
// are test/state/decision-input-parity.test.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { approvalForCheck } from '../../src/approval/answer-binding.js';
import { environmentsNamed } from '../../src/approval/environment-words.js';
import { recordGrant } from '../../src/state/grant-store.js';
import { runNode, useBuiltPlugin } from '../helpers/built-plugin.js';
import { runCli } from '../support/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { PARITY_ROWS } from '../state/support/parity-rows.js';

describe('the real hook process answers the parity table as `execguard check` does', () => {
  const plugin = useBuiltPlugin();
  const root = tempDir('execguard-input-parity-e2e-');
  const home = join(root, 'home');
  const project = join(root, 'project');
  const state = join(root, 'elsewhere', 'state');
  mkdirSync(join(home, '.local', 'state', 'execguard'), { recursive: true });
  mkdirSync(project);
  writeFileSync(join(project, 'README.md'), '# app\n');
  const env = (): NodeJS.ProcessEnv => ({
    PATH: process.env.PATH,
    HOME: home,
    EXECGUARD_HOME: state,
    CLAUDE_PLUGIN_ROOT: plugin.root,
    CLAUDE_PROJECT_DIR: project,
    EXECGUARD_HOOK_HELPER: 'off',
  });
  const results: { hook: string; check: string }[] = [];

  beforeAll(async () => {
    for (const [i, row] of PARITY_ROWS.entries()) {
      const sessionId = `e2e-${i}`;
      const scope = row.approval === null ? null : approvalForCheck(row.approval, row.command);
      if (scope)
        recordGrant(
          {
            sessionId,
            source: 'user-prompt',
            scope,
            approvalMinutes: 30,
            binding: { digests: [], environments: environmentsNamed(row.command) },
          },
          { env: env() },
        );
      const input = JSON.stringify({
        session_id: sessionId,
        cwd: project,
        hook_event_name: 'PreToolUse',
        tool_name: 'Bash',
        tool_input: { command: row.command },
        tool_use_id: `toolu_${i}`,
      });
      const hook = await runNode(plugin.hook, ['pre-tool-use'], { input, env: env(), cwd: project });
      const said = hook.stdout.trim() ? JSON.parse(hook.stdout).hookSpecificOutput?.permissionDecision : undefined;
      const hookVerdict = said ?? (hook.code === 0 ? 'allow' : `exit ${hook.code}: ${hook.stderr}`);
      // `check` run from the agent's Bash tool in the same session: an agent session.
      const args = ['check', '--json', ...(row.approval === null ? [] : ['--approval', row.approval]), '--', row.command];
      const check = await runCli(args, { env: { ...env(), CLAUDECODE: '1', EXECGUARD_SESSION_ID: sessionId }, cwd: project });
      results.push({ hook: hookVerdict, check: JSON.parse(check.stdout).decision });
    }
  });

  it.each(PARITY_ROWS.map((row, i) => [row.name, i] as const))('%s', (_name, i) => {
    expect(results[i].check, PARITY_ROWS[i].command).toBe(PARITY_ROWS[i].expect);
    expect(results[i].hook, PARITY_ROWS[i].command).toBe(results[i].check);
  });
});
