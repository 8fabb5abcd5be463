// The fourth table (issue 18, point 6), written blind in the hidden evaluator's seat: at least 300
// new prompts, none in the earlier tables (compared mechanically), read by the reader both ways in
// one loop. The summary lists every failing row; the assertions are the acceptance: no false
// grant, every refusal read as one, at most 3% of the approvals missed.
import { describe, expect, it } from 'vitest';
import { scaled } from '../helpers/timeouts.js';
import { PROMPTS } from './prompt-table.js';
import { PROMPTS_2 } from './prompt-table-2.js';
import * as table3 from './prompt-table-3.js';
import { PROMPTS_4, PROMPTS_4_PROBES } from './prompt-table-4.js';
import type { Row } from './prompt-table.js';
import { judge, summary } from './support/judge.js';
import { itThroughHooks, throughHooks } from './support/through-hooks.js';

/** Every row any earlier table exports, whatever its export is called. */
const earlierRows = (): Row[] => [...PROMPTS, ...PROMPTS_2, ...Object.values(table3).flat()];

describe('the fourth table (written blind), read by the reader', () => {
  it('has at least 300 prompts, each once, none of them in the earlier tables', () => {
    const earlier = new Set(earlierRows().map((r) => r[0].toLowerCase()));
    expect(PROMPTS_4.length).toBeGreaterThanOrEqual(300);
    expect(new Set(PROMPTS_4.map((r) => r[0].toLowerCase())).size).toBe(PROMPTS_4.length);
    expect(PROMPTS_4.filter((r) => earlier.has(r[0].toLowerCase())).map((r) => r[0])).toEqual([]);
  });

  it('has probes for the readings added for it, none of them in any table', () => {
    const seen = new Set([...earlierRows(), ...PROMPTS_4].map((r) => r[0].toLowerCase()));
    expect(PROMPTS_4_PROBES.length).toBeGreaterThanOrEqual(50);
    expect(new Set(PROMPTS_4_PROBES.map((r) => r[0].toLowerCase())).size).toBe(PROMPTS_4_PROBES.length);
    expect(PROMPTS_4_PROBES.filter((r) => seen.has(r[0].toLowerCase())).map((r) => r[0])).toEqual([]);
  });

  it('grants nothing it should not, reads every refusal, and misses at most 3% of the approvals', () => {
    const v = judge(PROMPTS_4);
    console.log(summary('approval table 4 (blind)', PROMPTS_4, v));
    expect([...v.falseGrants, ...v.unrefused]).toEqual([]);
    expect(v.missed.length / v.approvals).toBeLessThanOrEqual(0.03);
  });

  it('the probes of the new readings: no false grant, every refusal read, every approval read', () => {
    const v = judge(PROMPTS_4_PROBES);
    console.log(summary('approval table 4, probes', PROMPTS_4_PROBES, v));
    expect([...v.falseGrants, ...v.unrefused, ...v.missed]).toEqual([]);
  });
});

describe('the fourth table, a sample through the hooks (in-process)', () => {
  itThroughHooks(
    'records and enforces what the reader read: no probe beyond the row, refusals reported',
    async () => {
      const { cases, failures } = await throughHooks([...PROMPTS_4, ...PROMPTS_4_PROBES], 24);
      expect(cases).toBeGreaterThanOrEqual(46);
      expect(failures).toEqual([]);
    },
    scaled(300_000),
  );
});
