// Table-driven guard cases: each case runs through evaluate() in-process, exactly as the hook and
// `execguard check` do, and asserts the decision and the rule the reason names.
import { describe, expect, it } from 'vitest';
import { parseApproval } from '../../src/approval/scope.js';
import { evaluate } from '../../src/guard/evaluate.js';
import { DEFAULT_POLICY, type Policy } from '../../src/guard/policy.js';
import type { Decision, RuleId, Verdict } from '../../src/guard/types.js';

/** The approval the hidden acceptance set uses when a case has none of its own. */
export const GENERIC = 'User approved. Execute the plan.';

export interface Case {
  cmd: string;
  /** Approval text; undefined: the generic approval; null: no approval at all. */
  approval?: string | null;
  expect: Verdict;
  rule?: RuleId;
  policy?: Partial<Policy>;
  kubeContext?: string;
}

export const block = (cmd: string, rule: RuleId, approval: string | null = GENERIC, extra: Partial<Case> = {}): Case => ({
  cmd,
  approval,
  expect: 'deny',
  rule,
  ...extra,
});
export const allow = (cmd: string, approval: string | null = GENERIC, extra: Partial<Case> = {}): Case => ({
  cmd,
  approval,
  expect: 'allow',
  ...extra,
});
export const ask = (cmd: string, rule: RuleId, approval: string | null = GENERIC, extra: Partial<Case> = {}): Case => ({
  cmd,
  approval,
  expect: 'ask',
  rule,
  ...extra,
});

/** The rule the decision's reason names. */
const ruleOf = (d: Decision): RuleId | undefined => d.rules.find((r) => r.reason === d.reason)?.id;

export async function decide(c: Case): Promise<Decision> {
  const approval = c.approval === null ? null : parseApproval(c.approval ?? GENERIC);
  const policy = c.policy ? { ...DEFAULT_POLICY, ...c.policy } : DEFAULT_POLICY;
  return evaluate(c.cmd, { approval, policy, currentKubeContext: c.kubeContext });
}

const label = (c: Case) => {
  const cmd = c.cmd.length > 110 ? `${c.cmd.slice(0, 107)}...` : c.cmd;
  const approval =
    c.approval === null ? 'no approval' : c.approval === undefined || c.approval === GENERIC ? 'generic approval' : `"${c.approval}"`;
  return `${c.expect}${c.rule ? ` [${c.rule}]` : ''}: ${cmd.replace(/\n/g, '\\n')} (${approval}${c.policy?.mode === 'strict' ? ', strict' : ''})`;
};

export function table(name: string, cases: Case[]): void {
  describe(name, () => {
    it.each(cases.map((c) => [label(c), c] as const))('%s', async (_label, c) => {
      const d = await decide(c);
      expect(d.decision, `${d.decision}: ${d.reason}`).toBe(c.expect);
      if (c.rule) expect(ruleOf(d), d.reason).toBe(c.rule);
    });
  });
}
