// Four-eyes in the team store: review requests (a run that needs reviewers asks for its digest) and
// approvals (`execguard approve DIGEST`). Both tables are append-only and hash-chained; who wrote a
// row is the database's session_user, set by a trigger (the client cannot name someone else). An
// approval counts for a run only when another role than the run's own gave it, for that exact
// digest in that workspace (the same change in another repository is another review). A waiting run sleeps on LISTEN execguard_reviews and re-reads the table on every wake-up:
// the notification only says "look again", the table decides.
import type { PostgresStore } from './postgres.js';

export interface ReviewDetail {
  planId: string;
  environments: string[];
  required: number;
  changes: { create: string[]; update: string[]; destroy: string[] };
  user: string;
  host: string;
  runId: string;
}

export interface ReviewRequest {
  digest: string;
  workspace: string;
  detail: ReviewDetail;
  byRole: string;
  at: string;
}

export interface Approval {
  digest: string;
  workspace: string;
  byRole: string;
  at: string;
  detail: { user?: string; host?: string };
}

/** Records that `digest` waits for review in `workspace` (once per digest, workspace and role). Returns the role the store knows this connection as. */
export async function requestReview(store: PostgresStore, digest: string, workspace: string, detail: ReviewDetail): Promise<string> {
  const { sql } = store;
  await sql`
    INSERT INTO execguard_reviews (digest, workspace, detail)
    SELECT ${digest}, ${workspace}, ${sql.json(detail as never)}
    WHERE NOT EXISTS (SELECT 1 FROM execguard_reviews WHERE digest = ${digest} AND workspace = ${workspace} AND by_role = session_user)`;
  return currentRole(store);
}

async function currentRole(store: PostgresStore): Promise<string> {
  const [row] = await store.sql`SELECT session_user AS role`;
  return String(row!.role);
}

/** The review requests whose digest is `digest` or starts with it (a reviewer may type a prefix). */
async function reviewRequests(store: PostgresStore, digest: string): Promise<ReviewRequest[]> {
  const rows = await store.sql`
    SELECT digest, workspace, detail, by_role, at FROM execguard_reviews
    WHERE digest = ${digest} OR (length(${digest}) >= 19 AND starts_with(digest, ${digest})) ORDER BY id`;
  return rows.map((r) => ({
    digest: r.digest,
    workspace: r.workspace,
    detail: r.detail as ReviewDetail,
    byRole: r.by_role,
    at: new Date(r.at).toISOString(),
  }));
}

/** Approvals of exactly `digest` in `workspace` that count for a run by this connection's role: other roles', one per role. */
export async function countingApprovals(store: PostgresStore, digest: string, workspace: string): Promise<Approval[]> {
  const rows = await store.sql`
    SELECT DISTINCT ON (by_role) digest, workspace, by_role, at, detail FROM execguard_approvals
    WHERE digest = ${digest} AND workspace = ${workspace} AND by_role <> session_user ORDER BY by_role, id`;
  return rows.map((r) => ({
    digest: r.digest,
    workspace: r.workspace,
    byRole: r.by_role,
    at: new Date(r.at).toISOString(),
    detail: r.detail,
  }));
}

export type ApproveOutcome = { ok: true; request: ReviewRequest; role: string; already: boolean } | { ok: false; reason: string };

/**
 * Approves a digest that waits for review. Refused: no request for it, a prefix that matches more
 * than one, the same digest waiting in several workspaces (name one), or a digest only this role
 * asked to review (the author's own approval never counts).
 */
export async function approve(
  store: PostgresStore,
  digest: string,
  detail: { user: string; host: string },
  workspace?: string,
): Promise<ApproveOutcome> {
  const requests = (await reviewRequests(store, digest)).filter((r) => workspace === undefined || r.workspace === workspace);
  const digests = [...new Set(requests.map((r) => r.digest))];
  if (digests.length === 0)
    return {
      ok: false,
      reason: `no run waits for review of ${digest}${workspace ? ` in ${workspace}` : ''}: check the digest the blocked run printed`,
    };
  if (digests.length > 1)
    return { ok: false, reason: `${digest} matches ${digests.length} digests waiting for review: give the whole digest` };
  const role = await currentRole(store);
  const others = requests.filter((r) => r.byRole !== role);
  if (others.length === 0)
    return {
      ok: false,
      reason: `you (database role ${role}) asked for this review: the author's own approval never counts; another person must approve it from their own terminal`,
    };
  const workspaces = [...new Set(others.map((r) => r.workspace))];
  if (workspaces.length > 1)
    return {
      ok: false,
      reason: `${digest} waits for review in ${workspaces.length} workspaces (${workspaces.join(', ')}): name one with --workspace`,
    };
  const request = others[others.length - 1]!;
  const { sql } = store;
  const inserted = await sql`
    INSERT INTO execguard_approvals (digest, workspace, detail)
    SELECT ${request.digest}, ${request.workspace}, ${sql.json(detail as never)}
    WHERE NOT EXISTS (
      SELECT 1 FROM execguard_approvals WHERE digest = ${request.digest} AND workspace = ${request.workspace} AND by_role = session_user)
    RETURNING id`;
  return { ok: true, request, role, already: inserted.length === 0 };
}

/**
 * Waits until `required` other roles approved `digest`, re-reading the table whenever a NOTIFY (or
 * a reconnect of the listener) says something may have changed. `onCheck` hears every reading;
 * the wait ends early, with an error, when `signal` aborts.
 */
export async function waitForApprovals(
  store: PostgresStore,
  digest: string,
  workspace: string,
  required: number,
  signal: AbortSignal,
  onCheck: (check: number, approvals: Approval[]) => void,
): Promise<Approval[]> {
  let wake = () => {};
  let woken = new Promise<void>((resolve) => (wake = resolve));
  const listener = await store.sql.listen(
    'execguard_reviews',
    (payload) => {
      if (payload === digest) wake();
    },
    () => wake(), // (re)connected: anything may have happened meanwhile
  );
  const aborted = new Promise<void>((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
  try {
    for (let check = 1; ; check++) {
      const approvals = await countingApprovals(store, digest, workspace);
      onCheck(check, approvals);
      if (approvals.length >= required) return approvals;
      await Promise.race([woken, aborted]);
      if (signal.aborted) throw new Error(`stopped while waiting for review (${String(signal.reason ?? 'a signal')})`);
      woken = new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    await listener.unlisten().catch(() => {});
  }
}

export type ChainTable = 'execguard_reviews' | 'execguard_approvals' | 'execguard_decisions';

/**
 * Checks a hash chain in the database: every row's hash is the hash of the one before plus its own
 * content, and names the one before. The oldest remaining row starts the chain (retention deletes
 * from the old end). Returns the ids of rows that do not fit.
 */
export async function brokenLinks(store: PostgresStore, table: ChainTable): Promise<number[]> {
  const rows = await store.sql`
    SELECT id FROM (
      SELECT id,
             hash = encode(sha256(convert_to(coalesce(prev_hash, '') || execguard_chain_body(to_jsonb(t), t.at), 'UTF8')), 'hex') AS sound,
             row_number() OVER (ORDER BY id) = 1 OR prev_hash IS NOT DISTINCT FROM lag(hash) OVER (ORDER BY id) AS linked
      FROM ${store.sql(table)} t) c
    WHERE NOT (sound AND linked) ORDER BY id`;
  return rows.map((r) => Number(r.id));
}
