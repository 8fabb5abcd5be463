// Writes docs/plan-reference.md from the plan schema (see src/cli/init/plan-reference.ts).
// `node scripts/plan-reference.mjs [--check]`: --check exits 1 when the file is stale.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from './bundle.mjs';

// Inside the repository (.tmp/ is git-ignored) so the bundle's packages resolve from node_modules.
mkdirSync(join(root, '.tmp'), { recursive: true });
const dir = mkdtempSync(join(root, '.tmp', 'planref-'));
try {
  const outfile = join(dir, 'plan-reference.mjs');
  await build({
    absWorkingDir: root,
    entryPoints: ['src/cli/init/plan-reference.ts'],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    logLevel: 'warning',
    packages: 'external',
  });
  const { planReference } = await import(pathToFileURL(outfile).href);
  const file = join(root, 'docs', 'plan-reference.md');
  const text = planReference();
  if (process.argv.includes('--check')) {
    const current = readFileSync(file, 'utf8');
    if (current !== text) {
      console.error('docs/plan-reference.md is stale: run npm run docs:plans');
      process.exitCode = 1;
    }
  } else writeFileSync(file, text);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
