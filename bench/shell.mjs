// Measures the shell analyser as the hook runs it: bundled (esbuild, code splitting, wasm next to
// the bundle), in fresh processes. `node bench/shell.mjs [RUNS]`
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleEsm, copyWasm } from '../scripts/bundle.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 15);
const out = mkdtempSync(join(tmpdir(), 'execguard-shell-bench-'));

const entry = join(out, 'entry.ts');
writeFileSync(
  entry,
  `const t0 = performance.now();
const { analyze } = await import(${JSON.stringify(join(root, 'src/shell/analyze.ts'))});
const t1 = performance.now();
const plain = await analyze('terraform -chdir=envs/prod destroy -auto-approve');
const t2 = performance.now();
const first = await analyze('cd envs && TF=terraform; $TF destroy "$(echo -auto-approve)" | tee log');
const t3 = performance.now();
const later = [];
for (let i = 0; i < 50; i++) {
  const s = performance.now();
  await analyze('git commit -m "$(cat <<\\'EOF\\'\\nfeat: x\\nEOF\\n)" && kubectl delete ns "$NS" -n prod' + i);
  later.push(performance.now() - s);
}
const plainLater = [];
for (let i = 0; i < 200; i++) {
  const s = performance.now();
  await analyze('sudo timeout 5m terraform destroy -auto-approve -var=x' + i);
  plainLater.push(performance.now() - s);
}
later.sort((a, b) => a - b); plainLater.sort((a, b) => a - b);
if (first.commands.length !== 4 || plain.commands.length !== 1) throw new Error('unexpected analysis');
console.log(JSON.stringify({ importMs: t1 - t0, plainFirstMs: t2 - t1, treeFirstMs: t3 - t2,
  treeLaterMedianMs: later[25], plainLaterMedianMs: plainLater[100] }));
`,
);
await bundleEsm({ bench: entry }, out);
copyWasm(out);

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const samples = [];
const wall = [];
const baseline = [];
for (let i = 0; i < runs; i++) {
  let start = performance.now();
  execFileSync(process.execPath, ['-e', '0']);
  baseline.push(performance.now() - start);
  start = performance.now();
  // run from the temp dir: no node_modules reachable, so the wasm must come from next to the bundle
  samples.push(JSON.parse(execFileSync(process.execPath, [join(out, 'bench.mjs')], { cwd: out }).toString()));
  wall.push(performance.now() - start);
}
const report = {};
for (const key of Object.keys(samples[0])) report[key] = Number(median(samples.map((s) => s[key])).toFixed(2));
report.processWallMs = Number(median(wall).toFixed(1));
report.nodeBaselineMs = Number(median(baseline).toFixed(1));
console.log(`shell analyser, median of ${runs} fresh processes:`);
console.table(report);
rmSync(out, { recursive: true, force: true });
