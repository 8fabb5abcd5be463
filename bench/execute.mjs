// `node bench/execute.mjs [REPS] [--store postgres]`: what does execguard cost on top of the work it
// orchestrates? Each repetition makes two identical fresh workspaces (a git repository with a bare
// origin and examples/terraform-demo with one added resource). In one, `execguard execute` runs the
// demo plan; in the other, the very commands that run's journal recorded (git + terraform + verify)
// run directly, in the same order. Order alternates between repetitions. Medians are compared:
// execguard's overhead must be at most 25% of its wall time.
// With `--store postgres` it starts a PostgreSQL server (initdb into a temporary folder, as the
// tests do) and compares `execute` under the team store with `execute` on the file store (target:
// at most 10% more wall time), and measures lease acquire and release round trips. The load
// average is printed with the results: on a shared machine it says how far to trust them. So is
// the CPU time of each run's process tree (and of the PostgreSQL server), which the other
// processes on a shared machine do not inflate as they do the wall clock.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const storeAt = args.indexOf('--store');
const store = storeAt >= 0 ? args.splice(storeAt, 2)[1] : undefined;
if (store !== undefined && store !== 'postgres') {
  console.error(`--store: only 'postgres' is known, got '${store}'`);
  process.exit(1);
}
const reps = Number(args[0] ?? 7);
const STORE_LIMIT = 0.1;
const LIMIT = 0.25;
const APPROVAL = 'User approved. Execute the plan.';
// A person at a terminal: --approval is the approval (inside an agent session it would be refused).
const { CLAUDECODE: _c, EXECGUARD_SESSION_ID: _s, CLAUDE_CODE_SESSION_ID: _cs, ...outside } = process.env;
const baseEnv = { ...outside, TF_CLI_CONFIG_FILE: '', CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1', TF_INPUT: '0' };

if (spawnSync('terraform', ['version'], { stdio: 'ignore' }).status !== 0) {
  console.log('terraform is not on PATH: skipping the execute benchmark');
  process.exit(0);
}

// Measure the current source: bundle it into a temporary folder inside the repository's .tmp
// (so the bundle finds examples/ the way dist/ does).
const out = join(root, '.tmp', `bench-dist-${process.pid}`);
execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), out], { stdio: 'inherit' });
const cli = join(out, 'cli.mjs');

function workspace() {
  const dir = mkdtempSync(join(tmpdir(), 'execguard-bench-'));
  const repo = join(dir, 'repo');
  const origin = join(dir, 'origin.git');
  const home = join(dir, 'state');
  mkdirSync(home);
  // Fixed identity and dates: both workspaces get the same commit ids, so recorded commands replay.
  const fixed = { ...process.env, GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z' };
  const git = (...args) =>
    execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@localhost', ...args], { cwd: repo, stdio: 'ignore', env: fixed });
  execFileSync('git', ['init', '-q', '--bare', '-b', 'main', origin]);
  execFileSync('git', ['init', '-q', '-b', 'main', repo]);
  git('remote', 'add', 'origin', origin);
  cpSync(join(root, 'examples/terraform-demo'), join(repo, 'examples/terraform-demo'), { recursive: true });
  cpSync(join(root, 'examples/terraform-demo.yaml'), join(repo, 'examples/terraform-demo.yaml'));
  writeFileSync(join(repo, '.gitignore'), '*.tfstate\n*.tfstate.backup\n.terraform/\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'chore: bench workspace');
  git('push', '-q', 'origin', 'main');
  const tf = join(repo, 'examples/terraform-demo/main.tf');
  writeFileSync(tf, `${readFileSync(tf, 'utf8')}\nresource "terraform_data" "worker" {\n  input = terraform_data.app.id\n}\n`);
  return { dir, repo, home, workdir: join(repo, 'examples/terraform-demo') };
}

/**
 * CPU time (ms) of this process's waited-for children and their descendants (/proc/self/stat:
 * cutime + cstime, in clock ticks of 10 ms): what one `execute` cost in CPU, git and terraform
 * included. On a shared machine it says what the wall clock cannot: the work itself.
 */
const childCpuMs = () => cpuOf('self', [16, 17]);
/** Fields of /proc/PID/stat (numbered as in proc(5)), summed, in ms (100 ticks a second). */
function cpuOf(pid, fields) {
  const after = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return fields.reduce((sum, f) => sum + Number(after[f - 3]), 0) * 10;
}

function runExecguard(ws, extraEnv = {}) {
  const cpuBefore = childCpuMs();
  const started = performance.now();
  const r = spawnSync(process.execPath, [cli, 'execute', 'examples/terraform-demo.yaml', '--approval', APPROVAL], {
    cwd: ws.repo,
    env: { ...baseEnv, EXECGUARD_HOME: ws.home, ...extraEnv },
    encoding: 'utf8',
  });
  const ms = performance.now() - started;
  const cpu = childCpuMs() - cpuBefore;
  if (r.status !== 0) throw new Error(`execguard execute failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  const runId = readdirSync(join(ws.home, 'runs'))[0];
  const journal = readFileSync(join(ws.home, 'runs', runId, 'journal.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  return { ms, cpu, runId, commands: journal.filter((e) => e.type === 'step-start').map((e) => e.command) };
}

/** The same commands, run directly by sh in the second workspace (paths rewritten to it). */
function runRaw(ws, template, from) {
  const dataDir = join(ws.home, 'terraform', createHash('sha256').update(ws.workdir).digest('hex').slice(0, 16));
  mkdirSync(join(ws.home, 'runs', template.runId), { recursive: true });
  const env = {
    ...baseEnv,
    TF_DATA_DIR: dataDir,
    GIT_AUTHOR_NAME: 'bench',
    GIT_AUTHOR_EMAIL: 'b@localhost',
    GIT_COMMITTER_NAME: 'bench',
    GIT_COMMITTER_EMAIL: 'b@localhost',
  };
  const started = performance.now();
  for (const raw of template.commands) {
    const command = raw.split(from.dir).join(ws.dir);
    const cwd = command.startsWith('git ') ? ws.repo : ws.workdir;
    const r = spawnSync('/bin/sh', ['-c', command], { cwd, env, stdio: 'ignore' });
    const okCodes = /^terraform plan .*-detailed-exitcode/.test(command) ? [0, 2] : [0];
    if (!okCodes.includes(r.status)) throw new Error(`raw command failed (${r.status}): ${command}`);
  }
  return performance.now() - started;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const loadavg = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

if (store === 'postgres') {
  const pg = startPostgres();
  let code = 1;
  try {
    code = benchStore(pg);
  } finally {
    pg.stop();
    rmSync(out, { recursive: true, force: true });
  }
  process.exit(code);
}

/** A PostgreSQL server for the benchmark: initdb into a temporary folder, a loopback port (as test/support/postgres.ts). */
function startPostgres() {
  const bin = (() => {
    try {
      const v = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a))[0];
      return join('/usr/lib/postgresql', v, 'bin');
    } catch {
      return undefined;
    }
  })();
  if (!bin) {
    console.log('PostgreSQL is not installed: skipping the store benchmark');
    process.exit(0);
  }
  const asRoot = process.getuid?.() === 0;
  const as = (program, argv, opts = {}) =>
    asRoot ? spawnSync('runuser', ['-u', 'postgres', '--', program, ...argv], opts) : spawnSync(program, argv, opts);
  const dir = mkdtempSync(join(tmpdir(), 'execguard-bench-pg-'));
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  as(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync'], { stdio: 'ignore' });
  const port = 20000 + (process.pid % 20000);
  const started = as(
    join(bin, 'pg_ctl'),
    ['start', '-D', data, '-w', '-l', join(dir, 'log'), '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`],
    {
      stdio: 'ignore',
    },
  );
  if (started.status !== 0) throw new Error(`PostgreSQL did not start (see ${join(dir, 'log')})`);
  const postmaster = readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0];
  const psql = (sql, db = 'postgres') =>
    execFileSync(join(bin, 'psql'), [
      '-h',
      '127.0.0.1',
      '-p',
      String(port),
      '-U',
      'postgres',
      '-d',
      db,
      '-v',
      'ON_ERROR_STOP=1',
      '-Atc',
      sql,
    ]);
  psql('CREATE ROLE bench LOGIN');
  psql('CREATE DATABASE execguard OWNER bench');
  return {
    url: `postgres://bench@127.0.0.1:${port}/execguard`,
    /** The server's CPU so far: the postmaster and every backend it has reaped (one per connection). */
    cpuMs: () => cpuOf(postmaster, [14, 15, 16, 17]),
    stop: () => {
      as(join(bin, 'pg_ctl'), ['stop', '-D', data, '-m', 'fast', '-w'], { stdio: 'ignore' });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Lease round trips in one process over one connection: acquire then release, N times. */
function leaseLatency(url, n) {
  const module = join(out, 'store-bench.mjs');
  execFileSync(
    process.execPath,
    [
      '-e',
      `require('esbuild').buildSync({ entryPoints: [${JSON.stringify(join(root, 'src/store/postgres.ts'))}], bundle: true, format: 'esm', platform: 'node', outfile: ${JSON.stringify(module)}, logLevel: 'silent' })`,
    ],
    { cwd: root },
  );
  const script = `import { PostgresStore } from ${JSON.stringify(module)};
const t0 = performance.now();
const s = await PostgresStore.connect(${JSON.stringify(url)}, { HOME: '/nonexistent' });
await s.migrate();
const connectMs = performance.now() - t0;
const acquire = [], release = [];
for (let i = 0; i < ${n}; i++) {
  let t = performance.now();
  const got = await s.acquire('bench-workspace', { user: 'bench', host: 'bench' }, 60);
  acquire.push(performance.now() - t);
  t = performance.now();
  await s.release('bench-workspace', got.token);
  release.push(performance.now() - t);
}
await s.close();
console.log(JSON.stringify({ connectMs, acquire, release }));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
}

function benchStore(pg) {
  execFileSync(process.execPath, [cli, 'store', 'migrate'], { env: { ...baseEnv, EXECGUARD_STORE: pg.url }, stdio: 'ignore' });
  const fileRuns = [];
  const pgRuns = [];
  const fileCpu = [];
  const pgCpu = [];
  const serverBefore = pg.cpuMs();
  const pgEnv = { EXECGUARD_STORE: pg.url };
  for (let i = 0; i < reps; i++) {
    const a = workspace();
    const b = workspace();
    // Alternate which store goes first.
    const file = () => {
      const r = runExecguard(a);
      fileRuns.push(r.ms);
      fileCpu.push(r.cpu);
    };
    const team = () => {
      const r = runExecguard(b, pgEnv);
      pgRuns.push(r.ms);
      pgCpu.push(r.cpu);
    };
    if (i % 2 === 0) {
      file();
      team();
    } else {
      team();
      file();
    }
    rmSync(a.dir, { recursive: true, force: true });
    rmSync(b.dir, { recursive: true, force: true });
    process.stdout.write(
      `rep ${i + 1}/${reps}: file store ${fileRuns.at(-1).toFixed(0)} ms (CPU ${fileCpu.at(-1)} ms), postgres store ${pgRuns.at(-1).toFixed(0)} ms (CPU ${pgCpu.at(-1)} ms)\n`,
    );
  }
  // Backends exit just after their client: the last one is reaped by now or within moments.
  const serverMs = (pg.cpuMs() - serverBefore) / reps;
  const lease = leaseLatency(pg.url, 200);
  const fileMs = median(fileRuns);
  const pgMs = median(pgRuns);
  const more = (pgMs - fileMs) / fileMs;
  console.log('');
  console.log(`execute, file store (median):      ${fileMs.toFixed(0)} ms`);
  console.log(`execute, postgres store (median):  ${pgMs.toFixed(0)} ms`);
  console.log(
    `postgres store overhead:           ${(pgMs - fileMs).toFixed(0)} ms = ${(more * 100).toFixed(1)}% more wall time (target ${STORE_LIMIT * 100}%)`,
  );
  const cpuFile = median(fileCpu);
  const cpuPg = median(pgCpu);
  console.log(`CPU time, file store (median):     ${cpuFile} ms (execguard, git and terraform)`);
  console.log(
    `CPU time, postgres store (median): ${cpuPg} ms = ${(((cpuPg - cpuFile) / cpuFile) * 100).toFixed(1)}% more, + ${serverMs.toFixed(0)} ms in the PostgreSQL server (mean)`,
  );
  console.log(`connect + schema check:            ${lease.connectMs.toFixed(1)} ms`);
  console.log(`lease acquire (median of 200):     ${median(lease.acquire).toFixed(2)} ms`);
  console.log(`lease release (median of 200):     ${median(lease.release).toFixed(2)} ms`);
  console.log(`load average (1, 5, 15 min):       ${loadavg()}`);
  console.log(more <= STORE_LIMIT ? 'PASS' : 'FAIL');
  return more <= STORE_LIMIT ? 0 : 1;
}

const eg = [];
const raw = [];
let steps = 0;
try {
  for (let i = 0; i < reps; i++) {
    const a = workspace();
    const b = workspace();
    if (i % 2 === 0) {
      const run = runExecguard(a);
      eg.push(run.ms);
      raw.push(runRaw(b, run, a));
      steps = run.commands.length;
    } else {
      // Raw first needs a template: take it from a throw-away execguard run in a third workspace.
      const t = workspace();
      const template = runExecguard(t);
      raw.push(runRaw(b, template, t));
      eg.push(runExecguard(a).ms);
      rmSync(t.dir, { recursive: true, force: true });
    }
    rmSync(a.dir, { recursive: true, force: true });
    rmSync(b.dir, { recursive: true, force: true });
    process.stdout.write(`rep ${i + 1}/${reps}: execguard ${eg.at(-1).toFixed(0)} ms, raw ${raw.at(-1).toFixed(0)} ms\n`);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}

const egMs = median(eg);
const rawMs = median(raw);
const overhead = (egMs - rawMs) / egMs;
console.log('');
console.log(`commands per run:              ${steps}`);
console.log(`execguard execute (median):    ${egMs.toFixed(0)} ms`);
console.log(`same commands, direct (median): ${rawMs.toFixed(0)} ms`);
console.log(
  `execguard overhead:            ${(egMs - rawMs).toFixed(0)} ms = ${(overhead * 100).toFixed(1)}% of wall time (limit ${LIMIT * 100}%)`,
);
console.log(`load average (1, 5, 15 min):   ${loadavg()}`);
console.log(overhead <= LIMIT ? 'PASS' : 'FAIL');
process.exit(overhead <= LIMIT ? 0 : 1);
