// The second-edition table through the hook entry point, in-process, as Claude Code would send it:
// with a presented plan (the agent tried an apply, was denied, presented the plan and ended
// PLAN_STATUS: PENDING_APPROVAL) and with nothing presented. After each prompt, the probes a false
// grant would let through. Acceptance (issue 18, point 6): zero false grants, refusals read as
// refusals, and at most 3% of the approvals missed.
import { afterAll, describe, expect, it } from 'vitest';
import type { Meaning, Row } from './prompt-table.js';
import { PROMPTS_2 } from './prompt-table-2.js';
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
/** Approvals granted narrower than the table allows (a destroy or an environment left out): not failures. */
const narrower: string[] = [];
let approvals = 0;
let cases = 0;

afterAll(() => {
  const share = approvals ? ((100 * missed.length) / approvals).toFixed(1) : '0';
  console.log(
    `approval table 2: ${cases} cases (${PROMPTS_2.length} prompts x 2), 0 false grants, ${missed.length} of ${approvals} approvals missed (${share}%), ${narrower.length} narrower than allowed${[...missed, ...narrower].length ? `:\n  ${[...missed, ...narrower].join('\n  ')}` : ''}`,
  );
});

describe('the second-edition table, through the hooks (in-process)', () => {
  it('has at least 300 prompts, with and without a presented plan', () => {
    expect(PROMPTS_2.length).toBeGreaterThanOrEqual(300);
    expect(new Set(PROMPTS_2.map((r) => r[0])).size).toBe(PROMPTS_2.length);
  });

  for (const mode of ['pending', 'none'] as const) {
    describe(mode === 'pending' ? 'answering a presented plan' : 'with nothing presented', () => {
      it.each(PROMPTS_2.map((row) => [row[0], row] as const))('%j', async (_prompt, row) => {
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
        expect(context).toMatch(/^execguard: /);
        if (meaning !== 'A') expect(context).not.toMatch(/approval is recorded/);
        if (meaning === 'R') expect(context).toMatch(/the user refused/);
        if (meaning !== 'A') return;
        approvals++;
        if (!got.apply) missed.push(`missed: ${JSON.stringify(prompt)} (${mode}): ${context}`);
        else if ((Object.keys(PROBES) as Probe[]).some((p) => may[p] && !got[p]))
          narrower.push(`narrower: ${JSON.stringify(prompt)} (${mode}): ${context}`);
      });
    });
  }

  it('misses at most 3% of the approvals', () => {
    expect(approvals).toBeGreaterThan(0);
    expect(missed.length / approvals).toBeLessThanOrEqual(0.03);
  });
});
