// `execguard status validate` through the CLI's entry point, in-process; the built bundle as a
// process is covered in cli.e2e.test.ts.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.js';
import { runCli } from '../support/cli.js';

const block = (status: string, steps = '[]') =>
  [
    'Summary.',
    '<!-- AGENT_STATUS -->',
    `PLAN_STATUS: ${status}`,
    'CURRENT_PHASE: Execute',
    `PENDING_STEPS: ${steps}`,
    'NEXT_ACTION: Go on',
    'AGENT_ID: a1',
    '<!-- /AGENT_STATUS -->',
    '',
  ].join('\n');

describe('execguard status validate (the CLI entry point, in-process)', () => {
  const dir = tempDir('execguard-status-cli-');

  it('exits 0 for a valid file and says what it read', async () => {
    const file = join(dir, 'ok.md');
    writeFileSync(file, block('COMPLETE'));
    const result = await runCli(['status', 'validate', file]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(`${file}: valid AGENT_STATUS: COMPLETE / Execute, 0 pending step(s), agent a1\n`);
  });

  it('exits 1 for an invalid block on stdin and prints file:line: key: message', async () => {
    const result = await runCli(['status', 'validate', '-'], { input: block('BLOCKED') });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('<stdin>:5: PENDING_STEPS: PLAN_STATUS is BLOCKED but no step is pending; expected at least one step');
  });

  it('--json reports validity, the status and the errors', async () => {
    const result = await runCli(['status', 'validate', '--json'], { input: block('DONE') });
    expect(result.code).toBe(1);
    const out = JSON.parse(result.stdout);
    expect(out.valid).toBe(false);
    expect(out.errors).toEqual([
      { line: 3, key: 'PLAN_STATUS', code: 'bad-status', message: expect.stringMatching(/^'DONE' is not a plan status/) },
    ]);
  });

  it('--previous with a status name checks the transition', async () => {
    const result = await runCli(['status', 'validate', '--previous', 'PENDING_APPROVAL', '-'], { input: block('COMPLETE') });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('<stdin>:3: PLAN_STATUS: PENDING_APPROVAL -> COMPLETE is not allowed');
    expect((await runCli(['status', 'validate', '--previous', 'APPROVED_EXECUTING', '-'], { input: block('COMPLETE') })).code).toBe(0);
  });

  it('--previous with a file reads the status from its block', async () => {
    const previous = join(dir, 'previous.md');
    writeFileSync(previous, block('COMPLETE'));
    const result = await runCli(['status', 'validate', '--previous', previous, '-'], {
      input: block('APPROVED_EXECUTING', '["x"]'),
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('PLAN_STATUS: the previous status was COMPLETE, which is terminal');
  });

  it('usage errors and unreadable files exit 2 (nothing to judge, unlike 1: invalid) without a stack trace', async () => {
    const bad = await runCli(['status', 'validate', '--previous', 'SOMETHING', '-'], { input: block('COMPLETE') });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      "execguard status: --previous: 'SOMETHING' is neither a status (INVESTIGATING, PENDING_APPROVAL, APPROVED_EXECUTING, COMPLETE, BLOCKED, NEEDS_INPUT) nor a file\n",
    );
    const missing = await runCli(['status', 'validate', join(dir, 'nope.md')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^execguard status: cannot read .*nope\.md: ENOENT\n$/);
    expect((await runCli(['status', 'check'])).stderr).toMatch(/^execguard status: unknown action 'check'/);
  });
});
