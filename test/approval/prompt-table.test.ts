// Every prompt of the table through the hook entry point, in-process, as Claude Code would send
// it: with a pending request (the agent tried an apply, was denied, presented the plan and ended
// PLAN_STATUS: PENDING_APPROVAL) and without one. Then the probes a false grant would let through.
// Zero false grants; missed approvals are counted and printed.
import { afterAll, describe, expect, it } from 'vitest';
import { CONTINUATIONS, PROMPTS, type Meaning, type Row } from './prompt-table.js';
import { PROBES, type Probe, Session } from './support/session.js';

const ALL_ENVS = ['dev', 'staging', 'prod'] as const;

/** What the table says each probe may do after this prompt: true only where a grant is meant. */
function permitted(meaning: Meaning, scope: Row[3]): Record<Probe, boolean> {
  const ok = meaning === 'A';
  const envs = scope?.env?.length ? scope.env : [...ALL_ENVS];
  return {
    apply: ok,
    applyDev: ok && envs.includes('dev'),
    applyStaging: ok && envs.includes('staging'),
    applyProd: ok && envs.includes('prod'),
    destroy: ok && Boolean(scope?.destroy),
    prodDelete: ok && Boolean(scope?.delete) && envs.includes('prod'),
    forcePush: ok && Boolean(scope?.forcePush),
  };
}

const missed: string[] = [];
let cases = 0;

afterAll(() => {
  // The number the issue asks for: approvals the reader did not recognise (not failures).
  console.log(
    `approval table: ${cases} cases (${PROMPTS.length} prompts x 2), 0 false grants, ${missed.length} missed approvals${missed.length ? `:\n  ${missed.join('\n  ')}` : ''}`,
  );
});

describe('the prompt table, through the hooks (in-process)', () => {
  it('has at least 250 prompts', () => {
    expect(PROMPTS.length).toBeGreaterThanOrEqual(250);
  });

  for (const mode of ['pending', 'none'] as const) {
    describe(mode === 'pending' ? 'answering a pending request' : 'with no request pending', () => {
      it.each(PROMPTS.map((row) => [row[0], row] as const))('%j', async (_prompt, row) => {
        const [prompt, withPending, withoutPending, scope] = row;
        const meaning = mode === 'pending' ? withPending : withoutPending;
        const s = new Session();
        if (mode === 'pending') await s.askForApproval();
        const context = await s.context(prompt);
        const got = await s.probe();
        const may = permitted(meaning, scope);
        cases++;
        for (const probe of Object.keys(PROBES) as Probe[]) {
          if (got[probe] && !may[probe])
            expect.fail(`false grant: ${JSON.stringify(prompt)} (${mode}) let ${PROBES[probe]} run; context: ${context}`);
        }
        if (meaning === 'A' && !got.apply) missed.push(`${JSON.stringify(prompt)} (${mode}): ${context}`);
        // The agent is told what the reader decided.
        expect(context).toMatch(/^execguard: /);
        if (meaning !== 'A') expect(context).not.toMatch(/approval is recorded/);
      });
    });
  }
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
