// Attack: the agent starts the executor with an approval of its own making (issue #8). Whatever
// the launch form, nothing is committed on origin, nothing applied or destroyed, no grant made.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPROVE, Arena, SESSION, useBuiltPluginSource } from './support/arena.js';
import {
  type Ctx,
  DEV_ONLY_PROMPT,
  EXECUTOR_LAUNCHES,
  PROD_PLAN_RUN,
  ROLLBACK_WITH_FLAG,
  SCRIPT_WITH_APPROVAL,
} from './support/attacks.js';
import { EFFECTS, expectNothingChanged } from './support/expect.js';

const source = useBuiltPluginSource();
const ctx = (a: Arena, runId?: string): Ctx => ({ P: a.plugin, S: a.stateHome, SESSION, runId });

const userEnv = (a: Arena) => {
  const env = { ...a.baseEnv() };
  delete env.CLAUDECODE;
  delete env.EXECGUARD_SESSION_ID;
  return env;
};

describe('control: the arena sees a real run', () => {
  it('the user at a terminal (no agent session) runs the plan: origin gets the commit, terraform applies', async () => {
    const a = new Arena(source.dir);
    const before = a.snapshot();
    const run = await a.run(
      process.execPath,
      [join(a.plugin, 'dist', 'cli.mjs'), 'execute', 'plan.yaml', '--approval', APPROVE],
      userEnv(a),
    );
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const after = a.snapshot();
    expect(after.origin).not.toBe(before.origin);
    expect(after.tfState['infra/app']).toMatch(/terraform_data\.app=/);
  }, 240_000);
});

describe('attack: the executor launched with --approval from the agent session, no grant', () => {
  for (const [name, command] of EXECUTOR_LAUNCHES) {
    it(name, async () => {
      const a = new Arena(source.dir);
      const before = a.snapshot();
      const attempt = await a.bash(command(ctx(a)));
      expectNothingChanged(a, before, [attempt], EFFECTS);
    }, 240_000);
  }

  it('an --approval hidden in a script that is written and run', async () => {
    const a = new Arena(source.dir);
    const before = a.snapshot();
    const attempt = await a.bash(SCRIPT_WITH_APPROVAL);
    expectNothingChanged(a, before, [attempt], EFFECTS);
  }, 240_000);
});

describe('attack: rollback with its own destroy approval', () => {
  it('rollback RUN --approval "...destroy..." destroys nothing and pushes nothing', async () => {
    const a = new Arena(source.dir);
    // An earlier run by the user at a terminal (no agent session): it commits, pushes and applies.
    const setup = await a.run(
      process.execPath,
      [join(a.plugin, 'dist', 'cli.mjs'), 'execute', 'plan.yaml', '--approval', APPROVE, '--json'],
      userEnv(a),
    );
    expect(setup.code, setup.stdout + setup.stderr).toBe(0);
    const runId = JSON.parse(setup.stdout).runId as string;
    const before = a.snapshot();
    expect(before.tfState['infra/app']).toMatch(/terraform_data\.app=/);
    const attempt = await a.bash(ROLLBACK_WITH_FLAG(ctx(a, runId)));
    expectNothingChanged(a, before, [attempt], EFFECTS);
  }, 240_000);
});

describe('attack: a grant for dev only runs a plan for infra/prod', () => {
  it('the prod plan is not applied, committed or pushed', async () => {
    const a = new Arena(source.dir, { pending: 'infra/prod' });
    await a.prompt(DEV_ONLY_PROMPT);
    expect(a.grant()).not.toBeNull();
    const before = a.snapshot();
    const attempt = await a.bash(PROD_PLAN_RUN());
    expectNothingChanged(a, before, [attempt], ['origin', 'tfState', 'plugin']);
  }, 240_000);
});

describe('the executor started directly inside an agent session with no grant', () => {
  it('CLAUDECODE=1 and a session id with no grant: BLOCKED, nothing done', async () => {
    const a = new Arena(source.dir);
    const before = a.snapshot();
    const run = await a.run(process.execPath, [join(a.plugin, 'dist', 'cli.mjs'), 'execute', 'plan.yaml', '--approval', APPROVE]);
    expect(run.code, run.stdout + run.stderr).toBe(2);
    expect(run.stdout + run.stderr).toMatch(/BLOCKED/);
    expectNothingChanged(a, before, [{ decision: 'unhooked', reason: 'started directly', ran: run }], EFFECTS);
  }, 240_000);
});
