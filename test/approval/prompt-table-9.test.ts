// The ninth table (issue 18, point 6), written blind on the classes point 6 names (five languages,
// pasted logs and quotes, environment lists, clause-local vetoes, first-person statements, sarcasm,
// leading emoji): at least 300 new prompts, none in the earlier tables (compared mechanically
// against every export of them), read by the reader both ways in one loop. The summary lists every
// failing row; the assertions are the acceptance: no false grant, every refusal read as
// one, at most 3% of the approvals missed.
import { describe, expect, it } from 'vitest';
import * as table1 from './prompt-table.js';
import * as table2 from './prompt-table-2.js';
import * as table3 from './prompt-table-3.js';
import * as table4 from './prompt-table-4.js';
import * as table5 from './prompt-table-5.js';
import * as table6 from './prompt-table-6.js';
import * as table7 from './prompt-table-7.js';
import { PROMPTS_9, PROMPTS_9_PROBES } from './prompt-table-9.js';
import { judge, summary } from './support/judge.js';

/** Every prompt any earlier table exports (rows or plain prompt lists), whatever its export is called. */
const earlierPrompts = (): string[] =>
  [table1, table2, table3, table4, table5, table6, table7]
    .flatMap((m) => Object.values(m as Record<string, unknown>))
    .filter((v): v is unknown[] => Array.isArray(v))
    .flat()
    .map((r) => (typeof r === 'string' ? r : Array.isArray(r) && typeof r[0] === 'string' ? r[0] : ''))
    .filter(Boolean);

describe('the ninth table (written blind, the classes of point 6), read by the reader', () => {
  it('has at least 300 prompts, each once, none of them in the earlier tables', () => {
    const earlier = new Set(earlierPrompts().map((p) => p.toLowerCase()));
    expect(earlier.size).toBeGreaterThan(300);
    expect(PROMPTS_9.length).toBeGreaterThanOrEqual(300);
    const seen = new Map<string, number>();
    for (const [p] of PROMPTS_9) seen.set(p.toLowerCase(), (seen.get(p.toLowerCase()) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1).map(([p]) => p)).toEqual([]);
    expect(PROMPTS_9.filter((r) => earlier.has(r[0].toLowerCase())).map((r) => r[0])).toEqual([]);
  });

  it('grants nothing it should not, reads every refusal, and misses at most 3% of the approvals', () => {
    const v = judge(PROMPTS_9);
    console.log(summary('approval table 9 (blind, the classes of point 6)', PROMPTS_9, v));
    expect([...v.falseGrants, ...v.unrefused]).toEqual([]);
    expect(v.missed.length / v.approvals).toBeLessThanOrEqual(0.03);
  });

  it('has probes for the readings added for it, none of them in any table', () => {
    const seen = new Set([...earlierPrompts(), ...PROMPTS_9.map((r) => r[0])].map((p) => p.toLowerCase()));
    expect(PROMPTS_9_PROBES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(PROMPTS_9_PROBES.map((r) => r[0].toLowerCase())).size).toBe(PROMPTS_9_PROBES.length);
    expect(PROMPTS_9_PROBES.filter((r) => seen.has(r[0].toLowerCase())).map((r) => r[0])).toEqual([]);
  });

  it('the probes of the new readings: no false grant, every refusal read, every approval read', () => {
    const v = judge(PROMPTS_9_PROBES);
    console.log(summary('approval table 9, probes', PROMPTS_9_PROBES, v));
    expect([...v.falseGrants, ...v.unrefused, ...v.missed]).toEqual([]);
  });
});
