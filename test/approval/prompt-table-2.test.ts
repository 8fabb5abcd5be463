// The second-edition table (GUARD-RULES.md, "Approvals, second edition"): every row read by the
// reader both ways (answering a presented plan and with nothing presented) in one loop, with one
// assertion listing every failing row; then a sample through the hook entry point with the probes a
// false grant would let through. Acceptance (issue 18, point 6): zero false grants, refusals read
// as refusals, and at most 3% of the approvals missed.
import { describe, expect, it } from 'vitest';
import { scaled } from '../helpers/timeouts.js';
import { PROMPTS_2 } from './prompt-table-2.js';
import { judge, summary } from './support/judge.js';
import { itThroughHooks, throughHooks } from './support/through-hooks.js';

describe('the second-edition table', () => {
  it('has at least 300 prompts, each once', () => {
    expect(PROMPTS_2.length).toBeGreaterThanOrEqual(300);
    expect(new Set(PROMPTS_2.map((r) => r[0])).size).toBe(PROMPTS_2.length);
  });

  it('read by the reader: no false grant, every refusal read, at most 3% of the approvals missed', () => {
    const v = judge(PROMPTS_2);
    console.log(summary('approval table 2', PROMPTS_2, v));
    expect([...v.falseGrants, ...v.unrefused]).toEqual([]);
    expect(v.missed.length / v.approvals).toBeLessThanOrEqual(0.03);
  });

  itThroughHooks(
    'a sample through the hooks (in-process): no probe beyond the row, refusals reported',
    async () => {
      const { cases, failures } = await throughHooks(PROMPTS_2, 16);
      expect(cases).toBeGreaterThanOrEqual(30);
      expect(failures).toEqual([]);
    },
    scaled(300_000),
  );
});
