// A loopback Messages API for the @anthropic-ai/sdk client (non-streaming): plays a scripted
// model, accepts both `x-api-key` and `Authorization: Bearer` auth (and records which), and can
// answer HTTP 529 (overloaded) a given number of times to exercise the client's retries.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Block = { type: 'text'; text: string } | { type: 'tool_use'; id: string; name: string; input: Record<string, unknown> };
export type Script = (messages: any[]) => Block[];

export interface SeenRequest {
  auth: 'x-api-key' | 'bearer' | 'none';
  key: string;
  status: number;
  body: any;
}

export interface MessagesServer {
  baseURL: string;
  seen: SeenRequest[];
  script: Script;
  /** Answer this many of the next requests with 529 overloaded. */
  overloadNext: number;
  close: () => Promise<void>;
}

export async function startMessagesServer(script: Script = () => [{ type: 'text', text: 'idle' }]): Promise<MessagesServer> {
  let counter = 0;
  const state: MessagesServer = { baseURL: '', seen: [], script, overloadNext: 0, close: async () => {} };
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const body = JSON.parse(raw || '{}');
      const apiKey = req.headers['x-api-key'];
      const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
      const seen: SeenRequest = {
        auth: apiKey ? 'x-api-key' : bearer ? 'bearer' : 'none',
        key: String(apiKey ?? bearer ?? ''),
        status: 200,
        body,
      };
      state.seen.push(seen);
      const json = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
        seen.status = status;
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(payload));
      };
      if (seen.auth === 'none') return json(401, { type: 'error', error: { type: 'authentication_error', message: 'no api key' } });
      if (state.overloadNext > 0) {
        state.overloadNext--;
        return json(529, { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } }, { 'retry-after-ms': '1' });
      }
      let content: Block[];
      try {
        content = state.script(body.messages ?? []);
      } catch (error) {
        content = [{ type: 'text', text: `script error: ${(error as Error).message}` }];
      }
      json(200, {
        id: `msg_${++counter}`,
        type: 'message',
        role: 'assistant',
        model: body.model,
        content,
        stop_reason: content.some((b) => b.type === 'tool_use') ? 'tool_use' : 'end_turn',
        stop_sequence: null,
        usage: { input_tokens: 1, output_tokens: 1 },
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return state;
}

/** Which step of a script comes next: the number of assistant turns so far. */
export const turn = (messages: any[]) => messages.filter((m) => m.role === 'assistant').length;
export const toolResults = (messages: any[]) =>
  messages.flatMap((m) => (Array.isArray(m.content) ? m.content.filter((b: any) => b.type === 'tool_result') : []));
let ids = 0;
export const toolUse = (name: string, input: Record<string, unknown> = {}): Block => ({
  type: 'tool_use',
  id: `toolu_${++ids}`,
  name,
  input,
});
export const text = (t: string): Block => ({ type: 'text', text: t });
export const statusBlock = (s: string, pending = '[]') =>
  `Done.\n<!-- AGENT_STATUS -->\nPLAN_STATUS: ${s}\nCURRENT_PHASE: Execute\nPENDING_STEPS: ${pending}\nNEXT_ACTION: Report to the orchestrator\nAGENT_ID: sdk-agent\n<!-- /AGENT_STATUS -->`;
