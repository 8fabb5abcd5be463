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
      // Nothing else fires: this harness gives the guard no file access, so only the question
      // about the executor file it cannot read remains.
      expect(d.decision, d.reason).toBe('ask');
      expect(ruleOf(d)).toEqual(['unreadable']);
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

  const EXECUTOR_EXACT = `\`${EXECUTOR} execute PLAN.yaml\``;
  it.each<[string, string, UnsandboxedRequest, string]>([
    [
      'anything but one plain executor command',
      `${EXECUTOR} execute plans/vpc.yaml | tee out.txt`,
      request(),
      'only one plain executor command may (execute PLAN, resume RUN_ID or rollback RUN_ID, nothing chained, redirected or expanded). In contained mode only an approved execguard run leaves the sandbox; for anything else run it again without dangerouslyDisableSandbox.',
    ],
    [
      'another executor',
      '/tmp/evil/bin/execguard execute plans/vpc.yaml',
      request(),
      `\`/tmp/evil/bin/execguard\` is not the execguard executor this session trusts. In contained mode only an approved execguard run leaves the sandbox; after the user approves, run ${EXECUTOR_EXACT} with dangerouslyDisableSandbox; otherwise run it again without dangerouslyDisableSandbox.`,
    ],
    [
      'no executor known',
      `${EXECUTOR} execute plans/vpc.yaml`,
      request({ executors: [] }),
      'after the user approves, run the executor by its absolute path with dangerouslyDisableSandbox',
    ],
    [
      'no grant',
      `${EXECUTOR} execute plans/vpc.yaml`,
      request({ granted: false }),
      'there is no active approval from the user. In contained mode only an approved execguard run leaves the sandbox; present the plan (execguard plan), end with PLAN_STATUS: PENDING_APPROVAL and wait for the user.',
    ],
    [
      'a grant bound to no digest',
      `${EXECUTOR} execute plans/vpc.yaml`,
      request({ approvedDigests: [] }),
      'present the `execguard plan` output (its Plan digest line) and ask the user to approve that plan.',
    ],
    [
      'another digest',
      `${EXECUTOR} execute plans/other.yaml`,
      request(),
      `execute plans/other.yaml would run the plan ${OTHER.slice(0, 19)}…, not one the user approved. In contained mode only an approved execguard run leaves the sandbox; run \`execguard plan\` on it (inside the sandbox), present the digest and ask the user to approve it.`,
    ],
    [
      'a plan never planned',
      `${EXECUTOR} execute plans/unknown.yaml`,
      request(),
      'no `execguard plan` digest is recorded for plans/unknown.yaml.',
    ],
  ])('the reason for %s says what to do instead', async (_why, command, unsandboxed, says) => {
    const d = await run(command, unsandboxed);
    expect(d.decision).toBe('deny');
    expect(d.reason).toMatch(/^unsandboxed-request: blocked a request to run outside the sandbox \(dangerouslyDisableSandbox\): /);
    expect(d.reason).toContain(says);
  });

  it('the digest is shown short, never whole', async () => {
    const d = await run(`${EXECUTOR} execute plans/other.yaml`);
    expect(d.reason).not.toContain(OTHER.slice(0, 20));
  });
});
