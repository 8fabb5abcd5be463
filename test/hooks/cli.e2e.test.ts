// `execguard hook EVENT` answers exactly like dist/hook.mjs; `execguard log` shows the decisions.
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.js';
import { bashInput, cliBundle, repoRoot, runHook, runNode } from './support/hook-process.js';

describe('execguard hook', () => {
  it('gives the same answer as the hook bundle', async () => {
    const home = tempDir('execguard-cli-home-');
    const env = { EXECGUARD_HOME: home, CLAUDE_PLUGIN_ROOT: repoRoot };
    for (const [event, input] of [
      ['pre-tool-use', bashInput('terraform destroy -auto-approve')],
      ['pre-tool-use', bashInput('ls')],
      ['pre-tool-use', 'not json'],
      ['pre-tool-use', { tool_name: 'Bash' }],
    ] as const) {
      const text = typeof input === 'string' ? input : JSON.stringify(input);
      const viaHook = await runHook(event, text, env);
      const viaCli = await runNode(cliBundle, ['hook', event], { input: text, env });
      expect(viaCli.stdout).toBe(viaHook.stdout);
      expect(viaCli.code).toBe(viaHook.code);
    }
  });

  it('rejects a missing event with a usage error', async () => {
    const run = await runNode(cliBundle, ['hook']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/expected exactly one EVENT/);
  });
});

describe('execguard log', () => {
  it('lists denials, filters by session, limits, and prints JSON', async () => {
    const home = tempDir('execguard-log-home-');
    const env = { EXECGUARD_HOME: home };
    await runHook('pre-tool-use', bashInput('terraform destroy -auto-approve', { session_id: 'log-a' }), env);
    await runHook('pre-tool-use', bashInput('git push --force origin main', { session_id: 'log-b' }), env);
    await runHook('pre-tool-use', bashInput('ls', { session_id: 'log-b' }), env);
    const text = await runNode(cliBundle, ['log'], { env });
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/DENY\s+Bash: terraform destroy -auto-approve/);
    expect(text.stdout).toMatch(/git push --force origin main/);
    expect(text.stdout).not.toMatch(/Bash: ls/);
    const json = await runNode(cliBundle, ['log', '--json', '--session', 'log-b'], { env });
    const entries = json.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ session: 'log-b', command: 'git push --force origin main', decision: 'deny' });
    const limited = await runNode(cliBundle, ['log', '--json', '--limit', '1'], { env });
    expect(limited.stdout.trim().split('\n')).toHaveLength(1);
    const bad = await runNode(cliBundle, ['log', '--limit', 'x'], { env });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/--limit must be a whole number/);
  });

  it('says so when nothing was recorded', async () => {
    const run = await runNode(cliBundle, ['log'], { env: { EXECGUARD_HOME: tempDir('execguard-log-empty-') } });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/No recorded decisions/);
  });
});
