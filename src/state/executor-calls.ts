// Which agent started this executor (issue 18 §4). The PreToolUse hook, which Claude Code tells
// the caller's agent_id, records a signed claim for each Bash call that may start the executor and
// hands the call a one-time nonce (EXECGUARD_CALL, put in front of the command through
// updatedInput). The executor takes the grant of the agent its claim names, and uses the claim
// once. The claim stores only the nonce's hash, so the state folder gives no nonce away; an agent
// that sets EXECGUARD_CALL itself needs another call's unused nonce, which exists only in that
// call's own command line for the instant before its executor uses it, and is bound to that
// agent's grant (and so to the plan digests its user approved) anyway.
//
// Layout: <state>/executor-calls/<sha256 of the nonce>.json = {"body": "<claim JSON>", "sig": "<base64>"},
// signed with the hooks' grant key; <hash>.used is created (O_EXCL) by the executor that used it.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sign, signingKey, verify, verifyKey } from './grant-keys.js';

/** The env var the hook's rewrite sets for the executor. */
export const CALL_ENV = 'EXECGUARD_CALL';
/** A claim older than this is not used: the executor starts within its own Bash call. */
const CLAIM_TTL_MS = 10 * 60_000;
const NONCE = /^[0-9a-f]{64}$/;

export interface ExecutorCall {
  kind: 'executor-call';
  sessionId: string;
  /** The sub-agent whose Bash call this is; absent for the main thread. */
  agentId?: string;
  agentType?: string;
  toolUseId?: string;
  /** sha256 of the command as the agent wrote it. */
  commandHash: string;
  /** sha256 of the nonce: the claim's file name too. */
  nonceHash: string;
  createdAt: string;
}

const crypto = () => process.getBuiltinModule('node:crypto');
const sha256 = (text: string) => crypto().createHash('sha256').update(text).digest('hex');
const callsDir = (home: string) => join(home, 'executor-calls');

/** Hook side: records the claim and returns the nonce the call carries. */
export function recordExecutorCall(
  home: string,
  call: { sessionId: string; agentId?: string; agentType?: string; toolUseId?: string; command: string },
  now = new Date(),
): string {
  const nonce = crypto().randomBytes(32).toString('hex');
  const nonceHash = sha256(nonce);
  const claim: ExecutorCall = {
    kind: 'executor-call',
    sessionId: call.sessionId,
    ...(call.agentId ? { agentId: call.agentId } : {}),
    ...(call.agentType ? { agentType: call.agentType } : {}),
    ...(call.toolUseId ? { toolUseId: call.toolUseId } : {}),
    commandHash: sha256(call.command),
    nonceHash,
    createdAt: now.toISOString(),
  };
  const body = JSON.stringify(claim);
  mkdirSync(callsDir(home), { recursive: true, mode: 0o700 });
  writeFileSync(join(callsDir(home), `${nonceHash}.json`), JSON.stringify({ body, sig: sign(body, signingKey(home)) }), {
    mode: 0o600,
    flag: 'wx',
  });
  return nonce;
}

/** Why a call claim cannot be used; the executor turns it into an approval refusal. */
export class CallClaimError extends Error {}

/**
 * Executor side: the claim the nonce names, checked (signed by the hooks, of this session, fresh)
 * and used up. Throws CallClaimError saying what is wrong.
 */
export function useExecutorCall(home: string, nonce: string | undefined, sessionId: string, now = Date.now()): ExecutorCall {
  if (!nonce)
    throw new CallClaimError(
      `this run was not started by a Bash call execguard's hook saw (no ${CALL_ENV}), so it cannot tell which agent runs it`,
    );
  if (!NONCE.test(nonce)) throw new CallClaimError(`${CALL_ENV} is not a nonce execguard's hook minted`);
  const nonceHash = sha256(nonce);
  const file = join(callsDir(home), `${nonceHash}.json`);
  let claim: ExecutorCall;
  try {
    const { body, sig } = JSON.parse(readFileSync(file, 'utf8')) as { body?: unknown; sig?: unknown };
    const key = verifyKey(home);
    if (typeof body !== 'string' || typeof sig !== 'string' || !key || !verify(body, sig, key)) throw new Error('unsigned');
    claim = JSON.parse(body) as ExecutorCall;
  } catch {
    throw new CallClaimError(`${CALL_ENV} names no call claim the hooks signed`);
  }
  if (claim.kind !== 'executor-call' || claim.nonceHash !== nonceHash) throw new CallClaimError('the call claim is not for this nonce');
  if (claim.sessionId !== sessionId) throw new CallClaimError(`the call claim belongs to another session than ${sessionId}`);
  const created = Date.parse(claim.createdAt);
  if (!Number.isFinite(created) || now - created > CLAIM_TTL_MS)
    throw new CallClaimError('the call claim has expired: run the command again as its own Bash call');
  try {
    writeFileSync(join(callsDir(home), `${nonceHash}.used`), `${process.pid}\n`, { mode: 0o600, flag: 'wx' });
  } catch {
    throw new CallClaimError('the call claim was already used: each Bash call starts the executor once');
  }
  return claim;
}

/**
 * Housekeeping (`execguard runs`): removes the claims past their life, counted from each claim's
 * creation (its file's time when the body cannot be read), and then their `.used` marks. A claim
 * is removed before its mark, and a mark only once its claim is gone, so nothing removed here can
 * make a used claim usable again. Returns the paths removed.
 */
export function sweepExecutorCalls(home: string, now = Date.now()): string[] {
  const dir = callsDir(home);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  const remove = (name: string) => {
    rmSync(join(dir, name), { force: true });
    removed.push(join(dir, name));
  };
  const kept = new Set<string>();
  for (const name of names.filter((n) => n.endsWith('.json'))) {
    if (now - createdAt(join(dir, name)) > CLAIM_TTL_MS) remove(name);
    else kept.add(name);
  }
  // A mark is made only after its claim, so a listed mark without a kept claim is one whose claim is gone.
  for (const name of names.filter((n) => n.endsWith('.used'))) {
    if (!kept.has(name.replace(/\.used$/, '.json'))) remove(name);
  }
  return removed;
}

/** When a stored claim was made: its body's createdAt, else its file's time (written once, never changed). */
function createdAt(file: string): number {
  try {
    const { body } = JSON.parse(readFileSync(file, 'utf8')) as { body?: unknown };
    const created = typeof body === 'string' ? Date.parse((JSON.parse(body) as ExecutorCall).createdAt) : Number.NaN;
    if (Number.isFinite(created)) return created;
  } catch {
    /* judged by the file's time below */
  }
  try {
    return statSync(file).mtimeMs;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}
