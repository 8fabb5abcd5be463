// The sixth table (issue 18, point 6), written blind in the hidden evaluator's seat: at least 300
// new prompts, none in the earlier tables (compared mechanically against every export of the first
// four), read by the reader both ways in one loop. The summary lists every failing row; the
// assertions are the acceptance: no false grant, every refusal read as one, at most 3% of
// the approvals missed.
import { describe, expect, it } from 'vitest';
import * as table1 from './prompt-table.js';
import * as table2 from './prompt-table-2.js';
import * as table3 from './prompt-table-3.js';
import * as table4 from './prompt-table-4.js';
import { PROMPTS_6, PROMPTS_6_PROBES } from './prompt-table-6.js';
import { judge, summary } from './support/judge.js';

/** The prompt text of every row (or plain string) any earlier table exports, whatever the export is called. */
const earlierPrompts = (): string[] =>
  [table1, table2, table3, table4]
    .flatMap((table) => Object.values(table) as unknown[])
    .filter(Array.isArray)
    .flat()
    .map((entry) => (typeof entry === 'string' ? entry : (entry as [string])[0]));

describe('the sixth table (written blind), read by the reader', () => {
  it('has at least 300 prompts, each once, none of them in the earlier tables', () => {
    const earlier = new Set(earlierPrompts().map((p) => p.toLowerCase()));
    expect(earlier.size).toBeGreaterThan(1000);
    expect(PROMPTS_6.length).toBeGreaterThanOrEqual(300);
    expect(new Set(PROMPTS_6.map((r) => r[0].toLowerCase())).size).toBe(PROMPTS_6.length);
    expect(PROMPTS_6.filter((r) => earlier.has(r[0].toLowerCase())).map((r) => r[0])).toEqual([]);
  });

  it('grants nothing it should not, reads every refusal, and misses at most 3% of the approvals', () => {
    const v = judge(PROMPTS_6);
    console.log(summary('approval table 6 (blind)', PROMPTS_6, v));
    expect([...v.falseGrants, ...v.unrefused]).toEqual([]);
    expect(v.missed.length / v.approvals).toBeLessThanOrEqual(0.03);
  });

  it('reads the probes of round six: no false grant, every refusal read, every approval read', () => {
    expect(new Set(PROMPTS_6_PROBES.map((r) => r[0].toLowerCase())).size).toBe(PROMPTS_6_PROBES.length);
    const table = new Set(PROMPTS_6.map((r) => r[0].toLowerCase()));
    expect(PROMPTS_6_PROBES.filter((r) => table.has(r[0].toLowerCase())).map((r) => r[0])).toEqual([]);
    const v = judge(PROMPTS_6_PROBES);
    console.log(summary('approval table 6, probes', PROMPTS_6_PROBES, v));
    expect([...v.falseGrants, ...v.unrefused, ...v.missed]).toEqual([]);
  });
});
