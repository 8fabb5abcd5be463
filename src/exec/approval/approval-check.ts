// Does the approval cover this plan? Pure: the environments the plan names (workdir path segments,
// var files, workspace, namespace, context), destroying, and the plan digests the grant is bound to.
import type { Environment } from '../../approval/types.js';
import type { Policy } from '../../guard/policy.js';
import { environmentsOf } from '../../guard/environment-names.js';
import type { RunApproval } from './approval-source.js';
import { kindOf } from '../kinds/index.js';
import { sectionOf } from '../plan/plan-section.js';
import { ApprovalError } from '../run/run-errors.js';
import type { Plan } from '../types.js';

/**
 * Every environment the plan's names point at.
 */
export function planEnvironments(plan: Plan, policy?: Policy): Environment[] {
  const names = [plan.workdir, ...kindOf(plan.operation).environmentNames(sectionOf(plan))];
  return [...new Set(names.flatMap((n) => environmentsOf(n, policy)))];
}

export interface CoverageInput {
  plan: Plan;
  approval: RunApproval;
  /** What the run would destroy (apply of the plan, or a rollback's re-apply). */
  destroys: string[];
  /** The plan's digest (execute and resume); rollbacks are not bound to a digest. */
  digest?: string;
  /** What to ask the user for, e.g. "the plan add-vpc (sha256:…)". */
  what: string;
  policy?: Policy;
}

/** Throws ApprovalError naming what the approval lacks. */
export function checkCoverage(input: CoverageInput): string[] {
  const { plan, approval, destroys, what } = input;
  const scope = approval.scope;
  const detail = [
    `approval (${approval.source}${approval.grantId ? ` ${approval.grantId}` : ''}): "${scope.text}"${scope.destroy ? ' (includes destroy)' : ''}`,
  ];
  const planEnvs = planEnvironments(plan, input.policy);
  for (const [allowed, where] of [
    [scope.environments, 'the approval names'],
    [approval.binding?.environments ?? [], 'the approved request named'],
  ] as const) {
    if (allowed.length === 0) continue;
    if (planEnvs.length === 0) {
      throw new ApprovalError(
        `the approval is limited to ${allowed.join(', ')} (${where}), and the plan (workdir ${plan.workdir}) names no environment`,
        `${what} for its environment`,
      );
    }
    const outside = planEnvs.filter((e) => !allowed.includes(e));
    if (outside.length) {
      throw new ApprovalError(
        `the plan targets ${outside.join(', ')} (workdir ${plan.workdir}), and the approval covers only ${allowed.join(', ')} (${where})`,
        `${what} for ${outside.join(', ')}`,
      );
    }
  }
  if (destroys.length && !scope.destroy) {
    throw new ApprovalError(
      `the run destroys ${destroys.join(', ')}, and the approval does not approve destroying`,
      `destroying ${destroys.join(', ')} (an approval that explicitly says destroy)`,
    );
  }
  const digests = approval.binding?.digests ?? [];
  if (input.digest && digests.length && !digests.includes(input.digest)) {
    throw new ApprovalError(
      `the plan's digest ${input.digest.slice(0, 19)}… is not one the user approved (${digests.map((d) => `${d.slice(0, 19)}…`).join(', ')})`,
      `${what}: the plan changed since it was approved`,
    );
  }
  if (planEnvs.length) detail.push(`environments: ${planEnvs.join(', ')} (covered)`);
  return detail;
}
