// Bundles the CLI and the hook into dist/ (committed: Claude Code runs the plugin without an
// install step). `node scripts/build.mjs [OUTDIR]`; the staleness test builds into a temp dir.
import { build } from 'esbuild';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bundleEsm, copyWasm, root } from './bundle.mjs';

const outdir = resolve(process.argv[2] ?? join(root, 'dist'));

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });

await bundleEsm({ cli: 'src/cli/bin.ts', hook: 'src/hooks/main.ts', 'hook-core': 'src/hooks/run.ts' }, outdir);

// The hook's front door: CommonJS, no splitting, only the warm-helper path (src/hooks/fast.ts).
// It falls back to hook-core.mjs above for everything else.
await build({
  absWorkingDir: root,
  entryPoints: ['src/hooks/fast.ts'],
  outfile: join(outdir, 'hook.cjs'),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
});

copyWasm(outdir);
