// The reader's last step (readPrompt: from the sentences' readings to one answer and its scope),
// row by row: a prompt in, a reading out. Rows found by mutation testing (docs/development.md,
// "Mutation testing"): each is a reading no other test pinned, most of them a grant that would
// otherwise widen without a test failing.
import { describe, expect, it } from 'vitest';
import { type PromptKind, readPrompt } from '../../src/approval/scope.js';

type Scope = { destroy?: boolean; delete?: boolean; forcePush?: boolean; environments?: string[] };
type Row = [prompt: string, pending: boolean, kind: PromptKind, scope?: Scope];

const read = (text: unknown, pending = true) => readPrompt(text, { pending });

describe('a restriction, a veto or a second mention takes a scope word back', () => {
  const rows: Row[] = [
    // "…, but never on weekends": a restriction the grant cannot hold takes the word before it back.
    ['Yes, destroy it, but not during business hours.', true, 'approval', { destroy: false }],
    ['Yes, delete the old pods, but never on weekends.', true, 'approval', { delete: false }],
    // A negated mention anywhere wins over a positive one elsewhere.
    ['Approved. Delete the old pods. Do not delete the volumes.', true, 'approval', { delete: false }],
    ['Approved, force push feature/x. Do not force push main.', true, 'approval', { forcePush: false }],
    // A negation anywhere in the clause of a database drop: not granted.
    ['Yes, drop the old table that is not used anymore.', true, 'approval', { delete: false, destroy: false }],
    // Every environment excluded: nothing is left to approve.
    ['Approved, but not dev, not staging and not prod.', true, 'statement'],
    ['Approved, but not in dev. Not in staging. Not in prod.', true, 'statement'],
  ];
  it.each(rows)('%j (pending %s) is %s', (prompt, pending, kind, scope) => {
    const r = read(prompt, pending);
    expect(r.kind).toBe(kind);
    if (scope) expect(r.scope).toMatchObject(scope);
  });
});

describe("the user's own question about one scope word", () => {
  const rows: Row[] = [
    // "destroy? no.": the "no" answers the user's own question, not the request.
    ['Approved. Destroy? No.', true, 'approval', { destroy: false }],
    ['Destroy? No.', true, 'question'],
    // …and never turns into praise that approves without a pending request.
    ['Destroy? No. Go ahead.', false, 'statement'],
    // "if so, hold that back" holds the word the question asked about; without that question it is a condition.
    ['Approved. Should it destroy the old ASG? If so, hold that back.', true, 'approval', { destroy: false }],
    ['Approved. If so, hold that back.', true, 'condition'],
    // A doubt about a destructive word before any approval reopens the change.
    ['Do we really need to destroy the old ASG? Approved.', true, 'question'],
    ['Thanks. Do we really need to destroy the old ASG? Approved.', true, 'question'],
    // "… go anyway" after a question says the approval stands; "anyway" in a sentence that approves nothing does not.
    ['Will it cause downtime? Just curious, go anyway.', true, 'approval'],
    ['Thanks. Will it cause downtime? Just curious, go anyway.', true, 'approval'],
    ['Approved. Will it cause downtime? I want to know anyway.', true, 'question'],
    // Only an approval after the question says it stands.
    ['Approved anyway. Will it cause downtime?', true, 'question'],
  ];
  it.each(rows)('%j (pending %s) is %s', (prompt, pending, kind, scope) => {
    const r = read(prompt, pending);
    expect(r.kind).toBe(kind);
    if (scope) expect(r.scope).toMatchObject(scope);
  });
});

describe('a deferral, and a bare "ok" that only a narrowing makes an answer', () => {
  const rows: Row[] = [
    // A deferral about the change as a whole after an approving sentence: nothing is approved.
    ['Yes. Apply it, but wait until tomorrow.', true, 'deferral'],
    // "ok, prod later": the veto of one environment makes the bare "ok" an answer for the others.
    ['ok, prod later', true, 'approval', { environments: ['dev', 'staging'] }],
    // Only a bare "ok" / "fine": a sentence that ends in one is no answer.
    ['The diff is fine, but not prod.', true, 'statement'],
  ];
  it.each(rows)('%j (pending %s) is %s', (prompt, pending, kind, scope) => {
    const r = read(prompt, pending);
    expect(r.kind).toBe(kind);
    if (scope) expect(r.scope).toMatchObject(scope);
  });
});

describe('what the prompt is, and what the agent is told', () => {
  const rows: [prompt: string, pending: boolean, kind: PromptKind, why: RegExp][] = [
    // A continuation keeps a grant in force: only a prompt that is nothing but one.
    ['Continue. Then fix the README typo.', true, 'statement', /nothing in the prompt approves/],
    ['LGTM. Fix the deploy script.', false, 'statement', /praise without a presented plan/],
    ['User said: "looks fine". Execute the plan.', true, 'reported', /quoted or attribute/],
    ['Approved, but not on qa.', true, 'statement', /excludes an environment/],
    // An environment the grant cannot name, or a target named by another word: no grant for every environment.
    ['Yes, canary only.', true, 'statement', /nothing in the prompt approves/],
    ['Approved, apply on the main cluster.', true, 'statement', /nothing in the prompt approves/],
    ['Approved.', true, 'approval', /^approval$/],
  ];
  it.each(rows)('%j (pending %s) is %s', (prompt, pending, kind, why) => {
    const r = read(prompt, pending);
    expect(r.kind).toBe(kind);
    expect(r.why).toMatch(why);
  });

  it('a named environment next to another target word is still that environment', () => {
    expect(read('Approved for dev on the main cluster.').scope).toMatchObject({ affirmed: true, environments: ['dev'] });
  });

  it('a value that is not text reads as empty', () => {
    for (const value of [undefined, null, 42, {}]) expect(read(value).kind).toBe('empty');
  });

  it('a prompt of the longest readable length is read; one character more is not, and the agent is told why', () => {
    const longest = `Approved.${' '.repeat(20_000 - 'Approved.'.length)}`;
    expect(read(longest).kind).toBe('approval');
    const tooLong = read(`${longest} `);
    expect(tooLong.kind).toBe('statement');
    expect(tooLong.why).toMatch(/longer than 20000 characters; approve in a short prompt of its own/);
  });
});
