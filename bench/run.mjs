// `npm run bench`: runs every bench/*.mjs except this one, one after another, each printing its
// own table. Exit code: the first failing benchmark's, else 0.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const self = basename(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const benches = readdirSync(here)
  .filter((name) => name.endsWith('.mjs') && name !== self)
  .filter((name) => only.length === 0 || only.some((o) => name.includes(o)))
  .sort();

let exitCode = 0;
for (const name of benches) {
  process.stdout.write(`\n=== bench/${name} ===\n`);
  const result = spawnSync(process.execPath, [join(here, name)], { stdio: 'inherit' });
  const code = result.status ?? 1;
  if (code !== 0) {
    process.stdout.write(`bench/${name} exited with ${code}\n`);
    if (exitCode === 0) exitCode = code;
  }
}
if (benches.length === 0) process.stdout.write('no benchmarks found\n');
process.exit(exitCode);
