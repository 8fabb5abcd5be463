// Four-eyes (`approvals.reviewers` in .execguard.yaml): how many other people must approve a plan's
// digest before execute may change anything. The count is decided here from the policy alone; the
// approvals are counted by a gate the caller passes in (the team store's, src/store/review-gate.ts),
// so the executor never talks to a database itself. A plan that names no environment counts as every
// environment the policy lists (unknown is not safe), like a delete that names no kube context.
import type { Environment } from '../../approval/types.js';
import type { Policy } from '../../guard/policy.js';
import type { Progress } from '../run/progress.js';
import { RunError } from '../run/run-errors.js';
import type { DryRunSummary } from '../types.js';

/** What a gate is asked: may this digest run, and how many approvals does it need? */
export interface ReviewCheck {
  planId: string;
  planArg: string;
  cwd: string;
  runId: string;
  digest: string;
  environments: Environment[];
  required: number;
  changes: Pick<DryRunSummary, 'create' | 'update' | 'destroy'>;
  signal: AbortSignal;
  progress: Progress;
}

/** Resolves with report lines when enough other people approved `digest`; throws a RunError (BLOCKED) otherwise. */
export type ReviewGate = (check: ReviewCheck) => Promise<string[]>;

/** Approvals needed from other people: the largest count among the environments the plan touches. */
export function reviewersRequired(environments: Environment[], policy: Policy): number {
  const counts = policy.approvals.reviewers;
  const touched = environments.length ? environments : (Object.keys(counts) as Environment[]);
  return Math.max(0, ...touched.map((e) => counts[e] ?? 0));
}

/** BLOCKED: the digest is waiting for review. The report names the digest and the command a reviewer runs. */
export class ReviewPendingError extends RunError {
  constructor(check: ReviewCheck, approvedBy: string[]) {
    const where = check.environments.length ? check.environments.join(', ') : 'an unnamed environment (counted as every one listed)';
    const so = approvedBy.length ? `${approvedBy.length} so far (${approvedBy.join(', ')})` : 'none so far';
    super(
      `waiting for review: the plan ${check.planId} touches ${where}, where approvals.reviewers asks for ${check.required} approval(s) of its digest ${check.digest} by another person (another database role); ${so}`,
      'Approval',
      {
        advice: `Ask a reviewer to run, from their own terminal: execguard approve ${check.digest}`,
        pending: [
          `Ask a reviewer (another database role than yours) to run, from their own terminal: execguard approve ${check.digest}`,
          `Then run execguard execute ${check.planArg} again (with --wait it waits for the approval instead)`,
        ],
      },
    );
  }
}
