import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import "./chunk-GLDXOGL5.mjs";

// src/store/reviews.ts
async function requestReview(store, digest, workspace, detail) {
  const { sql } = store;
  await sql`
    INSERT INTO execguard_reviews (digest, workspace, detail)
    SELECT ${digest}, ${workspace}, ${sql.json(detail)}
    WHERE NOT EXISTS (SELECT 1 FROM execguard_reviews WHERE digest = ${digest} AND workspace = ${workspace} AND by_role = session_user)`;
  return currentRole(store);
}
async function currentRole(store) {
  const [row] = await store.sql`SELECT session_user AS role`;
  return String(row.role);
}
async function reviewRequests(store, digest) {
  const rows = await store.sql`
    SELECT digest, workspace, detail, by_role, at FROM execguard_reviews
    WHERE digest = ${digest} OR (length(${digest}) >= 19 AND starts_with(digest, ${digest})) ORDER BY id`;
  return rows.map((r) => ({
    digest: r.digest,
    workspace: r.workspace,
    detail: r.detail,
    byRole: r.by_role,
    at: new Date(r.at).toISOString()
  }));
}
async function countingApprovals(store, digest, workspace) {
  const rows = await store.sql`
    SELECT DISTINCT ON (by_role) digest, workspace, by_role, at, detail FROM execguard_approvals
    WHERE digest = ${digest} AND workspace = ${workspace} AND by_role <> session_user ORDER BY by_role, id`;
  return rows.map((r) => ({
    digest: r.digest,
    workspace: r.workspace,
    byRole: r.by_role,
    at: new Date(r.at).toISOString(),
    detail: r.detail
  }));
}
async function approve(store, digest, detail, workspace) {
  const requests = (await reviewRequests(store, digest)).filter((r) => workspace === void 0 || r.workspace === workspace);
  const digests = [...new Set(requests.map((r) => r.digest))];
  if (digests.length === 0)
    return {
      ok: false,
      reason: `no run waits for review of ${digest}${workspace ? ` in ${workspace}` : ""}: check the digest the blocked run printed`
    };
  if (digests.length > 1)
    return { ok: false, reason: `${digest} matches ${digests.length} digests waiting for review: give the whole digest` };
  const role = await currentRole(store);
  const others = requests.filter((r) => r.byRole !== role);
  if (others.length === 0)
    return {
      ok: false,
      reason: `you (database role ${role}) asked for this review: the author's own approval never counts; another person must approve it from their own terminal`
    };
  const workspaces = [...new Set(others.map((r) => r.workspace))];
  if (workspaces.length > 1)
    return {
      ok: false,
      reason: `${digest} waits for review in ${workspaces.length} workspaces (${workspaces.join(", ")}): name one with --workspace`
    };
  const request = others[others.length - 1];
  const { sql } = store;
  const inserted = await sql`
    INSERT INTO execguard_approvals (digest, workspace, detail)
    SELECT ${request.digest}, ${request.workspace}, ${sql.json(detail)}
    WHERE NOT EXISTS (
      SELECT 1 FROM execguard_approvals WHERE digest = ${request.digest} AND workspace = ${request.workspace} AND by_role = session_user)
    RETURNING id`;
  return { ok: true, request, role, already: inserted.length === 0 };
}
async function waitForApprovals(store, digest, workspace, required, signal, onCheck) {
  let wake = () => {
  };
  let woken = new Promise((resolve) => wake = resolve);
  const listener = await store.sql.listen(
    "execguard_reviews",
    (payload) => {
      if (payload === digest) wake();
    },
    () => wake()
    // (re)connected: anything may have happened meanwhile
  );
  const aborted = new Promise((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener("abort", () => resolve(), { once: true });
  });
  try {
    for (let check = 1; ; check++) {
      const approvals = await countingApprovals(store, digest, workspace);
      onCheck(check, approvals);
      if (approvals.length >= required) return approvals;
      await Promise.race([woken, aborted]);
      if (signal.aborted) throw new Error(`stopped while waiting for review (${String(signal.reason ?? "a signal")})`);
      woken = new Promise((resolve) => wake = resolve);
    }
  } finally {
    await listener.unlisten().catch(() => {
    });
  }
}
async function brokenLinks(store, table) {
  const rows = await store.sql`
    SELECT id FROM (
      SELECT id,
             hash = encode(sha256(convert_to(coalesce(prev_hash, '') || execguard_chain_body(to_jsonb(t), t.at), 'UTF8')), 'hex') AS sound,
             row_number() OVER (ORDER BY id) = 1 OR prev_hash IS NOT DISTINCT FROM lag(hash) OVER (ORDER BY id) AS linked
      FROM ${store.sql(table)} t) c
    WHERE NOT (sound AND linked) ORDER BY id`;
  return rows.map((r) => Number(r.id));
}
export {
  approve,
  brokenLinks,
  countingApprovals,
  requestReview,
  waitForApprovals
};
