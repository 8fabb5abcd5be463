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

describe('readPrompt, second edition (docs/guard-rules.md, "Approvals, second edition")', () => {
  const read = (text: string, pending = true) => readPrompt(text, { pending });

  it('a question, condition or deferral about one scope word takes only that word out', () => {
    expect(read('Ship it to staging; prod waits for Monday.').scope).toMatchObject({ affirmed: true, environments: ['staging'] });
    expect(read("ok apply, I'll handle the destroy myself later").scope).toMatchObject({ affirmed: true, destroy: false });
    expect(read('Apply to staging. Prod too?').scope).toMatchObject({ affirmed: true, environments: ['staging'] });
    expect(read('Yes, roll it out to staging now and prod on Thursday.').scope).toMatchObject({ environments: ['staging'] });
    // About the change as a whole: the prompt is not an approval.
    expect(kind('Apply prod later.')).toBe('deferral');
    expect(kind('If staging looks fine, go ahead with prod.')).toBe('condition');
    expect(kind('Approved. Why does it replace the database though?')).toBe('question');
  });

  it('a follow-up question changes nothing', () => {
    expect(kind('Approved, go ahead. How long will the apply take?', false)).toBe('approval');
  });

  it('environment lists approve exactly the named environments', () => {
    expect(read('dev: yes. staging: yes. prod: no.').scope.environments).toEqual(['dev', 'staging']);
    expect(read('Approved everywhere except production.', false).scope.environments).toEqual(['dev', 'staging']);
    expect(read('Sí, solo dev.').scope.environments).toEqual(['dev']);
    expect(read('はい、本番以外で進めてください。').scope.environments).toEqual(['dev', 'staging']);
    expect(kind('dev: no, staging: no, prod: no')).not.toBe('approval');
  });

  it('irony grants nothing and says why', () => {
    const r = read('oh sure, destroy prod, great idea');
    expect(r.kind).toBe('statement');
    expect(r.why).toMatch(/sarcasm or irony/);
  });

  it('praise approves a presented plan, and without one says why it does not', () => {
    expect(kind('lgtm, nice work', true)).toBe('approval');
    expect(read('lgtm, nice work', false).why).toMatch(/praise without a presented plan/);
    expect(kind('LGTM, go ahead and apply.', false)).toBe('approval');
  });

  it('a request for a different plan behind praise is not an approval', () => {
    expect(kind('Looks good, but change the region to eu-west-1 and then apply.')).toBe('different-plan');
  });

  it('pasted logs and code blocks are data in both directions', () => {
    expect(kind('```\nError: apply denied\n```\nApproved, go ahead.')).toBe('approval');
    expect(kind('2024-06-01 12:00:01 WARN do not apply\nApproved.', false)).toBe('approval');
    expect(kind('```\napproved\n```')).toBe('statement');
  });

  it('first-person statements approve; reported speech does not', () => {
    expect(kind('I have reviewed plans/network.yaml and I approve it.', false)).toBe('approval');
    expect(kind('Approved by the user.', false)).toBe('approval');
    expect(kind('Approved by Maria in the change ticket')).toBe('reported');
  });

  it('reads approvals, refusals and scope words in five more languages', () => {
    for (const text of ['sí, adelante', 'ja, mach das', 'oui, vas-y', 'sim, pode aplicar', 'はい、進めてください'])
      expect(kind(text)).toBe('approval');
    for (const text of ['no', 'nein', 'non', 'não', 'いいえ']) expect(kind(text)).toBe('refusal');
    expect(read('Ja, zerstöre den dev-Stack.').scope).toMatchObject({ destroy: true, environments: ['dev'] });
    expect(read('Oui, détruis la stack de dev.').scope).toMatchObject({ destroy: true, environments: ['dev'] });
    expect(kind('Ja, aber erst morgen.')).toBe('deferral');
  });

  it('a leading 👍 or ✅ answers like yes', () => {
    expect(kind('👍')).toBe('approval');
    expect(kind('👍', false)).toBe('statement');
    expect(kind('✅ Approve and run')).toBe('approval');
  });
});
