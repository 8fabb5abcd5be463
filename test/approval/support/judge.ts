// Reads every row of a prompt table with the reader, both ways (answering the presented plan and
// with nothing presented), and sorts the outcomes: a false grant (the reading authorizes more than
// the row allows), a refusal not read as one, a missed approval, or a grant narrower than allowed.
// One loop, in-process: the tables run in well under a second; the hook path is sampled separately.
import { boundEnvironments } from '../../../src/approval/answer-binding.js';
import { readPrompt } from '../../../src/approval/scope.js';
import type { Environment } from '../../../src/approval/types.js';
import type { Meaning, Row, Scope } from '../prompt-table.js';

export type Mode = 'pending' | 'none';
const MODES: Mode[] = ['pending', 'none'];
const ALL_ENVS: Environment[] = ['dev', 'staging', 'prod'];

export interface Verdict {
  /** Rows read as wider than they allow: a grant where none is meant, or a scope word / environment too many. */
  falseGrants: string[];
  /** Refusals (R) not read as refusals: nothing is granted, but an earlier grant would survive. */
  unrefused: string[];
  /** Approvals (A) read as nothing. */
  missed: string[];
  /** Approvals read narrower than allowed (a scope word or an environment left out): not failures. */
  narrower: string[];
  /** How many readings the table means as approvals. */
  approvals: number;
  cases: number;
}

/** The environments a row's approval may cover: those listed, or any. */
const allowedEnvs = (scope: Scope | undefined) => (scope?.env?.length ? scope.env : ALL_ENVS);

/** What an approval reading of `prompt` covers, bound to the presented request (which named no environment). */
function granted(prompt: string, mode: Mode) {
  const reading = readPrompt(prompt, { pending: mode === 'pending' });
  if (reading.kind !== 'approval' || !reading.scope.affirmed) return { reading, envs: null };
  const envs = boundEnvironments(reading.scope.environments, []);
  return { reading, envs: envs === null ? null : envs.length ? envs : ALL_ENVS };
}

export function judge(rows: readonly Row[]): Verdict {
  const v: Verdict = { falseGrants: [], unrefused: [], missed: [], narrower: [], approvals: 0, cases: 0 };
  for (const [prompt, withPending, withoutPending, scope] of rows) {
    for (const mode of MODES) {
      const meaning: Meaning = mode === 'pending' ? withPending : withoutPending;
      const { reading, envs } = granted(prompt, mode);
      const s = reading.scope;
      const label = `${JSON.stringify(prompt)} (${mode}): ${reading.kind}`;
      v.cases++;
      if (meaning === 'A') v.approvals++;
      if (envs === null) {
        if (meaning === 'A') v.missed.push(`${label}: ${reading.why}`);
        if (meaning === 'R' && reading.kind !== 'refusal') v.unrefused.push(label);
        continue;
      }
      const allowed = allowedEnvs(scope);
      const wider = [
        meaning !== 'A' && 'a grant',
        s.destroy && !scope?.destroy && 'destroy',
        s.delete && !scope?.delete && 'delete',
        s.forcePush && !scope?.forcePush && 'force push',
        ...envs.filter((e) => !allowed.includes(e)),
      ].filter(Boolean);
      if (wider.length) {
        v.falseGrants.push(`${label} grants ${wider.join(', ')} (scope ${JSON.stringify({ ...s, text: undefined })})`);
        continue;
      }
      const left = [
        scope?.destroy && !s.destroy && 'destroy',
        scope?.delete && !s.delete && 'delete',
        scope?.forcePush && !s.forcePush && 'force push',
        ...allowed.filter((e) => !envs.includes(e)),
      ].filter(Boolean);
      if (left.length) v.narrower.push(`${label} leaves out ${left.join(', ')}`);
    }
  }
  return v;
}

/** One line per table for the test log: the numbers the issue asks for. */
export function summary(name: string, rows: readonly Row[], v: Verdict): string {
  const share = v.approvals ? ((100 * v.missed.length) / v.approvals).toFixed(1) : '0';
  const lines = [...v.falseGrants.map((l) => `false grant: ${l}`), ...v.unrefused.map((l) => `not a refusal: ${l}`)];
  lines.push(...v.missed.map((l) => `missed: ${l}`), ...v.narrower.map((l) => `narrower: ${l}`));
  return `${name}: ${v.cases} cases (${rows.length} prompts x 2), ${v.falseGrants.length} false grants, ${v.unrefused.length} refusals not read as such, ${v.missed.length} of ${v.approvals} approvals missed (${share}%), ${v.narrower.length} narrower than allowed${lines.length ? `:\n  ${lines.join('\n  ')}` : ''}`;
}
