// Bundles the CLI and the hook into dist/ (committed: Claude Code runs the plugin without an
// install step). `node scripts/build.mjs [OUTDIR]`; the staleness test builds into a temp dir.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = resolve(process.argv[2] ?? join(root, 'dist'));
const require = createRequire(import.meta.url);

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });

await build({
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli/bin.ts', hook: 'src/hooks/main.ts', 'hook-core': 'src/hooks/run.ts' },
  outdir,
  bundle: true,
  splitting: true, // heavy parts (tree-sitter, commitlint, zod) become chunks loaded on demand
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
  // Bundled CommonJS (gray-matter, js-yaml) calls require() for node builtins.
  banner: {
    js: "import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);",
  },
});

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

// The wasm files sit next to the bundles: the hook has no runtime node_modules.
copyFileSync(require.resolve('web-tree-sitter/web-tree-sitter.wasm'), join(outdir, 'web-tree-sitter.wasm'));
copyFileSync(join(dirname(require.resolve('tree-sitter-bash/package.json')), 'tree-sitter-bash.wasm'), join(outdir, 'tree-sitter-bash.wasm'));
