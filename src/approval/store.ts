// The grant store: approvals recorded per session under statePaths().grants.
//
// Several hooks run at once (Claude Code starts every matching hook in parallel), so each record
// is its own file, written to a temporary name and renamed into place: a reader sees a whole
// record or none, and two writers never overwrite each other. No lock is needed.
//
// Layout: grants/<session key>/<created ms>-<pid>-<random>.json, dir 0700, files 0600.
// A record is a grant (an approval scope) or a revocation (the user refused). The session's
// active grant is its newest user/cli record when that record is a grant that has not expired.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stateHome, statePaths } from '../state/home.js';
import type { ApprovalScope, Grant } from './types.js';

export type GrantSource = Grant['source'];

/** What is stored on disk: a grant, or the revocation of whatever grant was active. */
export interface GrantRecord extends Grant {
  kind: 'grant' | 'revoke';
  /** The approval text as written (also in scope.text). */
  text: string;
  /** For an orchestrator grant: the user grant it was narrowed from. */
  parentGrantId?: string;
}

export interface StoreOptions {
  env?: NodeJS.ProcessEnv;
  /** Overrides the state folder (tests). */
  home?: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function grantsRoot(options: StoreOptions = {}): string {
  return statePaths(options.home ?? stateHome(options.env ?? process.env)).grants;
}

/** A session id as a safe folder name: kept when it is plain, hashed otherwise (no path tricks). */
export function sessionKey(sessionId: string): string {
  if (/^[A-Za-z0-9_-]{1,100}$/.test(sessionId)) return sessionId;
  // node:crypto is loaded only here: importing it costs the hook several ms on every call.
  const { createHash } = process.getBuiltinModule('node:crypto');
  return `h-${createHash('sha256').update(sessionId).digest('hex').slice(0, 40)}`;
}

function sessionDir(sessionId: string, options?: StoreOptions): string {
  return join(grantsRoot(options), sessionKey(sessionId));
}

function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
}

/** Sortable by creation time; pid + random keep ids of parallel hook processes apart (not a secret). */
function newId(now: Date): string {
  const random = Math.floor(Math.random() * 0x1000000000000).toString(16).padStart(12, '0');
  return `${now.getTime().toString().padStart(14, '0')}-${process.pid}-${random}`;
}

function writeRecord(record: GrantRecord, options?: StoreOptions): void {
  const dir = sessionDir(record.sessionId, options);
  ensurePrivateDir(grantsRoot(options));
  ensurePrivateDir(dir);
  const tmp = join(dir, `.tmp-${record.id}`);
  writeFileSync(tmp, `${JSON.stringify(record)}\n`, { mode: 0o600, flag: 'wx' });
  renameSync(tmp, join(dir, `${record.id}.json`));
}

function isRecord(value: unknown, sessionId: string): value is GrantRecord {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Partial<GrantRecord>;
  return (
    (r.kind === 'grant' || r.kind === 'revoke') &&
    typeof r.id === 'string' &&
    r.sessionId === sessionId &&
    typeof r.createdAt === 'string' &&
    typeof r.expiresAt === 'string' &&
    typeof r.scope === 'object' &&
    r.scope !== null &&
    (r.source === 'user-prompt' || r.source === 'orchestrator-prompt' || r.source === 'cli')
  );
}

/** Every record of the session, oldest first. Unreadable or foreign files are ignored. */
export function listRecords(sessionId: string, options?: StoreOptions): GrantRecord[] {
  const dir = sessionDir(sessionId, options);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const records: GrantRecord[] = [];
  for (const name of names) {
    if (!name.endsWith('.json') || name.startsWith('.')) continue;
    try {
      const value: unknown = JSON.parse(readFileSync(join(dir, name), 'utf8'));
      if (isRecord(value, sessionId)) records.push(value);
    } catch {
      // A record removed by a concurrent prune, or a file that is not ours: not a grant.
    }
  }
  return records.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const isLive = (r: GrantRecord, now: Date) => r.kind === 'grant' && r.scope.affirmed && Date.parse(r.expiresAt) > now.getTime();

/** The user's own grant (user prompt or CLI) in force for the session, or null. */
export function activeUserGrant(sessionId: string, now: Date = new Date(), options?: StoreOptions): GrantRecord | null {
  const own = listRecords(sessionId, options).filter((r) => r.source !== 'orchestrator-prompt');
  const newest = own[own.length - 1];
  return newest && isLive(newest, now) ? newest : null;
}

/**
 * The grant a tool call in this session relies on. The main agent gets the user's grant. A
 * sub-agent (`agentId` set) gets only what its launch prompt carried: the newest record derived
 * from the user's current grant when an orchestrator launched a sub-agent (a narrowed grant, or a
 * revocation when that prompt did not approve). A revoked or expired user grant ends every grant
 * derived from it.
 */
export function activeGrant(
  sessionId: string,
  now: Date = new Date(),
  options: StoreOptions & { agentId?: string } = {},
): GrantRecord | null {
  const records = listRecords(sessionId, options);
  const own = records.filter((r) => r.source !== 'orchestrator-prompt');
  const newest = own[own.length - 1];
  const user = newest && isLive(newest, now) ? newest : null;
  if (!user || !options.agentId) return user;
  const derived = records.filter((r) => r.source === 'orchestrator-prompt' && r.parentGrantId === user.id);
  const latest = derived[derived.length - 1];
  return latest && isLive(latest, now) ? latest : null;
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
}

/** Records a grant (the scope affirms) and returns it. */
export function recordGrant(input: RecordInput, options?: StoreOptions): GrantRecord {
  if (!input.sessionId) throw new Error('cannot record a grant without a session id');
  if (!input.scope.affirmed) throw new Error('cannot record a grant from text that does not approve');
  const now = input.now ?? new Date();
  let expires = now.getTime() + Math.max(0, input.approvalMinutes) * 60_000;
  if (input.notAfter) expires = Math.min(expires, Date.parse(input.notAfter));
  const record = newRecord('grant', input, now, new Date(expires));
  writeRecord(record, options);
  pruneOld(input.sessionId, now, options);
  return record;
}

/**
 * Records a refusal. From the user (or CLI): no earlier grant of the session counts any more. From
 * an orchestrator (with parentGrantId): sub-agents launched from then on get no grant.
 */
export function revokeGrants(
  input: { sessionId: string; source: GrantSource; scope: ApprovalScope; now?: Date; parentGrantId?: string },
  options?: StoreOptions,
): GrantRecord {
  if (!input.sessionId) throw new Error('cannot revoke without a session id');
  const now = input.now ?? new Date();
  const record = newRecord('revoke', input, now, now);
  writeRecord(record, options);
  return record;
}

/** A grant or revoke record of `input`'s session, source and scope, made at `now`. */
function newRecord(
  kind: GrantRecord['kind'],
  input: { sessionId: string; source: GrantSource; scope: ApprovalScope; parentGrantId?: string },
  now: Date,
  expires: Date,
): GrantRecord {
  return {
    kind,
    id: newId(now),
    sessionId: input.sessionId,
    source: input.source,
    text: input.scope.text,
    scope: input.scope,
    createdAt: now.toISOString(),
    expiresAt: expires.toISOString(),
    ...(input.parentGrantId ? { parentGrantId: input.parentGrantId } : {}),
  };
}

/**
 * The narrowest of two scopes: what both authorize. Used so that a grant derived from an
 * orchestrator's prompt can never exceed the user's grant it came from.
 */
export function intersectScopes(user: ApprovalScope, derived: ApprovalScope): ApprovalScope {
  let environments: ApprovalScope['environments'];
  if (user.environments.length === 0) environments = derived.environments;
  else if (derived.environments.length === 0) environments = user.environments;
  else environments = user.environments.filter((e) => derived.environments.includes(e));
  const both = user.environments.length > 0 && derived.environments.length > 0;
  // Two disjoint environment lists authorize nothing at all.
  const disjoint = both && environments.length === 0;
  return {
    text: derived.text,
    affirmed: user.affirmed && derived.affirmed && !disjoint,
    destroy: user.destroy && derived.destroy,
    delete: user.delete && derived.delete,
    forcePush: user.forcePush && derived.forcePush,
    environments,
  };
}

/** True when `inner` authorizes nothing that `outer` does not. */
export function scopeWithin(inner: ApprovalScope, outer: ApprovalScope | null): boolean {
  const wants = inner.affirmed || inner.destroy || inner.delete || inner.forcePush;
  if (!outer) return !wants;
  if (inner.affirmed && !outer.affirmed) return false;
  if (inner.destroy && !outer.destroy) return false;
  if (inner.delete && !outer.delete) return false;
  if (inner.forcePush && !outer.forcePush) return false;
  if (outer.environments.length === 0) return true;
  // An approval naming no environment is wider than one that names some.
  if (inner.environments.length === 0) return !wants;
  return inner.environments.every((e) => outer.environments.includes(e));
}

/**
 * Removes this session's records that ended more than a day ago (best effort). A revocation is
 * kept while an older grant is still unexpired, so that pruning can never bring a grant back.
 */
function pruneOld(sessionId: string, now: Date, options?: StoreOptions): void {
  const dir = sessionDir(sessionId, options);
  const cutoff = now.getTime() - DAY_MS;
  const records = listRecords(sessionId, options);
  records.forEach((record, index) => {
    if (Date.parse(record.expiresAt) >= cutoff) return;
    if (record.kind === 'revoke' && records.slice(0, index).some((r) => Date.parse(r.expiresAt) >= cutoff)) return;
    rmSync(join(dir, `${record.id}.json`), { force: true });
  });
  try {
    for (const name of readdirSync(dir)) {
      if (!name.startsWith('.tmp-')) continue;
      const path = join(dir, name);
      try {
        if (statSync(path).mtimeMs < cutoff) rmSync(path, { force: true });
      } catch {
        // Renamed or removed concurrently.
      }
    }
  } catch {
    // No folder: nothing to prune.
  }
}
