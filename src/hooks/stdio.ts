// The hook's edges, shared by both entries (dist/hook.cjs and dist/hook.mjs): read the input
// (bounded in time and size), print the answer, and the fail-closed answer of each event.
// Nothing here loads the guard.
import { EVENTS, type HookAnswer, type HookEvent } from './answer.js';

const STDIN_TIMEOUT_MS = 5_000;
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
