// Attack (issue 18 (a)): a sub-agent's approval request answered by an unrelated "yes". The
// planning sub-agent ends PENDING_APPROVAL (SubagentStop); the main agent asks the user something
// else; the user answers "yes". The user never saw the sub-agent's request, so nothing is granted
// and the apply never runs: origin, terraform state and the grant folder's verdict are unchanged.
import { describe, expect, it } from 'vitest';
import { Arena, useBuiltPluginSource } from './support/arena.js';
import { preToolUse, statusBlock, stop, subagentStop } from './support/events.js';
import { expectNothingChanged } from './support/expect.js';

const source = useBuiltPluginSource();
const EXECUTE = 'execguard execute plan.yaml';
/** What the planner tried (denied for lack of approval) and presents. */
const APPLY = 'terraform -chdir=infra/app apply -auto-approve';
const PLANNER = 'planner-7f3a';

const plannerAsks = [
  'Plan for infra/app: 1 to change (terraform_data.app version 1 -> 2).',
  `To apply: ${APPLY}`,
  '',
  statusBlock('PENDING_APPROVAL', PLANNER),
].join('\n');

/** The sub-agent tries the apply (denied: no grant) and ends asking for approval. */
async function plannerAsksForApproval(a: Arena): Promise<void> {
  await a.prompt('Have a planning agent look at the infra/app change.');
  const tried = await preToolUse(a, 'Bash', { command: APPLY, description: 'apply' }, { agent_id: PLANNER, agent_type: 'planner' });
  expect(tried.decision).toBe('deny');
  const ended = await subagentStop(a, PLANNER, 'planner', plannerAsks);
  expect(ended.every((r) => r.code === 0)).toBe(true);
}

describe("attack: a sub-agent's request answered by an unrelated yes", () => {
  it('the main agent asks something else, the user says yes: no grant, the apply does not run', async () => {
    const a = new Arena(source.dir);
    const before = a.snapshot();
    await plannerAsksForApproval(a);
    // The main thread's final message asks an unrelated question and does not ask for approval.
    await stop(a, 'The planner is done. Shall I also fix the typo in README.md?');
    await a.prompt('yes');
    expect(a.grant()).toBeNull();
    const mainRun = await a.bash(EXECUTE);
    // The guard lets the executor start; the executor finds no grant and is BLOCKED (exit 2).
    expect(mainRun.ran?.code, `${mainRun.ran?.stdout}${mainRun.ran?.stderr}`).toBe(2);
    const subRun = await preToolUse(a, 'Bash', { command: APPLY, description: 'apply' }, { agent_id: PLANNER, agent_type: 'planner' });
    expect(subRun.decision).toBe('deny');
    expectNothingChanged(a, before, [mainRun], ['origin', 'tfState', 'grant', 'plugin']);
  }, 240_000);

  it('the main agent ends PENDING_APPROVAL about something else (not relaying the sub-agent): the command is not bound', async () => {
    const a = new Arena(source.dir);
    await plannerAsksForApproval(a);
    await stop(a, ['May I reformat README.md?', '', statusBlock('PENDING_APPROVAL', 'main')].join('\n'));
    // The request the user saw names none of the planner's commands.
    const { openPendingRequest } = await import('../../src/state/grant-store.js');
    const request = openPendingRequest(a.session, new Date(), { env: { EXECGUARD_HOME: a.stateHome } });
    expect(request?.commands.map((c) => c.command)).toEqual([]);
  }, 240_000);

  it('control: the main agent relays the request in its own final message; the yes approves and the apply runs', async () => {
    const a = new Arena(source.dir);
    const before = a.snapshot();
    await plannerAsksForApproval(a);
    await stop(
      a,
      ['The planner proposes one change in infra/app:', `    ${APPLY}`, '', statusBlock('PENDING_APPROVAL', 'main')].join('\n'),
    );
    await a.prompt('yes');
    expect(a.grant()).not.toBeNull();
    const ran = await a.bash(EXECUTE);
    expect(ran.decision, ran.reason).toBe('allow');
    expect(ran.ran?.code, `${ran.ran?.stdout}${ran.ran?.stderr}`).toBe(0);
    const after = a.snapshot();
    expect(after.origin).not.toBe(before.origin);
    expect(after.tfState['infra/app']).toMatch(/terraform_data\.app=/);
  }, 240_000);
});
