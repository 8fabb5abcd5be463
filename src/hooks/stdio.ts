// The hook's edges, shared by both entries (dist/hook.cjs and dist/hook.mjs): read the input
// (bounded in time and size), print the answer, and the fail-closed answer of each event.
// Nothing here loads the guard.
import { EVENTS, type HookAnswer, type HookEvent } from './hook-protocol.js';
import { logFallback } from './decision-log.js';

/**
 * No wall-clock race on the input: Claude Code writes the JSON, closes the pipe and bounds the
 * hook with its own timeout. This bound only keeps a hook whose stdin never closes (a person
 * running it at a terminal, a caller that forgets to close) from lingering, and it counts from
 * the last byte received, not from start-up, so a starved process on a loaded machine never
 * loses input that is already waiting.
 */
const STDIN_IDLE_MS = 120_000;
const STDIN_MAX_BYTES = 8 * 1024 * 1024;

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

/** failClosed, recorded in decisions.jsonl with its reason (a fallback is never silent). */
export function failClosedLogged(event: string, stdinText: string, reason: string, env: NodeJS.ProcessEnv): HookAnswer {
  const answer = failClosed(event, reason);
  const blocks = event === 'pre-tool-use' || event === 'stop' || event === 'subagent-stop';
  const logError = logFallback(event, stdinText, 'fail-closed', `execguard: ${reason}`, env, blocks ? 'deny' : 'fallback');
  return logError ? { ...answer, stderr: `${answer.stderr ?? ''}${logError}` } : answer;
}

export function readStdin(idleMs = STDIN_IDLE_MS, maxBytes = STDIN_MAX_BYTES, stdin: NodeJS.ReadStream = process.stdin): Promise<string> {
  return new Promise((resolve, reject) => {
    if (stdin.isTTY) return reject(new Error('no hook input: stdin is a terminal (expected the hook JSON on a pipe)'));
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    let received = 0;
    let timer: NodeJS.Timeout | undefined;
    const finish = (error?: Error) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      stdin.removeAllListeners();
      stdin.pause();
      if (error) reject(error);
      else resolve(Buffer.concat(chunks).toString('utf8'));
    };
    const arm = () => {
      clearTimeout(timer);
      const mark = received;
      timer = setTimeout(() => {
        // Timers run before I/O polling in a loop turn: let one poll phase pass first, so input
        // that was already waiting when the timer fired is read, and only then give up.
        setImmediate(() =>
          setImmediate(() => {
            if (received === mark)
              finish(new Error(`no hook input on stdin for ${Math.round(idleMs / 1000)} s (the pipe was never closed)`));
            else arm();
          }),
        );
      }, idleMs);
    };
    stdin.on('data', (chunk: Buffer) => {
      received++;
      size += chunk.length;
      if (size > maxBytes) return finish(new Error(`hook input larger than ${maxBytes} bytes`));
      chunks.push(chunk);
      arm();
    });
    stdin.on('end', () => finish());
    stdin.on('error', (e) => finish(e));
    arm();
  });
}

export function emit(answer: HookAnswer): number {
  if (answer.stderr) process.stderr.write(answer.stderr);
  if (answer.json) process.stdout.write(`${JSON.stringify(answer.json)}\n`);
  return answer.exitCode;
}

/** Only well-formed calls of known events go to the helper; everything odd is answered here. */
export function helperWorthy(event: string, text: string): boolean {
  if (!(EVENTS as readonly string[]).includes(event)) return false;
  try {
    const input = JSON.parse(text) as { cwd?: unknown };
    return typeof input === 'object' && input !== null && typeof input.cwd === 'string' && input.cwd !== '';
  } catch {
    return false;
  }
}
