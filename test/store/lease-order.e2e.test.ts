// The team lease across two "machines", as the acceptance puts it: two clones of one bare
// origin (machine A logs in as database role alice, machine B as bob, each with its own state
// folder), 8 contenders (4 per machine, each a separate node process in its own worktree of its
// machine's clone) x 100 rounds on ONE workspace. In every round each contender, after a random
// moment (so some attempts collide and some follow a release), runs once through the executor's own
// lease path (withWorkspaceLease, keyed by workspaceKey: the origin's URL, the workdir and the
// terraform workspace, so both machines name it alike without being told). The run that gets the
// lease makes a commit on origin's current tip and pushes it with a plain, non-force push (git
// itself rejects a stale parent), then writes a journal line through the executor's journal, which
// the lease's mirror sends to the team store under the lease's fencing token. The world is checked
// afterwards: an exclusive marker (mkdir) was never found held, no push was rejected, origin's
// first-parent history holds every granted run's commit with the tokens strictly increasing, and the
// team journal has the same runs, tokens and commits in the same order, each written by its
// machine's role. Without the lease the same contenders overlap and git rejects their pushes.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostgresStore } from '../../src/store/postgres.js';
import { workspaceKey } from '../../src/store/team-run.js';
import { scaled } from '../helpers/timeouts.js';
import { tempDir } from '../helpers/tmp.js';
import { type PostgresServer, postgresAvailable, startPostgres } from '../support/postgres.js';
import { workspace } from '../support/workspace.js';

const PER_MACHINE = 4;
const ROUNDS = 100;
const children: ChildProcess[] = [];

/**
 * One contender: a terminal on one machine that runs the workspace's apply once a round. argv[2]:
 * { bundle, cwd, home, url, role, name }. On each stdin line (a round number) it waits a random
 * moment (so some attempts collide and some follow a release), takes the lease as the executor
 * does, and answers one JSON line: whether it got the lease and what it saw.
 */
const CONTENDER = `
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
const c = JSON.parse(process.argv[2]);
const { withWorkspaceLease, workspaceKey, Journal, runsRoot } = await import(c.bundle);
const env = { ...process.env, EXECGUARD_HOME: c.home };
const git = (...args) => execFileSync('git', args, { cwd: c.cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
const progress = { phase() {}, line() {}, done() {} };
const workspace = workspaceKey('plan.yaml', c.cwd);
process.stdout.write(JSON.stringify({ workspace }) + '\\n');
for await (const round of createInterface({ input: process.stdin })) {
  const runId = c.name + '-round-' + round;
  const seen = { round: Number(round), granted: false, overlap: false, rejected: '', error: '' };
  await new Promise((r) => setTimeout(r, Math.random() * c.spreadMs));
  const result = await withWorkspaceLease(
    { url: c.url, env, workspace, owner: { runId }, signal: new AbortController().signal, progress },
    async (_signal, _progress, lease) => {
      seen.granted = true;
      // Exclusive across processes and machines: a second holder would find the marker there.
      let mine = true;
      try { mkdirSync(c.marker); } catch { mine = false; seen.overlap = true; }
      try {
        const tip = git('ls-remote', 'origin', 'refs/heads/main').split('\\t')[0];
        const commit = git('-c', 'user.name=' + c.role, '-c', 'user.email=' + c.role + '@' + c.name,
          'commit-tree', '-p', tip, '-m', 'lease-order ' + runId + ' token ' + lease.token, tip + '^{tree}');
        try {
          git('push', '-q', 'origin', commit + ':refs/heads/main');
        } catch (error) {
          seen.rejected = String(error.stderr || error.message).trim().split('\\n').at(-1);
        }
        const dir = join(runsRoot(c.home), runId);
        mkdirSync(dir, { recursive: true });
        new Journal(join(dir, 'journal.jsonl')).append({ type: 'note', message: 'pushed', data: { commit, token: lease.token } });
      } finally {
        if (mine) rmdirSync(c.marker);
      }
      return { status: 'COMPLETE' };
    },
  );
  // Only "someone else holds the lease" may keep a run out; anything else is a failure.
  if (result.status !== 'COMPLETE' && !/is leased to/.test(result.markdown)) seen.error = result.markdown;
  process.stdout.write(JSON.stringify(seen) + '\\n');
}
`;

/** What a contender saw in one round. */
interface Seen {
  round: number;
  granted: boolean;
  overlap: boolean;
  rejected: string;
  error: string;
}

describe.skipIf(!postgresAvailable)('one workspace lease for two machines (real PostgreSQL, git, separate processes)', () => {
  let pg: PostgresServer;
  let store: PostgresStore;
  let bundle: string;

  beforeAll(async () => {
    pg = await startPostgres();
    store = await PostgresStore.connect(pg.url('alice'), { HOME: '/nonexistent' });
    await store.migrate();
    // Node 20 cannot run the TypeScript source: the executor's lease, key and journal, bundled once.
    const dir = tempDir('execguard-lease-order-');
    bundle = join(dir, 'lease.mjs');
    const src = join(import.meta.dirname, '../../src');
    await build({
      stdin: {
        contents: [
          `export { withWorkspaceLease, workspaceKey } from ${JSON.stringify(join(src, 'store/team-run.ts'))};`,
          `export { Journal } from ${JSON.stringify(join(src, 'exec/journal/journal.ts'))};`,
          `export { runsRoot } from ${JSON.stringify(join(src, 'exec/journal/run-store.ts'))};`,
        ].join('\n'),
        resolveDir: src,
        loader: 'ts',
      },
      bundle: true,
      format: 'esm',
      platform: 'node',
      // CommonJS dependencies (yaml) require node's built-ins.
      banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
      outfile: bundle,
      logLevel: 'silent',
    });
    writeFileSync(join(dir, 'contender.mjs'), CONTENDER);
  }, scaled(120_000));
  afterAll(async () => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    await store?.close().catch(() => {});
    await pg?.stop();
  });

  /** A contender process and its answers, one line each. */
  function contender(args: Record<string, unknown>) {
    const child = spawn(process.execPath, [join(bundle, '..', 'contender.mjs'), JSON.stringify(args)], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    return {
      child,
      async next<T>(): Promise<T> {
        const line = await lines.next();
        if (line.done) throw new Error(`${String(args.name)} exited ${await exited}: ${stderr}`);
        return JSON.parse(line.value) as T;
      },
      async end(): Promise<void> {
        child.stdin!.end();
        expect(await exited, stderr).toBe(0);
      },
    };
  }

  it(
    `${PER_MACHINE * 2} contenders from two machines x ${ROUNDS} rounds: never two holders, no push rejected, origin's commits and the team journal in lease order`,
    async () => {
      const seed = workspace();
      // The origin does not collect garbage after each push (one process fewer per push).
      execFileSync('git', ['config', 'receive.autogc', 'false'], { cwd: seed.origin });
      const base = execFileSync('git', ['rev-parse', 'main'], { cwd: seed.origin, encoding: 'utf8' }).trim();
      const marker = join(seed.dir, 'holder');
      const machines = [
        { name: 'machine-a', role: 'alice' },
        { name: 'machine-b', role: 'bob' },
      ].map((m) => {
        // A clone of origin sharing its objects (no fetch needed to build on another machine's tip),
        // its own state folder, and a worktree per terminal.
        const clone = join(seed.dir, m.name);
        execFileSync('git', ['clone', '-q', '--shared', seed.origin, clone]);
        const home = join(seed.dir, `${m.name}-state`);
        mkdirSync(home);
        const terminals = [clone];
        for (let t = 1; t < PER_MACHINE; t++) {
          const tree = join(seed.dir, `${m.name}-terminal-${t}`);
          execFileSync('git', ['worktree', 'add', '-q', '--detach', tree], { cwd: clone });
          terminals.push(tree);
        }
        return { ...m, home, terminals };
      });
      const key = workspaceKey('plan.yaml', machines[0]!.terminals[0]!);
      expect(key).toBe(`${seed.origin}#infra/app@default`);

      const contenders = machines.flatMap((m) =>
        m.terminals.map((cwd, t) =>
          contender({ bundle, cwd, home: m.home, url: pg.url(m.role), role: m.role, name: `${m.name}-t${t}`, marker, spreadMs: 100 }),
        ),
      );
      children.push(...contenders.map((c) => c.child));
      // Every terminal of both machines computes the same workspace.
      const keys = await Promise.all(contenders.map((c) => c.next<{ workspace: string }>()));
      expect(new Set(keys.map((k) => k.workspace))).toEqual(new Set([key]));

      const seen: Seen[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        for (const c of contenders) c.child.stdin!.write(`${round}\n`);
        const answers = await Promise.all(contenders.map((c) => c.next<Seen>()));
        // Someone always gets it.
        expect(answers.filter((a) => a.granted).length).toBeGreaterThan(0);
        seen.push(...answers);
      }
      await Promise.all(contenders.map((c) => c.end()));

      expect(seen.filter((s) => s.error)).toEqual([]);
      // Never two holders, and git never had to refuse a push built on a stale tip.
      expect(seen.filter((s) => s.overlap)).toEqual([]);
      expect(seen.filter((s) => s.rejected)).toEqual([]);
      const granted = seen.filter((s) => s.granted).length;
      expect(granted).toBeLessThan(seen.length); // they did contend

      // Origin's first-parent history: every run's commit, each on the one before, tokens strictly increasing.
      const history = execFileSync('git', ['log', '--first-parent', '--reverse', '--format=%H %s', `${base}..main`], {
        cwd: seed.origin,
        encoding: 'utf8',
      })
        .trim()
        .split('\n')
        .map((line) => {
          const [, commit, runId, token] = /^(\w+) lease-order (\S+) token (\d+)$/.exec(line) ?? [];
          return { commit, runId, token: Number(token) };
        });
      expect(history).toHaveLength(granted);
      expect(new Set(history.map((h) => h.runId)).size).toBe(history.length);
      // Both machines took it, from several terminals each.
      expect(new Set(history.map((h) => h.runId!.replace(/-round-\d+$/, ''))).size).toBeGreaterThan(2);
      expect(new Set(history.map((h) => h.runId!.slice(0, 'machine-a'.length)))).toEqual(new Set(['machine-a', 'machine-b']));
      const tokens = history.map((h) => h.token);
      expect(tokens.every((t, i) => i === 0 || t > tokens[i - 1]!)).toBe(true);

      // The team journal: the same runs, tokens and commits, in the same order, each by its machine's role.
      const rows = pg
        .psql(`SELECT run_id, token, line->'data'->>'commit', written_by FROM execguard_journal WHERE workspace = '${key}' ORDER BY id`)
        .trim()
        .split('\n')
        .map((row) => row.split('|'));
      expect(rows.map(([runId, token, commit]) => ({ commit, runId, token: Number(token) }))).toEqual(history);
      for (const [runId, , , role] of rows) expect(role).toBe(runId!.startsWith('machine-a') ? 'alice' : 'bob');
      // And nothing is left held.
      expect((await store.leases()).filter((l) => l.workspace === key)).toEqual([]);
    },
    scaled(600_000),
  );
});
