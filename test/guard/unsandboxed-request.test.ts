// unsandboxed-request through decide(): a Bash call with dangerouslyDisableSandbox leaves Claude
// Code's sandbox only as exactly `<trusted executor> execute|resume|rollback ARG`, with a grant
// whose plan digests include the digest of what it would run. Attack strings are data fed to the
// guard only: nothing here runs them.
import { describe, expect, it } from 'vitest';
import { parseApproval } from '../../src/approval/scope.js';
import { decide, type ProtectedPaths } from '../../src/guard/decide.js';
import { DEFAULT_POLICY } from '../../src/guard/policy.js';
import type { UnsandboxedRequest } from '../../src/guard/rules/unsandboxed-request.js';

const PP: ProtectedPaths = {
  stateHome: '/home/u/.local/state/execguard',
  pluginRoot: '/opt/execguard-plugin',
  homeDir: '/home/u',
  projectDir: '/work/proj',
  managedSettings: [],
  readDenied: ['/home/u/.local/state/execguard/keys'],
};
const EXECUTOR = '/opt/execguard-plugin/bin/execguard';
const APPROVED = `sha256:${'a'.repeat(64)}`;
const OTHER = `sha256:${'b'.repeat(64)}`;

/** The plan digests `execguard plan` recorded, by plan file or run id. */
const RECORDED: Record<string, string> = {
  'execute /work/proj/plans/vpc.yaml': APPROVED,
  'execute /work/proj/plans/other.yaml': OTHER,
  'resume 20261207T000000Z-execute-1': APPROVED,
  'rollback 20261207T000000Z-execute-2': OTHER,
};

function request(over: Partial<UnsandboxedRequest> = {}): UnsandboxedRequest {
  return {
    executors: [EXECUTOR],
    granted: true,
    approvedDigests: [APPROVED],
    digestOf: (sub, arg) => RECORDED[`${sub} ${sub === 'execute' ? `/work/proj/${arg.replace(/^\.\//, '')}` : arg}`],
    ...over,
  };
}

async function run(command: string, unsandboxed: UnsandboxedRequest | null = request()) {
  return decide({
    command,
    cwd: '/work/proj',
    grant: { id: 'g', scope: parseApproval('User approved. Execute the plan.') },
    policy: DEFAULT_POLICY,
    protectedPaths: PP,
    agentSession: true,
    io: { resolveLinks: (p) => p },
    ...(unsandboxed ? { unsandboxed } : {}),
  });
}

const ruleOf = (d: Awaited<ReturnType<typeof run>>) => d.rules.map((r) => r.id);

describe('unsandboxed-request: the approved executor run is the only way out of the sandbox', () => {
  it.each([`${EXECUTOR} execute plans/vpc.yaml`, `${EXECUTOR} execute ./plans/vpc.yaml`, `${EXECUTOR} resume 20261207T000000Z-execute-1`])(
    'lets out %s (grant active, digest approved)',
    async (command) => {
      const d = await run(command);
      expect(ruleOf(d)).not.toContain('unsandboxed-request');
    },
  );

  it('does nothing for a call that stays in the sandbox', async () => {
    expect(ruleOf(await run('cat /etc/hostname', null))).not.toContain('unsandboxed-request');
  });

  const WIDENED: [string, string][] = [
    ['any other command', 'cat ~/.aws/credentials'],
    ['a chain after the executor', `${EXECUTOR} execute plans/vpc.yaml && cat ~/.aws/credentials`],
    ['a chain before the executor', `true; ${EXECUTOR} execute plans/vpc.yaml`],
    ['a pipe', `${EXECUTOR} execute plans/vpc.yaml | tee out.txt`],
    ['a background job', `${EXECUTOR} execute plans/vpc.yaml & terraform apply -auto-approve`],
    ['a newline', `${EXECUTOR} execute plans/vpc.yaml\nterraform apply -auto-approve`],
    ['a redirect', `${EXECUTOR} execute plans/vpc.yaml > /tmp/out`],
    ['a substitution', `${EXECUTOR} execute $(echo plans/vpc.yaml)`],
    ['a variable', `${EXECUTOR} execute $PLAN`],
    ['an env assignment (preload)', `NODE_OPTIONS=--require=/tmp/x.cjs ${EXECUTOR} execute plans/vpc.yaml`],
    ['a wrapper', `env ${EXECUTOR} execute plans/vpc.yaml`],
    ['quoting', `"${EXECUTOR}" execute plans/vpc.yaml`],
    ['the bare name (PATH, a function or an alias decides what it is)', 'execguard execute plans/vpc.yaml'],
    ['a PATH-shadowed execguard', '/tmp/evil/bin/execguard execute plans/vpc.yaml'],
    ['a copy of the executor elsewhere', '/work/proj/node_modules/.bin/execguard execute plans/vpc.yaml'],
    ['node running the CLI directly', `node /opt/execguard-plugin/dist/cli.mjs execute plans/vpc.yaml`],
    ['an argument the approval did not cover', `${EXECUTOR} execute plans/vpc.yaml --approval yes`],
    ['an extra flag', `${EXECUTOR} execute plans/vpc.yaml --json`],
    ['another subcommand', `${EXECUTOR} plan plans/vpc.yaml`],
    ['a digest the user did not approve', `${EXECUTOR} execute plans/other.yaml`],
    ['a plan never planned', `${EXECUTOR} execute plans/unknown.yaml`],
    ['a rollback of a run outside the approval', `${EXECUTOR} rollback 20261207T000000Z-execute-2`],
  ];
  it.each(WIDENED)('denies %s', async (_why, command) => {
    const d = await run(command);
    expect(d.decision, d.reason).toBe('deny');
    expect(ruleOf(d)).toContain('unsandboxed-request');
  });

  it('denies the approved command with no grant', async () => {
    const d = await run(`${EXECUTOR} execute plans/vpc.yaml`, request({ granted: false, approvedDigests: [] }));
    expect(d.decision).toBe('deny');
    expect(d.reason).toMatch(/no active approval/);
  });

  it('denies the approved command when the grant is bound to no digest', async () => {
    const d = await run(`${EXECUTOR} execute plans/vpc.yaml`, request({ approvedDigests: [] }));
    expect(d.reason).toMatch(/not bound to a plan digest/);
  });

  it('denies when the plan changed since it was approved (a differing digest)', async () => {
    const d = await run(`${EXECUTOR} execute plans/vpc.yaml`, request({ approvedDigests: [OTHER] }));
    expect(d.decision).toBe('deny');
    expect(d.reason).toMatch(/not one the user approved/);
  });

  it('denies everything when the session knows no executor (no plugin root)', async () => {
    const d = await run(`${EXECUTOR} execute plans/vpc.yaml`, request({ executors: [] }));
    expect(d.decision).toBe('deny');
    expect(d.reason).toMatch(/not the execguard executor/);
  });
});
