// Measures the guard (evaluate: analysis + all rules) as the hook and `execguard check` run it:
// bundled with esbuild (code splitting, wasm next to the bundle) into a temporary folder, in fresh
// processes. Prints first-use costs and in-process throughput over a realistic mix of agent
// commands. `node bench/guard.mjs [PROCESSES] [ROUNDS]`
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleEsm, copyWasm } from '../scripts/bundle.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const processes = Number(process.argv[2] ?? 7);
const rounds = Number(process.argv[3] ?? 20);
const out = mkdtempSync(join(tmpdir(), 'execguard-guard-bench-'));

// What an agent typically runs, with a few of the commands the guard exists for.
const MIX = [
  'ls -la',
  'git status',
  'git diff --stat',
  'git log --oneline -20',
  'cat package.json',
  'grep -rn "TODO" src/',
  'npm test',
  'npx tsc --noEmit',
  'terraform plan -out=tfplan',
  'terraform validate && terraform fmt -check',
  'terraform apply tfplan',
  'kubectl get pods -n prod',
  'kubectl logs deploy/web --tail=100',
  'kubectl apply -f k8s/ -n dev',
  'helm upgrade --install web ./chart -n dev',
  'flux get kustomizations',
  'git add -A && git commit -m "feat(api): add health endpoint"',
  'git push -u origin feature/health',
  'cd infra && terraform init -backend=false && terraform validate',
  'docker ps --format "{{.Names}}"',
  'find . -name "*.tf" | xargs grep -l aws_s3_bucket',
  'python3 scripts/report.py --out report.md',
  'terraform destroy -auto-approve',
  'kubectl delete ns prod',
  'git push --force-with-lease origin main',
  'git commit -m "$(cat <<\'EOF\'\nfix(guard): handle heredoc messages\n\nBody.\nEOF\n)"',
  'for d in envs/*; do terraform -chdir="$d" plan; done',
  'bash -c "kubectl get pods -A | grep -v Running"',
];

const entry = join(out, 'entry.ts');
writeFileSync(
  entry,
  `const t0 = performance.now();
const { evaluate } = await import(${JSON.stringify(join(root, 'src/guard/evaluate.ts'))});
const { parseApproval } = await import(${JSON.stringify(join(root, 'src/approval/scope.ts'))});
const t1 = performance.now();
const approval = parseApproval('User approved. Execute the plan.');
await evaluate('terraform -chdir=envs/prod destroy -auto-approve', { approval });
const t2 = performance.now();
await evaluate('cd envs && TF=terraform; $TF destroy "$(echo -auto-approve)" | tee log', { approval });
const t3 = performance.now();
await evaluate('git commit -m "feat: first commit message"', { approval });
const t4 = performance.now();
const mix = ${JSON.stringify(MIX)};
const per = [];
const cpuStart = process.cpuUsage();
const start = performance.now();
for (let r = 0; r < ${rounds}; r++) {
  for (const cmd of mix) {
    const s = performance.now();
    await evaluate(cmd + (r ? ' ' : ''), { approval });
    per.push(performance.now() - s);
  }
}
const total = performance.now() - start;
const cpu = process.cpuUsage(cpuStart);
per.sort((a, b) => a - b);
console.log(JSON.stringify({ importMs: t1 - t0, plainFirstMs: t2 - t1, treeFirstMs: t3 - t2, commitlintFirstMs: t4 - t3,
  perSecond: per.length / (total / 1000), perCpuSecond: per.length / ((cpu.user + cpu.system) / 1e6), medianMs: per[Math.floor(per.length / 2)], p95Ms: per[Math.floor(per.length * 0.95)], maxMs: per[per.length - 1], count: per.length }));
`,
);
await bundleEsm({ bench: entry }, out);
copyWasm(out);

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const samples = [];
try {
  for (let i = 0; i < processes; i++) {
    samples.push(JSON.parse(execFileSync(process.execPath, [join(out, 'bench.mjs')], { encoding: 'utf8' })));
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}

const rows = [
  ['import evaluate (bundle, fresh process)', 'importMs', 'ms'],
  ['first command, plain words (no parser)', 'plainFirstMs', 'ms'],
  ['first command needing tree-sitter (wasm load)', 'treeFirstMs', 'ms'],
  ['first git commit (commitlint load)', 'commitlintFirstMs', 'ms'],
  ['later commands: median per command', 'medianMs', 'ms'],
  ['later commands: p95 per command', 'p95Ms', 'ms'],
  ['later commands: max per command', 'maxMs', 'ms'],
  ['throughput, realistic mix (in-process)', 'perSecond', 'commands/s'],
  // CPU time, not wall time: comparable between runs on a loaded machine
  ['throughput per CPU second, same mix', 'perCpuSecond', 'commands/s'],
];
const width = Math.max(...rows.map(([label]) => label.length));
console.log(
  `guard bench: ${processes} fresh processes x ${samples[0].count} commands (${MIX.length}-command mix x ${rounds} rounds); medians over processes`,
);
for (const [label, key, unit] of rows) {
  const value = median(samples.map((s) => s[key]));
  console.log(`  ${label.padEnd(width)}  ${value >= 100 ? value.toFixed(0) : value.toFixed(2)} ${unit}`);
}
