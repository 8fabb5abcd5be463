// The plan digest an approval binds to: what the plan would change, where, and what it commits.
import { createHash } from 'node:crypto';
import type { DryRunSummary, Plan } from './types.js';

export function planDigest(plan: Plan, summary: DryRunSummary): string {
  const input = JSON.stringify({
    id: plan.id,
    operation: plan.operation,
    workdir: plan.workdir,
    git: plan.git ?? null,
    section: plan[plan.operation] ?? null,
    changes: summary.digestInput,
  });
  return `sha256:${createHash('sha256').update(input).digest('hex')}`;
}
