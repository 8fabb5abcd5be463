// The third table (issue 18, point 6: "at least 300 new prompts, 0 false grants, at most 3% missed
// approvals"). Every row is read by the reader both ways in one loop, with one assertion that lists
// every failing row; a sample goes through the hook entry point with the probes a false grant would
// let through. The blind round (written after the reader was fixed, measured before fixing again)
// holds to no false grant; its missed approvals are printed, they estimate the hidden corpora.
import { describe, expect, it } from 'vitest';
import { scaled } from '../helpers/timeouts.js';
import { PROMPTS } from './prompt-table.js';
import { PROMPTS_2 } from './prompt-table-2.js';
import { PROMPTS_3, PROMPTS_3_BLIND, PROMPTS_3_PROBES, PROMPTS_3_ROUND_3 } from './prompt-table-3.js';
import { judge, summary } from './support/judge.js';
import { itThroughHooks, throughHooks } from './support/through-hooks.js';

describe('the third table (written blind), read by the reader', () => {
  it('has at least 300 prompts, none of them in the earlier tables, and a blind round of its own', () => {
    const earlier = new Set([...PROMPTS, ...PROMPTS_2].map((r) => r[0].toLowerCase()));
    const rows = [...PROMPTS_3, ...PROMPTS_3_BLIND, ...PROMPTS_3_ROUND_3, ...PROMPTS_3_PROBES];
    expect(PROMPTS_3.length).toBeGreaterThanOrEqual(300);
    expect(PROMPTS_3_BLIND.length).toBeGreaterThanOrEqual(100);
    expect(new Set(rows.map((r) => r[0])).size).toBe(rows.length);
    expect(rows.filter((r) => earlier.has(r[0].toLowerCase())).map((r) => r[0])).toEqual([]);
  });

  it('grants nothing it should not, reads every refusal, and misses at most 3% of the approvals', () => {
    const v = judge(PROMPTS_3);
    console.log(summary('approval table 3', PROMPTS_3, v));
    expect([...v.falseGrants, ...v.unrefused]).toEqual([]);
    expect(v.missed.length / v.approvals).toBeLessThanOrEqual(0.03);
  });

  it.each([
    ['blind round two', PROMPTS_3_BLIND],
    ['blind round three', PROMPTS_3_ROUND_3],
  ] as const)('%s: no false grant, every refusal read (missed approvals are printed)', (name, rows) => {
    const v = judge(rows);
    console.log(summary(`approval table 3, ${name}`, rows, v));
    expect([...v.falseGrants, ...v.unrefused]).toEqual([]);
    expect(v.approvals).toBeGreaterThan(0);
  });

  it('the probes against the new readings: no false grant, every refusal read', () => {
    const v = judge(PROMPTS_3_PROBES);
    console.log(summary('approval table 3, probes', PROMPTS_3_PROBES, v));
    expect([...v.falseGrants, ...v.unrefused]).toEqual([]);
  });
});

describe('the third table, a sample through the hooks (in-process)', () => {
  itThroughHooks(
    'records and enforces what the reader read: no probe beyond the row, refusals reported',
    async () => {
      const { cases, failures } = await throughHooks([...PROMPTS_3, ...PROMPTS_3_BLIND, ...PROMPTS_3_ROUND_3, ...PROMPTS_3_PROBES], 24);
      expect(cases).toBeGreaterThanOrEqual(46);
      expect(failures).toEqual([]);
    },
    scaled(300_000),
  );
});
