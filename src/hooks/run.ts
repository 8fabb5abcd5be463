// Reads the hook JSON (bounded in time and size), dispatches to the event's handler, prints the
// answer. Never throws and never prints a stack trace: on any failure the event's fail-closed
// answer is given with the error as the reason.
import { EVENTS, type HookAnswer, type HookEvent, type HookHandler, type HookInput } from './answer.js';
import { answerViaHelper } from './helper/client.js';

const STDIN_TIMEOUT_MS = 5_000;
const STDIN_MAX_BYTES = 8 * 1024 * 1024;

const HANDLERS: Record<HookEvent, () => Promise<{ handle: HookHandler }>> = {
  'pre-tool-use': () => import('./events/pre-tool-use.js'),
  'user-prompt-submit': () => import('./events/user-prompt-submit.js'),
  'subagent-stop': () => import('./events/subagent-stop.js'),
  stop: () => import('./events/stop.js'),
  'session-start': () => import('./events/session-start.js'),
};

/** The answer an event gives when execguard itself cannot decide: block where blocking is possible. */
export function failClosed(event: HookEvent | string, reason: string): HookAnswer {
  const text = `execguard: ${reason}`;
  switch (event) {
    case 'pre-tool-use':
      return {
        json: { hookSpecificOutput: { hookEventName: 'PreToolUse', permissionDecision: 'deny', permissionDecisionReason: text } },
        exitCode: 0,
      };
    case 'stop':
    case 'subagent-stop':
      return { json: { decision: 'block', reason: text }, exitCode: 0 };
    default:
      // UserPromptSubmit / SessionStart: nothing to guard; record no grant, say why.
      return { stderr: `${text}\n`, exitCode: 0 };
  }
}

export function readStdin(timeoutMs = STDIN_TIMEOUT_MS, maxBytes = STDIN_MAX_BYTES): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const timer = setTimeout(() => finish(new Error(`no hook input on stdin within ${timeoutMs} ms`)), timeoutMs);
    const finish = (error?: Error) => {
      clearTimeout(timer);
      process.stdin.removeAllListeners();
      process.stdin.pause();
      if (error) reject(error);
      else resolve(Buffer.concat(chunks).toString('utf8'));
    };
    process.stdin.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) return finish(new Error(`hook input larger than ${maxBytes} bytes`));
      chunks.push(chunk);
    });
    process.stdin.on('end', () => finish());
    process.stdin.on('error', (e) => finish(e));
  });
}

export function parseHookInput(text: string): HookInput {
  if (!text.trim()) throw new Error('empty hook input: expected a JSON object on stdin');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`hook input is not valid JSON (${(error as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error('hook input must be a JSON object');
  }
  return value as HookInput;
}

const EVENT_NAMES: Record<string, HookEvent> = {
  PreToolUse: 'pre-tool-use',
  UserPromptSubmit: 'user-prompt-submit',
  SubagentStop: 'subagent-stop',
  Stop: 'stop',
  SessionStart: 'session-start',
};

function eventFromInput(text: string): HookEvent | undefined {
  try {
    const name = (JSON.parse(text) as { hook_event_name?: unknown }).hook_event_name;
    return typeof name === 'string' ? EVENT_NAMES[name] : undefined;
  } catch {
    return undefined;
  }
}

export async function answerEvent(event: string, stdinText: string, env: NodeJS.ProcessEnv): Promise<HookAnswer> {
  if (!(EVENTS as readonly string[]).includes(event)) {
    const message = `execguard hook: unknown event '${event}' (expected one of ${EVENTS.join(', ')})`;
    // A misregistered guard hook must still block: answer for the event the input says it is.
    const claimed = eventFromInput(stdinText);
    if (claimed) return { ...failClosed(claimed, message), stderr: `${message}\n` };
    return { stderr: `${message}\n`, exitCode: 1 };
  }
  try {
    const input = parseHookInput(stdinText);
    const { handle } = await HANDLERS[event as HookEvent]();
    return await handle(input, env);
  } catch (error) {
    return failClosed(event, error instanceof Error ? error.message : String(error));
  }
}

export function emit(answer: HookAnswer): number {
  if (answer.stderr) process.stderr.write(answer.stderr);
  if (answer.json) process.stdout.write(`${JSON.stringify(answer.json)}\n`);
  return answer.exitCode;
}

/**
 * Reads the input and answers. With `bundle` (the hook file), a warm helper may answer instead;
 * when it cannot, the answer is computed here, in-process, exactly as the helper would.
 */
export async function runHook(event: string, env: NodeJS.ProcessEnv, bundle?: string): Promise<number> {
  let text: string;
  try {
    text = await readStdin();
  } catch (error) {
    return emit(failClosed(event, (error as Error).message));
  }
  if (bundle && helperWorthy(event, text)) {
    const answer = await answerViaHelper(bundle, event, text, env);
    if (answer) return emit(answer);
  }
  return emit(await answerEvent(event, text, env));
}

/** Only well-formed calls of known events go to the helper; everything odd is answered here. */
function helperWorthy(event: string, text: string): boolean {
  if (!(EVENTS as readonly string[]).includes(event)) return false;
  try {
    const input = JSON.parse(text) as { cwd?: unknown };
    return typeof input === 'object' && input !== null && typeof input.cwd === 'string' && input.cwd !== '';
  } catch {
    return false;
  }
}
