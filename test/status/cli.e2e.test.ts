// `execguard status validate` as a real process on the built bundle: exit status and stdin. The
// other cases run in-process in cli.test.ts.
import { describe, expect, it } from 'vitest';
import { runNode, useBuiltPlugin } from '../helpers/built-plugin.js';

const plugin = useBuiltPlugin();

const block = (status: string, steps = '[]') =>
  [
    '<!-- AGENT_STATUS -->',
    `PLAN_STATUS: ${status}`,
    'CURRENT_PHASE: Execute',
    `PENDING_STEPS: ${steps}`,
    'NEXT_ACTION: Go on',
    'AGENT_ID: a1',
    '<!-- /AGENT_STATUS -->',
    '',
  ].join('\n');

describe('execguard status validate (built CLI)', () => {
  it('exits 0 for a valid block on stdin, 1 for an invalid one, and 2 without a stack trace on a usage error', async () => {
    expect((await runNode(plugin.cli, ['status', 'validate', '-'], { input: block('COMPLETE') })).code).toBe(0);
    const invalid = await runNode(plugin.cli, ['status', 'validate', '-'], { input: block('BLOCKED') });
    expect(invalid.code).toBe(1);
    expect(invalid.stdout).toContain('PENDING_STEPS: PLAN_STATUS is BLOCKED but no step is pending');
    const usage = await runNode(plugin.cli, ['status', 'check']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^execguard status: unknown action 'check'/);
    expect(usage.stderr).not.toMatch(/\n\s+at /);
  });
});
