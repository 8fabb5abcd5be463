// contained.planCredentials: in contained mode the dry run sees only the read-only credentials the
// policy names, never the write credentials of the environment; outside contained mode nothing changes.
import { describe, expect, it } from 'vitest';
import { planEnvironment } from '../../src/cli/plan-credentials.js';
import { DEFAULT_CONTAINED } from '../../src/guard/policy.js';
import { parsePolicy } from '../../src/guard/policy-parse.js';

const ENV = {
  PATH: '/usr/bin',
  HOME: '/home/u',
  AWS_ACCESS_KEY_ID: 'AKIAWRITE',
  AWS_SECRET_ACCESS_KEY: 'write-secret',
  AWS_PROFILE: 'admin',
  GOOGLE_APPLICATION_CREDENTIALS: '/home/u/.config/gcloud/admin.json',
  ARM_CLIENT_SECRET: 'azure-write',
  KUBECONFIG: '/home/u/.kube/prod',
  TF_TOKEN_app_terraform_io: 'tfc-write',
  TF_IN_AUTOMATION: '1',
};

describe('planEnvironment', () => {
  it('outside contained mode: the environment as it is', () => {
    expect(planEnvironment(ENV, undefined)).toEqual(ENV);
  });

  it('contained, none named: no credentials at all, everything else kept', () => {
    expect(planEnvironment(ENV, DEFAULT_CONTAINED)).toEqual({ PATH: '/usr/bin', HOME: '/home/u', TF_IN_AUTOMATION: '1' });
  });

  it('contained with planCredentials: only the named read-only ones', () => {
    const policy = parsePolicy(
      'contained:\n  planCredentials:\n    awsProfile: plan-readonly\n    env: { AWS_SHARED_CREDENTIALS_FILE: /home/u/.config/execguard/plan-credentials }\n',
      '.execguard.yaml',
    );
    expect(planEnvironment(ENV, policy.contained)).toEqual({
      PATH: '/usr/bin',
      HOME: '/home/u',
      TF_IN_AUTOMATION: '1',
      AWS_PROFILE: 'plan-readonly',
      AWS_SHARED_CREDENTIALS_FILE: '/home/u/.config/execguard/plan-credentials',
    });
  });
});
