import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import "./chunk-GLDXOGL5.mjs";

// src/store/postgres.ts
import { readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
var SCHEMA_VERSION = 1;
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
  ]
};
var StoreError = class extends Error {
  name = "StoreError";
};
function passwordFor(url, env) {
  if (env.PGPASSWORD) return env.PGPASSWORD;
  try {
    const file = env.PGPASSFILE || join(env.HOME || homedir(), ".pgpass");
    for (const line of readFileSync(file, "utf8").split("\n")) {
      if (!line || line.startsWith("#")) continue;
      const [host, port, db, user, ...rest] = line.split(":");
      const matches = (field, value) => field === "*" || field === value;
      if (matches(host, url.hostname) && matches(port, url.port || "5432") && matches(db, url.pathname.slice(1)) && matches(user, decodeURIComponent(url.username)))
        return rest.join(":");
    }
  } catch {
  }
  return void 0;
}
var PostgresStore = class _PostgresStore {
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
    const { default: connect } = await import("./src-MC7OUYVI.mjs");
    const sql = connect(url, {
      max: 2,
      connect_timeout: 10,
      idle_timeout: 5,
      onnotice: () => {
      },
      ...password ? { password } : {}
    });
    return new _PostgresStore(sql);
  }
  async close() {
    await this.sql.end({ timeout: 1 });
  }
  /** The schema version in the database (0: none yet). */
  async schemaVersion() {
    const [row] = await this.sql`SELECT to_regclass('execguard_schema') IS NOT NULL AS present`;
    if (!row?.present) return 0;
    const [v] = await this.sql`SELECT max(version)::int AS version FROM execguard_schema`;
    return Number(v?.version ?? 0);
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
   */
  async acquire(workspace, owner, ttlSeconds) {
    return this.sql.begin(async (tx) => {
      await tx`SELECT pg_advisory_xact_lock(hashtext(${`execguard-lease:${workspace}`}))`;
      const [held] = await tx`
        SELECT workspace, token, owner, acquired_at, expires_at FROM execguard_leases
        WHERE workspace = ${workspace} AND expires_at > now()`;
      if (held)
        return {
          ok: false,
          holder: {
            workspace: held.workspace,
            token: Number(held.token),
            owner: held.owner,
            acquiredAt: new Date(held.acquired_at).toISOString(),
            expiresAt: new Date(held.expires_at).toISOString(),
            expired: false
          }
        };
      const [got] = await tx`
        INSERT INTO execguard_leases (workspace, token, owner, expires_at)
        VALUES (${workspace}, nextval('execguard_lease_tokens'), ${tx.json(owner)}, now() + ${ttlSeconds} * interval '1 second')
        ON CONFLICT (workspace) DO UPDATE
          SET token = EXCLUDED.token, owner = EXCLUDED.owner, acquired_at = now(), expires_at = EXCLUDED.expires_at
        RETURNING token, expires_at`;
      return { ok: true, token: Number(got.token), expiresAt: new Date(got.expires_at).toISOString() };
    });
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
    await this.sql`DELETE FROM execguard_leases WHERE workspace = ${workspace} AND token = ${token}`;
  }
  /**
   * Appends a journal line for a run, only while `token` holds the workspace's live lease: the check
   * and the insert are one statement, so a holder whose lease expired is refused by the database.
   * Rows are hash-chained per run (each carries the hash of the one before).
   */
  async appendJournal(runId, workspace, token, line) {
    const rows = await this.sql`
      INSERT INTO execguard_journal (run_id, workspace, token, line, prev_hash, hash)
      SELECT ${runId}, ${workspace}, ${token}, ${this.sql.json(line)}, prev.hash,
             encode(sha256(convert_to(coalesce(prev.hash, '') || ${JSON.stringify(line)}, 'UTF8')), 'hex')
      FROM execguard_leases l
      LEFT JOIN LATERAL (SELECT hash FROM execguard_journal WHERE run_id = ${runId} ORDER BY id DESC LIMIT 1) prev ON true
      WHERE l.workspace = ${workspace} AND l.token = ${token} AND l.expires_at > now()
      RETURNING id`;
    return rows.length === 1;
  }
  async journal(runId) {
    const rows = await this.sql`SELECT line, token, hash, prev_hash FROM execguard_journal WHERE run_id = ${runId} ORDER BY id`;
    return rows.map((r) => ({ line: r.line, token: Number(r.token), hash: r.hash, prevHash: r.prev_hash }));
  }
  async leases() {
    const rows = await this.sql`
      SELECT workspace, token, owner, acquired_at, expires_at, expires_at <= now() AS expired
      FROM execguard_leases ORDER BY workspace`;
    return rows.map((r) => ({
      workspace: r.workspace,
      token: Number(r.token),
      owner: r.owner,
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
