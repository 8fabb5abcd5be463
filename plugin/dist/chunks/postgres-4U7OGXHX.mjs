import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import "./chunk-GLDXOGL5.mjs";

// src/store/postgres.ts
import { readFileSync } from "node:fs";
import { homedir, userInfo } from "node:os";
import { join } from "node:path";
var SCHEMA_VERSION = 4;
var MIGRATIONS = {
  1: [
    `CREATE TABLE execguard_leases (
       workspace   text PRIMARY KEY,
       token       bigint NOT NULL,
       owner       jsonb NOT NULL,
       acquired_at timestamptz NOT NULL DEFAULT now(),
       expires_at  timestamptz NOT NULL)`,
    "CREATE SEQUENCE execguard_lease_tokens",
    `CREATE TABLE execguard_journal (
       id         bigserial PRIMARY KEY,
       run_id     text NOT NULL,
       workspace  text NOT NULL,
       token      bigint NOT NULL,
       line       jsonb NOT NULL,
       prev_hash  text,
       hash       text NOT NULL,
       written_by text NOT NULL DEFAULT current_user,
       written_at timestamptz NOT NULL DEFAULT now())`,
    "CREATE INDEX execguard_journal_run ON execguard_journal (run_id, id)",
    `CREATE TABLE execguard_unlocks (
       id         bigserial PRIMARY KEY,
       workspace  text NOT NULL,
       token      bigint,
       owner      jsonb,
       reason     text NOT NULL,
       by_role    text NOT NULL DEFAULT current_user,
       at         timestamptz NOT NULL DEFAULT now())`,
    // The team's role (when the database has one) may take and renew leases, and only append to the
    // journal and the unlock audit: no UPDATE or DELETE there (docs/team.md).
    `DO $$ BEGIN
       IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'execguard_team') THEN
         GRANT SELECT, INSERT, UPDATE, DELETE ON execguard_leases TO execguard_team;
         GRANT SELECT, INSERT ON execguard_journal, execguard_unlocks, execguard_schema TO execguard_team;
         GRANT USAGE, SELECT ON SEQUENCE execguard_lease_tokens, execguard_journal_id_seq, execguard_unlocks_id_seq TO execguard_team;
       END IF;
     END $$`
  ],
  // Four-eyes and the team's decision log (docs/team.md): review requests, approvals and the hooks'
  // decisions, append-only and hash-chained by the database itself. The trigger, not the client,
  // sets who wrote a row (session_user: the role the connection logged in as, which SET ROLE does
  // not change), when, its place in the chain and its hash, under a per-table lock so concurrent
  // writers chain in one order.
  2: [
    `CREATE FUNCTION execguard_chain_body(r jsonb, at timestamptz) RETURNS text LANGUAGE sql IMMUTABLE
       AS $$ SELECT (r - 'prev_hash' - 'hash' - 'at')::text || '@' || extract(epoch FROM at)::text $$`,
    `CREATE FUNCTION execguard_chain() RETURNS trigger LANGUAGE plpgsql AS $$
     DECLARE prev text;
     BEGIN
       PERFORM pg_advisory_xact_lock(hashtext('execguard-chain:' || TG_TABLE_NAME));
       NEW.id := nextval(pg_get_serial_sequence(quote_ident(TG_TABLE_SCHEMA) || '.' || quote_ident(TG_TABLE_NAME), 'id'));
       NEW.by_role := session_user;
       NEW.at := now();
       EXECUTE format('SELECT hash FROM %I.%I ORDER BY id DESC LIMIT 1', TG_TABLE_SCHEMA, TG_TABLE_NAME) INTO prev;
       NEW.prev_hash := prev;
       NEW.hash := encode(sha256(convert_to(coalesce(prev, '') || execguard_chain_body(to_jsonb(NEW), NEW.at), 'UTF8')), 'hex');
       RETURN NEW;
     END $$`,
    `CREATE FUNCTION execguard_no_update() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$`,
    `CREATE FUNCTION execguard_notify_review() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN PERFORM pg_notify('execguard_reviews', NEW.digest); RETURN NULL; END $$`,
    `CREATE TABLE execguard_reviews (
       id        bigint PRIMARY KEY,
       digest    text NOT NULL,
       workspace text NOT NULL,
       detail    jsonb NOT NULL,
       by_role   text NOT NULL,
       at        timestamptz NOT NULL,
       prev_hash text,
       hash      text NOT NULL)`,
    "CREATE INDEX execguard_reviews_digest ON execguard_reviews (digest)",
    `CREATE TABLE execguard_approvals (
       id        bigint PRIMARY KEY,
       digest    text NOT NULL,
       workspace text NOT NULL,
       detail    jsonb NOT NULL,
       by_role   text NOT NULL,
       at        timestamptz NOT NULL,
       prev_hash text,
       hash      text NOT NULL)`,
    "CREATE INDEX execguard_approvals_digest ON execguard_approvals (digest, workspace)",
    `CREATE TABLE execguard_decisions (
       id          bigint PRIMARY KEY,
       source      text NOT NULL,
       file_id     text NOT NULL,
       file_offset bigint NOT NULL,
       line        text NOT NULL,
       by_role     text NOT NULL,
       at          timestamptz NOT NULL,
       prev_hash   text,
       hash        text NOT NULL,
       UNIQUE (source, file_id, file_offset))`,
    // The trigger numbers rows (inside its lock, so ids follow the chain): a sequence, no default.
    ...["execguard_reviews", "execguard_approvals", "execguard_decisions"].flatMap((table) => [
      `CREATE SEQUENCE ${table}_id_seq OWNED BY ${table}.id`,
      `CREATE TRIGGER ${table}_chain BEFORE INSERT ON ${table} FOR EACH ROW EXECUTE FUNCTION execguard_chain()`,
      `CREATE TRIGGER ${table}_append_only BEFORE UPDATE ON ${table} FOR EACH ROW EXECUTE FUNCTION execguard_no_update()`
    ]),
    `CREATE TRIGGER execguard_approvals_notify AFTER INSERT ON execguard_approvals
       FOR EACH ROW EXECUTE FUNCTION execguard_notify_review()`,
    `DO $$ BEGIN
       IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'execguard_team') THEN
         GRANT SELECT, INSERT ON execguard_reviews, execguard_approvals, execguard_decisions TO execguard_team;
         GRANT USAGE, SELECT ON SEQUENCE execguard_reviews_id_seq, execguard_approvals_id_seq, execguard_decisions_id_seq TO execguard_team;
       END IF;
     END $$`
  ],
  // Version 3: the team's run journal and the plan lock. Each journal row keeps the line exactly as
  // hashed (`raw`), so anyone can check the chain in SQL; a lease records the database role that
  // took it and whether it is a plan lock (held from plan to apply). Retention is a SQL policy:
  // execguard_prune_journal(keep) removes whole runs whose last line is older than `keep`, so no
  // chain is left with a gap; only the tables' owner may run it (docs/team.md).
  3: [
    "ALTER TABLE execguard_journal ADD COLUMN raw text",
    "CREATE INDEX execguard_journal_written ON execguard_journal (written_at)",
    "ALTER TABLE execguard_leases ADD COLUMN role text NOT NULL DEFAULT current_user",
    "ALTER TABLE execguard_leases ADD COLUMN plan_lock boolean NOT NULL DEFAULT false",
    `CREATE FUNCTION execguard_journal_breaks(run text) RETURNS SETOF bigint LANGUAGE sql STABLE AS $$
       SELECT id FROM (
         SELECT id, raw, hash, prev_hash, lag(hash) OVER (ORDER BY id) AS before
         FROM execguard_journal WHERE run_id = run) r
       WHERE prev_hash IS DISTINCT FROM before OR raw IS NULL
          OR hash <> encode(sha256(convert_to(coalesce(prev_hash, '') || raw, 'UTF8')), 'hex')
     $$`,
    `CREATE FUNCTION execguard_prune_journal(keep interval) RETURNS bigint LANGUAGE sql AS $$
       WITH old AS (
         SELECT run_id FROM execguard_journal GROUP BY run_id HAVING max(written_at) < now() - keep),
       gone AS (DELETE FROM execguard_journal j USING old WHERE j.run_id = old.run_id RETURNING 1)
       SELECT count(*) FROM gone
     $$`,
    "REVOKE ALL ON FUNCTION execguard_prune_journal(interval) FROM PUBLIC",
    // Appends lines of a run in one round trip, only while `tok` holds the workspace's live lease
    // (the lease row is share-locked, so a new grant waits until these lines are in), each row
    // chained to the one before. Returns how many went in: 0 when the token no longer holds the lease.
    `CREATE FUNCTION execguard_append_journal(run text, ws text, tok bigint, raws text[]) RETURNS int LANGUAGE plpgsql AS $$
     DECLARE
       prev text;
       next text;
       one text;
       n int := 0;
     BEGIN
       PERFORM 1 FROM execguard_leases WHERE workspace = ws AND token = tok AND expires_at > now() FOR SHARE;
       IF NOT FOUND THEN RETURN 0; END IF;
       SELECT hash INTO prev FROM execguard_journal WHERE run_id = run ORDER BY id DESC LIMIT 1;
       FOREACH one IN ARRAY raws LOOP
         next := encode(sha256(convert_to(coalesce(prev, '') || one, 'UTF8')), 'hex');
         INSERT INTO execguard_journal (run_id, workspace, token, line, raw, prev_hash, hash)
         VALUES (run, ws, tok, one::jsonb, one, prev, next);
         prev := next;
         n := n + 1;
       END LOOP;
       RETURN n;
     END $$`
  ],
  // Version 4: a lease is granted in one round trip, which also checks the schema: the caller
  // names the version it knows, and a store of another version grants nothing (SCHEMA_MISMATCH).
  // The grant is serialised per workspace by a transaction-scoped advisory lock and the token drawn
  // after it (as before, so a token drawn before a wait never lands after a newer grant's); each
  // statement of the function reads after the lock. Returns the granted lease (ok) or the live
  // holder (not ok).
  4: [
    `CREATE FUNCTION execguard_acquire(ws text, who jsonb, ttl int, own_plan_lock boolean, known_schema int)
       RETURNS TABLE (ok boolean, token bigint, owner jsonb, role text, plan_lock boolean, acquired_at timestamptz, expires_at timestamptz)
       LANGUAGE plpgsql AS $$
     #variable_conflict use_column
     DECLARE held execguard_leases%ROWTYPE;
     BEGIN
       IF (SELECT max(version) FROM execguard_schema) IS DISTINCT FROM known_schema THEN
         RAISE EXCEPTION 'the store''s schema is not version %', known_schema USING ERRCODE = 'EGSCH';
       END IF;
       PERFORM pg_advisory_xact_lock(hashtext('execguard-lease:' || ws));
       SELECT * INTO held FROM execguard_leases l WHERE l.workspace = ws AND l.expires_at > now();
       IF FOUND AND NOT (own_plan_lock AND held.plan_lock AND held.role = current_user) THEN
         RETURN QUERY SELECT false, held.token, held.owner, held.role, held.plan_lock, held.acquired_at, held.expires_at;
         RETURN;
       END IF;
       RETURN QUERY
         INSERT INTO execguard_leases AS l (workspace, token, owner, expires_at)
         VALUES (ws, nextval('execguard_lease_tokens'), who, now() + ttl * interval '1 second')
         ON CONFLICT (workspace) DO UPDATE
           SET token = EXCLUDED.token, owner = EXCLUDED.owner, acquired_at = now(), expires_at = EXCLUDED.expires_at,
               role = current_user, plan_lock = false
         RETURNING true, l.token, l.owner, l.role, l.plan_lock, l.acquired_at, l.expires_at;
     END $$`
  ]
};
var StoreError = class extends Error {
  name = "StoreError";
};
var UNDEFINED_TABLE = "42P01";
var UNDEFINED_FUNCTION = "42883";
var SCHEMA_MISMATCH = "EGSCH";
var roleOf = (url, env) => decodeURIComponent(url.username) || env.PGUSER || userInfo().username;
function passwordFor(url, env) {
  if (env.PGPASSWORD) return env.PGPASSWORD;
  try {
    const file = env.PGPASSFILE || join(env.HOME || homedir(), ".pgpass");
    for (const line of readFileSync(file, "utf8").split("\n")) {
      if (!line || line.startsWith("#")) continue;
      const [host, port, db, user, ...rest] = line.split(":");
      const matches = (field, value) => field === "*" || field === value;
      if (matches(host, url.hostname) && matches(port, url.port || "5432") && matches(db, url.pathname.slice(1)) && matches(user, roleOf(url, env)))
        return rest.join(":");
    }
  } catch {
  }
  return void 0;
}
var PostgresStore = class _PostgresStore {
  /** `sql` is for the store's own modules (reviews.ts, decisions.ts): one connection pool per store. */
  constructor(sql) {
    this.sql = sql;
  }
  sql;
  /** Connects; a URL that carries a password is refused (it would end up in files and process lists). */
  static async connect(url, env = process.env) {
    let parsed;
    try {
      parsed = new URL(url);
    } catch {
      throw new StoreError(`the store '${url}' is not a postgres:// URL`);
    }
    if (parsed.protocol !== "postgres:" && parsed.protocol !== "postgresql:")
      throw new StoreError(`the store '${url}' is not a postgres:// URL`);
    if (parsed.password) throw new StoreError("the store URL carries a password: put it in PGPASSWORD or ~/.pgpass, never in the URL");
    const password = passwordFor(parsed, env);
    const user = roleOf(parsed, env);
    const { default: connect } = await import("./src-MC7OUYVI.mjs");
    const sql = connect(url, {
      max: 2,
      connect_timeout: 10,
      idle_timeout: 5,
      onnotice: () => {
      },
      user,
      ...password ? { password } : {}
    });
    return new _PostgresStore(sql);
  }
  async close() {
    await this.sql.end({ timeout: 1 });
  }
  /** The schema version in the database (0: none yet), in one round trip. */
  async schemaVersion() {
    try {
      const [v] = await this.sql`SELECT max(version)::int AS version FROM execguard_schema`;
      return Number(v?.version ?? 0);
    } catch (error) {
      if (error.code === UNDEFINED_TABLE) return 0;
      throw error;
    }
  }
  /** Creates or upgrades the schema, one transaction per version; idempotent. Returns [from, to]. */
  async migrate() {
    return this.sql.begin(async (tx) => {
      await tx`SELECT pg_advisory_xact_lock(hashtext('execguard_schema'))`;
      await tx`CREATE TABLE IF NOT EXISTS execguard_schema (version int PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`;
      const [v] = await tx`SELECT coalesce(max(version), 0)::int AS version FROM execguard_schema`;
      const from = Number(v?.version ?? 0);
      if (from > SCHEMA_VERSION)
        throw new StoreError(`the store's schema is version ${from}, newer than this execguard (${SCHEMA_VERSION}): upgrade execguard`);
      for (let version = from + 1; version <= SCHEMA_VERSION; version++) {
        for (const statement of MIGRATIONS[version] ?? []) await tx.unsafe(statement);
        await tx`INSERT INTO execguard_schema (version) VALUES (${version})`;
      }
      return [from, SCHEMA_VERSION];
    });
  }
  /** Commands refuse a schema they do not know: older (run `store migrate`) or newer (upgrade execguard). */
  async requireSchema() {
    const version = await this.schemaVersion();
    if (version === SCHEMA_VERSION) return;
    if (version < SCHEMA_VERSION)
      throw new StoreError(`the store's schema is version ${version}; this execguard needs ${SCHEMA_VERSION}: run execguard store migrate`);
    throw new StoreError(`the store's schema is version ${version}, newer than this execguard (${SCHEMA_VERSION}): upgrade execguard`);
  }
  /**
   * Takes the workspace's lease when it is free or expired. Grants of one workspace are serialised
   * (a transaction-scoped advisory lock) and the token is drawn inside that section, so every grant's
   * token is higher than every earlier grant's: a token drawn before a wait never lands after a newer one.
   * `ownPlanLock`: a plan lock that this same database role holds is taken over (its author goes on
   * to apply the plan), with a new, higher token; anyone else's plan lock blocks like any lease.
   */
  async acquire(workspace, owner, ttlSeconds, options = {}) {
    let row;
    try {
      [row] = await this.acquireQuery(workspace, owner, ttlSeconds, Boolean(options.ownPlanLock));
    } catch (error) {
      throw await this.schemaProblem(error);
    }
    if (!row) throw new StoreError(`the store granted no lease and named no holder for ${workspace}`);
    if (row.ok) return { ok: true, token: Number(row.token), expiresAt: new Date(row.expires_at).toISOString() };
    return {
      ok: false,
      holder: {
        workspace,
        token: Number(row.token),
        owner: row.owner,
        role: row.role,
        planLock: Boolean(row.plan_lock),
        acquiredAt: new Date(row.acquired_at).toISOString(),
        expiresAt: new Date(row.expires_at).toISOString(),
        expired: false
      }
    };
  }
  acquireQuery(workspace, owner, ttlSeconds, ownPlanLock) {
    return this.sql`
      SELECT * FROM execguard_acquire(${workspace}, ${this.sql.json(owner)}, ${ttlSeconds}, ${ownPlanLock}, ${SCHEMA_VERSION})`;
  }
  /**
   * Readies the release: the driver asks the server for a statement's parameter types the first
   * time it runs it (one round trip more), so the release runs once early, on no lease (workspace
   * '' and token 0 match no row), and the one at the end of the run is a single round trip. Run,
   * not only described: a described statement leaves the connection busy, and the next query would
   * open a second one.
   */
  async prepareRelease() {
    await this.releaseQuery("", 0);
  }
  /** A failed grant on a store of another schema says which (requireSchema's words); any other error is itself. */
  async schemaProblem(error) {
    const code = error.code;
    if (code !== UNDEFINED_FUNCTION && code !== SCHEMA_MISMATCH && code !== UNDEFINED_TABLE) return error;
    try {
      await this.requireSchema();
    } catch (problem) {
      return problem;
    }
    return error;
  }
  /**
   * Turns a live lease into a plan lock: held (not renewed) for `ttlSeconds` while the plan waits
   * for review and apply, so no one else applies over it. False when the lease was already lost.
   */
  async holdForPlan(workspace, token, digest, ttlSeconds) {
    const rows = await this.sql`
      UPDATE execguard_leases
      SET plan_lock = true, expires_at = now() + ${ttlSeconds} * interval '1 second',
          owner = owner || ${this.sql.json(digest ? { digest } : {})}
      WHERE workspace = ${workspace} AND token = ${token} AND expires_at > now()
      RETURNING token`;
    return rows.length === 1;
  }
  /** Extends a live lease; false when it expired or was taken (the holder must stop). */
  async renew(workspace, token, ttlSeconds) {
    const rows = await this.sql`
      UPDATE execguard_leases SET expires_at = now() + ${ttlSeconds} * interval '1 second'
      WHERE workspace = ${workspace} AND token = ${token} AND expires_at > now()
      RETURNING token`;
    return rows.length === 1;
  }
  async release(workspace, token) {
    await this.releaseQuery(workspace, token);
  }
  releaseQuery(workspace, token) {
    return this.sql`DELETE FROM execguard_leases WHERE workspace = ${workspace} AND token = ${token}`;
  }
  /**
   * Appends a journal line for a run, only while `token` holds the workspace's live lease: the check
   * and the insert are one statement, so a holder whose lease expired is refused by the database.
   * Rows are hash-chained per run (each carries the hash of the one before); the line is kept as
   * hashed (`raw`) so that execguard_journal_breaks(run) can check the chain.
   */
  async appendJournal(runId, workspace, token, line) {
    return await this.appendJournalRaws(runId, workspace, token, [JSON.stringify(line)]) === 1;
  }
  /** Appends several lines of a run at once (one round trip), given as the JSON text to keep (and hash), fenced as appendJournal; returns how many went in (0: refused). */
  async appendJournalRaws(runId, workspace, token, raws) {
    const [row] = await this.sql`SELECT execguard_append_journal(${runId}, ${workspace}, ${token}, ${raws}::text[]) AS n`;
    return Number(row?.n ?? 0);
  }
  /** How many lines of a run the store has. */
  async journalLength(runId) {
    const [row] = await this.sql`SELECT count(*)::int AS n FROM execguard_journal WHERE run_id = ${runId}`;
    return Number(row?.n ?? 0);
  }
  async journal(runId) {
    const rows = await this.sql`
      SELECT line, raw, token, hash, prev_hash, written_by FROM execguard_journal WHERE run_id = ${runId} ORDER BY id`;
    return rows.map((r) => ({
      line: r.raw ? JSON.parse(r.raw) : r.line,
      raw: r.raw,
      token: Number(r.token),
      hash: r.hash,
      prevHash: r.prev_hash,
      writtenBy: r.written_by
    }));
  }
  /** Rows of a run whose chain does not hold (a changed, removed or inserted row): empty when intact. */
  async journalBreaks(runId) {
    const rows = await this.sql`SELECT execguard_journal_breaks AS id FROM execguard_journal_breaks(${runId})`;
    return rows.map((r) => Number(r.id));
  }
  /**
   * Every run in the store with the lines its meta is rebuilt from (start, meta changes, resumes,
   * interruptions, end), the workspace and the roles that wrote it: what `execguard runs` lists.
   */
  async runs() {
    const rows = await this.sql`
      SELECT run_id, min(workspace) AS workspace, array_agg(DISTINCT written_by) AS roles,
             json_agg(coalesce(raw::json, line::json) ORDER BY id) AS lines
      FROM execguard_journal
      WHERE line->>'type' IN ('run-start', 'meta', 'resume', 'interrupted', 'run-end')
      GROUP BY run_id ORDER BY min(id)`;
    return rows.map((r) => ({ runId: r.run_id, workspace: r.workspace, roles: r.roles, lines: r.lines }));
  }
  async leases() {
    const rows = await this.sql`
      SELECT workspace, token, owner, role, plan_lock, acquired_at, expires_at, expires_at <= now() AS expired
      FROM execguard_leases ORDER BY workspace`;
    return rows.map((r) => ({
      workspace: r.workspace,
      token: Number(r.token),
      owner: r.owner,
      role: r.role,
      planLock: Boolean(r.plan_lock),
      acquiredAt: new Date(r.acquired_at).toISOString(),
      expiresAt: new Date(r.expires_at).toISOString(),
      expired: Boolean(r.expired)
    }));
  }
  /** Breaks a lease, recording who (the database role), why and what was held. Returns the broken lease. */
  async unlock(workspace, reason) {
    return this.sql.begin(async (tx) => {
      const [row] = await tx`DELETE FROM execguard_leases WHERE workspace = ${workspace} RETURNING workspace, token, owner, acquired_at, expires_at`;
      await tx`INSERT INTO execguard_unlocks (workspace, token, owner, reason)
               VALUES (${workspace}, ${row ? row.token : null}, ${row ? tx.json(row.owner) : null}, ${reason})`;
      if (!row) return void 0;
      return {
        workspace: row.workspace,
        token: Number(row.token),
        owner: row.owner,
        acquiredAt: new Date(row.acquired_at).toISOString(),
        expiresAt: new Date(row.expires_at).toISOString(),
        expired: false
      };
    });
  }
  async unlocks() {
    const rows = await this.sql`SELECT workspace, token, reason, by_role, at FROM execguard_unlocks ORDER BY id`;
    return rows.map((r) => ({
      workspace: r.workspace,
      token: r.token === null ? null : Number(r.token),
      reason: r.reason,
      byRole: r.by_role,
      at: new Date(r.at).toISOString()
    }));
  }
};
export {
  PostgresStore,
  SCHEMA_VERSION,
  StoreError
};
