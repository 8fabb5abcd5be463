// The @anthropic-ai/sdk agent loop, driven by the real SDK client against a loopback Messages API
// server that plays a scripted model. Commands really run (or really don't) in a temp folder.
import Anthropic from '@anthropic-ai/sdk';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExecutionAgent } from '../../src/agent/index.js';
import { tempDir } from '../helpers/tmp.js';

type Block = { type: 'text'; text: string } | { type: 'tool_use'; id: string; name: string; input: Record<string, unknown> };
type Script = (messages: any[]) => Block[];

let script: Script = () => [{ type: 'text', text: 'idle' }];
const seen: { auth?: string; messages: any[] }[] = [];
let server: ReturnType<typeof createServer>;
let baseURL = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const request = JSON.parse(body || '{}');
      seen.push({ auth: req.headers.authorization ?? (req.headers['x-api-key'] as string | undefined), messages: request.messages });
      const content = script(request.messages);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          id: `msg_${seen.length}`,
          type: 'message',
          role: 'assistant',
          model: request.model,
          content,
          stop_reason: content.some((b) => b.type === 'tool_use') ? 'tool_use' : 'end_turn',
          stop_sequence: null,
          usage: { input_tokens: 1, output_tokens: 1 },
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const client = () => new Anthropic({ apiKey: 'sk-ant-test', baseURL, maxRetries: 0 });
const turn = (messages: any[]) => messages.filter((m) => m.role === 'assistant').length;
const toolResults = (messages: any[]) => messages.flatMap((m) => (Array.isArray(m.content) ? m.content.filter((b: any) => b.type === 'tool_result') : []));
const bash = (command: string): Block => ({ type: 'tool_use', id: `toolu_${command.length}_${Math.random().toString(36).slice(2)}`, name: 'bash', input: { command } });
const status = (s: string, pending = '[]') =>
  `Done.\n<!-- AGENT_STATUS -->\nPLAN_STATUS: ${s}\nCURRENT_PHASE: Execute\nPENDING_STEPS: ${pending}\nNEXT_ACTION: Report to the orchestrator\nAGENT_ID: sdk-agent\n<!-- /AGENT_STATUS -->`;

describe('agent loop on @anthropic-ai/sdk', () => {
  it('refuses a destroy even with a generic approval, runs an allowed command, and accepts a valid final block', async () => {
    const dir = tempDir('execguard-agent-');
    script = (messages) =>
      [
        [bash(`terraform destroy -auto-approve && touch ${join(dir, 'destroyed')}`)],
        [bash(`touch ${join(dir, 'ran')}`)],
        [{ type: 'text', text: status('COMPLETE') } as Block],
      ][turn(messages)] ?? [{ type: 'text', text: 'over' }];
    const result = await runExecutionAgent({ client: client(), model: 'claude-test', prompt: 'User approved. Execute the plan.', workspace: { cwd: dir } });

    expect(existsSync(join(dir, 'destroyed'))).toBe(false);
    expect(existsSync(join(dir, 'ran'))).toBe(true);
    const results = toolResults(seen.at(-1)!.messages);
    expect(results[0].is_error).toBe(true);
    expect(results[0].content).toMatch(/terraform-destroy/);
    expect(results[1].is_error).toBe(false);
    expect(result.statusValid).toBe(true);
    expect(result.turns).toBe(3);
    expect(seen.at(-1)!.auth).toBe('Bearer sk-ant-test');
  });

  it('without an approval in the prompt, a state-changing command is refused with the present-the-plan reason', async () => {
    const dir = tempDir('execguard-agent-');
    script = (messages) => (turn(messages) === 0 ? [bash('git push origin main')] : [{ type: 'text', text: status('BLOCKED', '["get approval"]') }]);
    const result = await runExecutionAgent({ client: client(), model: 'claude-test', prompt: 'Look at the repo and push.', workspace: { cwd: dir } });
    const [denied] = toolResults(seen.at(-1)!.messages);
    expect(denied.is_error).toBe(true);
    expect(denied.content).toMatch(/PENDING_APPROVAL/);
    expect(result.statusValid).toBe(true);
  });

  it('sends an invalid AGENT_STATUS block back with its errors, and accepts the corrected one', async () => {
    const dir = tempDir('execguard-agent-');
    script = (messages) =>
      turn(messages) === 0 ? [{ type: 'text', text: status('COMPLETE', '["left over"]') }] : [{ type: 'text', text: status('COMPLETE') }];
    const result = await runExecutionAgent({ client: client(), model: 'claude-test', prompt: 'User approved. Execute the plan.', workspace: { cwd: dir } });
    const correction = seen.at(-1)!.messages.at(-1);
    expect(correction.role).toBe('user');
    expect(correction.content).toMatch(/PENDING_STEPS/);
    expect(result.statusValid).toBe(true);
    expect(result.turns).toBe(2);
  });

  it('gives up after the retries and reports the remaining errors', async () => {
    const dir = tempDir('execguard-agent-');
    script = () => [{ type: 'text', text: 'All done, no status block.' }];
    const result = await runExecutionAgent({ client: client(), model: 'claude-test', prompt: 'User approved. Execute the plan.', workspace: { cwd: dir }, statusRetries: 1 });
    expect(result.statusValid).toBe(false);
    expect(result.statusErrors.join('\n')).toMatch(/AGENT_STATUS/);
    expect(result.turns).toBe(2);
  });
});
