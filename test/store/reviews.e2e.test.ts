// Reviews, approvals and the decision log in a real PostgreSQL server: who an approval counts for,
// a digest waiting in two workspaces, chains written by many writers at once, and what a removed
// or rewritten row looks like to `store verify`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storedDecisions, syncDecisions } from '../../src/store/decisions.js';
import { PostgresStore } from '../../src/store/postgres.js';
import { approve, brokenLinks, countingApprovals, requestReview } from '../../src/store/reviews.js';
import { tempDir } from '../helpers/tmp.js';
import { type PostgresServer, postgresAvailable, startPostgres } from '../support/postgres.js';

const detail = (runId: string) => ({
  planId: 'web',
  environments: ['prod'],
  required: 1,
  changes: { create: ['terraform_data.app'], update: [], destroy: [] },
  user: 'someone',
  host: 'machine',
  runId,
});
const who = { user: 'reviewer', host: 'laptop' };
const digestOf = (n: number) => `sha256:${n.toString(16).padStart(64, '0')}`;

describe.skipIf(!postgresAvailable)('reviews, approvals and decisions on a real PostgreSQL server', () => {
  let pg: PostgresServer;
  const stores: PostgresStore[] = [];
  const connect = async (role: string) => {
    const store = await PostgresStore.connect(pg.url(role), { HOME: '/nonexistent' });
    stores.push(store);
    return store;
  };

  beforeAll(async () => {
    pg = await startPostgres();
    await (await connect('alice')).migrate();
  });
  afterAll(async () => {
    await Promise.all(stores.map((s) => s.close().catch(() => {})));
    await pg?.stop();
  });

  it('the same digest waiting in two workspaces: a reviewer names one, and the approval counts there only', async () => {
    const alice = await connect('alice');
    const bob = await connect('bob');
    const digest = digestOf(1);
    await requestReview(alice, digest, 'git@x:acme/infra.git#infra/app@prod', detail('r1'));
    await requestReview(alice, digest, 'git@x:acme/other.git#infra/app@prod', detail('r2'));
    const vague = await approve(bob, digest, who);
    expect(vague).toEqual({ ok: false, reason: expect.stringMatching(/waits for review in 2 workspaces .*name one with --workspace/) });
    const named = await approve(bob, digest, who, 'git@x:acme/other.git#infra/app@prod');
    expect(named).toMatchObject({ ok: true, role: 'bob', already: false });
    expect(await countingApprovals(alice, digest, 'git@x:acme/other.git#infra/app@prod')).toHaveLength(1);
    expect(await countingApprovals(alice, digest, 'git@x:acme/infra.git#infra/app@prod')).toEqual([]);
    // Approving twice records once; the approver's own run does not count it either.
    expect(await approve(bob, digest, who, 'git@x:acme/other.git#infra/app@prod')).toMatchObject({ ok: true, already: true });
    expect(await countingApprovals(bob, digest, 'git@x:acme/other.git#infra/app@prod')).toEqual([]);
    expect(await approve(bob, digestOf(999), who)).toEqual({ ok: false, reason: expect.stringMatching(/no run waits for review of/) });
  });

  it('many writers at once from two roles keep one unbroken chain per table; a removed or rewritten row shows', async () => {
    const alice = await connect('alice');
    const bob = await connect('bob');
    const writes: Promise<unknown>[] = [];
    for (let i = 0; i < 40; i++) {
      const digest = digestOf(100 + i);
      writes.push(requestReview(i % 2 ? bob : alice, digest, 'ws', detail(`r${i}`)).then(() => approve(i % 2 ? alice : bob, digest, who)));
    }
    // Two state folders sending their spools at the same time.
    for (const [role, n] of [
      ['alice', 0],
      ['bob', 1],
    ] as const) {
      const home = tempDir(`execguard-spool-${role}-`);
      mkdirSync(home, { recursive: true });
      const lines = Array.from({ length: 300 }, (_, i) =>
        JSON.stringify({
          time: `2026-01-01T00:00:${String(i % 60).padStart(2, '0')}Z`,
          session: `${role}-${i}`,
          tool: 'Bash',
          command: 'x',
          decision: 'deny',
          rules: [],
          reason: String(n),
        }),
      );
      writeFileSync(join(home, 'decisions.jsonl'), `${lines.join('\n')}\n`);
      writes.push(syncDecisions(await connect(role), home));
    }
    await Promise.all(writes);
    expect((await storedDecisions(alice)).filter((d) => /^(alice|bob)-\d+$/.test(String(d.entry.session)))).toHaveLength(600);
    for (const table of ['execguard_reviews', 'execguard_approvals', 'execguard_decisions'] as const)
      expect(await brokenLinks(alice, table), table).toEqual([]);

    // The owner (a superuser here) goes around the triggers: the chain shows where.
    const ids = pg.psql('SELECT id FROM execguard_decisions ORDER BY id').trim().split('\n').map(Number);
    pg.psql(`DELETE FROM execguard_decisions WHERE id = ${ids[10]}`);
    expect(await brokenLinks(alice, 'execguard_decisions')).toEqual([ids[11]]);
    pg.psql(
      `ALTER TABLE execguard_approvals DISABLE TRIGGER execguard_approvals_append_only; UPDATE execguard_approvals SET by_role = 'carol' WHERE id = (SELECT id FROM execguard_approvals ORDER BY id OFFSET 3 LIMIT 1)`,
    );
    const forged = Number(pg.psql('SELECT id FROM execguard_approvals WHERE by_role = $$carol$$').trim());
    expect(await brokenLinks(alice, 'execguard_approvals')).toEqual([forged]);
    // Retention deletes from the old end: the oldest remaining row starts the chain.
    pg.psql(`DELETE FROM execguard_decisions WHERE id <= ${ids[11]}`);
    expect(await brokenLinks(alice, 'execguard_decisions')).toEqual([]);
  });
});
