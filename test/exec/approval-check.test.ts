// Does an approval cover a plan? Environments come from every name the plan uses (workdir path
// segments, var files, workspace, kubectl namespace and context); destroying needs destroy; a
// grant bound to plan digests covers only those.
import { describe, expect, it } from 'vitest';
import { parseApproval } from '../../src/approval/scope.js';
import { checkCoverage, planEnvironments } from '../../src/exec/approval/approval-check.js';
import type { RunApproval } from '../../src/exec/approval/approval-source.js';
import { ApprovalError } from '../../src/exec/run/run-errors.js';
import type { Plan } from '../../src/exec/types.js';

const tf = (workdir: string, extra: Partial<NonNullable<Plan['terraform']>> = {}): Plan => ({
  id: 'p',
  operation: 'terraform',
  workdir,
  git: { files: ['a'], message: 'feat: a', remote: 'origin', branch: 'main' },
  terraform: { vars: {}, varFiles: [], workspace: 'default', init: { backendConfig: [], upgrade: false, reconfigure: false }, ...extra },
  verify: [],
});
const k8s = (namespace: string, context?: string): Plan => ({
  id: 'k',
  operation: 'kubectl',
  workdir: '.',
  git: { files: ['a'], message: 'feat: a', remote: 'origin', branch: 'main' },
  kubectl: { manifests: ['k8s/web.yaml'], namespace, ...(context ? { context } : {}), rollouts: [], timeout: '120s' },
  verify: [],
});
const cli = (text: string, binding?: RunApproval['binding']): RunApproval => ({
  scope: parseApproval(text),
  source: 'cli-flag',
  ...(binding ? { binding } : {}),
});
const covers = (plan: Plan, approval: RunApproval, destroys: string[] = [], digest?: string) => {
  try {
    checkCoverage({ plan, approval, destroys, digest, what: 'the plan' });
    return 'ok';
  } catch (error) {
    if (error instanceof ApprovalError) return error.message;
    throw error;
  }
};

describe('approval coverage', () => {
  it('finds the environments a plan names', () => {
    expect(planEnvironments(tf('infra/prod'))).toEqual(['prod']);
    expect(planEnvironments(tf('infra/app', { varFiles: ['staging.tfvars'] }))).toEqual(['staging']);
    expect(planEnvironments(tf('infra/app', { workspace: 'production' }))).toEqual(['prod']);
    expect(planEnvironments(k8s('dev', 'prod-cluster'))).toEqual(['dev', 'prod']);
    expect(planEnvironments(tf('infra/app'))).toEqual([]);
  });

  it('a "dev only" approval does not cover prod, nor a plan that names no environment', () => {
    const dev = cli('User approved for dev only. Execute the plan.');
    expect(covers(tf('infra/dev'), dev)).toBe('ok');
    expect(covers(tf('infra/prod'), dev)).toMatch(/targets prod .* covers only dev/);
    expect(covers(k8s('dev', 'prod-cluster'), dev)).toMatch(/targets prod/);
    expect(covers(tf('infra/app'), dev)).toMatch(/limited to dev .* names no environment/);
    expect(covers(tf('infra/prod'), cli('User approved. Execute the plan.'))).toBe('ok');
  });

  it('the environments of the approved request bind a bare approval', () => {
    const bound = cli('User approved. Execute the plan.', { digests: [], environments: ['staging'] });
    expect(covers(tf('envs/staging'), bound)).toBe('ok');
    expect(covers(tf('envs/prod'), bound)).toMatch(/covers only staging \(the approved request named\)/);
  });

  it('destroying needs destroy; a digest binding covers only its digests', () => {
    expect(covers(tf('infra/app'), cli('User approved. Execute the plan.'), ['terraform_data.x'])).toMatch(
      /destroys terraform_data\.x, and the approval does not approve destroying/,
    );
    expect(covers(tf('infra/app'), cli('User approved. Execute the plan and destroy terraform_data.x.'), ['terraform_data.x'])).toBe('ok');
    const digest = `sha256:${'a'.repeat(64)}`;
    const bound = cli('User approved. Execute the plan.', { digests: [digest], environments: [] });
    expect(covers(tf('infra/app'), bound, [], digest)).toBe('ok');
    expect(covers(tf('infra/app'), bound, [], `sha256:${'b'.repeat(64)}`)).toMatch(/is not one the user approved/);
  });

  it('the advice asks the user, naming what to approve', () => {
    try {
      checkCoverage({
        plan: tf('infra/app'),
        approval: cli('User approved. Execute the plan.'),
        destroys: ['terraform_data.x'],
        what: 'the plan',
      });
    } catch (error) {
      expect((error as ApprovalError).advice).toBe(
        'Ask the user to approve: destroying terraform_data.x (an approval that explicitly says destroy)',
      );
      expect((error as ApprovalError).errorClass).toBe('Approval');
    }
  });
});

describe("the plan summary's rollback path", () => {
  it('names exactly what a rollback would destroy: what the plan creates, and what it replaces', async () => {
    const { rollbackPathOf } = await import('../../src/exec/plan/plan-run.js');
    const summary = {
      create: ['terraform_data.a', 'terraform_data.r'],
      update: ['terraform_data.u'],
      destroy: ['terraform_data.r', 'terraform_data.gone'],
      notes: [],
      digestInput: '',
      artifacts: [],
    };
    const lines = rollbackPathOf(tf('infra/app'), summary);
    expect(lines[1]).toBe(
      'execguard rollback re-applies the previous configuration; it would destroy terraform_data.a and replace (destroy and create again) terraform_data.r: that needs a destroy approval, checked before anything is reverted',
    );
    expect(lines.join(' ')).not.toMatch(/terraform_data\.(u|gone)\b/); // updated in place / created again: kept
    expect(rollbackPathOf(tf('infra/app'), { ...summary, create: [], destroy: [] })[1]).toMatch(/it destroys nothing$/);
  });
});
