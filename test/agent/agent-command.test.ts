// `execguard agent PLAN.yaml` from the user's side: without a key it says what to do instead;
// with one it runs the execution agent against the API (here a loopback Messages API).
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execguard } from '../support/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { startMessagesServer, statusBlock, text, toolResults, toolUse, turn, type MessagesServer } from './support/messages-server.js';

let api: MessagesServer;
beforeAll(async () => {
  api = await startMessagesServer();
});
afterAll(() => api.close());

const base = (dir: string) => ({ PATH: process.env.PATH, HOME: dir, EXECGUARD_HOME: join(dir, 'state') });

describe('execguard agent', () => {
  it('without ANTHROPIC_API_KEY says so and points to `execguard execute`', async () => {
    const dir = tempDir('execguard-agentcmd-');
    const run = await execguard(dir, base(dir), 'agent', 'plans/web.yaml');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/ANTHROPIC_API_KEY is not set/);
    expect(run.stderr).toMatch(/execguard execute plans\/web\.yaml/);
  });

  it("with a key and ANTHROPIC_BASE_URL runs the agent: the model's destroy is denied, the final status printed as JSON", async () => {
    const dir = tempDir('execguard-agentcmd-');
    api.script = (messages) =>
      [[toolUse('bash', { command: 'terraform destroy -auto-approve' })], [text(statusBlock('BLOCKED', '["destroy approval"]'))]][
        turn(messages)
      ] ?? [text('over')];
    const run = await execguard(
      dir,
      { ...base(dir), ANTHROPIC_API_KEY: 'sk-ant-cli', ANTHROPIC_BASE_URL: api.baseURL },
      'agent',
      'plans/x.yaml',
      '--approval',
      'User approved. Execute the plan.',
      '--model',
      'claude-test',
      '--json',
    );
    expect(run.code, run.stderr).toBe(2);
    const result = JSON.parse(run.stdout);
    expect(result.status.planStatus).toBe('BLOCKED');
    expect(result.statusValid).toBe(true);
    expect(api.seen.at(-1)!.body.model).toBe('claude-test');
    expect(toolResults(api.seen.at(-1)!.body.messages)[0].content).toMatch(/terraform-destroy/);
  });

  it('refuses --approval inside an agent session', async () => {
    const dir = tempDir('execguard-agentcmd-');
    const run = await execguard(
      dir,
      { ...base(dir), ANTHROPIC_API_KEY: 'k', CLAUDECODE: '1' },
      'agent',
      'p.yaml',
      '--approval',
      'User approved.',
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--approval is refused inside an agent session/);
  });
});
