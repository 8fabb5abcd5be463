// The adversarial case set (test/fixtures/adversarial-cases.txt, written independently of the rule
// tests) run in-process through evaluate(): fast feedback for rule and analysis changes. The hook
// and `execguard check` run the same set as processes in test/hooks/check-parity.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseApproval } from '../../src/approval/scope.js';
import { evaluate } from '../../src/guard/evaluate.js';

const GENERIC = 'User approved. Execute the plan.';

function loadCases(): { expect: 'deny' | 'allow'; approval: string | null; command: string }[] {
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
      return { expect: kind === 'B' ? 'deny' : 'allow', approval, command: lines.join('\n') } as const;
    });
}

const cases = loadCases();

describe('adversarial cases, in-process', () => {
  it('has the full set', () => {
    expect(cases.length).toBeGreaterThanOrEqual(312);
  });

  it.each(cases.map((c, i) => [i, c.expect, c.command.split('\n')[0].slice(0, 70), c] as const))(
    '#%i must %s: %s',
    async (_i, _e, _s, c) => {
      const d = await evaluate(c.command, { approval: c.approval === null ? null : parseApproval(c.approval) });
      expect(d.decision, d.reason).toBe(c.expect);
    },
  );
});
