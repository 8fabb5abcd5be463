// The hook's side of the warm helper. The helper answers with the very same code (answerEvent)
// but with the guard, tree-sitter and commitlint already loaded, so a hook call costs little more
// than starting Node. An answer counts only when it carries the helper's proof (proof.ts): a
// process that merely binds the socket cannot answer. Whenever the helper is missing, slow, or
// answers anything unproven, the caller computes the answer in-process: the helper can only make
// a call faster, never change it.
import { closeSync, lstatSync, mkdirSync, openSync, statSync, unlinkSync } from 'node:fs';
import { connect } from 'node:net';
import { dirname } from 'node:path';
import { stateHome, statePaths } from '../../state/home.js';
import type { HookAnswer } from '../hook-protocol.js';
import { privateDir, socketPath } from './address.js';
import { helperSecret, newNonce, verifyAnswer } from './proof.js';

/** A helper that does not accept at once is skipped: nothing was sent, so nothing runs twice. */
const CONNECT_TIMEOUT_MS = 300;
/**
 * Once the request is sent, the helper gets long enough that falling back is rare (a fallback
 * after a late helper could record a decision twice), and short enough that the in-process answer
 * still fits in the hook's timeout (10-15 s).
 */
const ANSWER_TIMEOUT_MS = 6_000;
const SPAWN_MARK_STALE_MS = 10_000;

// The spellings people use for "off" all turn it off; any other value leaves it on.
const helperDisabled = (env: NodeJS.ProcessEnv) => /^(0|off|false|no)$/i.test(env.EXECGUARD_HOOK_HELPER?.trim() ?? '');

function isAnswer(value: unknown): value is HookAnswer {
  if (typeof value !== 'object' || value === null) return false;
  const a = value as HookAnswer;
  return (
    Number.isInteger(a.exitCode) &&
    (a.json === undefined || (typeof a.json === 'object' && a.json !== null)) &&
    (a.stderr === undefined || typeof a.stderr === 'string')
  );
}

/**
 * Why a call was answered in-process. `log` marks the ones worth a line in decisions.jsonl:
 * something answered wrongly or not at all. No helper yet (the usual first call) is not logged.
 */
export interface HelperMiss {
  rule:
    | 'helper-unverified'
    | 'helper-slow'
    | 'helper-no-answer'
    | 'helper-untrusted-folder'
    | 'helper-no-secret'
    | 'helper-absent'
    | 'helper-off';
  reason: string;
  log: boolean;
}

export type HelperResult = { answer: HookAnswer } | { miss: HelperMiss };

const miss = (rule: HelperMiss['rule'], reason: string, log: boolean): HelperResult => ({ miss: { rule, reason, log } });

/** The helper's reply: the answer's exact text and the proof over it. */
function provenAnswer(reply: string, secret: Buffer, nonce: string, request: string): HookAnswer | undefined {
  let value: { answer?: unknown; mac?: unknown };
  try {
    value = JSON.parse(reply);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || typeof value.answer !== 'string') return undefined;
  if (!verifyAnswer(secret, nonce, request, value.answer, value.mac)) return undefined;
  try {
    const answer: unknown = JSON.parse(value.answer);
    return isAnswer(answer) ? answer : undefined;
  } catch {
    return undefined;
  }
}

/** Asks a running helper and verifies its proof. */
function askHelper(
  socket: string,
  secret: Buffer,
  request: { event: string; stdin: string; env: NodeJS.ProcessEnv },
): Promise<HelperResult> {
  return new Promise((resolve) => {
    const nonce = newNonce();
    const text = JSON.stringify({ v: 1, nonce, ...request });
    const conn = connect(socket);
    const chunks: Buffer[] = [];
    let sent = false;
    const done = (result: HelperResult) => {
      clearTimeout(timer);
      conn.destroy();
      resolve(result);
    };
    let timer = setTimeout(() => done(miss('helper-absent', 'the helper did not accept the connection', false)), CONNECT_TIMEOUT_MS);
    conn.on('connect', () => {
      clearTimeout(timer);
      sent = true;
      timer = setTimeout(
        () => done(miss('helper-slow', `the helper did not answer within ${ANSWER_TIMEOUT_MS / 1000} s`, true)),
        ANSWER_TIMEOUT_MS,
      );
      conn.end(text);
    });
    conn.on('data', (c: Buffer) => chunks.push(c));
    conn.on('error', () =>
      done(
        sent
          ? miss('helper-no-answer', 'the helper closed the connection without an answer', true)
          : miss('helper-absent', 'no helper is listening', false),
      ),
    );
    conn.on('end', () => {
      const reply = Buffer.concat(chunks).toString('utf8');
      if (!reply) return done(miss('helper-no-answer', 'the helper closed the connection without an answer', true));
      const answer = provenAnswer(reply, secret, nonce, text);
      done(
        answer
          ? { answer }
          : miss(
              'helper-unverified',
              "whatever listens on the helper socket gave an answer without a valid proof (not execguard's helper)",
              true,
            ),
      );
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

/** A socket file that is not ours or not a socket is never asked (and never answered for us). */
function ownSocket(socket: string): boolean | undefined {
  try {
    const s = lstatSync(socket);
    return s.isSocket() && (typeof process.getuid !== 'function' || s.uid === process.getuid());
  } catch {
    return undefined; // none yet
  }
}

/** The helper's proven answer, or why the caller must answer in-process. */
export async function answerViaHelper(bundle: string, event: string, stdin: string, env: NodeJS.ProcessEnv): Promise<HelperResult> {
  if (helperDisabled(env)) return miss('helper-off', `EXECGUARD_HOOK_HELPER=${env.EXECGUARD_HOOK_HELPER}`, false);
  let socket: string;
  try {
    socket = socketPath(bundle, env);
    mkdirSync(dirname(socket), { recursive: true, mode: 0o700 });
  } catch (error) {
    return miss('helper-untrusted-folder', `no helper folder (${(error as Error).message})`, true);
  }
  if (!privateDir(dirname(socket)))
    return miss('helper-untrusted-folder', `the helper folder ${dirname(socket)} is not private to this user`, true);
  const secret = helperSecret(statePaths(stateHome(env)).helperSecret, true);
  if (!secret) return miss('helper-no-secret', 'the helper secret is missing and cannot be created privately', true);
  const owned = ownSocket(socket);
  if (owned === false) {
    removeSocket(socket);
    startHelper(bundle, socket, env);
    return miss('helper-unverified', 'the helper socket is not a socket of this user: removed', true);
  }
  const result =
    owned === undefined ? miss('helper-absent', 'no helper is listening', false) : await askHelper(socket, secret, { event, stdin, env });
  if ('miss' in result) {
    // An impostor holds the socket: take it back, so a real helper can serve later calls.
    if (result.miss.rule === 'helper-unverified') removeSocket(socket);
    if (result.miss.rule !== 'helper-slow' && result.miss.rule !== 'helper-no-answer') startHelper(bundle, socket, env);
  }
  return result;
}

function removeSocket(socket: string): void {
  try {
    unlinkSync(socket);
  } catch {
    // gone already
  }
}
