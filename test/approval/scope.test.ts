import { describe, expect, it } from 'vitest';
import { parseApproval } from '../../src/approval/scope.js';

type Expect = { affirmed: boolean; destroy?: boolean; delete?: boolean; forcePush?: boolean; environments?: string[] };

const cases: [string, Expect][] = [
  // The orchestrator's phrasings
  ['User approved. Execute the plan.', { affirmed: true, destroy: false, delete: false, forcePush: false, environments: [] }],
  ['User approved deployment. Proceed.', { affirmed: true, destroy: false, delete: false, forcePush: false }],
  ['Approved. Execute terraform apply.', { affirmed: true, destroy: false }],
  // Affirmations
  ['approved', { affirmed: true }],
  ['Approve', { affirmed: true }],
  ['go ahead', { affirmed: true }],
  ['Go ahead and apply it', { affirmed: true }],
  ['proceed', { affirmed: true }],
  ['LGTM', { affirmed: true }],
  ['lgtm, apply it.', { affirmed: true, destroy: false }],
  ['Ship it!', { affirmed: true }],
  ['yes', { affirmed: true }],
  ['Yes.', { affirmed: true }],
  ['execute', { affirmed: true }],
  ['Looks good, go for it', { affirmed: true }],
  ['Confirmed, deploy.', { affirmed: true }],
  ['ok, apply', { affirmed: true }],
  // Refusals
  ['not approved', { affirmed: false }],
  ['Not approved yet.', { affirmed: false }],
  ['Do not proceed.', { affirmed: false }],
  ["Don't apply this.", { affirmed: false }],
  ['dont execute', { affirmed: false }],
  ['Hold off.', { affirmed: false }],
  ['hold off on the apply, approved later maybe', { affirmed: false }],
  ['Rejected', { affirmed: false }],
  ['deny', { affirmed: false }],
  ['Denied.', { affirmed: false }],
  ['No', { affirmed: false }],
  ['No.', { affirmed: false }],
  ['no, do not proceed', { affirmed: false }],
  ['Nope', { affirmed: false }],
  ['I do not approve.', { affirmed: false }],
  ['I disapprove', { affirmed: false }],
  ['Cancel.', { affirmed: false }],
  ['Wait.', { affirmed: false }],
  ['not yet', { affirmed: false }],
  ['Should I proceed?', { affirmed: false }],
  ['Can you show me the plan first?', { affirmed: false }],
  ['What would this change?', { affirmed: false }],
  ['', { affirmed: false }],
  ['The plan has 3 changes.', { affirmed: false }],
  ['Approved. Actually no, hold off.', { affirmed: false }],
  ['Yes. No wait, stop.', { affirmed: false }],
  // Destroy scope
  ['Apply the plan, but do not destroy anything', { affirmed: true, destroy: false }],
  ['Approved. Destroy the dev stack.', { affirmed: true, destroy: true, environments: ['dev'] }],
  ['Yes, tear down staging', { affirmed: true, destroy: true, environments: ['staging'] }],
  ['Teardown approved.', { affirmed: true, destroy: true }],
  ['Approved, tear it down.', { affirmed: true, destroy: true }],
  ['User approved: tear the dev stack down.', { affirmed: true, destroy: true, environments: ['dev'] }],
  ['Approved. Do not tear anything down.', { affirmed: true, destroy: false }],
  ['Approved: teardown of the preview environment', { affirmed: true, destroy: true }],
  ['destroy it', { affirmed: true, destroy: true }],
  ['Approved, no destroy.', { affirmed: true, destroy: false }],
  ['Approved. Never destroy.', { affirmed: true, destroy: false }],
  ['Approved; do not tear down anything', { affirmed: true, destroy: false }],
  ['Do not destroy the database; apply the rest', { affirmed: true, destroy: false }],
  ['Approved to destroy? No.', { affirmed: false, destroy: false }],
  ['Should I destroy it?', { affirmed: false, destroy: false }],
  ['Destroy dev, but do not destroy prod', { affirmed: true, destroy: false }],
  // Delete scope
  ['Approved. Delete the old pods.', { affirmed: true, delete: true, destroy: false }],
  ['yes, remove the stale namespace', { affirmed: true, delete: true }],
  ['Uninstall the release, approved', { affirmed: true, delete: true }],
  ["Approved, but don't delete anything", { affirmed: true, delete: false }],
  ['Approved. No deletions.', { affirmed: true, delete: false }],
  ['Approved, do not remove the volumes', { affirmed: true, delete: false }],
  // Force push scope
  ['Approved: force push the branch', { affirmed: true, forcePush: true }],
  ['yes, force-push', { affirmed: true, forcePush: true }],
  ['Go ahead, forcepush is fine', { affirmed: true, forcePush: true }],
  ['Approved, use git push --force', { affirmed: true, forcePush: true }],
  ['Approved, push it', { affirmed: true, forcePush: false }],
  ['Approved, but no force push', { affirmed: true, forcePush: false }],
  ['Approved. Do not force-push.', { affirmed: true, forcePush: false }],
  ['Approved. Never use --force.', { affirmed: true, forcePush: false }],
  // Environments
  ['Approved for staging', { affirmed: true, environments: ['staging'] }],
  ['Approved for production.', { affirmed: true, environments: ['prod'] }],
  ['Deploy to prod. Approved.', { affirmed: true, environments: ['prod'] }],
  ['Approved for dev and staging', { affirmed: true, environments: ['dev', 'staging'] }],
  ['Approved, but not in prod', { affirmed: true, environments: ['dev', 'staging'] }],
  ['Approved for staging, not production', { affirmed: true, environments: ['staging'] }],
  ['Approved.', { affirmed: true, environments: [] }],
  // Negation scope inside one clause
  ['The plan was approved by the user; execute it without destroying anything.', { affirmed: true, destroy: false }],
  ['User approved; execute without asking further questions.', { affirmed: true }],
  ['Destroy nothing, apply the rest.', { affirmed: true, destroy: false }],
  ['User approved deployment. Proceed. Do not touch production.', { affirmed: true, environments: ['dev', 'staging'] }],
  ['User approved the destroy of the dev environment. Proceed.', { affirmed: true, destroy: true, environments: ['dev'] }],
  ['The user explicitly approved running terraform destroy on staging.', { affirmed: true, destroy: true, environments: ['staging'] }],
  ['User approved deleting the payments-prod namespace.', { affirmed: true, delete: true, environments: ['prod'] }],
  ['User approved a force push to feature/login.', { affirmed: true, forcePush: true }],
  ['User approved force pushing the rebased branch.', { affirmed: true, forcePush: true }],
  ['User approved the plan. No deletions in production.', { affirmed: true, delete: false, environments: ['dev', 'staging'] }],
  ['User did not approve.', { affirmed: false }],
  ['User has not approved yet.', { affirmed: false }],
  ['Awaiting user approval.', { affirmed: false }],
  ['User approval: pending.', { affirmed: false }],
  ['No problem, go ahead.', { affirmed: true }],
  ['Approved? Not yet.', { affirmed: false }],
  ['Never mind the linter, approved.', { affirmed: true }],
];

describe('parseApproval', () => {
  it.each(cases)('%j', (text, want) => {
    const scope = parseApproval(text);
    expect(scope.text).toBe(text);
    expect(scope.affirmed).toBe(want.affirmed);
    if (want.destroy !== undefined) expect(scope.destroy).toBe(want.destroy);
    if (want.delete !== undefined) expect(scope.delete).toBe(want.delete);
    if (want.forcePush !== undefined) expect(scope.forcePush).toBe(want.forcePush);
    if (want.environments !== undefined) expect([...scope.environments].sort()).toEqual([...want.environments].sort());
  });

  it('never authorizes a scope without affirming', () => {
    for (const text of ['Do not destroy.', 'No force push', 'not approved: delete it', 'Rejected. Tear down later.']) {
      const s = parseApproval(text);
      expect(s.affirmed && (s.destroy || s.delete || s.forcePush)).toBe(false);
    }
  });

  it('accepts any input without throwing', () => {
    for (const text of ['\u0000', 'x'.repeat(100_000), '\uD800', '((((', '....', 'yes'.repeat(10_000)]) {
      expect(() => parseApproval(text)).not.toThrow();
    }
  });
});
