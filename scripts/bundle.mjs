// The one esbuild configuration for execguard's ESM bundles, used by scripts/build.mjs and by the
// benches (which bundle their own entry exactly as the product is bundled).
import { build } from 'esbuild';
import { copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** ESM, code-split: heavy parts (tree-sitter, commitlint, zod) become chunks loaded on demand. */
export function bundleEsm(entryPoints, outdir) {
  return build({
    absWorkingDir: root,
    entryPoints,
    outdir,
    bundle: true,
    splitting: true,
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
}

/** The wasm files sit next to the bundles: the hook has no runtime node_modules. */
export function copyWasm(outdir) {
  copyFileSync(require.resolve('web-tree-sitter/web-tree-sitter.wasm'), join(outdir, 'web-tree-sitter.wasm'));
  copyFileSync(
    join(dirname(require.resolve('tree-sitter-bash/package.json')), 'tree-sitter-bash.wasm'),
    join(outdir, 'tree-sitter-bash.wasm'),
  );
}
