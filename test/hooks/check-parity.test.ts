// An adversarial case set written independently of the rule tests (test/fixtures/
// adversarial-cases.txt), run the two ways a user meets the guard: `execguard check --json` with
// the case's approval, and the PreToolUse hook process in a session whose user prompt was that
// approval. Every case must get its expected verdict, and the hook must agree with check.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.js';
import { bashInput, cliBundle, permission, promptInput, repoRoot, runHook, runNode } from './support/hook-process.js';

const GENERIC = 'User approved. Execute the plan.';

interface Case {
  expect: 'deny' | 'allow';
  approval: string | null;
  command: string;
}

function loadCases(): Case[] {
  const text = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'adversarial-cases.txt'), 'utf8');
  return text
    .split('\n%%\n')
    .filter((chunk) => !chunk.startsWith('#'))
    .map((chunk) => {
      const lines = chunk.replace(/\n$/, '').split('\n');
      const kind = lines.shift()!.trim();
      let approval: string | null = GENERIC;
      if (lines[0]?.startsWith('approval: ')) {
        const value = lines.shift()!.slice('approval: '.length);
        approval = value === '-' ? null : value;
      }
      return { expect: kind === 'B' ? 'deny' : 'allow', approval, command: lines.join('\n') } as Case;
    });
}

/** Runs `work` over items, `width` at a time. */
async function pool<T, R>(items: T[], width: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]);
    }
  }));
  return results;
}

const cases = loadCases();
const home = tempDir('execguard-parity-home-');
const env = { EXECGUARD_HOME: home, CLAUDE_PLUGIN_ROOT: repoRoot };
const approvals = [...new Set(cases.map((c) => c.approval))];
const sessionOf = (approval: string | null) => `parity-${approvals.indexOf(approval)}`;
let verdicts: { check: string; hook: string }[] = [];

beforeAll(async () => {
  // The user's prompt records the grant for its session; the "no approval" session gets none.
  for (const approval of approvals) {
    if (approval !== null) await runHook('user-prompt-submit', promptInput(approval, { session_id: sessionOf(approval), cwd: repoRoot }), env, repoRoot);
  }
  verdicts = await pool(cases, 6, async (c) => {
    const args = [cliBundle, 'check', '--json', ...(c.approval === null ? [] : ['--approval', c.approval]), '--', c.command];
    const [check, hook] = await Promise.all([
      runNode(args, '', env, repoRoot),
      runHook('pre-tool-use', bashInput(c.command, { session_id: sessionOf(c.approval), cwd: repoRoot }), env, repoRoot),
    ]);
    return { check: check.json?.decision ?? `unparsed: ${check.stdout}${check.stderr}`, hook: permission(hook) };
  });
}, 300_000);

describe(`independent adversarial cases (${cases.length})`, () => {
  it('has both must-block and must-allow cases', () => {
    expect(cases.filter((c) => c.expect === 'deny').length).toBeGreaterThan(100);
    expect(cases.filter((c) => c.expect === 'allow').length).toBeGreaterThan(100);
  });

  it.each(cases.map((c, i) => [i, c.expect, c.command.split('\n')[0].slice(0, 70), c] as const))('#%i must %s: %s', (i, _e, _s, c) => {
    expect(verdicts[i].check, `execguard check on ${JSON.stringify(c.command)} (approval: ${c.approval})`).toBe(c.expect);
    expect(verdicts[i].hook, `hook on ${JSON.stringify(c.command)}`).toBe(verdicts[i].check);
  });
});
