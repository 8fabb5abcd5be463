// The team store on PostgreSQL: leases (one holder per workspace, a fencing token that grows with
// every grant, an expiry the holder renews), a journal whose rows only a live holder can append
// (the database checks the token and the expiry in the same statement) and that is hash-chained per
// run, and an audit of every broken lease. Time is the database server's `now()`: no client clock
// decides an expiry. Loaded only when a store is configured (EXECGUARD_STORE).
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type postgres from 'postgres';

/**
 * The schema version this build writes and understands.
 * @internal exported for its tests (knip --production)
 */
export const SCHEMA_VERSION = 1;

const MIGRATIONS: Record<number, string[]> = {
  1: [
    `CREATE TABLE execguard_leases (
       workspace   text PRIMARY KEY,
       token       bigint NOT NULL,
       owner       jsonb NOT NULL,
       acquired_at timestamptz NOT NULL DEFAULT now(),
       expires_at  timestamptz NOT NULL)`,
    'CREATE SEQUENCE execguard_lease_tokens',
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
    'CREATE INDEX execguard_journal_run ON execguard_journal (run_id, id)',
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
     END $$`,
  ],
};

/** @internal exported for its tests (knip --production) */
export class StoreError extends Error {
  override readonly name = 'StoreError';
}

/** Who holds (or wants) a lease: enough for a person to find them. */
export interface LeaseOwner {
  user: string;
  host: string;
  runId?: string;
  sessionId?: string;
  agentId?: string;
  digest?: string;
}

export interface Lease {
  workspace: string;
  token: number;
  owner: LeaseOwner;
  acquiredAt: string;
  expiresAt: string;
  expired: boolean;
}

export type Acquired = { ok: true; token: number; expiresAt: string } | { ok: false; holder: Lease };

type Sql = ReturnType<typeof postgres>;

/** The password from the environment (PGPASSWORD) or ~/.pgpass, never from a file execguard reads. */
function passwordFor(url: URL, env: NodeJS.ProcessEnv): string | undefined {
  if (env.PGPASSWORD) return env.PGPASSWORD;
  try {
    const file = env.PGPASSFILE || join(env.HOME || homedir(), '.pgpass');
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line || line.startsWith('#')) continue;
      const [host, port, db, user, ...rest] = line.split(':');
      const matches = (field: string | undefined, value: string) => field === '*' || field === value;
      if (
        matches(host, url.hostname) &&
        matches(port, url.port || '5432') &&
        matches(db, url.pathname.slice(1)) &&
        matches(user, decodeURIComponent(url.username))
      )
        return rest.join(':');
    }
  } catch {
    // No .pgpass: the server may not need a password (trust, peer, certificates).
  }
  return undefined;
}

export class PostgresStore {
  private constructor(private readonly sql: Sql) {}

  /** Connects; a URL that carries a password is refused (it would end up in files and process lists). */
  static async connect(url: string, env: NodeJS.ProcessEnv = process.env): Promise<PostgresStore> {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new StoreError(`the store '${url}' is not a postgres:// URL`);
    }
    if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:')
      throw new StoreError(`the store '${url}' is not a postgres:// URL`);
    if (parsed.password) throw new StoreError('the store URL carries a password: put it in PGPASSWORD or ~/.pgpass, never in the URL');
    const password = passwordFor(parsed, env);
    // Loaded here, not at the top: the executor bundle keeps the driver in a file of its own that
    // only a run with a team store reads.
    const { default: connect } = await import('postgres');
    const sql = connect(url, {
      max: 2,
      connect_timeout: 10,
      idle_timeout: 5,
      onnotice: () => {},
      ...(password ? { password } : {}),
    });
    return new PostgresStore(sql);
  }

  async close(): Promise<void> {
    await this.sql.end({ timeout: 1 });
  }

  /** The schema version in the database (0: none yet). */
  async schemaVersion(): Promise<number> {
    const [row] = await this.sql`SELECT to_regclass('execguard_schema') IS NOT NULL AS present`;
    if (!row?.present) return 0;
    const [v] = await this.sql`SELECT max(version)::int AS version FROM execguard_schema`;
    return Number(v?.version ?? 0);
  }

  /** Creates or upgrades the schema, one transaction per version; idempotent. Returns [from, to]. */
  async migrate(): Promise<[number, number]> {
    return this.sql.begin(async (tx) => {
      // One migrator at a time, whoever else runs `store migrate`.
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
      return [from, SCHEMA_VERSION] as [number, number];
    }) as Promise<[number, number]>;
  }

  /** Commands refuse a schema they do not know: older (run `store migrate`) or newer (upgrade execguard). */
  async requireSchema(): Promise<void> {
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
  async acquire(workspace: string, owner: LeaseOwner, ttlSeconds: number): Promise<Acquired> {
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
            owner: held.owner as LeaseOwner,
            acquiredAt: new Date(held.acquired_at).toISOString(),
            expiresAt: new Date(held.expires_at).toISOString(),
            expired: false,
          },
        };
      const [got] = await tx`
        INSERT INTO execguard_leases (workspace, token, owner, expires_at)
        VALUES (${workspace}, nextval('execguard_lease_tokens'), ${tx.json(owner as never)}, now() + ${ttlSeconds} * interval '1 second')
        ON CONFLICT (workspace) DO UPDATE
          SET token = EXCLUDED.token, owner = EXCLUDED.owner, acquired_at = now(), expires_at = EXCLUDED.expires_at
        RETURNING token, expires_at`;
      return { ok: true, token: Number(got!.token), expiresAt: new Date(got!.expires_at).toISOString() };
    }) as Promise<Acquired>;
  }

  /** Extends a live lease; false when it expired or was taken (the holder must stop). */
  async renew(workspace: string, token: number, ttlSeconds: number): Promise<boolean> {
    const rows = await this.sql`
      UPDATE execguard_leases SET expires_at = now() + ${ttlSeconds} * interval '1 second'
      WHERE workspace = ${workspace} AND token = ${token} AND expires_at > now()
      RETURNING token`;
    return rows.length === 1;
  }

  async release(workspace: string, token: number): Promise<void> {
    await this.sql`DELETE FROM execguard_leases WHERE workspace = ${workspace} AND token = ${token}`;
  }

  /**
   * Appends a journal line for a run, only while `token` holds the workspace's live lease: the check
   * and the insert are one statement, so a holder whose lease expired is refused by the database.
   * Rows are hash-chained per run (each carries the hash of the one before).
   */
  async appendJournal(runId: string, workspace: string, token: number, line: unknown): Promise<boolean> {
    const rows = await this.sql`
      INSERT INTO execguard_journal (run_id, workspace, token, line, prev_hash, hash)
      SELECT ${runId}, ${workspace}, ${token}, ${this.sql.json(line as never)}, prev.hash,
             encode(sha256(convert_to(coalesce(prev.hash, '') || ${JSON.stringify(line)}, 'UTF8')), 'hex')
      FROM execguard_leases l
      LEFT JOIN LATERAL (SELECT hash FROM execguard_journal WHERE run_id = ${runId} ORDER BY id DESC LIMIT 1) prev ON true
      WHERE l.workspace = ${workspace} AND l.token = ${token} AND l.expires_at > now()
      RETURNING id`;
    return rows.length === 1;
  }

  async journal(runId: string): Promise<{ line: unknown; token: number; hash: string; prevHash: string | null }[]> {
    const rows = await this.sql`SELECT line, token, hash, prev_hash FROM execguard_journal WHERE run_id = ${runId} ORDER BY id`;
    return rows.map((r) => ({ line: r.line, token: Number(r.token), hash: r.hash, prevHash: r.prev_hash }));
  }

  async leases(): Promise<Lease[]> {
    const rows = await this.sql`
      SELECT workspace, token, owner, acquired_at, expires_at, expires_at <= now() AS expired
      FROM execguard_leases ORDER BY workspace`;
    return rows.map((r) => ({
      workspace: r.workspace,
      token: Number(r.token),
      owner: r.owner as LeaseOwner,
      acquiredAt: new Date(r.acquired_at).toISOString(),
      expiresAt: new Date(r.expires_at).toISOString(),
      expired: Boolean(r.expired),
    }));
  }

  /** Breaks a lease, recording who (the database role), why and what was held. Returns the broken lease. */
  async unlock(workspace: string, reason: string): Promise<Lease | undefined> {
    return this.sql.begin(async (tx) => {
      const [row] =
        await tx`DELETE FROM execguard_leases WHERE workspace = ${workspace} RETURNING workspace, token, owner, acquired_at, expires_at`;
      await tx`INSERT INTO execguard_unlocks (workspace, token, owner, reason)
               VALUES (${workspace}, ${row ? row.token : null}, ${row ? tx.json(row.owner as never) : null}, ${reason})`;
      if (!row) return undefined;
      return {
        workspace: row.workspace,
        token: Number(row.token),
        owner: row.owner as LeaseOwner,
        acquiredAt: new Date(row.acquired_at).toISOString(),
        expiresAt: new Date(row.expires_at).toISOString(),
        expired: false,
      };
    }) as Promise<Lease | undefined>;
  }

  async unlocks(): Promise<{ workspace: string; token: number | null; reason: string; byRole: string; at: string }[]> {
    const rows = await this.sql`SELECT workspace, token, reason, by_role, at FROM execguard_unlocks ORDER BY id`;
    return rows.map((r) => ({
      workspace: r.workspace,
      token: r.token === null ? null : Number(r.token),
      reason: r.reason,
      byRole: r.by_role,
      at: new Date(r.at).toISOString(),
    }));
  }
}
