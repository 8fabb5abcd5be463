// Measures the approval reader (readPrompt: quotes, sentences, clauses, questions, conditions,
// deferrals, refusals, scope words) over the 300-prompt table, and what a Bash hook call pays to
// verify a signed grant. Bundled with esbuild into a temporary folder.
// `node bench/approval.mjs [ROUNDS]`
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
      `export { recordGrant, activeGrant } from ${JSON.stringify(join(root, 'src/state/grant-store.ts'))};`,
    ].join('\n'),
  );
  await bundleEsm([entry], out);
  const { readPrompt, PROMPTS, recordGrant, activeGrant } = await import(join(out, 'entry.mjs'));
  const prompts = PROMPTS.map((row) => row[0]);

  // Reader throughput, both modes, after a warm-up.
  for (const p of prompts) readPrompt(p, { pending: true });
  let reads = 0;
  const start = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) {
    for (const p of prompts) {
      readPrompt(p, { pending: r % 2 === 0 });
      reads++;
    }
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
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
  console.log(`  slowest prompt of the table: ${slowest.us.toFixed(1)} µs (${JSON.stringify(slowest.prompt)})`);
  console.log(`  a 16,000-character prompt: ${longMs.toFixed(3)} ms`);
  console.log(`activeGrant with a signed grant: ${verifyUs.toFixed(1)} µs/call (warm); with no records: ${emptyUs.toFixed(1)} µs/call`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
