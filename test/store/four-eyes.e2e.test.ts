// Four-eyes approvals, fail-closed runs and the spooled decision log on a real PostgreSQL server,
// with real git (a bare origin) and real terraform on terraform_data. Two "machines" are two
// clones of one origin with two state folders, logging in as two database roles (alice, bob); the
// team's .execguard.yaml names the server, not a person (each machine's PGUSER says who it is).
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { storedDecisions } from '../../src/store/decisions.js';
import { PostgresStore } from '../../src/store/postgres.js';
import { brokenLinks } from '../../src/store/reviews.js';
import { workspaceKey } from '../../src/store/team-run.js';
import { APPROVAL, originHead, tfConfig, workspace } from '../support/workspace.js';
import { scaled } from '../helpers/timeouts.js';
import { type PostgresServer, postgresAvailable, startPostgres } from '../support/postgres.js';

const hasTerraform = (() => {
  try {
    execFileSync('terraform', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** A command run in-process; `stderrSeen(re)` resolves when stderr shows `re` (progress of a waiting run). */
function start(cwd: string, env: NodeJS.ProcessEnv, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const waiters: { re: RegExp; resolve: () => void }[] = [];
  const io: Io = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => {
      stderr += t;
      for (const w of waiters.filter((w) => w.re.test(stderr))) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
    },
    readStdin: async () => '',
    env,
    cwd,
    isTTY: false,
  };
  const done = main(argv, io).then((code) => ({ code, stdout, stderr }));
  const stderrSeen = (re: RegExp) =>
    new Promise<void>((resolve, reject) => {
      if (re.test(stderr)) return resolve();
      waiters.push({ re, resolve });
      const timer = setTimeout(() => reject(new Error(`stderr never showed ${re}:\n${stderr}`)), scaled(60_000));
      timer.unref();
      void done.then(() =>
        re.test(stderr) ? resolve() : reject(new Error(`the command ended before stderr showed ${re}:\n${stderr}\n${stdout}`)),
      );
    });
  return { done, stderrSeen };
}

const cli = (cwd: string, env: NodeJS.ProcessEnv, ...argv: string[]) => start(cwd, env, ...argv).done;

/** A plan that touches prod: the terraform workspace says so. */
const PROD_PLAN = [
  'operation: terraform',
  'workdir: infra/app',
  'git:',
  '  files: [infra/app/main.tf]',
  '  message: "feat(infra): change the prod app"',
  'terraform:',
  '  vars: { name: demo }',
  '  workspace: prod',
  '',
].join('\n');

const DIGEST = /waiting for review: .* its digest (sha256:[0-9a-f]{64})/;

describe.skipIf(!postgresAvailable || !hasTerraform)('four-eyes, fail closed and the decision log on a real PostgreSQL server', () => {
  let pg: PostgresServer;
  const stores: PostgresStore[] = [];
  const connect = async (role: string) => {
    const store = await PostgresStore.connect(pg.url(role), { HOME: '/nonexistent' });
    stores.push(store);
    return store;
  };

  beforeAll(async () => {
    pg = await startPostgres();
    // Set-up as the README says: the owner migrates once (here alice's role owns the schema).
    const ws = workspace();
    const migrate = await cli(ws.repo, { ...ws.env, EXECGUARD_STORE: pg.url('alice') }, 'store', 'migrate');
    expect(migrate.code, migrate.stderr).toBe(0);
  });
  afterAll(async () => {
    await Promise.all(stores.map((s) => s.close().catch(() => {})));
    await pg?.stop();
  });

  /** Machine A (alice) and machine B (bob): two clones of one origin whose .execguard.yaml names the team store. */
  function twoMachines(policy: string) {
    const a = workspace({ plan: PROD_PLAN });
    a.write('.execguard.yaml', policy);
    a.git('add', '.execguard.yaml');
    a.git('commit', '-q', '-m', 'chore: the team store');
    a.git('push', '-q', 'origin', 'main');
    a.write('infra/app/main.tf', tfConfig([{ name: 'app' }, { name: 'worker' }]));
    const bRepo = join(a.dir, 'machine-b');
    execFileSync('git', ['clone', '-q', a.origin, bRepo]);
    const bHome = join(a.dir, 'state-b');
    mkdirSync(bHome);
    const { EXECGUARD_STORE: _s, ...base } = a.env;
    const envA = { ...base, PGUSER: 'alice', HOME: a.dir };
    const envB = { ...base, EXECGUARD_HOME: bHome, PGUSER: 'bob', HOME: a.dir };
    return { a, bRepo, envA, envB };
  }

  const teamPolicy = () => `store: postgres://127.0.0.1:${pg.port}/execguard\napprovals:\n  reviewers: { prod: 1 }\n`;

  it("the author's own approval does not count, nor one of another digest; a second role's approval of the same digest lets the waiting run finish", async () => {
    const { a, bRepo, envA, envB } = twoMachines(teamPolicy());
    const before = originHead(a);

    // Machine A: the plan touches prod, so execute stops before changing anything, naming the digest.
    const first = await cli(a.repo, envA, 'execute', 'plan.yaml', '--approval', APPROVAL);
    expect(first.code, first.stdout + first.stderr).toBe(2);
    expect(first.stdout).toContain('PLAN_STATUS: BLOCKED');
    const d1 = first.stdout.match(DIGEST)?.[1];
    expect(d1, first.stdout).toBeDefined();
    expect(first.stdout).toContain(`execguard approve ${d1}`);
    expect(originHead(a)).toBe(before);
    expect(existsSync(join(a.repo, 'infra/app/terraform.tfstate.d/prod/terraform.tfstate'))).toBe(false);

    // The author approves their own digest: refused, and nothing is recorded.
    const own = await cli(a.repo, envA, 'approve', d1!);
    expect(own.code).toBe(2);
    expect(own.stderr).toMatch(/you \(database role alice\) asked for this review: the author's own approval never counts/);
    // Going around the CLI: alice writes an approval row herself, naming bob. The database records her.
    const key = workspaceKey('plan.yaml', a.repo);
    const alice = (await connect('alice')).sql;
    await alice`INSERT INTO execguard_approvals (digest, workspace, detail, by_role) VALUES (${d1!}, ${key}, '{}', 'bob')`;
    expect(pg.psql(`SELECT by_role FROM execguard_approvals WHERE digest = '${d1}'`).trim()).toBe('alice');
    const still = await cli(a.repo, envA, 'execute', 'plan.yaml', '--approval', APPROVAL);
    expect(still.code).toBe(2);
    expect(still.stdout).toMatch(/none so far/);

    // Machine B approves that digest; then A's change is edited: the approval of the old digest does not count.
    const bApproves = await cli(bRepo, envB, 'approve', d1!);
    expect(bApproves.code, bApproves.stderr).toBe(0);
    expect(bApproves.stdout).toMatch(/approved by bob: sha256:/);
    expect(bApproves.stdout).toMatch(/asked by alice/);
    a.write('infra/app/main.tf', tfConfig([{ name: 'app' }, { name: 'worker' }, { name: 'extra' }]));
    const edited = await cli(a.repo, envA, 'execute', 'plan.yaml', '--approval', APPROVAL);
    expect(edited.code).toBe(2);
    const d2 = edited.stdout.match(DIGEST)?.[1];
    expect(d2).toBeDefined();
    expect(d2).not.toBe(d1);
    expect(originHead(a)).toBe(before);

    // A waits for review (LISTEN/NOTIFY). Alice's own row wakes it, and it keeps waiting; bob's approval lets it finish.
    const waiting = start(a.repo, envA, 'execute', 'plan.yaml', '--approval', APPROVAL, '--wait');
    await waiting.stderrSeen(/review check 1: 0 of 1 approval\(s\)/);
    await alice`INSERT INTO execguard_approvals (digest, workspace, detail) VALUES (${d2!}, ${key}, '{}')`;
    await waiting.stderrSeen(/review check 2: 0 of 1 approval\(s\)/);
    expect(originHead(a)).toBe(before);
    const approved = await cli(bRepo, envB, 'approve', d2!);
    expect(approved.code, approved.stderr).toBe(0);
    const run = await waiting.done;
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('PLAN_STATUS: COMPLETE');
    expect(run.stdout).toMatch(/reviewed: approved by bob/);
    expect(originHead(a)).not.toBe(before);
    expect(existsSync(join(a.repo, 'infra/app/terraform.tfstate.d/prod/terraform.tfstate'))).toBe(true);

    // Requests and approvals are append-only and their chains hold.
    const store = await connect('bob');
    expect(await brokenLinks(store, 'execguard_approvals')).toEqual([]);
    expect(await brokenLinks(store, 'execguard_reviews')).toEqual([]);
    await expect((await connect('bob')).sql`UPDATE execguard_approvals SET digest = 'sha256:0' WHERE digest = ${d2!}`).rejects.toThrow(
      /permission denied/,
    );
    expect(() => pg.psql(`UPDATE execguard_approvals SET detail = '{}' WHERE digest = '${d2}'`)).toThrow(/append-only/);
  });

  it('the database stopped while a run waits for review: BLOCKED with the reason, nothing pushed', async () => {
    const { a, envA } = twoMachines(teamPolicy());
    const before = originHead(a);
    // A short lease: its heartbeat (a third of the TTL) is what finds the store gone.
    const waiting = start(a.repo, { ...envA, EXECGUARD_LEASE_TTL: '3' }, 'execute', 'plan.yaml', '--approval', APPROVAL, '--wait');
    await waiting.stderrSeen(/review check 1: 0 of 1 approval\(s\)/);
    await pg.pause();
    let run: Awaited<typeof waiting.done>;
    try {
      run = await waiting.done;
    } finally {
      await pg.resume();
    }
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('PLAN_STATUS: BLOCKED');
    expect(run.stdout).toMatch(/team store stopped answering|workspace lease was lost|cannot be used to count reviews/);
    expect(originHead(a)).toBe(before);
    expect(existsSync(join(a.repo, 'infra/app/terraform.tfstate.d/prod/terraform.tfstate'))).toBe(false);
  });

  it('reviewers counted only in the store the file names: EXECGUARD_STORE alone is BLOCKED with the reason', async () => {
    const { a, envA } = twoMachines('approvals:\n  reviewers: { prod: 1 }\n');
    const before = originHead(a);
    const run = await cli(a.repo, { ...envA, EXECGUARD_STORE: pg.url('alice') }, 'execute', 'plan.yaml', '--approval', APPROVAL);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/only a store named in \.execguard\.yaml counts them \(EXECGUARD_STORE is not enough/);
    expect(originHead(a)).toBe(before);
  });

  it('a library caller with no review gate: a plan that needs reviewers is BLOCKED, nothing pushed', async () => {
    const { a, envA } = twoMachines(teamPolicy());
    const before = originHead(a);
    const { executePlan } = await import('../../src/exec/run/execute.js');
    const result = await executePlan({ planArg: 'plan.yaml', cwd: a.repo, env: envA, callerApproval: APPROVAL });
    expect(result.status).toBe('BLOCKED');
    expect(result.markdown).toMatch(
      /approvals\.reviewers asks for 1 approval\(s\) by another person for this plan, and no team store is set/,
    );
    expect(originHead(a)).toBe(before);
  });

  it('the store unreachable: execute is BLOCKED with the reason, nothing applied, nothing pushed; the hooks still answer and keep their decisions, which arrive once the store is back', async () => {
    const { a, bRepo, envA, envB } = twoMachines(teamPolicy());
    const before = originHead(a);
    await pg.pause();
    try {
      const run = await cli(a.repo, envA, 'execute', 'plan.yaml', '--approval', APPROVAL);
      expect(run.code).toBe(2);
      expect(run.stdout).toMatch(/the team store cannot be used .*nothing was applied or pushed/);
      expect(originHead(a)).toBe(before);
      expect(existsSync(join(a.repo, 'infra/app/terraform.tfstate.d'))).toBe(false);

      // The hooks answer from the local guard while the database is down, and keep what they decided.
      for (const [i, command] of [
        'terraform destroy -auto-approve',
        'git push --force origin main',
        'kubectl delete namespace prod',
      ].entries()) {
        const answer = await hookAnswer(a.repo, envA, command, `spool-${i}`);
        expect(answer).toMatch(/"permissionDecision":"(deny|ask)"/);
      }
      const spool = readFileSync(join(a.home, 'decisions.jsonl'), 'utf8').trim().split('\n');
      expect(spool.length).toBeGreaterThanOrEqual(3);
      // A writer killed mid-line: the torn line is skipped, the next decision still arrives.
      appendFileSync(join(a.home, 'decisions.jsonl'), '{"time":"torn');
      expect(await hookAnswer(a.repo, envA, 'terraform destroy -auto-approve', 'spool-after-tear')).toMatch(/deny|ask/);

      const down = await cli(a.repo, envA, 'store', 'sync');
      expect(down.code).toBe(2);
      expect(down.stderr).toMatch(/the decisions stay in this state folder/);
    } finally {
      await pg.resume();
    }
    const sync = await cli(a.repo, envA, 'store', 'sync', '--json');
    expect(sync.code, sync.stderr).toBe(0);
    const local = readFileSync(join(a.home, 'decisions.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim() && isJson(l));
    expect(JSON.parse(sync.stdout)).toEqual({ sent: local.length, known: 0 });
    // Again: nothing new, nothing twice.
    expect(JSON.parse((await cli(a.repo, envA, 'store', 'sync', '--json')).stdout)).toEqual({ sent: 0, known: 0 });

    // Machine B's role reads machine A's decisions from the store: every one, once, sent by alice.
    const store = await connect('bob');
    const mine = (await storedDecisions(store)).filter((d) => String(d.entry.session).startsWith('spool-') && d.byRole === 'alice');
    expect(mine.map((d) => d.entry.session)).toEqual(['spool-0', 'spool-1', 'spool-2', 'spool-after-tear']);
    expect(await brokenLinks(store, 'execguard_decisions')).toEqual([]);

    // And `execguard log` on machine B shows them, sent by alice; `--local` shows B's own file only.
    const teamLog = await cli(bRepo, envB, 'log', '--json', '--limit', '0');
    expect(teamLog.code, teamLog.stderr).toBe(0);
    const shown = teamLog.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { session: string; sentBy: string })
      .filter((e) => e.session.startsWith('spool-'));
    expect(shown.map((e) => [e.session, e.sentBy])).toEqual([
      ['spool-0', 'alice'],
      ['spool-1', 'alice'],
      ['spool-2', 'alice'],
      ['spool-after-tear', 'alice'],
    ]);
    expect((await cli(bRepo, envB, 'log', '--local')).stdout).not.toMatch(/spool-/);

    // Store back: the same run goes through to review (the plan touches prod), still nothing pushed.
    const again = await cli(a.repo, envA, 'execute', 'plan.yaml', '--approval', APPROVAL);
    expect(again.stdout).toMatch(DIGEST);
    expect(originHead(a)).toBe(before);
  });
});

function isJson(line: string): boolean {
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
}

/** The PreToolUse hook's answer (in-process, as `execguard hook pre-tool-use`) for a Bash command. */
async function hookAnswer(cwd: string, env: NodeJS.ProcessEnv, command: string, session: string): Promise<string> {
  let stdout = '';
  const input = JSON.stringify({
    session_id: session,
    transcript_path: '/tmp/none.jsonl',
    cwd,
    hook_event_name: 'PreToolUse',
    tool_name: 'Bash',
    tool_input: { command, description: 'test' },
    tool_use_id: 'toolu_1',
  });
  await main(['hook', 'pre-tool-use'], {
    stdout: (t) => void (stdout += t),
    stderr: () => {},
    readStdin: async () => input,
    env: { ...env, CLAUDE_PROJECT_DIR: cwd },
    cwd,
    isTTY: false,
  });
  return stdout;
}
