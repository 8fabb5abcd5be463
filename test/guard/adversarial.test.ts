// The adversarial case set (test/fixtures/adversarial-cases.txt, written independently of the rule
// tests) run in-process through evaluate(): fast feedback for rule and analysis changes. The hook
// and `execguard check` run the same set as processes in test/hooks/check-parity.e2e.test.ts.
import { describe, expect, it } from 'vitest';
import { parseApproval } from '../../src/approval/scope.js';
import { evaluate } from '../../src/guard/evaluate.js';
import { loadAdversarialCases } from '../helpers/adversarial-cases.js';

const cases = loadAdversarialCases();

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
