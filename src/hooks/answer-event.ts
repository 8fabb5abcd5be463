// Reads the hook JSON (bounded in time and size), dispatches to the event's handler, prints the
// answer. Never throws and never prints a stack trace: on any failure the event's fail-closed
// answer is given with the error as the reason.
import { EVENTS, type HookAnswer, type HookEvent, type HookHandler, type HookInput } from './hook-protocol.js';
import { logFallback } from './decision-log.js';
import { answerViaHelper } from './helper/client.js';
import { emit, failClosed, failClosedLogged, helperWorthy, readStdin } from './stdio.js';

export { emit, failClosed, readStdin };

const HANDLERS: Record<HookEvent, () => Promise<{ handle: HookHandler }>> = {
  'pre-tool-use': () => import('./events/pre-tool-use.js'),
  'post-tool-use': () => import('./events/post-tool-use.js'),
  'subagent-start': () => import('./events/subagent-start.js'),
  'user-prompt-submit': () => import('./events/user-prompt-submit.js'),
  'subagent-stop': () => import('./events/subagent-stop.js'),
  stop: () => import('./events/stop.js'),
  'session-start': () => import('./events/session-start.js'),
};

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
  PostToolUse: 'post-tool-use',
  SubagentStart: 'subagent-start',
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
    if (claimed) {
      const answer = failClosedLogged(claimed, stdinText, message.replace(/^execguard hook: /, ''), env);
      return { ...answer, stderr: `${message}\n${answer.stderr ?? ''}` };
    }
    return { stderr: `${message}\n`, exitCode: 1 };
  }
  try {
    const input = parseHookInput(stdinText);
    const { handle } = await HANDLERS[event as HookEvent]();
    return await handle(input, env);
  } catch (error) {
    return failClosedLogged(event, stdinText, error instanceof Error ? error.message : String(error), env);
  }
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
    return emit(failClosedLogged(event, '', (error as Error).message, env));
  }
  let logError: string | undefined;
  if (bundle && helperWorthy(event, text)) {
    const result = await answerViaHelper(bundle, event, text, env);
    if ('answer' in result) return emit(result.answer);
    if (result.miss.log)
      logError = logFallback(event, text, result.miss.rule, `execguard: answered in-process: ${result.miss.reason}`, env);
  }
  const answer = await answerEvent(event, text, env);
  return emit(logError ? { ...answer, stderr: `${answer.stderr ?? ''}${logError}` } : answer);
}
