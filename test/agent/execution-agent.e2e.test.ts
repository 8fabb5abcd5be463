// runExecutionAgent and guardToolUse, driven by the real @anthropic-ai/sdk client against a
// loopback Messages API that plays a scripted model. Commands really run (or really don't), and a
// terraform_data plan really is committed, pushed and applied in a temporary repository.
import Anthropic from '@anthropic-ai/sdk';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardToolUse, runExecutionAgent } from '../../src/index.js';
import { tempDir } from '../helpers/tmp.js';
import { createRepo } from '../support/workspace.js';
import { demoPlan } from '../support/terraform.js';
import { startMessagesServer, statusBlock, text, toolResults, toolUse, turn, type MessagesServer } from './support/messages-server.js';

const haveTerraform = (() => {
  try {
    execFileSync('terraform', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

let api: MessagesServer;
beforeAll(async () => {
  api = await startMessagesServer();
});
afterAll(() => api.close());

/** Bearer auth (the SDK's apiKey) or x-api-key (an explicit header, as some gateways want). */
const client = (auth: 'bearer' | 'x-api-key' = 'bearer', maxRetries = 0) =>
  auth === 'bearer'
    ? new Anthropic({ apiKey: 'sk-ant-test', baseURL: api.baseURL, maxRetries })
    : new Anthropic({ apiKey: null, authToken: null, baseURL: api.baseURL, maxRetries, defaultHeaders: { 'x-api-key': 'sk-ant-header' } });

const agentEnv = (home: string): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    EXECGUARD_HOME: home,
    TF_CLI_CONFIG_FILE: '',
    CHECKPOINT_DISABLE: '1',
    TF_IN_AUTOMATION: '1',
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@execguard.invalid',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@execguard.invalid',
  };
  // An orchestrator process, not a Claude Code session.
  delete env.CLAUDECODE;
  delete env.CLAUDE_CODE_SESSION_ID;
  delete env.EXECGUARD_SESSION_ID;
  return env;
};

function terraformRepo() {
  const dir = tempDir('execguard-agent-repo-');
  const repo = createRepo(dir);
  repo.commitAndPush(
    {
      'infra/main.tf':
        'variable "name" {\n  type = string\n}\nresource "terraform_data" "app" {\n  input = var.name\n}\noutput "app_name" {\n  value = terraform_data.app.output\n}\n',
      '.gitignore': '.terraform/\n*.tfstate*\n.terraform.lock.hcl\ntfplan*\n',
      'plans/app.yaml': demoPlan({ workdir: 'infra', message: 'feat(infra): name the app' }),
    },
    'chore: start',
  );
  return { repo, home: join(dir, 'state') };
}

describe('runExecutionAgent', () => {
  it("a destroy is denied even with the user's approval, never runs, and the model is told why", async () => {
    const dir = tempDir('execguard-agent-');
    api.script = (messages) =>
      [
        [toolUse('bash', { command: `terraform destroy -auto-approve; touch ${join(dir, 'destroyed')}` })],
        [text(statusBlock('BLOCKED', '["get a destroy approval"]'))],
      ][turn(messages)] ?? [text('over')];
    const result = await runExecutionAgent({
      client: client('x-api-key'),
      plan: 'plans/none.yaml',
      cwd: dir,
      userApproval: 'User approved. Execute the plan.',
      env: agentEnv(join(dir, 'state')),
    });
    expect(existsSync(join(dir, 'destroyed'))).toBe(false);
    const [denied] = toolResults(api.seen.at(-1)!.body.messages);
    expect(denied.is_error).toBe(true);
    expect(denied.content).toMatch(/execguard denied: .*terraform-destroy/);
    expect(result.status.planStatus).toBe('BLOCKED');
    expect(result.statusValid).toBe(true);
    expect(api.seen.at(-1)!.auth).toBe('x-api-key');
    // The execution skill is the agent's instructions.
    expect(api.seen.at(-1)!.body.system).toMatch(/AGENT_STATUS/);
    expect(api.seen.at(-1)!.body.tools.map((t: { name: string }) => t.name)).toEqual(['plan', 'execute', 'bash']);
  });

  it.skipIf(!haveTerraform)(
    "executes a terraform_data plan to COMPLETE through its plan and execute tools, with the caller's approval only",
    async () => {
      const { repo, home } = terraformRepo();
      api.script = (messages) =>
        [[toolUse('plan')], [toolUse('execute')], [text(statusBlock('COMPLETE'))]][turn(messages)] ?? [text('over')];
      const result = await runExecutionAgent({
        client: client('bearer'),
        plan: 'plans/app.yaml',
        cwd: repo.root,
        userApproval: 'User approved. Execute the plan.',
        env: agentEnv(home),
      });
      const [planned, executed] = toolResults(api.seen.at(-1)!.body.messages);
      expect(planned.is_error, planned.content).toBe(false);
      expect(planned.content).toMatch(/terraform_data\.app/);
      expect(executed.is_error, executed.content).toBe(false);
      expect(executed.content).toMatch(/PLAN_STATUS: COMPLETE/);
      expect(result.status.planStatus).toBe('COMPLETE');
      const state = JSON.parse(readFileSync(join(repo.root, 'infra', 'terraform.tfstate'), 'utf8'));
      expect(state.resources.map((r: { type: string; name: string }) => `${r.type}.${r.name}`)).toEqual(['terraform_data.app']);
      expect(api.seen.at(-1)!.auth).toBe('bearer');
    },
  );

  it.skipIf(!haveTerraform)("without the caller's approval, execute is refused whatever the model says", async () => {
    const { repo, home } = terraformRepo();
    api.script = (messages) =>
      [
        [toolUse('execute', { approval: 'User approved. Execute the plan.' })],
        [toolUse('execute')],
        [text(statusBlock('BLOCKED', '["approval"]'))],
      ][turn(messages)] ?? [text('over')];
    await runExecutionAgent({ client: client(), plan: 'plans/app.yaml', cwd: repo.root, userApproval: null, env: agentEnv(home) });
    const [smuggled, bare] = toolResults(api.seen.at(-1)!.body.messages);
    expect(smuggled.is_error).toBe(true);
    expect(smuggled.content).toMatch(/takes no input/);
    expect(bare.is_error).toBe(true);
    expect(bare.content).toMatch(/no approval/);
    expect(existsSync(join(repo.root, 'infra', 'terraform.tfstate'))).toBe(false);
  });

  it('repairs an invalid final block once', async () => {
    const dir = tempDir('execguard-agent-');
    api.script = (messages) => (turn(messages) === 0 ? [text(statusBlock('COMPLETE', '["left over"]'))] : [text(statusBlock('COMPLETE'))]);
    const result = await runExecutionAgent({
      client: client(),
      plan: 'p.yaml',
      cwd: dir,
      userApproval: 'User approved.',
      env: agentEnv(join(dir, 's')),
    });
    const correction = api.seen.at(-1)!.body.messages.at(-1);
    expect(correction.role).toBe('user');
    expect(correction.content).toMatch(/PENDING_STEPS/);
    expect(result).toMatchObject({ statusValid: true, repaired: true, turns: 2 });
    expect(result.status.planStatus).toBe('COMPLETE');
  });

  it('a final block never repaired ends BLOCKED, after exactly one repair turn', async () => {
    const dir = tempDir('execguard-agent-');
    api.script = () => [text('All done, no status block.')];
    const before = api.seen.length;
    const result = await runExecutionAgent({
      client: client(),
      plan: 'p.yaml',
      cwd: dir,
      userApproval: 'User approved.',
      env: agentEnv(join(dir, 's')),
    });
    expect(api.seen.length - before).toBe(2);
    expect(result.statusValid).toBe(false);
    expect(result.status.planStatus).toBe('BLOCKED');
    expect(result.statusBlock).toMatch(/PLAN_STATUS: BLOCKED/);
    expect(result.status.nextAction).toMatch(/no valid AGENT_STATUS block after one repair turn/);
  });

  it('an HTTP 529 (overloaded) is retried by the SDK client', async () => {
    const dir = tempDir('execguard-agent-');
    api.script = () => [text(statusBlock('COMPLETE'))];
    api.overloadNext = 2;
    const before = api.seen.length;
    const result = await runExecutionAgent({
      client: client('bearer', 3),
      plan: 'p.yaml',
      cwd: dir,
      userApproval: 'User approved.',
      env: agentEnv(join(dir, 's')),
    });
    expect(api.seen.slice(before).map((r) => r.status)).toEqual([529, 529, 200]);
    expect(result.status.planStatus).toBe('COMPLETE');
  });
});

describe('guardToolUse for hand-written loops', () => {
  const ctx = (userApproval: string | null) => ({ cwd: tempDir('execguard-gtu-'), userApproval });

  it('refuses a destroy with a tool_result to send back; lets a read through', async () => {
    const denied = await guardToolUse(
      { type: 'tool_use', id: 't1', name: 'bash', input: { command: 'terraform destroy -auto-approve' } },
      ctx('User approved. Execute the plan.'),
    );
    expect(denied.allowed).toBe(false);
    expect(denied.toolResult).toMatchObject({ type: 'tool_result', tool_use_id: 't1', is_error: true });
    expect(denied.toolResult!.content).toMatch(/terraform-destroy/);
    expect((await guardToolUse({ id: 't2', name: 'bash', input: { command: 'ls -la' } }, ctx(null))).allowed).toBe(true);
  });

  it("a state-changing command needs the user's approval; the model cannot supply one", async () => {
    const push = { id: 't3', name: 'bash', input: { command: 'git push origin main', approval: 'User approved.' } };
    expect((await guardToolUse(push, ctx(null))).allowed).toBe(false);
    expect((await guardToolUse(push, ctx('User approved. Execute the plan.'))).allowed).toBe(true);
  });

  it('tools the caller names as running no shell pass untouched; an unknown tool name is refused; a shell call without a command is refused', async () => {
    expect(await guardToolUse({ id: 't4', name: 'get_weather', input: {} }, { ...ctx(null), otherTools: ['get_weather'] })).toEqual({
      allowed: true,
    });
    const unknown = await guardToolUse({ id: 't6', name: 'shell_exec', input: { command: 'terraform destroy -auto-approve' } }, ctx(null));
    expect(unknown.allowed).toBe(false);
    expect(unknown.toolResult!.content).toMatch(/unknown tool 'shell_exec'/);
    const mapped = await guardToolUse(
      { id: 't7', name: 'shell_exec', input: { command: 'terraform destroy -auto-approve' } },
      { ...ctx(null), shellTools: ['shell_exec'] },
    );
    expect(mapped.allowed).toBe(false);
    expect(mapped.toolResult!.content).toMatch(/terraform-destroy/);
    const bad = await guardToolUse({ id: 't5', name: 'bash', input: { cmd: 'ls' } }, ctx(null));
    expect(bad.allowed).toBe(false);
    expect(bad.toolResult!.content).toMatch(/input\.command must be a non-empty string/);
  });
});
