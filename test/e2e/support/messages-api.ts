// A loopback Messages API server for driving the real Claude Code CLI offline. Each test scripts
// the model: given the request Claude Code sent, return the next assistant turn (text and/or one
// tool call). Answers are streamed as SSE, the way Claude Code always asks for them.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ToolCall {
  name: string;
  input: Record<string, unknown>;
  id?: string;
}

export interface Turn {
  text?: string;
  tool?: ToolCall;
  /** Several tool calls in one assistant turn (after `tool`, if both are given): Claude Code may run them at once. */
  tools?: ToolCall[];
}

export interface CapturedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  // The decoded JSON body (Claude Code's request); untyped on purpose, tests read what they need.
  body: any;
}

/** The next turn; a promise holds the answer back until the script is ready (say, until another agent got somewhere). */
export type Responder = (request: CapturedRequest) => Turn | Promise<Turn>;

export interface MessagesApi {
  url: string;
  /** Every POST /v1/messages request, in arrival order. */
  requests: CapturedRequest[];
  /** Only the requests of the agent loop (those that offer the Bash tool). */
  agentRequests: () => CapturedRequest[];
  close: () => Promise<void>;
}

const sse = (res: ServerResponse, event: string, data: unknown) => res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);

let counter = 0;

function stream(res: ServerResponse, turn: Turn, model: string): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
  const usage = { input_tokens: 10, output_tokens: 5, cache_creation_input_tokens: 0, cache_read_input_tokens: 0 };
  sse(res, 'message_start', {
    type: 'message_start',
    message: {
      id: `msg_${++counter}`,
      type: 'message',
      role: 'assistant',
      model,
      content: [],
      stop_reason: null,
      stop_sequence: null,
      usage,
    },
  });
  let index = 0;
  if (turn.text !== undefined) {
    sse(res, 'content_block_start', { type: 'content_block_start', index, content_block: { type: 'text', text: '' } });
    sse(res, 'content_block_delta', { type: 'content_block_delta', index, delta: { type: 'text_delta', text: turn.text } });
    sse(res, 'content_block_stop', { type: 'content_block_stop', index });
    index++;
  }
  const tools = [...(turn.tool ? [turn.tool] : []), ...(turn.tools ?? [])];
  for (const tool of tools) {
    const id = tool.id ?? `toolu_e2e_${++counter}`;
    sse(res, 'content_block_start', {
      type: 'content_block_start',
      index,
      content_block: { type: 'tool_use', id, name: tool.name, input: {} },
    });
    sse(res, 'content_block_delta', {
      type: 'content_block_delta',
      index,
      delta: { type: 'input_json_delta', partial_json: JSON.stringify(tool.input) },
    });
    sse(res, 'content_block_stop', { type: 'content_block_stop', index });
    index++;
  }
  sse(res, 'message_delta', {
    type: 'message_delta',
    delta: { stop_reason: tools.length ? 'tool_use' : 'end_turn', stop_sequence: null },
    usage: { output_tokens: 5 },
  });
  sse(res, 'message_stop', { type: 'message_stop' });
  res.end();
}

const offersBash = (request: CapturedRequest) =>
  Array.isArray(request.body?.tools) && request.body.tools.some((t: { name?: string }) => t?.name === 'Bash');

export async function startMessagesApi(responder: Responder): Promise<MessagesApi> {
  const requests: CapturedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const path = req.url ?? '/';
      if (req.method !== 'POST' || !path.startsWith('/v1/messages')) {
        // HEAD / (connectivity probe) and anything else: a plain OK.
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(req.method === 'HEAD' ? undefined : '{}');
        return;
      }
      const key = req.headers['x-api-key'] ?? (req.headers.authorization ?? '').replace(/^Bearer\s+/i, '');
      if (!key) {
        res.writeHead(401, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ type: 'error', error: { type: 'authentication_error', message: 'missing api key' } }));
        return;
      }
      let body: any;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        res.writeHead(400).end();
        return;
      }
      if (path.startsWith('/v1/messages/count_tokens')) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ input_tokens: 10 }));
        return;
      }
      const request: CapturedRequest = { method: req.method, path, headers: req.headers, body };
      requests.push(request);
      // Side requests (titles, summaries) get a neutral text answer; the agent loop is scripted.
      let turn: Turn;
      try {
        turn = offersBash(request) ? await responder(request) : { text: 'ok' };
      } catch (error) {
        turn = { text: `script error: ${(error as Error).message}` };
      }
      if (body.stream) stream(res, turn, body.model ?? 'claude-test');
      else {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            id: `msg_${++counter}`,
            type: 'message',
            role: 'assistant',
            model: body.model,
            content: [{ type: 'text', text: turn.text ?? '' }],
            stop_reason: 'end_turn',
            stop_sequence: null,
            usage: { input_tokens: 1, output_tokens: 1 },
          }),
        );
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    agentRequests: () => requests.filter(offersBash),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The number of assistant turns already in the conversation: which step of a script comes next. */
const assistantTurns = (request: CapturedRequest): number =>
  (request.body?.messages ?? []).filter((m: { role?: string }) => m.role === 'assistant').length;

/** A responder that plays `turns` in order (by conversation position), then ends with `finalText`. */
export function scripted(turns: Turn[], finalText = 'Done.'): Responder {
  return (request) => turns[assistantTurns(request)] ?? { text: finalText };
}

interface Block {
  type: string;
  text?: string;
  content?: unknown;
  is_error?: boolean;
  tool_use_id?: string;
}

const blocks = (request: CapturedRequest): Block[] =>
  (request.body?.messages ?? []).flatMap((m: { content?: unknown }) =>
    Array.isArray(m.content) ? (m.content as Block[]) : typeof m.content === 'string' ? [{ type: 'text', text: m.content }] : [],
  );

const textOf = (content: unknown): string =>
  typeof content === 'string' ? content : Array.isArray(content) ? content.map((c: { text?: string }) => c?.text ?? '').join('\n') : '';

/** Every tool_result the model has received so far in this request, oldest first. */
export function toolResults(request: CapturedRequest): { text: string; isError: boolean; toolUseId?: string }[] {
  return blocks(request)
    .filter((b) => b.type === 'tool_result')
    .map((b) => ({ text: textOf(b.content), isError: Boolean(b.is_error), toolUseId: b.tool_use_id }));
}

/** All non-assistant text of the conversation: prompts, hook feedback and hook context (Claude Code sends some as `system` turns). */
export function userText(request: CapturedRequest): string {
  return (request.body?.messages ?? [])
    .filter((m: { role?: string }) => m.role !== 'assistant')
    .map((m: { content?: unknown }) => textOf(m.content))
    .join('\n');
}
