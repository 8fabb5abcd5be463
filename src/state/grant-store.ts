// The grant store: approvals, refusals and pending approval requests, recorded per session under
// statePaths().grants, as a signed, numbered, chained log with a signed head.
//
// Why signed: a grant is valid only if the hooks recorded it (issue 8 §3). Each record is signed
// with the hooks' ed25519 key (grant-keys.ts) over its body, and the body names its session and its
// sequence number. A reader trusts nothing that is not signed: a copied record (wrong session, or
// a file name that is not its signed number), a hand-written one, or one with an id or expiry the
// writer chose is ignored. Records are ordered by their signed sequence number, never by a name or
// a time written in a file.
//
// Why numbered: parallel hooks append at once. A writer takes the next free number by creating
// `<number>.json` with link(2), which fails when the name exists, so two writers never share a
// number and a reader sees a whole record or none. No lock.
//
// Why chained, with a head (issues 18 §7, 21): the newest record decides (a refusal ends every
// grant before it), so losing it must never bring an older grant back. Each record carries the
// sha256 of the record below it (`prev`), and `<session>.head` (signed, replaced with rename(2)
// after each append) names the newest record and its hash. A reader walks down from the highest
// number: a record that is missing, empty, truncated, unsigned or off the chain, a head that names
// a record that is not there (the newest were deleted), or records without a head make the
// session's grants void (fail closed), never skipped over to an older one.
//
// Layout: grants/<session key>/<12-digit seq>.json = {"body": "<record JSON>", "sig": "<base64>"},
// grants/<session key>.head = {"body": "<head JSON>", "sig": "<base64>"}; folders 0700, files 0600.
import {
  closeSync,
  existsSync,
  fstatSync,
  futimesSync,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stateHome, statePaths } from './home.js';
import { sign, signingKey, verify, verifyKey } from './grant-keys.js';
import { intersectScopes } from '../approval/scope-algebra.js';
import type { ApprovalScope, Environment, Grant, GrantBinding } from '../approval/types.js';

export type GrantSource = Grant['source'];

/** A grant, or the end of every grant before it (a refusal, or the conversation moving on). */
export interface GrantRecord extends Grant {
  kind: 'grant' | 'revoke';
  /** The signed sequence number: the record's place in the session's log. */
  seq: number;
  /** The approval text as written (also in scope.text). */
  text: string;
  /** For an orchestrator grant: the user grant it was narrowed from. */
  parentGrantId?: string;
  /** What the grant is bound to: the request the user answered. */
  binding?: GrantBinding;
  /** Why a revoke was recorded. */
  reason?: 'refused' | 'moved-on' | 'not-approved';
  // Per-agent grants (issue 18 §4, added by the approval-binding work):
  /** The sub-agent this orchestrator record belongs to (a claim); absent on a launch and on user records. */
  agentId?: string;
  /** A sub-agent launch (PreToolUse Task/Agent) not yet claimed by the sub-agent it started. */
  launch?: { agentType: string; toolUseId?: string; promptHash?: string };
  /** The launch records this claim consumed. */
  claims?: string[];
  /** sha256 of the record below it ('' for the first): the chain a reader checks. */
  prev?: string;
}

/** A command the guard denied for lack of approval in the turn that asked for approval. */
export interface PresentedCommand {
  command: string;
  rules: string[];
  environments: Environment[];
  agentId?: string;
}

/** A turn (main agent or sub-agent) that ended with PLAN_STATUS: PENDING_APPROVAL. */
export interface PendingRecord {
  kind: 'pending';
  seq: number;
  id: string;
  sessionId: string;
  createdAt: string;
  /**
   * Who asked: the main agent's final message (Stop), or its AskUserQuestion call. ('subagent-stop'
   * is read from older records only: a sub-agent's request is never shown to the user.)
   */
  source: 'stop' | 'subagent-stop' | 'ask-user-question';
  /** For an AskUserQuestion request: the nonce its option labels carry. */
  nonce?: string;
  agentId?: string;
  commands: PresentedCommand[];
  environments: Environment[];
  digests: string[];
  /** sha256 of the final message that presented the plan. */
  messageHash: string;
  prev?: string;
}

/** The user answered the pending request (with no approval and no refusal): it is no longer open. */
interface AnsweredRecord {
  kind: 'answered';
  seq: number;
  id: string;
  sessionId: string;
  createdAt: string;
  prev?: string;
}

type StoredRecord = GrantRecord | PendingRecord | AnsweredRecord;

export interface StoreOptions {
  env?: NodeJS.ProcessEnv;
  /** Overrides the state folder (tests). */
  home?: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const NAME = /^(\d{12,16})\.json$/;
const MAX_RECORD_BYTES = 256 * 1024;

const homeOf = (options: StoreOptions = {}) => options.home ?? stateHome(options.env ?? process.env);
const grantsRoot = (options?: StoreOptions) => statePaths(homeOf(options)).grants;

/** A session id as a safe folder name: kept when it is plain, hashed otherwise (no path tricks). */
export function sessionKey(sessionId: string): string {
  if (/^[A-Za-z0-9_-]{1,100}$/.test(sessionId)) return sessionId;
  const { createHash } = process.getBuiltinModule('node:crypto');
  return `h-${createHash('sha256').update(sessionId).digest('hex').slice(0, 40)}`;
}

const sessionDir = (sessionId: string, options?: StoreOptions) => join(grantsRoot(options), sessionKey(sessionId));
const headFile = (sessionId: string, options?: StoreOptions) => join(grantsRoot(options), `${sessionKey(sessionId)}.head`);
const digest = (raw: string) => process.getBuiltinModule('node:crypto').createHash('sha256').update(raw).digest('hex');
const fileName = (seq: number) => `${String(seq).padStart(12, '0')}.json`;
const recordId = (seq: number) => String(seq).padStart(12, '0');

/** Sequence numbers present in the folder, highest first (file names only: nothing is trusted yet). */
function numbersIn(dir: string): number[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    // Stryker disable next-line ArrayDeclaration: no folder: a name that is no number walks nothing either
    return [];
  }
  const numbers: number[] = [];
  for (const name of names) {
    const m = NAME.exec(name);
    if (m) numbers.push(Number(m[1]));
  }
  return numbers.sort((a, b) => b - a);
}

type Unsigned<T> = T extends StoredRecord ? Omit<T, 'seq' | 'id' | 'prev'> : never;

/** Sleeps the hook (synchronously) for `ms`: a hook has nothing else to do meanwhile. */
const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Writes `content` to a new file `tmp`; a failed write (disk full) leaves no file behind. */
function writeNew(tmp: string, content: string): void {
  try {
    writeFileSync(tmp, content, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: tmp exists here, or the write failed and an error is thrown either way
    rmSync(tmp, { force: true });
    throw error;
  }
}

type KeyObject = import('node:crypto').KeyObject;

/** A file's text, or null when it is not there (or not readable). */
function readRaw(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** What `prev` says of a record that could not be read: it matches no record's hash. */
const UNREADABLE = 'unreadable';
/** What `prev` says when the log below was already broken: it matches no record's hash. */
const VOID = 'void';

/** The signed head: the newest record of the session when it was written, and its hash. */
interface Head {
  seq: number;
  hash: string;
}

// Stryker disable next-line BlockStatement: no head read: moveHead rewrites it every round and append numbers from the records, the same head in the end
function readHead(path: string, sessionId: string, key: KeyObject): Head | null {
  return parseHead(readRaw(path), sessionId, key);
}

function parseHead(raw: string | null, sessionId: string, key: KeyObject): Head | null {
  try {
    if (raw === null || raw.length > 4096) return null;
    const wrapper = JSON.parse(raw) as { body?: unknown; sig?: unknown };
    // Stryker disable next-line ConditionalExpression,LogicalOperator: verify() fails on text that is not a signed string; what the head vouches for was verified first
    if (typeof wrapper.body !== 'string' || typeof wrapper.sig !== 'string') return null;
    if (!verify(wrapper.body, wrapper.sig, key)) return null;
    const h = JSON.parse(wrapper.body) as { kind?: unknown; sessionId?: unknown; seq?: unknown; hash?: unknown };
    if (h.kind !== 'head' || h.sessionId !== sessionId || !Number.isSafeInteger(h.seq) || typeof h.hash !== 'string') return null;
    return { seq: h.seq as number, hash: h.hash };
    // Stryker disable next-line BlockStatement: undefined instead of null: every caller tests for a head
  } catch {
    return null;
  }
}

/**
 * Points the head at the newest record: `seq` (just linked, `raw`) or one a later writer linked
 * above it. Writers race here too: each re-reads the head after replacing it and goes again while
 * it names a lower record than the newest one present, so the last writer leaves it on the top.
 */
function moveHead(dir: string, sessionId: string, seq: number, raw: string, key: KeyObject, options?: StoreOptions): void {
  const path = headFile(sessionId, options);
  // Stryker disable next-line EqualityOperator,UpdateOperator: a round ends the loop once the head names the top; the bound only caps writers that never stop
  for (let round = 0; round < 8; round++) {
    let top = seq;
    let topRaw = raw;
    // Only over records the hooks signed: below the head, readers take a record on the chain's word.
    for (
      let next = readRaw(join(dir, fileName(top + 1)));
      next !== null && parseRecord(next, top + 1, sessionId, key, false);
      next = readRaw(join(dir, fileName(top + 1)))
    ) {
      top++;
      topRaw = next;
    }
    const current = readHead(path, sessionId, key);
    if (current && current.seq >= top) return;
    writeHead(path, sessionId, top, digest(topRaw), key);
  }
}

/** Replaces the head (signed) with rename(2): a reader sees the old one or the new one. */
function writeHead(path: string, sessionId: string, seq: number, hash: string, key: KeyObject): void {
  const body = JSON.stringify({ kind: 'head', sessionId, seq, hash });
  const tmp = `${path}.tmp-${process.pid}-${Math.random().toString(16).slice(2)}`;
  writeNew(tmp, `${JSON.stringify({ body, sig: sign(body, key) })}\n`);
  try {
    renameSync(tmp, path);
  } catch (error) {
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: tmp exists here, or the write failed and an error is thrown either way
    rmSync(tmp, { force: true });
    throw error;
  }
}

/**
 * True when the log holds together from its highest record down to its head (or is empty). A
 * record above the head must carry the hooks' signature: the next record chains onto it and the
 * head moves over it, after which readers take it on the chain's word, unsigned or not.
 */
function anchored(dir: string, sessionId: string, key: KeyObject, options?: StoreOptions): boolean {
  // The head before the folder: every record it names was linked before it was written, so the
  // listing that follows holds it. (The other order races a writer that appends in between.)
  const headRaw = readRaw(headFile(sessionId, options));
  const numbers = numbersIn(dir);
  if (numbers.length === 0) return headRaw === null || parseHead(headRaw, sessionId, key)?.seq === 0;
  const head = parseHead(headRaw, sessionId, key);
  if (!head || numbers[0] < head.seq) return false;
  let expected: string | undefined;
  for (let seq = numbers[0]; seq > head.seq; seq--) {
    const raw = readRaw(join(dir, fileName(seq)));
    if (raw === null) return false;
    if (expected !== undefined && digest(raw) !== expected) return false;
    const record = parseRecord(raw, seq, sessionId, key, false);
    if (!record) return false;
    expected = record.prev;
  }
  // The genesis head (seq 0): the first record stands on nothing.
  if (head.seq === 0) return expected === '';
  const raw = readRaw(join(dir, fileName(head.seq)));
  if (raw === null) return false;
  const hash = digest(raw);
  return (expected === undefined || hash === expected) && hash === head.hash;
}

/**
 * Voids every grant of the session at once, without writing a record: removes the head. For when
 * a refusal cannot be recorded (full disk, unusable key): removing a file needs neither space nor
 * the key. False when even that failed (a read-only folder).
 */
export function voidGrants(sessionId: string, options?: StoreOptions): boolean {
  const path = headFile(sessionId, options);
  try {
    rmSync(path, { force: true });
    return !existsSync(path);
  } catch {
    return false;
  }
}

/**
 * Appends a record: takes the next free number, signs the body naming it and the hash of the
 * record below, links it into place, then moves the head onto it. Never gives up while the folder
 * is writable: the highest number is read once, then each number another writer took sends this
 * one to the next (chained to the one that writer linked), with a short random pause so that a
 * crowd of writers spreads out instead of colliding again. No lock, so no crashed writer can hold
 * one. When the head cannot be moved the record is there but unanchored: the head is removed, which
 * voids the session's grants (fail closed), and the error is thrown.
 */
function append<T extends StoredRecord>(record: Unsigned<T>, options?: StoreOptions): T {
  const home = homeOf(options);
  const key = signingKey(home);
  const dir = sessionDir(record.sessionId, options);
  mkdirSync(grantsRoot(options), { recursive: true, mode: 0o700 });
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const headPath = headFile(record.sessionId, options);
  // A new log gets its head before its first record (seq 0, the genesis), so that at no moment
  // are there records and no head, which is what a removed head looks like.
  // Stryker disable next-line StringLiteral: the genesis head's hash is never read (no record has number 0)
  if (numbersIn(dir).length === 0 && !existsSync(headPath)) writeHead(headPath, record.sessionId, 0, '', key);
  const intact = anchored(dir, record.sessionId, key, options);
  let seq = (numbersIn(dir)[0] ?? 0) + 1;
  // Numbered above the head too, so that the head moves onto it: a head naming a number above
  // every record (the newest were deleted) would otherwise keep the next records void as well.
  if (!intact) seq = Math.max(seq, (readHead(headPath, record.sessionId, key)?.seq ?? 0) + 1);
  const hashOf = (n: number) => {
    if (n < 1) return '';
    const raw = readRaw(join(dir, fileName(n)));
    return raw === null ? UNREADABLE : digest(raw);
  };
  // A log that has lost something (no head, a head naming what is not there) stays void below
  // this record: it says so in `prev`, a value no record hashes to, instead of re-anchoring it.
  let prev = intact ? hashOf(seq - 1) : VOID;
  // Stryker disable next-line UpdateOperator: the count only sets how long a writer pauses
  for (let collisions = 0; ; collisions++) {
    const full = { ...record, seq, id: recordId(seq), prev } as unknown as T;
    const body = JSON.stringify(full);
    const raw = `${JSON.stringify({ body, sig: sign(body, key) })}\n`;
    // Stryker disable next-line MethodExpression: the name only has to be unique, with or without the "0." of the random part
    const tmp = join(dir, `.tmp-${process.pid}-${Date.now()}-${Math.random().toString(16).slice(2)}`);
    writeNew(tmp, raw);
    let linked = false;
    try {
      linkSync(tmp, join(dir, fileName(seq)));
      linked = true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // Another hook took this number: the next one, after a pause that grows with the crowd.
    } finally {
      // Stryker disable next-line ObjectLiteral,BooleanLiteral: tmp exists here, or the write failed and an error is thrown either way
      rmSync(tmp, { force: true });
    }
    if (linked) {
      try {
        moveHead(dir, record.sessionId, seq, raw, key, options);
      } catch (error) {
        rmSync(headFile(record.sessionId, options), { force: true });
        throw new Error(`the grant log's head could not be written (${(error as Error).message}); the session's grants are void`);
      }
      return full;
    }
    // Chained onto the record that took the number only when it is the hooks' own: the head will
    // move over it, and below the head a record is taken on the chain's word.
    const taken = readRaw(join(dir, fileName(seq)));
    prev = taken !== null && parseRecord(taken, seq, record.sessionId, key, false) ? digest(taken) : VOID;
    seq++;
    // Stryker disable next-line ArithmeticOperator,MethodExpression: the pause only spreads writers out; any length is correct
    pause(Math.random() * Math.min(2 ** Math.min(collisions, 5), 25));
  }
}

const SOURCES = new Set(['user-prompt', 'orchestrator-prompt', 'cli']);

/**
 * The record in `raw` if it is for this session and named by its signed number, and either
 * signed by the hooks or (`chained`) already vouched for by the signed head's hash chain.
 */
function parseRecord(raw: string, seq: number, sessionId: string, key: KeyObject, chained: boolean): StoredRecord | null {
  try {
    if (raw.length > MAX_RECORD_BYTES) return null;
    const wrapper = JSON.parse(raw) as { body?: unknown; sig?: unknown };
    // Stryker disable next-line ConditionalExpression,LogicalOperator: verify() fails on text that is not a signed string; what the head vouches for was verified first
    if (typeof wrapper.body !== 'string' || typeof wrapper.sig !== 'string') return null;
    if (!chained && !verify(wrapper.body, wrapper.sig, key)) return null;
    const r = JSON.parse(wrapper.body) as StoredRecord;
    if (r.seq !== seq || r.sessionId !== sessionId || typeof r.createdAt !== 'string' || typeof r.prev !== 'string') return null;
    if (r.kind === 'grant' || r.kind === 'revoke') {
      if (typeof r.expiresAt !== 'string' || typeof r.scope !== 'object' || r.scope === null || !SOURCES.has(r.source)) return null;
      return r;
    }
    if (r.kind === 'pending' || r.kind === 'answered') return r;
    return null;
    // Stryker disable next-line BlockStatement: undefined instead of null: every caller tests for a record
  } catch {
    return null;
  }
}

/** Where the log stops being trustworthy: the session's grants are void from here down. */
const BROKEN = Symbol('broken log');
type Walked = StoredRecord | typeof BROKEN;

/**
 * The session's records, newest (highest number) first, read lazily: the store stops as soon as
 * it knows the answer, so a Bash call usually verifies one signature (the head's) and hashes one
 * or two records, and a session with no records costs one readdir and one stat, no crypto.
 * Yields BROKEN (and stops) where the log has lost something: see the header.
 */
function* newestFirst(sessionId: string, options?: StoreOptions): Generator<Walked> {
  const dir = sessionDir(sessionId, options);
  // The head before the folder, as in anchored(): a record linked meanwhile is above both.
  const headRaw = readRaw(headFile(sessionId, options));
  const numbers = numbersIn(dir);
  // No records, nothing to walk: whether the head says some were removed changes no answer (no
  // grant, no request), and append() starts a log that lost its records over (prev VOID).
  if (numbers.length === 0) return;
  const verifier = verifyKey(homeOf(options));
  const head = verifier && parseHead(headRaw, sessionId, verifier);
  if (!verifier || !head || numbers[0] < head.seq) {
    yield BROKEN;
    return;
  }
  let expected: string | undefined;
  for (let seq = numbers[0]; seq >= 1; seq--) {
    const raw = readRaw(join(dir, fileName(seq)));
    const hash = raw === null ? undefined : digest(raw);
    // Every record but the top one has the hash the record above it names (below the top that is
    // always set: parseRecord requires prev); the one at the head also has the hash the head names.
    // Above the head: records linked since it was written, each signed and chained onto the next.
    if (raw === null || (expected !== undefined && hash !== expected) || (seq === head.seq && hash !== head.hash)) {
      yield BROKEN;
      return;
    }
    const record = parseRecord(raw, seq, sessionId, verifier, seq <= head.seq);
    if (!record) {
      yield BROKEN;
      return;
    }
    expected = record.prev;
    yield record;
  }
}

/**
 * Every grant/revoke record of the session, oldest first, as far down as the log holds together
 * (pruning removes old records; a break ends the list).
 * @internal exported for its tests (knip --production)
 */
export function listRecords(sessionId: string, options?: StoreOptions): GrantRecord[] {
  const out: GrantRecord[] = [];
  for (const r of newestFirst(sessionId, options)) {
    if (r === BROKEN) break;
    if (r.kind === 'grant' || r.kind === 'revoke') out.push(r);
  }
  return out.reverse();
}

/** How far a record's creation may lie ahead of the clock (coarse file times, a slow disk). */
const SKEW_MS = 2 * 60_000;
/** The longest a grant may live: the policy's limit for approvalMinutes (a day). */
const MAX_GRANT_MS = DAY_MS;
/** A caller's `now` this close to the process clock is that clock, which the kernel's replaces. */
const OWN_CLOCK_MS = 5_000;

/** The kernel's time: the ctime it stamps on a file we just touched (user space cannot set ctime). */
function ctimeNow(path: string): number {
  const fd = openSync(path, 'a', 0o600);
  try {
    futimesSync(fd, 0, 0);
    return fstatSync(fd).ctimeMs;
    // Stryker disable next-line BlockStatement: a descriptor left open changes no time read
  } finally {
    closeSync(fd);
  }
}

/**
 * The time grants are judged by (issue 21 §2). Not the process's Date, which a preloaded script
 * moves at will and which follows the wall clock back, but the kernel's ctime of a file touched
 * now (in the state folder, else in the temporary folder). `claimed` far from the process clock
 * is an injected clock (tests, replays) and is used as given; a `new Date()` is the process clock
 * and is replaced. Throws when no file can be touched: no time, no grant.
 */
function trustedNow(options?: StoreOptions, claimed?: Date): Date {
  if (claimed && Math.abs(claimed.getTime() - Date.now()) > OWN_CLOCK_MS) return claimed;
  const home = homeOf(options);
  try {
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: a failed mkdir falls back to the clock file in the temporary folder: a kernel ctime either way
    mkdirSync(home, { recursive: true, mode: 0o700 });
    // Stryker disable next-line StringLiteral: the state folder itself cannot be opened for append: the fallback clock file gives a kernel ctime too
    return new Date(ctimeNow(join(home, 'clock')));
  } catch {
    // Stryker disable next-line LogicalOperator,OptionalChaining: only the fallback clock file's name changes
    return new Date(ctimeNow(join(tmpdir(), `execguard-clock-${process.getuid?.() ?? 'user'}`)));
  }
}

/**
 * A grant in force at `now`: affirmed, created no later than now (a record from the future means
 * the clock went back, or the record is not the hooks'), living no longer than the policy allows,
 * and not yet expired (its creation time plus its duration).
 */
function isLive(r: GrantRecord, now: () => number): boolean {
  if (r.kind !== 'grant' || r.scope.affirmed !== true) return false;
  const created = Date.parse(r.createdAt);
  const expires = Date.parse(r.expiresAt);
  if (!Number.isFinite(created) || !Number.isFinite(expires) || expires - created > MAX_GRANT_MS) return false;
  const t = now();
  return created <= t + SKEW_MS && expires > t;
}

/** The judged time, taken once and only when a record needs it (a Bash call with no grant takes none). */
function lazyNow(options: StoreOptions | undefined, claimed: Date | undefined): () => number {
  let t: number | undefined;
  return () => (t ??= trustedNow(options, claimed).getTime());
}

/** The user's own grant (user prompt or CLI) in force for the session, or null. */
export function activeUserGrant(sessionId: string, claimed?: Date, options?: StoreOptions): GrantRecord | null {
  const now = lazyNow(options, claimed);
  for (const r of newestFirst(sessionId, options)) {
    if (r === BROKEN) return null;
    if (r.kind !== 'grant' && r.kind !== 'revoke') continue;
    if (r.source === 'orchestrator-prompt') continue;
    // The newest user-side record decides: a revoke ends everything before it.
    return isLive(r, now) ? r : null;
  }
  return null;
}

/**
 * The grant a tool call in this session relies on. The main agent (no `agentId`) gets the user's
 * grant, never a sub-agent's. A sub-agent gets only the grant that belongs to its own agent_id:
 * the claim it made of the launch that started it (claimLaunch), narrowed from the user's current
 * grant, or nothing. A revoked or expired user grant ends every grant derived from it, and so does
 * a break in the log above the user's grant.
 */
export function activeGrant(sessionId: string, claimed?: Date, options: StoreOptions & { agentId?: string } = {}): GrantRecord | null {
  const now = lazyNow(options, claimed);
  let own: GrantRecord | undefined;
  for (const r of newestFirst(sessionId, options)) {
    if (r === BROKEN) return null;
    if (r.kind !== 'grant' && r.kind !== 'revoke') continue;
    if (r.source === 'orchestrator-prompt') {
      if (options.agentId && r.agentId === options.agentId) own ??= r;
      continue;
    }
    if (!isLive(r, now)) return null;
    if (!options.agentId) return r;
    if (!own || own.parentGrantId !== r.id) return null;
    return isLive(own, now) ? own : null;
  }
  return null;
}

/**
 * A sub-agent claims the launch that started it, which becomes its own record (agentId set).
 * With `promptHash` (the sha256 of the prompt the sub-agent was started with, read from its
 * transcript) the launch with that prompt is claimed exactly, so several sub-agents launched at
 * once each claim their own. Without it, the oldest unclaimed launch of its agent type under the
 * user's current grant; when launches of that type wait with different scopes, the claim gets
 * only what all of them allow (never more than its own launch). Returns the claim (also when it
 * had been made before), or null when there is nothing to claim.
 */
export function claimLaunch(
  sessionId: string,
  agentId: string,
  agentType: string | undefined,
  claimedNow?: Date,
  options: StoreOptions & { promptHash?: string } = {},
): GrantRecord | null {
  const now = lazyNow(options, claimedNow);
  // Stryker disable next-line ArrayDeclaration: a string in the list has no parentGrantId: filtered out
  const launches: GrantRecord[] = [];
  const claimed = new Set<string>();
  let user: GrantRecord | undefined;
  for (const r of newestFirst(sessionId, options)) {
    // A break in the log: nothing below it can be trusted, so there is nothing to claim.
    if (r === BROKEN) return null;
    if (r.kind !== 'grant' && r.kind !== 'revoke') continue;
    if (r.source !== 'orchestrator-prompt') {
      user = r;
      break;
    }
    if (r.agentId === agentId) return r;
    // Stryker disable next-line ArrayDeclaration: an id no record has claims nothing
    for (const id of r.claims ?? []) claimed.add(id);
    if (r.launch && !r.agentId) launches.push(r);
  }
  if (!user || !isLive(user, now)) return null;
  const open = launches.filter(
    // Stryker disable next-line OptionalChaining: every launch in the list has `launch` (it was put there for it)
    (l) => l.parentGrantId === user.id && !claimed.has(l.id) && (agentType === undefined || l.launch?.agentType === agentType),
  );
  if (open.length === 0) return null;
  // Stryker disable next-line OptionalChaining: every launch in the list has `launch` (it was put there for it)
  const exact = options.promptHash ? open.filter((l) => l.launch?.promptHash === options.promptHash) : [];
  // Several launches with the same prompt are alike: any of them is this sub-agent's.
  const candidates = exact.length ? [exact[exact.length - 1]] : open;
  const mine = candidates[candidates.length - 1]; // newest first: the last is the oldest launch
  let scope = mine.scope;
  for (const other of candidates) if (other !== mine) scope = intersectScopes(scope, other.scope);
  const grants = candidates.every((l) => l.kind === 'grant') && scope.affirmed;
  return append<GrantRecord>(
    {
      kind: grants ? 'grant' : 'revoke',
      sessionId,
      source: 'orchestrator-prompt',
      text: mine.text,
      scope: grants ? scope : { ...scope, affirmed: false },
      createdAt: new Date(now()).toISOString(),
      expiresAt: grants ? mine.expiresAt : new Date(now()).toISOString(),
      parentGrantId: user.id,
      agentId,
      claims: [mine.id],
      ...(mine.binding ? { binding: mine.binding } : {}),
    },
    options,
  );
}

/** The open approval request: every pending record since the user's last prompt that answered one, merged. */
export interface PendingRequest {
  records: PendingRecord[];
  commands: PresentedCommand[];
  environments: Environment[];
  digests: string[];
}

/** Pending requests older than this are not answered by a prompt any more. */
const PENDING_MAX_AGE_MS = DAY_MS;

export function openPendingRequest(sessionId: string, claimed?: Date, options?: StoreOptions): PendingRequest | null {
  const now = lazyNow(options, claimed);
  const records: PendingRecord[] = [];
  for (const r of newestFirst(sessionId, options)) {
    // A break: what lies below it may have been answered already; only newer records count.
    if (r === BROKEN) break;
    if (r.kind === 'pending') {
      // Too old, or from the future (the clock went back): not a request anyone can answer now.
      const age = now() - Date.parse(r.createdAt);
      if (!(age <= PENDING_MAX_AGE_MS && age >= -SKEW_MS)) break;
      // A sub-agent's own request (older records) was never shown to the user.
      if (r.source !== 'subagent-stop') records.unshift(r);
      continue;
    }
    if (r.kind === 'answered') break;
    // A user-side grant or revoke was the answer to whatever came before it.
    if ((r.kind === 'grant' || r.kind === 'revoke') && r.source !== 'orchestrator-prompt') break;
  }
  if (records.length === 0) return null;
  const unique = <T>(xs: T[]) => [...new Set(xs)];
  return {
    records,
    commands: records.flatMap((r) => r.commands),
    environments: unique(records.flatMap((r) => r.environments)),
    digests: unique(records.flatMap((r) => r.digests)),
  };
}

export interface RecordInput {
  sessionId: string;
  source: GrantSource;
  scope: ApprovalScope;
  approvalMinutes: number;
  now?: Date;
  parentGrantId?: string;
  /** Latest allowed expiry (an orchestrator grant never outlives its user grant). */
  notAfter?: string;
  binding?: GrantBinding;
  /** A sub-agent launch, waiting for the sub-agent it starts to claim it. */
  launch?: GrantRecord['launch'];
}

/** Records a grant (the scope affirms) and returns it. */
export function recordGrant(input: RecordInput, options?: StoreOptions): GrantRecord {
  if (!input.sessionId) throw new Error('cannot record a grant without a session id');
  if (!input.scope.affirmed) throw new Error('cannot record a grant from text that does not approve');
  const now = trustedNow(options, input.now);
  let expires = now.getTime() + Math.max(0, input.approvalMinutes) * 60_000;
  if (input.notAfter) expires = Math.min(expires, Date.parse(input.notAfter));
  const record = append<GrantRecord>(
    {
      kind: 'grant',
      sessionId: input.sessionId,
      source: input.source,
      text: input.scope.text,
      scope: input.scope,
      createdAt: now.toISOString(),
      expiresAt: new Date(expires).toISOString(),
      ...(input.parentGrantId ? { parentGrantId: input.parentGrantId } : {}),
      ...(input.binding ? { binding: input.binding } : {}),
      ...(input.launch ? { launch: input.launch } : {}),
    },
    options,
  );
  pruneOld(input.sessionId, now, options);
  return record;
}

/**
 * Records the end of grants. From the user (or CLI): no earlier grant of the session counts any
 * more, whatever else is in the folder. From an orchestrator (with parentGrantId): sub-agents
 * launched from then on get no grant.
 */
export function revokeGrants(
  input: {
    sessionId: string;
    source: GrantSource;
    scope: ApprovalScope;
    now?: Date;
    parentGrantId?: string;
    reason?: GrantRecord['reason'];
    launch?: GrantRecord['launch'];
  },
  options?: StoreOptions,
): GrantRecord {
  if (!input.sessionId) throw new Error('cannot revoke without a session id');
  const now = trustedNow(options, input.now);
  return append<GrantRecord>(
    {
      kind: 'revoke',
      sessionId: input.sessionId,
      source: input.source,
      text: input.scope.text,
      scope: input.scope,
      createdAt: now.toISOString(),
      expiresAt: now.toISOString(),
      ...(input.parentGrantId ? { parentGrantId: input.parentGrantId } : {}),
      ...(input.reason ? { reason: input.reason } : {}),
      ...(input.launch ? { launch: input.launch } : {}),
    },
    options,
  );
}

/** Records a turn that asked for approval (Stop / SubagentStop saw PENDING_APPROVAL). */
export function recordPending(
  input: Omit<PendingRecord, 'kind' | 'seq' | 'id' | 'createdAt'> & { now?: Date },
  options?: StoreOptions,
): PendingRecord {
  if (!input.sessionId) throw new Error('cannot record a pending request without a session id');
  const { now, ...rest } = input;
  return append<PendingRecord>({ kind: 'pending', ...rest, createdAt: trustedNow(options, now).toISOString() }, options);
}

/** Marks the open request answered (the user's prompt neither approved nor refused). */
export function markAnswered(sessionId: string, claimed?: Date, options?: StoreOptions): void {
  append<AnsweredRecord>({ kind: 'answered', sessionId, createdAt: trustedNow(options, claimed).toISOString() }, options);
}

/**
 * Removes this session's records older than a day (best effort), from the oldest up and only
 * below the newest user-side record, so that pruning can never bring a grant back or reopen a
 * request, and what is left is an unbroken chain down from the head. Also removes temporary files
 * a writer that died (killed between write and link) left behind.
 */
function pruneOld(sessionId: string, now: Date, options?: StoreOptions): void {
  const dir = sessionDir(sessionId, options);
  const cutoff = now.getTime() - DAY_MS;
  try {
    // Stryker disable next-line ArrayDeclaration: the extra entry ends up newest, above the newest user record, where pruning stops
    const records: StoredRecord[] = [];
    let newestUser: StoredRecord | undefined;
    for (const r of newestFirst(sessionId, options)) {
      // A break above the newest user-side record: nothing is pruned. Below it: earlier pruning.
      if (r === BROKEN) {
        if (!newestUser) return;
        break;
      }
      records.push(r);
      if (!newestUser && (r.kind === 'grant' || r.kind === 'revoke') && r.source !== 'orchestrator-prompt') newestUser = r;
    }
    if (!newestUser) return;
    for (const r of records.reverse()) {
      if (r.seq >= newestUser.seq) break;
      const end = r.kind === 'grant' || r.kind === 'revoke' ? r.expiresAt : r.createdAt;
      if (!(Date.parse(end) < cutoff)) break;
      // Stryker disable next-line ObjectLiteral,BooleanLiteral: the record was just read, and errors end pruning either way
      rmSync(join(dir, fileName(r.seq)), { force: true });
    }
    for (const name of readdirSync(dir)) {
      if (!name.startsWith('.tmp-')) continue;
      const path = join(dir, name);
      // Stryker disable next-line ObjectLiteral,BooleanLiteral: the file was just stat'ed, and errors end pruning either way
      if (Date.now() - statSync(path).mtimeMs > 10 * 60_000) rmSync(path, { force: true });
    }
  } catch {
    // Nothing to prune.
  }
}
