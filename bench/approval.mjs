// Measures the approval reader (readPrompt: quotes, sentences, clauses, questions, conditions,
// deferrals, refusals, scope words) over the three prompt tables, the first prompt a fresh process reads
// (patterns compiled), and what a Bash hook call pays to
// verify a signed grant. Bundled with esbuild into a temporary folder.
// `node bench/approval.mjs [ROUNDS]`
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleEsm, root } from '../scripts/bundle.mjs';

const rounds = Number(process.argv[2] ?? 200);
const out = mkdtempSync(join(tmpdir(), 'execguard-approval-bench-'));
try {
  const entry = join(out, 'entry.ts');
  writeFileSync(
    entry,
    [
      `export { readPrompt } from ${JSON.stringify(join(root, 'src/approval/scope.ts'))};`,
      `export { PROMPTS } from ${JSON.stringify(join(root, 'test/approval/prompt-table.ts'))};`,
      `export { PROMPTS_2 } from ${JSON.stringify(join(root, 'test/approval/prompt-table-2.ts'))};`,
      `export { PROMPTS_3, PROMPTS_3_BLIND, PROMPTS_3_ROUND_3, PROMPTS_3_PROBES } from ${JSON.stringify(join(root, 'test/approval/prompt-table-3.ts'))};`,
      `export { recordGrant, activeGrant } from ${JSON.stringify(join(root, 'src/state/grant-store.ts'))};`,
    ].join('\n'),
  );
  await bundleEsm([entry], out);
  // The first prompt a fresh process reads (what the hook pays once): CPU time, median of 7 processes.
  const first = [];
  for (let i = 0; i < 7; i++) {
    const script = `const m = await import(${JSON.stringify(join(out, 'entry.mjs'))}); const c = process.cpuUsage(); m.readPrompt('Approved, go ahead.', { pending: true }); const d = process.cpuUsage(c); console.log((d.user + d.system) / 1000);`;
    first.push(Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })));
  }
  const firstMs = first.sort((a, b) => a - b)[3];
  const { readPrompt, PROMPTS, PROMPTS_2, PROMPTS_3, PROMPTS_3_BLIND, PROMPTS_3_ROUND_3, PROMPTS_3_PROBES, recordGrant, activeGrant } =
    await import(join(out, 'entry.mjs'));
  const prompts = [...PROMPTS, ...PROMPTS_2, ...PROMPTS_3, ...PROMPTS_3_BLIND, ...PROMPTS_3_ROUND_3, ...PROMPTS_3_PROBES].map(
    (row) => row[0],
  );

  // Reader throughput, both modes, after a warm-up.
  for (const p of prompts) readPrompt(p, { pending: true });
  let reads = 0;
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) {
    for (const p of prompts) {
      readPrompt(p, { pending: r % 2 === 0 });
      reads++;
    }
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  // CPU time too: on a shared machine the wall clock also counts other processes' turns.
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  // The slowest prompt of the table (median of 50 reads each, so one scheduler hiccup does not count).
  let slowest = { prompt: '', us: 0 };
  for (const p of prompts) {
    const times = [];
    for (let i = 0; i < 50; i++) {
      const t = process.hrtime.bigint();
      readPrompt(p, { pending: true });
      times.push(Number(process.hrtime.bigint() - t) / 1e3);
    }
    const median = times.sort((a, b) => a - b)[25];
    if (median > slowest.us) slowest = { prompt: p, us: median };
  }
  const long = `${'Please review the plan below carefully. '.repeat(400)}Approved.`;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < 100; i++) readPrompt(long, { pending: true });
  const longMs = Number(process.hrtime.bigint() - t0) / 1e6 / 100;

  // Grant verification: what activeGrant costs a Bash hook call (one or two signatures).
  const home = mkdtempSync(join(out, 'home-'));
  const scope = { text: 'Approved.', affirmed: true, destroy: false, delete: false, forcePush: false, environments: [] };
  for (let i = 0; i < 5; i++) recordGrant({ sessionId: 'bench', source: 'user-prompt', scope, approvalMinutes: 30 }, { home });
  const n = 2000;
  const t1 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) activeGrant('bench', new Date(), { home });
  const verifyUs = Number(process.hrtime.bigint() - t1) / 1e3 / n;
  const t2 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) activeGrant('none', new Date(), { home });
  const emptyUs = Number(process.hrtime.bigint() - t2) / 1e3 / n;

  console.log(`approval reader: ${prompts.length} prompts x ${rounds} rounds = ${reads} reads in ${seconds.toFixed(3)} s`);
  console.log(`  ${Math.round(reads / seconds).toLocaleString('en-US')} prompts/s, ${((seconds / reads) * 1e6).toFixed(1)} µs/prompt mean`);
  console.log(`  ${Math.round(reads / cpuSeconds).toLocaleString('en-US')} prompts per CPU second (${cpuSeconds.toFixed(3)} s CPU)`);
  console.log(`  slowest prompt of the table: ${slowest.us.toFixed(1)} µs (${JSON.stringify(slowest.prompt)})`);
  console.log(`  a 16,000-character prompt: ${longMs.toFixed(3)} ms`);
  console.log(`  the first prompt of a fresh process (patterns compiled): ${firstMs.toFixed(2)} ms CPU (median of 7)`);
  console.log(`activeGrant with a signed grant: ${verifyUs.toFixed(1)} µs/call (warm); with no records: ${emptyUs.toFixed(1)} µs/call`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
