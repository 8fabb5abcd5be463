// decide(): the kube context is read only when needed and allowed, and a failing reader fails closed.
import { describe, expect, it } from 'vitest';
import { parseApproval } from '../../src/approval/scope.js';
import { decide, type DecisionInput } from '../../src/guard/decide.js';
import { DEFAULT_POLICY } from '../../src/guard/policy.js';

const base = (command: string, readKubeContext: () => Promise<string | undefined>, allowed = true): DecisionInput => ({
  command,
  cwd: '/work/proj',
  grant: { id: 'g', scope: parseApproval('User approved. Execute the plan.') },
  policy: { ...DEFAULT_POLICY, readKubeContext: allowed },
  protectedPaths: { stateHome: '/home/u/.local/state/execguard', homeDir: '/home/u', managedSettings: [], readDenied: [] },
  agentSession: true,
  io: { readKubeContext, resolveLinks: (p) => p },
});

describe('decide', () => {
  it('does not read the kube context when the policy does not allow it', async () => {
    let reads = 0;
    const d = await decide(base('helm un web', async () => (reads++, 'prod'), false));
    expect(reads).toBe(0);
    expect(d.decision).toBe('allow');
  });

  it('a local current context lets an unnamed delete through', async () => {
    const d = await decide(base('kubectl delete deploy web', async () => 'kind-dev'));
    expect(d.decision).toBe('allow');
  });

  it('a kube-context reader that throws fails closed', async () => {
    const d = await decide(base('helm del web', async () => {
      throw new Error('kubectl exploded');
    }));
    expect(d.decision).toBe('deny');
    expect(d.reason).toMatch(/internal-error.*kubectl exploded/);
  });

  it('reports the grant it relied on', async () => {
    const d = await decide(base('terraform apply tfplan', async () => undefined));
    expect(d.decision).toBe('allow');
    expect(d.grantId).toBe('g');
  });
});
