// Every prompt of the table read by the reader both ways (with a pending request: the agent tried
// an apply, was denied, presented the plan and ended PLAN_STATUS: PENDING_APPROVAL; and without
// one) in one loop, with one assertion listing every failing row; then a sample through the hook
// entry point with the probes a false grant would let through. Zero false grants; missed approvals
// are counted and printed.
import { describe, expect, it } from 'vitest';
import { scaled } from '../helpers/timeouts.js';
import { CONTINUATIONS, PROMPTS } from './prompt-table.js';
import { judge, summary } from './support/judge.js';
import { PROBES, Session } from './support/session.js';
import { itThroughHooks, throughHooks } from './support/through-hooks.js';

describe('the prompt table', () => {
  it('has at least 250 prompts', () => {
    expect(PROMPTS.length).toBeGreaterThanOrEqual(250);
  });

  it('read by the reader: no false grant, every refusal read', () => {
    const v = judge(PROMPTS);
    console.log(summary('approval table', PROMPTS, v));
    expect([...v.falseGrants, ...v.unrefused]).toEqual([]);
  });

  itThroughHooks(
    'a sample through the hooks (in-process): no probe beyond the row, refusals reported',
    async () => {
      const { cases, failures } = await throughHooks(PROMPTS, 16);
      expect(cases).toBeGreaterThanOrEqual(30);
      expect(failures).toEqual([]);
    },
    scaled(300_000),
  );
});

describe('a plain continuation keeps the grant; anything else ends it', () => {
  it.each(CONTINUATIONS)('%j keeps an approval in force', async (prompt) => {
    const s = new Session();
    await s.askForApproval();
    await s.prompt('Approved.');
    expect(await s.allows(PROBES.apply)).toBe(true);
    await s.prompt(prompt);
    expect(await s.allows(PROBES.apply)).toBe(true);
  });

  it.each(['Now fix the README typo.', 'Thanks!', 'What else is in the repo?', 'ok'])('%j ends it', async (prompt) => {
    const s = new Session();
    await s.askForApproval();
    await s.prompt('Approved.');
    expect(await s.allows(PROBES.apply)).toBe(true);
    const context = await s.context(prompt);
    expect(await s.allows(PROBES.apply)).toBe(false);
    expect(context).toMatch(/has ended/);
  });
});
