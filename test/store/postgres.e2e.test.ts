// The team store against a real PostgreSQL server the test starts (initdb into a temporary folder,
// a loopback port). Two database roles stand for two machines' users. Lease, fencing and schema
// behaviour are checked in the database itself, never against a mock.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.js';
import { PostgresStore, SCHEMA_VERSION, StoreError } from '../../src/store/postgres.js';
import { type PostgresServer, postgresAvailable, startPostgres } from '../support/postgres.js';

const owner = (user: string, host: string, runId: string) => ({ user, host, runId });

describe.skipIf(!postgresAvailable)('team store on a real PostgreSQL server', () => {
  let pg: PostgresServer;
  const stores: PostgresStore[] = [];
  const connect = async (role = 'alice') => {
    const store = await PostgresStore.connect(pg.url(role), { HOME: '/nonexistent' });
    stores.push(store);
    return store;
  };

  beforeAll(async () => {
    pg = await startPostgres();
  });
  afterAll(async () => {
    await Promise.all(stores.map((s) => s.close().catch(() => {})));
    await pg?.stop();
  });

  it('store migrate creates the schema, is idempotent, and commands refuse a schema they do not know', async () => {
    const store = await connect();
    await expect(store.requireSchema()).rejects.toThrow(
      new RegExp(`version 0; this execguard needs ${SCHEMA_VERSION}: run execguard store migrate`),
    );
    // A run's lease checks the schema in the grant itself: the same refusal, and nothing granted.
    const needsMigrate = new RegExp(`version 0; this execguard needs ${SCHEMA_VERSION}: run execguard store migrate`);
    await expect(store.acquire('schema-check', owner('alice', 'a', 'early'), 30)).rejects.toThrow(needsMigrate);
    expect(await store.migrate()).toEqual([0, SCHEMA_VERSION]);
    expect(await store.migrate()).toEqual([SCHEMA_VERSION, SCHEMA_VERSION]);
    await expect(store.requireSchema()).resolves.toBeUndefined();
    // A newer schema (another execguard migrated the store further): refused, nothing granted.
    pg.psql(`INSERT INTO execguard_schema (version) VALUES (${SCHEMA_VERSION + 1})`);
    try {
      const newer = /newer than this execguard .*: upgrade execguard/;
      await expect(store.acquire('schema-check', owner('alice', 'a', 'newer'), 30)).rejects.toThrow(newer);
      await expect(store.requireSchema()).rejects.toThrow(newer);
      expect(pg.psql("SELECT count(*) FROM execguard_leases WHERE workspace = 'schema-check'").trim()).toBe('0');
    } finally {
      pg.psql(`DELETE FROM execguard_schema WHERE version = ${SCHEMA_VERSION + 1}`);
    }
    expect(await store.acquire('schema-check', owner('alice', 'a', 'now'), 30)).toMatchObject({ ok: true });
    // The journal is append-only for the team: no role but the owner may rewrite it.
    expect(
      pg
        .psql("SELECT has_table_privilege('bob', 'execguard_journal', 'UPDATE'), has_table_privilege('bob', 'execguard_journal', 'DELETE')")
        .trim(),
    ).toBe('f|f');
  });

  it('a URL with a password is refused; the password comes from PGPASSWORD or ~/.pgpass', async () => {
    await expect(PostgresStore.connect(`postgres://alice:secret@127.0.0.1:${pg.port}/execguard`)).rejects.toThrow(StoreError);
    await expect(PostgresStore.connect('mysql://x')).rejects.toThrow(/not a postgres:\/\/ URL/);
  });

  it('8 contenders from two roles x 100 rounds: never two holders, tokens grow in lease order, journal rows in that order', async () => {
    const a = await connect('alice');
    await a.migrate();
    const workspace = `git@example.com:acme/infra.git#infra/app@default#${Date.now()}`;
    let holders = 0;
    let maxHolders = 0;
    const granted: number[] = [];
    const contender = async (i: number) => {
      const store = await connect(i % 2 ? 'bob' : 'alice');
      for (let round = 0; round < 100; round++) {
        for (;;) {
          const got = await store.acquire(workspace, owner(i % 2 ? 'bob' : 'alice', `machine-${i % 2}`, `run-${i}-${round}`), 30);
          if (!got.ok) continue;
          holders++;
          maxHolders = Math.max(maxHolders, holders);
          granted.push(got.token);
          expect(await store.appendJournal(`run-${i}-${round}`, workspace, got.token, { step: 'apply', i, round })).toBe(true);
          holders--;
          await store.release(workspace, got.token);
          break;
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, (_, i) => contender(i)));
    expect(maxHolders).toBe(1);
    expect(granted).toHaveLength(800);
    expect([...granted].sort((x, y) => x - y)).toEqual(granted); // each grant's token is higher than every earlier one
    const rows = pg.psql("SELECT token FROM execguard_journal WHERE line->>'step' = 'apply' ORDER BY id").trim().split('\n').map(Number);
    expect(rows.filter((t) => granted.includes(t))).toEqual(granted);
  });

  it('a holder killed mid-run: its lease expires by the server clock, the next taker gets a higher token, the dead holder’s late write is rejected', async () => {
    const store = await connect('alice');
    await store.migrate();
    const workspace = `ws-kill-${Date.now()}`;
    // The holder is a separate process, SIGKILLed while it holds the lease.
    const bundle = join(tempDir('execguard-store-bundle-'), 'store.mjs');
    await build({
      entryPoints: [join(import.meta.dirname, '../../src/store/postgres.ts')],
      bundle: true,
      format: 'esm',
      platform: 'node',
      outfile: bundle,
      logLevel: 'silent',
    });
    const script = `import { PostgresStore } from ${JSON.stringify(bundle)};
const s = await PostgresStore.connect(${JSON.stringify(pg.url('bob'))}, { HOME: '/nonexistent' });
const got = await s.acquire(${JSON.stringify(workspace)}, { user: 'bob', host: 'b', runId: 'dead' }, 1);
console.log(JSON.stringify(got)); setInterval(() => {}, 1000);`;
    const holder = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    const first = await new Promise<{ ok: boolean; token: number }>((resolve) =>
      holder.stdout!.once('data', (d) => resolve(JSON.parse(String(d)))),
    );
    expect(first.ok).toBe(true);
    holder.kill('SIGKILL');
    const held = await store.acquire(workspace, owner('alice', 'a', 'next'), 30);
    expect(held.ok).toBe(false);
    if (!held.ok) expect(held.holder.owner.runId).toBe('dead');
    let next = held;
    for (let i = 0; i < 200 && !next.ok; i++) {
      await new Promise((r) => setTimeout(r, 50));
      next = await store.acquire(workspace, owner('alice', 'a', 'next'), 30);
    }
    expect(next.ok).toBe(true);
    if (!next.ok) return;
    expect(next.token).toBeGreaterThan(first.token);
    // The dead holder's journal line, arriving late with its old token: refused by the database.
    expect(await store.appendJournal('dead', workspace, first.token, { step: 'apply' })).toBe(false);
    expect(await store.renew(workspace, first.token, 30)).toBe(false);
    expect(await store.appendJournal('next', workspace, next.token, { step: 'apply' })).toBe(true);
  });

  it('unlock breaks a lease and records who (the database role), why, and what was held', async () => {
    const store = await connect('bob');
    await store.migrate();
    const workspace = `ws-unlock-${Date.now()}`;
    const got = await (await connect('alice')).acquire(workspace, owner('alice', 'a', 'stuck'), 3600);
    expect(got.ok).toBe(true);
    const broken = await store.unlock(workspace, 'the run on machine A died with its terminal');
    expect(broken?.owner.runId).toBe('stuck');
    const audit = (await store.unlocks()).filter((u) => u.workspace === workspace);
    expect(audit).toEqual([expect.objectContaining({ byRole: 'bob', reason: 'the run on machine A died with its terminal' })]);
    if (got.ok) expect(await store.appendJournal('stuck', workspace, got.token, { step: 'x' })).toBe(false);
  });

  it('journal rows are hash-chained per run', async () => {
    const store = await connect();
    await store.migrate();
    const workspace = `ws-chain-${Date.now()}`;
    const got = await store.acquire(workspace, owner('alice', 'a', 'chain'), 30);
    if (!got.ok) throw new Error('not acquired');
    for (const step of ['pre-flight', 'persist', 'apply']) await store.appendJournal('chain', workspace, got.token, { step });
    const rows = await store.journal('chain');
    expect(rows.map((r) => r.prevHash)).toEqual([null, rows[0]!.hash, rows[1]!.hash]);
    expect(await store.journalBreaks('chain')).toEqual([]);
    // The tables' owner rewrites a line: the chain shows where (in SQL, for anyone to check).
    pg.psql(`UPDATE execguard_journal SET raw = replace(raw, 'persist', 'skipped') WHERE run_id = 'chain' AND line->>'step' = 'persist'`);
    const [, persisted] = await store.journal('chain');
    expect(await store.journalBreaks('chain')).toEqual([
      Number(pg.psql(`SELECT id FROM execguard_journal WHERE hash = '${persisted!.hash}'`).trim()),
    ]);
  });

  it('retention is a SQL policy: whole runs older than the limit go, newer ones stay; only the owner may prune', async () => {
    const store = await connect('bob');
    await store.migrate();
    const workspace = `ws-retention-${Date.now()}`;
    const got = await store.acquire(workspace, owner('bob', 'b', 'old'), 30);
    if (!got.ok) throw new Error('not acquired');
    for (const run of ['retention-old', 'retention-new'])
      await store.appendJournal(run, workspace, got.token, { type: 'run-start', runId: run });
    pg.psql("UPDATE execguard_journal SET written_at = now() - interval '100 days' WHERE run_id = 'retention-old'");
    // A team member's role may not prune (append-only for the team).
    expect(() => pg.psql("SET ROLE bob; SELECT execguard_prune_journal(interval '90 days')")).toThrow(/permission denied/);
    expect(pg.psql("SELECT execguard_prune_journal(interval '90 days')").trim()).toBe('1');
    expect(await store.journalLength('retention-old')).toBe(0);
    expect(await store.journalLength('retention-new')).toBe(1);
  });
});
