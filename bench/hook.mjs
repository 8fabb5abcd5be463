// Whole-process cost of the PreToolUse hook (`node dist/hook.cjs pre-tool-use`, as registered) over a realistic
// mix of agent commands, against `node -e 0` measured in the same run, interleaved so that machine
// noise hits both alike. Targets: median over the mix <= 1.25x node -e 0, slowest kind <= 2x.
// By default the hook uses its warm helper (src/hooks/helper): the first call starts it, later
// calls are answered by it. --no-helper measures every call computed in-process (cold).
// --contained measures a contained-mode project (docs/contained.md): a `contained:` policy, and
// calls that ask to leave the sandbox (dangerouslyDisableSandbox), which the unsandboxed-request rule judges.
// Usage: node bench/hook.mjs [RUNS] [--no-helper] [--contained]   (build first: npm run build)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';

const readLoad = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// EXECGUARD_BENCH_PLUGIN_ROOT: measure another build (a folder holding dist/).
const root = process.env.EXECGUARD_BENCH_PLUGIN_ROOT || join(dirname(fileURLToPath(import.meta.url)), '..');
const hook = join(root, 'dist', 'hook.cjs'); // what hooks/hooks.json runs
if (!existsSync(hook)) {
  console.error('bench/hook.mjs: dist/hook.cjs is missing; run `npm run build` first');
  process.exit(1);
}
const noHelper = process.argv.includes('--no-helper');
const contained = process.argv.includes('--contained');
const runs = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 25);

const COMMANDS = {
  'read-only': ['ls -la', 'cat README.md', 'git status', 'grep -rn TODO src', 'kubectl get pods -n dev'],
  build: ['npm run build', 'npm test', 'go build ./...', 'make -j4'],
  git: ['git add -A', 'git commit -m "feat(api): add the orders endpoint"', 'git push origin feature/x', 'git log --oneline -5'],
  terraform: [
    'terraform plan -out=tfplan',
    'terraform apply tfplan',
    'terraform destroy -auto-approve',
    'terraform -chdir=infra/dev validate',
  ],
  kubectl: ['kubectl apply -f k8s/web.yaml -n dev', 'kubectl delete pod web-1 -n prod', 'kubectl rollout status deployment/web -n staging'],
  'heredoc-commit': [
    "git commit -F - <<'EOF'\nfeat(infra): add the production VPC\n\nPlanned and approved in the review.\nEOF",
    'git commit -m "$(cat <<\'EOF\'\nfix(api): handle empty carts\n\nCloses #42\nEOF\n)"',
  ],
  compound: [
    'cd infra && terraform plan | tee plan.txt',
    'npm ci && npm run build && npm test',
    'for f in *.tf; do terraform fmt "$f"; done',
  ],
};

const home = mkdtempSync(join(tmpdir(), 'execguard-bench-'));
const cwd = mkdtempSync(join(tmpdir(), 'execguard-bench-cwd-'));
const env = {
  ...process.env,
  EXECGUARD_HOME: home,
  EXECGUARD_HOOK_HELPER_IDLE_MS: '10000',
  ...(noHelper ? { EXECGUARD_HOOK_HELPER: '0' } : {}),
};
delete env.CLAUDE_PLUGIN_ROOT;
// Contained: the session's plugin root names the executor the unsandboxed-request rule trusts.
if (process.argv.includes('--contained')) env.CLAUDE_PLUGIN_ROOT = root;

if (contained) {
  writeFileSync(join(cwd, '.execguard.yaml'), 'contained:\n  stateFolders: ["../tfstate"]\n  controlPlaneHosts: ["*.eks.amazonaws.com"]\n');
  COMMANDS.unsandboxed = [
    `${join(root, 'bin', 'execguard')} execute plans/infra.yaml`,
    'cat ~/.aws/credentials',
    'execguard execute plans/infra.yaml && make deploy',
  ];
}

const input = (command, kind) =>
  JSON.stringify({
    session_id: 'bench-session',
    cwd,
    hook_event_name: 'PreToolUse',
    tool_name: 'Bash',
    tool_input: { command, ...(kind === 'unsandboxed' ? { dangerouslyDisableSandbox: true } : {}) },
    tool_use_id: 'toolu_bench',
  });

/** CPU time (ms) of all waited-for children so far, from /proc (Linux); undefined elsewhere. */
function childrenCpuMs() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10; // cutime + cstime, in 10 ms ticks
  } catch {
    return undefined;
  }
}

function time(args, stdin) {
  const cpuBefore = childrenCpuMs();
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { input: stdin, env, cwd, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const cpuAfter = childrenCpuMs();
  return { ms, cpu: cpuBefore === undefined ? undefined : cpuAfter - cpuBefore, stdout: r.stdout };
}

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))];
};

const variants = [{ kind: 'node -e 0', args: ['-e', '0'], stdin: '' }];
for (const [kind, commands] of Object.entries(COMMANDS)) {
  for (const command of commands) variants.push({ kind, command, args: [hook, 'pre-tool-use'], stdin: input(command, kind) });
}

// Warm the file cache, and show what each command gets.
for (const v of variants.slice(1)) {
  const { stdout } = time(v.args, v.stdin);
  v.answer = stdout.trim() ? JSON.parse(stdout).hookSpecificOutput.permissionDecision : 'allow';
}
time(['-e', '0'], '');

const samples = new Map(variants.map((v) => [v, []]));
const cpu = new Map(variants.map((v) => [v, []]));
for (let i = 0; i < runs; i++) {
  for (const v of variants) {
    const t = time(v.args, v.stdin);
    samples.get(v).push(t.ms);
    if (t.cpu !== undefined) cpu.get(v).push(t.cpu);
  }
}
// CPU time is measured in 10 ms ticks: only its mean over many runs means anything.
const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);

const baseline = quantile(samples.get(variants[0]), 0.5);
const baselineCpu = mean(cpu.get(variants[0]));
const rows = [];
const byKind = new Map();
for (const v of variants) {
  if (!byKind.has(v.kind)) byKind.set(v.kind, { wall: [], cpu: [] });
  byKind.get(v.kind).wall.push(...samples.get(v));
  byKind.get(v.kind).cpu.push(...cpu.get(v));
}
for (const [kind, { wall, cpu: cpus }] of byKind) {
  const p50 = quantile(wall, 0.5);
  rows.push({
    kind,
    n: wall.length,
    p50,
    p95: quantile(wall, 0.95),
    ratio: p50 / baseline,
    cpu: mean(cpus),
    cpuRatio: mean(cpus) / baselineCpu,
  });
}

const pad = (s, n) => String(s).padEnd(n);
const num = (x) => x.toFixed(1).padStart(8);
console.log(
  `PreToolUse hook, whole process, ${runs} interleaved runs per command (${process.version}, ${process.platform}), ${noHelper ? 'in-process (--no-helper)' : 'warm helper'}`,
);
const load = readLoad();
if (load) console.log(`load average ${load} on ${availableParallelism()} cores (wall times stretch under load; CPU times less so)`);
console.log(
  `${pad('kind', 16)}${'n'.padStart(5)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}${'x node'.padStart(9)}${'cpu ms'.padStart(9)}${'x node'.padStart(9)}`,
);
for (const r of rows) {
  console.log(
    `${pad(r.kind, 16)}${String(r.n).padStart(5)}${num(r.p50)} ${num(r.p95)} ${r.ratio.toFixed(2).padStart(8)}${num(r.cpu)} ${r.cpuRatio.toFixed(2).padStart(8)}`,
  );
}
const mix = variants.slice(1).flatMap((v) => samples.get(v));
const mixP50 = quantile(mix, 0.5);
const mixCpu = mean(variants.slice(1).flatMap((v) => cpu.get(v)));
const hookRows = rows.slice(1);
const slowest = hookRows.reduce((a, b) => (b.p50 > a.p50 ? b : a));
console.log(
  `\nmix median ${mixP50.toFixed(1)} ms = ${(mixP50 / baseline).toFixed(2)}x node -e 0 (target <= 1.25x); mean CPU ${mixCpu.toFixed(1)} ms = ${(mixCpu / baselineCpu).toFixed(2)}x`,
);
console.log(`slowest kind ${slowest.kind} ${slowest.p50.toFixed(1)} ms = ${slowest.ratio.toFixed(2)}x (target <= 2x)`);
console.log('\nper command (answer, p50 ms):');
for (const v of variants.slice(1))
  console.log(`  ${pad(v.answer, 6)}${num(quantile(samples.get(v), 0.5))}  ${v.command.replace(/\n/g, '\\n').slice(0, 80)}`);
rmSync(home, { recursive: true, force: true });
rmSync(cwd, { recursive: true, force: true });
