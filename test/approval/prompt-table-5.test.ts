// The fifth table (issue 18, point 6), written blind: at least 300 new prompts, none in the earlier
// tables (compared mechanically against every export of them), read by the reader both ways in one
// loop. The summary lists every failing row; the assertions are the acceptance: no false
// grant, every refusal read as one, at most 3% of the approvals missed.
import { describe, expect, it } from 'vitest';
import { scaled } from '../helpers/timeouts.js';
import * as table1 from './prompt-table.js';
import * as table2 from './prompt-table-2.js';
import * as table3 from './prompt-table-3.js';
import * as table4 from './prompt-table-4.js';
import { PROMPTS_5, PROMPTS_5_PROBES } from './prompt-table-5.js';
import { judge, summary } from './support/judge.js';
import { itThroughHooks, throughHooks } from './support/through-hooks.js';

/** Every prompt any earlier table exports (rows or plain prompt lists), whatever its export is called. */
const earlierPrompts = (): string[] =>
  [table1, table2, table3, table4]
    .flatMap((m) => Object.values(m as Record<string, unknown>))
    .filter((v): v is unknown[] => Array.isArray(v))
    .flat()
    .map((r) => (typeof r === 'string' ? r : Array.isArray(r) && typeof r[0] === 'string' ? r[0] : ''))
    .filter(Boolean);

describe('the fifth table (written blind), read by the reader', () => {
  it('has at least 300 prompts, each once, none of them in the earlier tables', () => {
    const earlier = new Set(earlierPrompts().map((p) => p.toLowerCase()));
    expect(earlier.size).toBeGreaterThan(300);
    expect(PROMPTS_5.length).toBeGreaterThanOrEqual(300);
    expect(new Set(PROMPTS_5.map((r) => r[0].toLowerCase())).size).toBe(PROMPTS_5.length);
    expect(PROMPTS_5.filter((r) => earlier.has(r[0].toLowerCase())).map((r) => r[0])).toEqual([]);
  });

  it('grants nothing it should not, reads every refusal, and misses at most 3% of the approvals', () => {
    const v = judge(PROMPTS_5);
    console.log(summary('approval table 5 (blind)', PROMPTS_5, v));
    expect([...v.falseGrants, ...v.unrefused]).toEqual([]);
    expect(v.missed.length / v.approvals).toBeLessThanOrEqual(0.03);
  });

  it('has probes for the readings added for it, none of them in any table', () => {
    const seen = new Set([...earlierPrompts(), ...PROMPTS_5.map((r) => r[0])].map((p) => p.toLowerCase()));
    expect(PROMPTS_5_PROBES.length).toBeGreaterThanOrEqual(50);
    expect(new Set(PROMPTS_5_PROBES.map((r) => r[0].toLowerCase())).size).toBe(PROMPTS_5_PROBES.length);
    expect(PROMPTS_5_PROBES.filter((r) => seen.has(r[0].toLowerCase())).map((r) => r[0])).toEqual([]);
  });

  it('the probes of the new readings: no false grant, every refusal read, every approval read', () => {
    const v = judge(PROMPTS_5_PROBES);
    console.log(summary('approval table 5, probes', PROMPTS_5_PROBES, v));
    expect([...v.falseGrants, ...v.unrefused, ...v.missed]).toEqual([]);
  });
});

describe('the fifth table, a sample through the hooks (in-process)', () => {
  itThroughHooks(
    'records and enforces what the reader read: no probe beyond the row, refusals reported',
    async () => {
      const { cases, failures } = await throughHooks([...PROMPTS_5, ...PROMPTS_5_PROBES], 24);
      expect(cases).toBeGreaterThanOrEqual(46);
      expect(failures).toEqual([]);
    },
    scaled(300_000),
  );
});
