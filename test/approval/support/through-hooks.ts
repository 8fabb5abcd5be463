// Rows of a prompt table through the hook entry point, in-process, as Claude Code would send them:
// with a presented plan (the agent tried an apply, was denied, presented the plan and ended
// PLAN_STATUS: PENDING_APPROVAL) and with nothing presented; then the probes a false grant would let
// through. The whole table is read by the reader in one loop (judge.ts); this path, slower, checks
// that what the hook records and the guard enforces is what the reader read, on a sample.
import { it } from 'vitest';
import type { Meaning, Row } from '../prompt-table.js';
import type { Mode } from './judge.js';
import { PROBES, type Probe, Session } from './session.js';

const ALL_ENVS = ['dev', 'staging', 'prod'] as const;

/**
 * The test of a hook sample. A mutation run of the reader alone skips it
 * (EXECGUARD_MUTATE_SKIP_HOOK_SAMPLES=1, docs/development.md "Mutation testing"): every mutant of
 * the reader would rerun the samples, two thirds of the tables' time, for code the tables' reader
 * loops already cover; the score it gives is a lower bound.
 */
export const itThroughHooks = it.skipIf(process.env.EXECGUARD_MUTATE_SKIP_HOOK_SAMPLES === '1');

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

/** `count` rows spread evenly over `rows`. */
function spread(rows: readonly Row[], count: number): Row[] {
  const step = Math.max(1, Math.floor(rows.length / count));
  return rows.filter((_row, i) => i % step === 0).slice(0, count);
}

/**
 * A sample of `count` rows, both ways: half spread over the table, half over the rows with a scope
 * or a refusal. Returns one line per failure: a probe that ran where the table allows none, a
 * non-approval reported as recorded, or a refusal not reported.
 */
export async function throughHooks(rows: readonly Row[], count: number): Promise<{ cases: number; failures: string[] }> {
  const failures: string[] = [];
  let cases = 0;
  const pointed = rows.filter((row) => row[3] !== undefined || row[1] === 'R');
  const sample = [...new Set([...spread(rows, Math.ceil(count / 2)), ...spread(pointed, Math.floor(count / 2))])];
  for (const [prompt, withPending, withoutPending, scope] of sample) {
    for (const mode of ['pending', 'none'] as Mode[]) {
      const meaning = mode === 'pending' ? withPending : withoutPending;
      const s = new Session();
      if (mode === 'pending') await s.askForApproval();
      const context = await s.context(prompt);
      const got = await s.probe();
      const may = permitted(meaning, scope);
      const label = `${JSON.stringify(prompt)} (${mode})`;
      cases++;
      for (const probe of Object.keys(PROBES) as Probe[])
        if (got[probe] && !may[probe]) failures.push(`false grant: ${label} let ${PROBES[probe]} run; context: ${context}`);
      if (!/^execguard: /.test(context)) failures.push(`no execguard context: ${label}: ${context}`);
      if (meaning !== 'A' && /approval is recorded/.test(context)) failures.push(`recorded: ${label}: ${context}`);
      if (meaning === 'R' && !/the user refused/.test(context)) failures.push(`not a refusal: ${label}: ${context}`);
    }
  }
  return { cases, failures };
}
