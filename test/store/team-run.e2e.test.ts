// execute under the team store, with real git (a bare origin), real terraform on terraform_data and
// a real PostgreSQL server. Two "machines" are two clones of the same origin with two state folders
// and two database roles: a lease one holds blocks the other before anything runs; a store that
// cannot be reached blocks every state-changing run (nothing applied, nothing pushed); `locks` and
// `unlock` from the other machine see and break the lease, and the unlock is recorded.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostgresStore } from '../../src/store/postgres.js';
import { tempDir } from '../helpers/tmp.js';
import { APPROVAL, originHead, tfConfig, workspace } from '../support/workspace.js';
import { execguard } from '../support/cli.js';
import { type PostgresServer, postgresAvailable, startPostgres } from '../support/postgres.js';

const hasTerraform = (() => {
  try {
    execFileSync('terraform', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const cli = execguard;

describe.skipIf(!postgresAvailable || !hasTerraform)('execute under the team store (real PostgreSQL, git, terraform)', () => {
  let pg: PostgresServer;
  beforeAll(async () => {
    pg = await startPostgres();
    const admin = await PostgresStore.connect(pg.url('alice'), { HOME: '/nonexistent' });
    await admin.migrate();
    await admin.close();
  });
  afterAll(async () => pg?.stop());

  /** Machine A: the workspace from the executor tests; machine B: a second clone of its origin with its own state. */
  function twoMachines() {
    const a = workspace();
    a.write('infra/app/main.tf', tfConfig([{ name: 'app' }, { name: 'worker' }]));
    const bRepo = join(a.dir, 'machine-b');
    execFileSync('git', ['clone', '-q', a.origin, bRepo]);
    const bHome = join(a.dir, 'state-b');
    mkdirSync(bHome);
    const envA = { ...a.env, EXECGUARD_STORE: pg.url('alice') };
    const envB = { ...a.env, EXECGUARD_HOME: bHome, EXECGUARD_STORE: pg.url('bob') };
    return { a, bRepo, envA, envB };
  }

  it('a lease another run holds blocks execute before anything runs; machine B sees it in locks, breaks it with a reason, and the unlock is recorded', async () => {
    const { a, bRepo, envA, envB } = twoMachines();
    const store = await PostgresStore.connect(pg.url('alice'), { HOME: '/nonexistent' });
    const { workspaceKey } = await import('../../src/store/team-run.js');
    const key = workspaceKey('plan.yaml', a.repo);
    expect(workspaceKey('plan.yaml', bRepo)).toBe(key); // the same workspace on both machines
    const held = await store.acquire(key, { user: 'alice', host: 'machine-a', runId: 'run-on-a' }, 3600);
    expect(held.ok).toBe(true);

    const before = originHead(a);
    const blocked = await cli(a.repo, envA, 'execute', 'plan.yaml', '--approval', APPROVAL);
    expect(blocked.code).toBe(2);
    expect(blocked.stdout).toMatch(/is leased to alice@machine-a \(run run-on-a\)/);
    expect(blocked.stdout).toContain('PLAN_STATUS: BLOCKED');
    expect(originHead(a)).toBe(before);
    expect(existsSync(join(a.repo, 'infra/app/terraform.tfstate'))).toBe(false);

    const locks = await cli(bRepo, envB, 'locks', '--json');
    expect(locks.code).toBe(0);
    expect(JSON.parse(locks.stdout)).toContainEqual(
      expect.objectContaining({ workspace: key, owner: expect.objectContaining({ runId: 'run-on-a' }) }),
    );
    const unlock = await cli(bRepo, envB, 'unlock', key, '--reason', 'machine A is gone');
    expect(unlock.code).toBe(0);
    expect((await store.unlocks()).filter((u) => u.workspace === key)).toEqual([
      expect.objectContaining({ byRole: 'bob', reason: 'machine A is gone' }),
    ]);

    // Free now: machine A's run takes the lease, completes, journals its steps under its token, and releases it.
    const run = await cli(a.repo, envA, 'execute', 'plan.yaml', '--approval', APPROVAL);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(originHead(a)).not.toBe(before);
    expect((await store.leases()).filter((l) => l.workspace === key)).toEqual([]);
    const runId = run.stdout.match(/\*\*Run:\*\* (\S+)/)?.[1];
    // Every line of the run's journal is in the team journal, under the run's one token.
    const rows = pg
      .psql(`SELECT count(*), count(DISTINCT token) FROM execguard_journal WHERE workspace = '${key}' AND run_id = '${runId}'`)
      .trim();
    const local = readFileSync(join(a.home, 'runs', runId!, 'journal.jsonl'), 'utf8')
      .trim()
      .split('\n').length;
    expect(rows).toBe(`${local}|1`);
    await store.close();
  });

  it('the plan lock: a plan waiting for review keeps the lease, another engineer cannot plan or apply over it, its author applies it', async () => {
    const { a, bRepo, envA, envB } = twoMachines();
    // The project asks for it in its policy (approvals.planLock); EXECGUARD_PLAN_LOCK=1 does the same per command.
    for (const repo of [a.repo, bRepo]) writeFileSync(join(repo, '.execguard.yaml'), 'approvals:\n  planLock: true\n');
    const [lockA, lockB] = [envA, envB];
    const store = await PostgresStore.connect(pg.url('alice'), { HOME: '/nonexistent' });
    const { workspaceKey } = await import('../../src/store/team-run.js');
    const key = workspaceKey('plan.yaml', a.repo);
    const planned = await cli(a.repo, lockA, 'plan', 'plan.yaml');
    expect(planned.code, planned.stdout + planned.stderr).toBe(0);
    const digest = planned.stdout.match(/sha256:[0-9a-f]{64}/)?.[0];
    const [lock] = (await store.leases()).filter((l) => l.workspace === key);
    expect(lock).toMatchObject({ planLock: true, role: 'alice', expired: false, owner: expect.objectContaining({ digest }) });

    // Bob, on machine B, can neither apply nor plan over it: BLOCKED before anything runs.
    const before = originHead(a);
    writeFileSync(join(bRepo, 'infra/app/main.tf'), tfConfig([{ name: 'app' }, { name: 'bobs' }]));
    const applied = await cli(bRepo, lockB, 'execute', 'plan.yaml', '--approval', APPROVAL);
    expect(applied.code).toBe(2);
    expect(applied.stdout).toMatch(/has a plan lock: a plan of .* \(role alice, sha256:/);
    const replanned = await cli(bRepo, lockB, 'plan', 'plan.yaml');
    expect(replanned.code).toBe(2);
    expect(replanned.stdout).toContain('has a plan lock');
    expect(originHead(a)).toBe(before);

    // Its author applies the reviewed plan: the lock is handed on (a higher token), then released.
    const run = await cli(a.repo, lockA, 'execute', 'plan.yaml', '--approval', APPROVAL);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(originHead(a)).not.toBe(before);
    const runId = run.stdout.match(/\*\*Run:\*\* (\S+)/)?.[1];
    const [token] = pg.psql(`SELECT DISTINCT token FROM execguard_journal WHERE run_id = '${runId}'`).trim().split('\n').map(Number);
    expect(token).toBeGreaterThan(lock!.token);
    expect((await store.leases()).filter((l) => l.workspace === key)).toEqual([]);
    await store.close();
  });

  it('the store unreachable: execute is BLOCKED with the reason, nothing applied, nothing pushed', async () => {
    const { a, envA } = twoMachines();
    const before = originHead(a);
    const env = { ...envA, EXECGUARD_STORE: 'postgres://alice@127.0.0.1:9/execguard' };
    const run = await cli(a.repo, env, 'execute', 'plan.yaml', '--approval', APPROVAL);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/the team store cannot be used .*nothing was applied or pushed/);
    expect(originHead(a)).toBe(before);
    expect(existsSync(join(a.repo, 'infra/app/terraform.tfstate'))).toBe(false);
  });

  it('team commands without a store say how to set one up', async () => {
    const dir = tempDir('execguard-nostore-');
    const { EXECGUARD_STORE: _s, ...env } = process.env;
    const locks = await cli(dir, env, 'locks');
    expect(locks.code).toBe(1);
    expect(locks.stderr).toMatch(/needs the team store: set EXECGUARD_STORE=postgres:/);
  });
});
