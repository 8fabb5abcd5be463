// The eighth table (issue 18, point 6), written blind in the seat of the hidden 200-prompt corpus
// (everyday messages in a Claude Code session, answering a presented plan or typed with nothing
// presented): at least 320 new prompts, none in the earlier tables (compared mechanically against
// every export of tables 1 to 7), read by the reader both ways in one loop. The summary lists every
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
import { PROMPTS_8, PROMPTS_8_PROBES } from './prompt-table-8.js';
import { judge, summary } from './support/judge.js';

/** Every prompt any earlier table exports (rows or plain prompt lists), whatever its export is called. */
const earlierPrompts = (): string[] =>
  [table1, table2, table3, table4, table5, table6, table7]
    .flatMap((m) => Object.values(m as Record<string, unknown>))
    .filter((v): v is unknown[] => Array.isArray(v))
    .flat()
    .map((r) => (typeof r === 'string' ? r : Array.isArray(r) && typeof r[0] === 'string' ? r[0] : ''))
    .filter(Boolean);

describe('the eighth table (written blind, everyday session messages), read by the reader', () => {
  it('has at least 320 prompts, each once, none of them in the earlier tables', () => {
    const earlier = new Set(earlierPrompts().map((p) => p.toLowerCase()));
    expect(earlier.size).toBeGreaterThan(300);
    expect(PROMPTS_8.length).toBeGreaterThanOrEqual(320);
    const seen = new Map<string, number>();
    for (const [p] of PROMPTS_8) seen.set(p.toLowerCase(), (seen.get(p.toLowerCase()) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1).map(([p]) => p)).toEqual([]);
    expect(PROMPTS_8.filter((r) => earlier.has(r[0].toLowerCase())).map((r) => r[0])).toEqual([]);
  });

  it('grants nothing it should not, reads every refusal, and misses at most 3% of the approvals', () => {
    const v = judge(PROMPTS_8);
    console.log(summary('approval table 8 (blind, everyday session messages)', PROMPTS_8, v));
    expect([...v.falseGrants, ...v.unrefused]).toEqual([]);
    expect(v.missed.length / v.approvals).toBeLessThanOrEqual(0.03);
  });

  it('has probes for the readings added for it, none of them in any table', () => {
    const seen = new Set([...earlierPrompts(), ...PROMPTS_8.map((r) => r[0])].map((p) => p.toLowerCase()));
    expect(PROMPTS_8_PROBES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(PROMPTS_8_PROBES.map((r) => r[0].toLowerCase())).size).toBe(PROMPTS_8_PROBES.length);
    expect(PROMPTS_8_PROBES.filter((r) => seen.has(r[0].toLowerCase())).map((r) => r[0])).toEqual([]);
  });

  it('the probes of the new readings: no false grant, every refusal read, every approval read', () => {
    const v = judge(PROMPTS_8_PROBES);
    console.log(summary('approval table 8, probes', PROMPTS_8_PROBES, v));
    expect([...v.falseGrants, ...v.unrefused, ...v.missed]).toEqual([]);
  });
});
