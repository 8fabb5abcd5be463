// The prompt reader's decisions, by kind, and what it tells the agent.
import { describe, expect, it } from 'vitest';
import { readPrompt, type PromptKind } from '../../src/approval/scope.js';

const kind = (text: string, pending = true) => readPrompt(text, { pending }).kind;

describe('readPrompt: what the prompt is', () => {
  const cases: [string, PromptKind][] = [
    ['Approved.', 'approval'],
    ['Can you apply it', 'question'],
    ['what would the plan look like', 'question'],
    ['Sure, what would the plan look like?', 'question'],
    ['If the plan has no destroys, you can apply.', 'condition'],
    ['Apply it once CI is green.', 'condition'],
    ['Approve later.', 'deferral'],
    ['Hold off.', 'deferral'],
    ['Looks good, but first run the tests.', 'precondition'],
    ['show me the destroy list first', 'precondition'],
    ["He said 'approved'.", 'reported'],
    ['The security team approved it.', 'reported'],
    ['Use t3.large instead.', 'different-plan'],
    ['No.', 'refusal'],
    ['continue', 'continuation'],
    ['Fix the deploy script', 'request'],
    ['The deploy failed yesterday.', 'reported'],
    ['Interesting.', 'statement'],
    ['', 'empty'],
  ];
  it.each(cases)('%j is %s', (text, expected) => {
    expect(kind(text)).toBe(expected);
  });

  it('tells the agent why a prompt is not an approval and what to do', () => {
    expect(readPrompt('Can you apply it?', { pending: true }).why).toBe(
      'not an approval: the prompt is a question; answer it, present the plan and ask for approval',
    );
    expect(readPrompt('Apply the infra folder.', { pending: false }).why).toMatch(
      /request, not an approval; plan the change, present it, end with PLAN_STATUS: PENDING_APPROVAL/,
    );
  });

  it('a request is an answer only when the agent asked', () => {
    expect(kind('Apply the infra folder.', false)).toBe('request');
    expect(kind('Apply the infra folder.', true)).toBe('approval');
    expect(kind('yes', false)).toBe('statement');
    expect(kind('yes', true)).toBe('approval');
  });

  it('words in quotes never widen the scope or approve', () => {
    const r = readPrompt('Approved. Use the commit message "feat: destroy old vpc, force push".', { pending: true });
    expect(r.kind).toBe('approval');
    expect(r.scope).toMatchObject({ destroy: false, forcePush: false });
    expect(kind('"Approved."')).not.toBe('approval');
  });

  it('negation is scoped to its clause', () => {
    expect(readPrompt('Approved, but do not destroy anything in prod.', { pending: true }).scope).toMatchObject({
      affirmed: true,
      destroy: false,
      environments: ['dev', 'staging'],
    });
    expect(readPrompt("Yes, tear down dev, don't touch prod.", { pending: true }).scope).toMatchObject({
      affirmed: true,
      destroy: true,
      environments: ['dev'],
    });
  });

  it('accepts any input without throwing', () => {
    for (const value of [undefined, null, 42, {}, 'x'.repeat(100_000), '"'.repeat(5000), `${'Approved, '.repeat(3000)}?`]) {
      expect(() => readPrompt(value, { pending: true })).not.toThrow();
    }
    expect(kind(`${'Approved, '.repeat(3000)}?`)).toBe('statement');
    expect(kind(`${'Approved, '.repeat(3000)}`)).toBe('statement');
  });
});
