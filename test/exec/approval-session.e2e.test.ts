// The executor takes its approval from the session, never from its own argv inside an agent
// session (CLAUDECODE=1 or a session id): --approval is refused there, a session with no grant is
// BLOCKED with nothing done, and the grant's scope is checked against the plan (environment,
// destroy, the plan digests it is bound to). Outside agent sessions --approval still works and is
// journaled as source cli-flag.
import { describe, expect, it } from 'vitest';
import { parseApproval } from '../../src/approval/scope.js';
import { recordExecutorCall } from '../../src/state/executor-calls.js';
import { recordGrant } from '../../src/state/grant-store.js';
import { runCli } from '../support/cli.js';
import { errorTypeOf, expectStatus, journalOf, runIdOf } from './support/assert-run.js';
import { APPROVAL, originHead, tfConfig, workspace, type Workspace } from '../support/workspace.js';

/**
 * Runs the CLI as an agent's Bash tool would: CLAUDECODE=1, the session id SessionStart exported,
 * and the main thread's call claim the PreToolUse hook records for the call (test/attacks/
 * executor-agent.e2e.test.ts drives the real hook for it).
 */
function asAgent(ws: Workspace, session: string | undefined, ...argv: string[]) {
  const call = session ? recordExecutorCall(ws.home, { sessionId: session, command: `execguard ${argv.join(' ')}` }) : undefined;
  const env = {
    ...ws.env,
    CLAUDECODE: '1',
    ...(session ? { EXECGUARD_SESSION_ID: session } : {}),
    ...(call ? { EXECGUARD_CALL: call } : {}),
  };
  return runCli(argv, { cwd: ws.repo, env });
}

function grant(
  ws: Workspace,
  session: string,
  text: string,
  binding?: { digests: string[]; environments: ('dev' | 'staging' | 'prod')[] },
) {
  // The binding is what the hooks record when the user answers a request that showed plans.
  return recordGrant(
    { sessionId: session, source: 'user-prompt', scope: parseApproval(text), approvalMinutes: 30, ...(binding ? { binding } : {}) },
    { home: ws.home },
  );
}

function nothingDone(ws: Workspace, run: { stdout: string }, before: string) {
  expect(originHead(ws)).toBe(before);
  expect(ws.git('status', '--porcelain')).toBe('M infra/app/main.tf');
  expect(journalOf(ws, runIdOf(run.stdout)).filter((e) => e.type === 'step-start')).toEqual([]);
}

describe('executor approval inside an agent session', () => {
  it('CLAUDECODE=1 with a session that has no grant: BLOCKED (Approval), nothing done, journaled', async () => {
    const ws = workspace();
    ws.write('infra/app/main.tf', tfConfig([{ name: 'app' }, { name: 'x' }]));
    const before = originHead(ws);
    for (const session of ['no-grant-session', undefined]) {
      const run = await asAgent(ws, session, 'execute', 'plan.yaml');
      expect(run.code).toBe(2);
      expect(errorTypeOf(run.stdout)).toBe('Approval');
      const pending = expectStatus(run.stdout, 'BLOCKED');
      expect(pending[0]).toMatch(/^Ask the user to approve: the plan plan/);
      expect(run.stdout).toMatch(session ? /session no-grant-session holds no active grant/ : /without a session id/);
      nothingDone(ws, run, before);
      expect(journalOf(ws, runIdOf(run.stdout)).at(-1)).toMatchObject({ type: 'run-end', status: 'BLOCKED', errorClass: 'Approval' });
    }
  });

  it('--approval is refused inside an agent session, even with a grant, and even for rollback and resume', async () => {
    const ws = workspace();
    ws.write('infra/app/main.tf', tfConfig([{ name: 'app' }, { name: 'x' }]));
    grant(ws, 's1', 'User approved. Execute the plan.');
    const before = originHead(ws);
    const run = await asAgent(ws, 's1', 'execute', 'plan.yaml', '--approval', APPROVAL);
    expect(run.code).toBe(2);
    expect(errorTypeOf(run.stdout)).toBe('Approval');
    expect(run.stdout).toMatch(/--approval is not accepted inside an agent session/);
    nothingDone(ws, run, before);
    const back = await asAgent(ws, 's1', 'rollback', runIdOf(run.stdout), '--approval', 'User approved. Roll back and destroy.');
    // The blocked run committed nothing: rollback refuses --approval before looking further.
    expect(back.stdout).toMatch(/--approval is not accepted inside an agent session/);
  });

  it('the session grant approves: COMPLETE, journaled as session-grant with its id', async () => {
    const ws = workspace();
    ws.write('infra/app/main.tf', tfConfig([{ name: 'app' }, { name: 'x' }]));
    const g = grant(ws, 's2', 'User approved. Execute the plan.');
    const run = await asAgent(ws, 's2', 'execute', 'plan.yaml');
    expect(run.stdout).toContain('## Execution Complete ✅');
    expect(journalOf(ws, runIdOf(run.stdout)).find((e) => e.type === 'approval')).toMatchObject({
      source: 'session-grant',
      grantId: g.id,
      sessionId: 's2',
    });
  });

  it('a "dev only" grant cannot run infra/prod; a grant bound to other digests cannot run this plan', async () => {
    const ws = workspace();
    ws.write('infra/prod/main.tf', tfConfig([{ name: 'app' }]));
    ws.git('add', '-A');
    ws.git('commit', '-q', '-m', 'chore: prod workspace');
    ws.git('push', '-q', 'origin', 'main');
    ws.write('infra/prod/main.tf', tfConfig([{ name: 'app' }, { name: 'x' }]));
    ws.write(
      'prod.yaml',
      ws
        .read('plan.yaml')
        .replace('workdir: infra/app', 'workdir: infra/prod')
        .replace('files: [infra/app/main.tf]', 'files: [infra/prod/main.tf]'),
    );
    grant(ws, 'dev-only', 'User approved for dev only. Execute the plan.');
    const before = originHead(ws);
    const dev = await asAgent(ws, 'dev-only', 'execute', 'prod.yaml');
    expect(dev.code).toBe(2);
    expect(errorTypeOf(dev.stdout)).toBe('Approval');
    expect(dev.stdout).toMatch(/the plan targets prod \(workdir infra\/prod\), and the approval covers only dev/);
    expect(originHead(ws)).toBe(before);

    grant(ws, 'bound', 'User approved. Execute the plan.', { digests: [`sha256:${'0'.repeat(64)}`], environments: [] });
    const bound = await asAgent(ws, 'bound', 'execute', 'prod.yaml');
    expect(bound.code).toBe(2);
    expect(bound.stdout).toMatch(/digest sha256:[0-9a-f]{12}… is not one the user approved/);
    expect(originHead(ws)).toBe(before);
  });
});

describe("a library caller (orchestrator) passing its user's approval in-process", () => {
  it('is the approval even when the process runs in an agent session, journaled as caller', async () => {
    const ws = workspace();
    ws.write('infra/app/main.tf', tfConfig([{ name: 'app' }, { name: 'x' }]));
    const { executePlan } = await import('../../src/exec/run/execute.js');
    const result = await executePlan({ planArg: 'plan.yaml', cwd: ws.repo, env: { ...ws.env, CLAUDECODE: '1' }, callerApproval: APPROVAL });
    expect(result.status).toBe('COMPLETE');
    expect(journalOf(ws, result.runId).find((e) => e.type === 'approval')).toMatchObject({ source: 'caller' });
  });
});

describe('outside agent sessions', () => {
  it('--approval TEXT works for a person at a terminal or CI and is journaled as cli-flag', async () => {
    const ws = workspace();
    ws.write('infra/app/main.tf', tfConfig([{ name: 'app' }, { name: 'x' }]));
    const run = await ws.cli('execute', 'plan.yaml', '--approval', APPROVAL);
    expect(run.stdout).toContain('## Execution Complete ✅');
    expect(journalOf(ws, runIdOf(run.stdout)).find((e) => e.type === 'approval')).toMatchObject({ source: 'cli-flag', text: APPROVAL });
  });
});
