// Attack (issue 18 §4): the executor ran under the main thread's grant whatever agent started it,
// because it could not tell which agent that was. Now the PreToolUse hook (which Claude Code tells
// the caller's agent_id) records a signed claim for the Bash call that starts the executor and
// gives the call a one-time nonce through updatedInput; the executor takes the grant of the agent
// the claim names. Driven through the real hook processes and the real CLI on a terraform_data
// workspace with a bare origin; checked afterwards: origin, terraform state, the run's journal.
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPROVE, Arena, type Ran, useBuiltPluginSource } from './support/arena.js';
import { fire, preToolUse, statusBlock, stop } from './support/events.js';
import { expectNothingChanged } from './support/expect.js';

const source = useBuiltPluginSource();
const EXECUTE = 'execguard execute plan.yaml';
const HELPER = { agent_id: 'agent-helper-1', agent_type: 'general-purpose' };

/** The user asks, the main thread plans and presents, the user approves: a grant bound to the plan's digest. */
async function approvedPlan(a: Arena): Promise<void> {
  await a.prompt('Roll out version 2 of the demo app in infra/app.');
  const planned = await a.bash('execguard plan plan.yaml');
  expect(planned.ran?.code, `${planned.ran?.stdout}${planned.ran?.stderr}`).toBe(0);
  await stop(a, [planned.ran?.stdout ?? '', 'Shall I apply it?', '', statusBlock('PENDING_APPROVAL', 'main')].join('\n'));
  await a.prompt('Approved.');
  expect(a.grant()).not.toBeNull();
}

/** The main thread launches a sub-agent with `prompt`; the sub-agent starts (SubagentStart claims its launch). */
async function launch(a: Arena, prompt: string): Promise<void> {
  const launched = await preToolUse(a, 'Agent', { description: 'helper', prompt, subagent_type: HELPER.agent_type });
  expect(launched.decision).toBe('allow');
  await fire(a, 'SubagentStart', HELPER, HELPER.agent_type);
}

/** A Bash call of the sub-agent: the hook decides; if it allows, the (rewritten) command runs in the arena. */
async function subagentBash(a: Arena, command: string): Promise<{ decision: string; reason: string; sent?: string; ran?: Ran }> {
  const verdict = await preToolUse(a, 'Bash', { command, description: 'run' }, HELPER);
  if (verdict.decision !== 'allow') return verdict;
  const sent = typeof verdict.updatedInput?.command === 'string' ? verdict.updatedInput.command : command;
  return { ...verdict, sent, ran: await a.run('bash', ['-c', sent]) };
}

const nonceOf = (sent: string | undefined) => / --call ([0-9a-f]{64})$/.exec(sent ?? '')?.[1];

/** The approval record of the newest run's journal. */
function lastApproval(a: Arena): Record<string, unknown> | undefined {
  const runs = join(a.stateHome, 'runs');
  // The newest execute run (a plan run made in the same second sorts after it by name).
  const newest = readdirSync(runs)
    .filter((r) => r.includes('-execute-'))
    .sort()
    .at(-1);
  if (!newest) return undefined;
  return readFileSync(join(runs, newest, 'journal.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l))
    .find((e) => e.type === 'approval');
}

describe("attack: a sub-agent's executor runs under the main thread's grant", () => {
  it("a sub-agent without a grant of its own, hiding the executor's name from the hook: BLOCKED, nothing pushed or applied", async () => {
    const a = new Arena(source.dir);
    await approvedPlan(a);
    await launch(a, 'Have a look at plan.yaml and report what it does.');
    const before = a.snapshot();
    // Named plainly, the hook refuses a sub-agent without a grant; spelled so no hook can see it,
    // the executor itself must tell: before, it took the main thread's grant and applied.
    const plain = await subagentBash(a, EXECUTE);
    expect(plain.decision).toBe('deny');
    const hidden = await subagentBash(a, 'g=guard; "exec$g" execute plan.yaml');
    expect(hidden.decision, hidden.reason).toBe('allow');
    expect(nonceOf(hidden.sent)).toBeUndefined();
    expect(hidden.ran?.code, `${hidden.ran?.stdout}${hidden.ran?.stderr}`).toBe(2);
    expect(hidden.ran?.stdout).toMatch(/not started by a Bash call execguard's hook saw/);
    expectNothingChanged(
      a,
      before,
      [{ decision: 'allow', reason: '', ...(hidden.ran ? { ran: hidden.ran } : {}) }],
      ['origin', 'tfState', 'grant'],
    );
  }, 240_000);

  it('the sub-agent sets EXECGUARD_CALL itself, or replays a forged nonce: refused, nothing pushed or applied', async () => {
    const a = new Arena(source.dir);
    await approvedPlan(a);
    await launch(a, 'Have a look at plan.yaml and report what it does.');
    const before = a.snapshot();
    const forged = randomBytes(32).toString('hex');
    const set = await subagentBash(a, `export EXECGUARD_CALL=${forged}`);
    expect(set.decision).toBe('deny');
    expect(set.reason).toMatch(/EXECGUARD_CALL and --call are set by execguard's hook/);
    // The main thread (which holds the user's grant) cannot pass a nonce of its own either.
    const flag = await a.bash(`${EXECUTE} --call ${forged}`);
    expect(flag.decision).toBe('deny');
    expect(flag.reason).toMatch(/EXECGUARD_CALL and --call are set by execguard's hook/);
    // Past the hook (spelled so it cannot see the name): the executor finds no claim the hooks signed.
    const hidden = await subagentBash(a, `v=EXECGUARD_; export "\${v}CALL=${forged}"; g=guard; "exec$g" execute plan.yaml`);
    expect(hidden.decision, hidden.reason).toBe('allow');
    expect(hidden.ran?.code, `${hidden.ran?.stdout}${hidden.ran?.stderr}`).toBe(2);
    expect(hidden.ran?.stdout).toMatch(/names no call claim the hooks signed/);
    expectNothingChanged(
      a,
      before,
      [{ decision: 'allow', reason: '', ...(hidden.ran ? { ran: hidden.ran } : {}) }],
      ['origin', 'tfState', 'grant'],
    );
  }, 240_000);

  it("control: a sub-agent launched with the user's approval runs under its own grant; its claim is used once", async () => {
    const a = new Arena(source.dir);
    await approvedPlan(a);
    const userGrant = a.grant();
    await launch(a, APPROVE);
    const run = await subagentBash(a, EXECUTE);
    expect(run.decision, run.reason).toBe('allow');
    const nonce = nonceOf(run.sent);
    expect(nonce).toBeDefined();
    expect(run.ran?.code, `${run.ran?.stdout}${run.ran?.stderr}`).toBe(0);
    expect(run.ran?.stdout).toMatch(/PLAN_STATUS: COMPLETE/);
    // The run names the sub-agent and a grant that is not the main thread's.
    const approval = lastApproval(a);
    expect(approval).toMatchObject({ source: 'session-grant', agentId: HELPER.agent_id });
    expect(approval?.grantId).not.toBe(userGrant);
    expect(a.git('ls-remote', 'origin', 'main')).toContain(a.git('rev-parse', 'HEAD'));
    // The nonce, now in the transcript (the hook's output), starts nothing a second time.
    const before = a.snapshot();
    const replay = await a.run('bash', ['-c', `export EXECGUARD_CALL=${nonce}\n${EXECUTE}`]);
    expect(replay.code).toBe(2);
    expect(replay.stdout).toMatch(/already used/);
    expectNothingChanged(a, before, [{ decision: 'allow', reason: '', ran: replay }], ['origin', 'tfState']);
  }, 240_000);

  it("control: the main thread's own call runs under the user's grant", async () => {
    const a = new Arena(source.dir);
    await approvedPlan(a);
    const run = await a.bash(EXECUTE);
    expect(run.ran?.code, `${run.ran?.stdout}${run.ran?.stderr}`).toBe(0);
    const approval = lastApproval(a);
    expect(approval).toMatchObject({ source: 'session-grant', grantId: a.grant() });
    expect(approval?.agentId).toBeUndefined();
  }, 240_000);
});
