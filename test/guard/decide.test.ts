// decide(): the kube context is read only when needed and allowed, and a failing reader fails closed.
import { describe, expect, it } from 'vitest';
import { parseApproval } from '../../src/approval/scope.js';
import { decide, type DecisionInput } from '../../src/guard/decide.js';
import { loadGate } from '../../src/exec/approval/guard-gate.js';
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
    const d = await decide(
      base(
        'helm un web',
        async () => {
          reads++;
          return 'prod';
        },
        false,
      ),
    );
    expect(reads).toBe(0);
    expect(d.decision).toBe('allow');
  });

  it('a local current context lets an unnamed delete through', async () => {
    const d = await decide(base('kubectl delete deploy web', async () => 'kind-dev'));
    expect(d.decision).toBe('allow');
  });

  it('a kube-context reader that throws fails closed', async () => {
    const d = await decide(
      base('helm del web', async () => {
        throw new Error('kubectl exploded');
      }),
    );
    expect(d.decision).toBe('deny');
    expect(d.reason).toMatch(/internal-error.*kubectl exploded/);
  });

  it('reports the grant it relied on', async () => {
    const d = await decide(base('terraform apply tfplan', async () => undefined));
    expect(d.decision).toBe('allow');
    expect(d.grantId).toBe('g');
  });
});

describe('the executor gate', () => {
  it('lets the runner write its own runs folder and nothing else of execguard', async () => {
    const env = { HOME: '/home/u', EXECGUARD_HOME: '/srv/eg', PATH: process.env.PATH };
    const gate = await loadGate(parseApproval('User approved. Execute the plan.'), DEFAULT_POLICY, { cwd: '/work/proj', env });
    expect((await gate('terraform plan -input=false -out=/srv/eg/runs/r1/tfplan')).allowed).toBe(true);
    const forged = await gate('cp forged.json /srv/eg/grants/s/9.json');
    expect(forged.allowed).toBe(false);
    expect(forged.rules).toContain('protected-path');
    // The runner is not an agent: a person's --approval is not its business.
    expect((await gate('execguard execute plan.yaml --approval ok')).rules).not.toContain('approval-flag');
  });
});
