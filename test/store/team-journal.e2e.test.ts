// One journal for the team, with real processes: the CLI bundle on two "machines" (two clones of one
// bare origin, two state folders, two database roles), real terraform on terraform_data, a real
// PostgreSQL server. Machine B lists machine A's runs and rolls one back; a holder SIGKILLed
// mid-apply loses its lease by the database's clock and its late write is refused, and `resume`
// finishes the run under a higher token; a database stopped mid-run BLOCKS the run and, once it is
// back, `resume` sends what the store missed: the team journal is the local one, line for line, and
// the decisions the real hook process kept during the outage are in the team's decision log.
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storedDecisions } from '../../src/store/decisions.js';
import { PostgresStore } from '../../src/store/postgres.js';
import { brokenLinks } from '../../src/store/reviews.js';
import { workspaceKey } from '../../src/store/team-run.js';
import { scaled, waitUntil } from '../helpers/timeouts.js';
import { builtPlugin, runNode } from '../helpers/built-plugin.js';
import { APPROVAL, tfConfig, workspace, type Workspace } from '../support/workspace.js';
import { type PostgresServer, postgresAvailable, startPostgres } from '../support/postgres.js';

const hasTerraform = spawnSync('terraform', ['version'], { stdio: 'ignore' }).status === 0;
const DESTROY_APPROVAL = 'User approved. Roll back and destroy.';
const children: ChildProcess[] = [];

describe.skipIf(!postgresAvailable || !hasTerraform)('the team journal (real PostgreSQL, git, terraform, CLI processes)', () => {
  let pg: PostgresServer;
  let cli: string;
  let store: PostgresStore;

  beforeAll(async () => {
    pg = await startPostgres();
    const admin = await PostgresStore.connect(pg.url('alice'), { HOME: '/nonexistent' });
    await admin.migrate();
    await admin.close();
    store = await PostgresStore.connect(pg.url('alice'), { HOME: '/nonexistent' });
    // The CLI bundle the e2e project built once for the run (test/global-setup-plugin.ts).
    cli = builtPlugin().cli;
  }, scaled(180_000));
  afterAll(async () => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    await store?.close().catch(() => {});
    await pg?.stop();
  });

  /** Machine A (apply waits for marks/apply.release) and machine B: a second clone with its own state and role. */
  function twoMachines(ttl = 60) {
    const a = workspace();
    const marks = join(a.dir, 'marks');
    mkdirSync(marks);
    const wait = `touch ${marks}/apply.started; while [ ! -e ${marks}/apply.release ]; do sleep 0.05; done`;
    // Terraform's state is shared by both machines, as a team's remote backend is (a local path stands in for it).
    const state = join(a.dir, 'shared-state', 'terraform.tfstate');
    const mainTf = (resources: Parameters<typeof tfConfig>[0]) =>
      tfConfig(resources).replace('backend "local" {}', `backend "local" {\n    path = ${JSON.stringify(state)}\n  }`);
    a.write('infra/app/main.tf', mainTf([{ name: 'app' }, { name: 'slow', dependsOn: 'app', command: wait }]));
    const bRepo = join(a.dir, 'machine-b');
    execFileSync('git', ['clone', '-q', a.origin, bRepo]);
    const bHome = join(a.dir, 'state-b');
    mkdirSync(bHome);
    const lease = { EXECGUARD_LEASE_TTL: String(ttl) };
    const envA = { ...a.env, ...lease, EXECGUARD_STORE: pg.url('alice') };
    const envB = { ...a.env, ...lease, EXECGUARD_HOME: bHome, EXECGUARD_STORE: pg.url('bob') };
    return { a, marks, bRepo, bHome, envA, envB, mainTf, key: workspaceKey('plan.yaml', a.repo) };
  }

  /** The CLI as its own process (a machine's terminal). */
  function start(cwd: string, env: NodeJS.ProcessEnv, ...args: string[]) {
    const child = spawn(process.execPath, [cli, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d) => (stdout += d));
    child.stderr!.on('data', (d) => (stderr += d));
    const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
      child.on('exit', (code) => resolve({ code, stdout, stderr })),
    );
    return { child, done };
  }
  const run = (cwd: string, env: NodeJS.ProcessEnv, ...args: string[]) => start(cwd, env, ...args).done;

  const until = (what: string, check: () => boolean | Promise<boolean>) => waitUntil(what, check, scaled(60_000));

  const localJournal = (home: string, runId: string) =>
    readFileSync(join(home, 'runs', runId, 'journal.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
  const originCommits = (ws: Workspace) =>
    Number(execFileSync('git', ['rev-list', '--count', 'main'], { cwd: ws.origin, encoding: 'utf8' }).trim());
  const onlyRun = (home: string) => readdirSync(join(home, 'runs'))[0]!;
  /** The lease's expiry as the database judges it (its clock, not the test's). */
  const leaseExpired = async (key: string) => (await store.leases()).filter((l) => l.workspace === key).every((l) => l.expired);

  it('both machines apply the same workspace at once, round after round: one lease holder at a time, origin’s commits in lease order', async () => {
    const { a, marks, bRepo, bHome, envA, envB, key } = twoMachines();
    writeFileSync(join(marks, 'apply.release'), '');
    // Origin starts with machine A's configuration (the shared state backend), as every round builds on it.
    execFileSync('git', ['-c', 'user.name=a', '-c', 'user.email=a@localhost', 'commit', '-qam', 'chore: the shared backend'], {
      cwd: a.repo,
    });
    execFileSync('git', ['push', '-q', 'origin', 'main'], { cwd: a.repo });
    const machines = [
      { repo: a.repo, home: a.home, env: envA },
      { repo: bRepo, home: bHome, env: envB },
    ];
    const landed: { runId: string; token: number; commit: string }[] = [];
    for (let round = 0; round < 3; round++) {
      for (const [i, m] of machines.entries()) {
        // Each machine starts the round up to date with origin, with a change of its own.
        execFileSync('git', ['checkout', '-q', '--', '.'], { cwd: m.repo });
        execFileSync('git', ['pull', '-q', '--ff-only', 'origin', 'main'], { cwd: m.repo });
        const tf = join(m.repo, 'infra/app/main.tf');
        writeFileSync(tf, `${readFileSync(tf, 'utf8')}\nresource "terraform_data" "round${round}_machine${i}" {\n  input = "${i}"\n}\n`);
      }
      const results = await Promise.all(machines.map((m) => run(m.repo, m.env, 'execute', 'plan.yaml', '--approval', APPROVAL)));
      expect(
        results.filter((r) => r.code === 0),
        results.map((r) => r.stdout).join('\n'),
      ).toHaveLength(1);
      for (const m of machines) {
        for (const runId of existsSync(join(m.home, 'runs')) ? readdirSync(join(m.home, 'runs')) : []) {
          const meta = JSON.parse(readFileSync(join(m.home, 'runs', runId, 'meta.json'), 'utf8'));
          if (meta.status !== 'COMPLETE' || landed.some((l) => l.runId === runId)) continue;
          const tokens = [...new Set((await store.journal(runId)).map((r) => r.token))];
          expect(tokens).toHaveLength(1);
          landed.push({ runId, token: tokens[0]!, commit: meta.commit });
        }
      }
      // The other run either found the lease held (and ran nothing) or took it after and found origin moved.
      for (const r of results.filter((x) => x.code !== 0))
        expect(r.stdout).toMatch(/is leased to|the remote moved since the plan was made/);
      expect((await store.leases()).filter((l) => l.workspace === key)).toEqual([]);
    }
    expect(landed).toHaveLength(3);
    const history = execFileSync('git', ['rev-list', '--reverse', 'main'], { cwd: a.origin, encoding: 'utf8' }).trim().split('\n');
    const inOriginOrder = [...landed].sort((x, y) => history.indexOf(x.commit) - history.indexOf(y.commit));
    expect(inOriginOrder.map((l) => l.token)).toEqual([...landed.map((l) => l.token)].sort((x, y) => x - y));
  });

  it("machine B's runs and runs RUN show machine A's run from the team journal, and B rolls it back", async () => {
    const { a, marks, bRepo, bHome, envA, envB } = twoMachines();
    writeFileSync(join(marks, 'apply.release'), '');
    const done = await run(a.repo, envA, 'execute', 'plan.yaml', '--approval', APPROVAL);
    expect(done.code, done.stdout + done.stderr).toBe(0);
    const runId = onlyRun(a.home);

    const list = await run(bRepo, envB, 'runs');
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout).toMatch(new RegExp(`${runId} +execute +COMPLETE +\\S+ \\(by alice\\)`));
    const one = await run(bRepo, envB, 'runs', runId);
    expect(one.stdout).toContain('team store (written by alice; hash chain intact)');
    expect(one.stdout).toMatch(/exit 0 +terraform apply: terraform apply/);
    expect((await store.journal(runId)).map((r) => r.line)).toEqual(localJournal(a.home, runId));

    // B, up to date with origin, rolls back A's run: the revert is pushed and B's run is in the team journal as bob's.
    execFileSync('git', ['pull', '-q', 'origin', 'main'], { cwd: bRepo });
    const before = originCommits(a);
    const back = await run(bRepo, envB, 'rollback', runId, '--approval', DESTROY_APPROVAL);
    expect(back.code, back.stdout + back.stderr).toBe(0);
    expect(originCommits(a)).toBe(before + 1);
    expect(execFileSync('git', ['log', '-1', '--format=%s', 'main'], { cwd: a.origin, encoding: 'utf8' })).toMatch(
      /^revert: feat\(infra\): change the demo app/,
    );
    const rollbackId = readdirSync(join(bHome, 'runs')).find((id) => id.includes('-rollback-'))!;
    const rows = await store.journal(rollbackId);
    expect(new Set(rows.map((r) => r.writtenBy))).toEqual(new Set(['bob']));
    expect(rows.map((r) => r.line)).toEqual(localJournal(bHome, rollbackId));
    // And A sees B's rollback.
    const fromA = await run(a.repo, envA, 'runs');
    expect(fromA.stdout).toMatch(new RegExp(`${rollbackId} +rollback +COMPLETE +\\S+ \\(by bob\\)`));
  });

  it('the holder SIGKILLed mid-apply: its lease expires by the database clock, its late write is refused, resume completes under a higher token with one commit', async () => {
    const { a, marks, envA, key } = twoMachines(3);
    const before = originCommits(a);
    const holder = start(a.repo, envA, 'execute', 'plan.yaml', '--approval', APPROVAL);
    await until('the apply to start', () => existsSync(join(marks, 'apply.started')));
    const [held] = (await store.leases()).filter((l) => l.workspace === key);
    expect(held?.expired).toBe(false);
    holder.child.kill('SIGKILL');
    await holder.done;
    writeFileSync(join(marks, 'apply.release'), '');
    const runId = onlyRun(a.home);

    await until('the dead holder’s lease to expire', () => leaseExpired(key));
    expect(await store.appendJournal(runId, key, held!.token, { type: 'note', message: 'late write of the dead holder' })).toBe(false);
    expect(await store.renew(key, held!.token, 3)).toBe(false);

    const resumed = await run(a.repo, envA, 'resume', runId, '--approval', APPROVAL);
    expect(resumed.code, resumed.stdout + resumed.stderr).toBe(0);
    expect(resumed.stdout).toContain('PLAN_STATUS: COMPLETE');
    expect(originCommits(a)).toBe(before + 1);
    const rows = await store.journal(runId);
    const tokens = [...new Set(rows.map((r) => r.token))];
    expect(tokens).toHaveLength(2);
    expect(tokens[0]).toBe(held!.token);
    expect(tokens[1]!).toBeGreaterThan(held!.token);
    // Nothing of the killed attempt is missing and nothing extra got in: the local journal, line for line, chain intact.
    expect(rows.map((r) => r.line)).toEqual(localJournal(a.home, runId));
    expect(rows.some((r) => (r.line as { message?: string }).message === 'late write of the dead holder')).toBe(false);
    expect(await store.journalBreaks(runId)).toEqual([]);
    expect((await store.leases()).filter((l) => l.workspace === key)).toEqual([]);
  });

  it('the database stopped mid-run: BLOCKED with the reason; once it is back, resume completes and neither the team journal nor the decision log lost anything', async () => {
    const { a, marks, envA, key } = twoMachines(3);
    const before = originCommits(a);
    const running = start(a.repo, envA, 'execute', 'plan.yaml', '--approval', APPROVAL);
    await until('the apply to start', () => existsSync(join(marks, 'apply.started')));
    const runId = onlyRun(a.home);
    await pg.pause();
    // While the database is down mid-run the agent goes on calling tools: the real hook process
    // answers each from the local guard and keeps its decision in this machine's spool.
    const outage = ['mid-run-0', 'mid-run-1', 'mid-run-2'];
    for (const [i, command] of [
      'terraform destroy -auto-approve',
      'git push --force origin main',
      'kubectl delete namespace prod',
    ].entries()) {
      const hook = await hookAnswer(a.repo, envA, command, outage[i]!);
      expect(hook.code, hook.stderr).toBe(0);
      expect(hook.stdout).toMatch(/"permissionDecision":"(deny|ask)"/);
    }
    const spooled = readFileSync(join(a.home, 'decisions.jsonl'), 'utf8');
    for (const session of outage) expect(spooled).toContain(`"${session}"`);
    writeFileSync(join(marks, 'apply.release'), '');
    const stopped = await running.done;
    expect(stopped.code, stopped.stdout + stopped.stderr).toBe(2);
    expect(stopped.stdout).toContain('PLAN_STATUS: BLOCKED');
    expect(stopped.stdout).toMatch(/team store/);
    const local = localJournal(a.home, runId);
    expect(local.at(-1)).toMatchObject({ type: 'run-end', status: 'BLOCKED' });

    await pg.resume();
    const partial = await store.journal(runId);
    expect(partial.length).toBeLessThan(local.length); // what the outage kept from the store
    await until('the lease of the stopped run to expire', () => leaseExpired(key));
    const resumed = await run(a.repo, envA, 'resume', runId, '--approval', APPROVAL);
    expect(resumed.code, resumed.stdout + resumed.stderr).toBe(0);
    expect(originCommits(a)).toBe(before + 1);
    expect((await store.journal(runId)).map((r) => r.line)).toEqual(localJournal(a.home, runId));
    expect(await store.journalBreaks(runId)).toEqual([]);
    // The decisions the hooks made during the outage reached the store with the resumed run: each
    // once, sent by alice's role, the chain intact.
    const decisions = (await storedDecisions(store)).filter((d) => outage.includes(String(d.entry.session)));
    expect(decisions.map((d) => [d.entry.session, d.byRole])).toEqual(outage.map((s) => [s, 'alice']));
    expect(await brokenLinks(store, 'execguard_decisions')).toEqual([]);
  });
});

/** The real hook process (the plugin's PreToolUse entry) answering a Bash call, as Claude Code runs it. */
function hookAnswer(cwd: string, env: NodeJS.ProcessEnv, command: string, session: string) {
  const input = JSON.stringify({
    session_id: session,
    transcript_path: '/tmp/none.jsonl',
    cwd,
    hook_event_name: 'PreToolUse',
    tool_name: 'Bash',
    tool_input: { command, description: 'test' },
    tool_use_id: 'toolu_1',
  });
  return runNode(builtPlugin().hook, ['pre-tool-use'], {
    input,
    cwd,
    env: { ...env, CLAUDE_PROJECT_DIR: cwd, EXECGUARD_HOOK_HELPER: '0' },
  });
}
