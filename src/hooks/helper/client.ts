// The hook's side of the warm helper. The helper answers with the very same code (answerEvent)
// but with the guard, tree-sitter and commitlint already loaded, so a hook call costs little more
// than starting Node. Whenever the helper is missing, slow, or answers anything unexpected, the
// caller computes the answer in-process: the helper can only make a call faster, never change it.
import { closeSync, mkdirSync, openSync, statSync, unlinkSync } from 'node:fs';
import { connect } from 'node:net';
import { dirname } from 'node:path';
import type { HookAnswer } from '../answer.js';
import { privateDir, socketPath } from './address.js';

/** A helper that does not accept at once is skipped: nothing was sent, so nothing runs twice. */
const CONNECT_TIMEOUT_MS = 300;
/**
 * Once the request is sent, the helper gets long enough that falling back is rare (a fallback
 * after a late helper could record a decision twice), and short enough that the in-process answer
 * still fits in the hook's timeout (10-15 s).
 */
const ANSWER_TIMEOUT_MS = 6_000;
const SPAWN_MARK_STALE_MS = 10_000;

export const helperDisabled = (env: NodeJS.ProcessEnv) => env.EXECGUARD_HOOK_HELPER === '0';

function isAnswer(value: unknown): value is HookAnswer {
  if (typeof value !== 'object' || value === null) return false;
  const a = value as HookAnswer;
  return Number.isInteger(a.exitCode) && (a.json === undefined || (typeof a.json === 'object' && a.json !== null)) && (a.stderr === undefined || typeof a.stderr === 'string');
}

/** Asks a running helper. Resolves undefined when there is none or it does not answer properly. */
export function askHelper(socket: string, request: { event: string; stdin: string; env: NodeJS.ProcessEnv }): Promise<HookAnswer | undefined> {
  return new Promise((resolve) => {
    const conn = connect(socket);
    const chunks: Buffer[] = [];
    const done = (answer: HookAnswer | undefined) => {
      clearTimeout(timer);
      conn.destroy();
      resolve(answer);
    };
    let timer = setTimeout(() => done(undefined), CONNECT_TIMEOUT_MS);
    conn.on('connect', () => {
      clearTimeout(timer);
      timer = setTimeout(() => done(undefined), ANSWER_TIMEOUT_MS);
      conn.end(JSON.stringify(request));
    });
    conn.on('data', (c: Buffer) => chunks.push(c));
    conn.on('error', () => done(undefined));
    conn.on('end', () => {
      try {
        const value: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        done(isAnswer(value) ? value : undefined);
      } catch {
        done(undefined);
      }
    });
  });
}

/** Starts a helper in the background, unless one was started moments ago (parallel hooks). */
function startHelper(bundle: string, socket: string, env: NodeJS.ProcessEnv): void {
  const mark = `${socket}.starting`;
  try {
    if (Date.now() - statSync(mark).mtimeMs < SPAWN_MARK_STALE_MS) return;
    unlinkSync(mark);
  } catch {
    // No mark: go ahead.
  }
  try {
    closeSync(openSync(mark, 'wx', 0o600));
  } catch {
    return; // another hook process won the race
  }
  // node:child_process loads only here, on a miss: it would cost every hook call a few ms.
  const { spawn } = process.getBuiltinModule('node:child_process');
  // cwd: the helper's own folder, so a long-lived helper never pins the session's directory.
  const child = spawn(process.execPath, [bundle, '--helper', socket], { detached: true, stdio: 'ignore', env, cwd: dirname(socket) });
  child.on('error', () => undefined);
  child.unref();
}

/** The helper's answer, or undefined when the caller must answer in-process. */
export async function answerViaHelper(bundle: string, event: string, stdin: string, env: NodeJS.ProcessEnv): Promise<HookAnswer | undefined> {
  if (helperDisabled(env)) return undefined;
  let socket: string;
  try {
    socket = socketPath(bundle, env);
    mkdirSync(dirname(socket), { recursive: true, mode: 0o700 });
    if (!privateDir(dirname(socket))) return undefined;
  } catch {
    return undefined;
  }
  const answer = await askHelper(socket, { event, stdin, env });
  if (!answer) startHelper(bundle, socket, env);
  return answer;
}
