// The one esbuild configuration for execguard's ESM bundles, used by scripts/build.mjs and by the
// benches (which bundle their own entry exactly as the product is bundled).
import { build } from 'esbuild';
import { copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

const REQUIRE_BANNER = {
  // Bundled CommonJS (gray-matter, js-yaml) calls require() for node builtins.
  js: "import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);",
};

const ESM = {
  absWorkingDir: root,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outExtension: { '.js': '.mjs' },
  legalComments: 'none',
  logLevel: 'warning',
  banner: REQUIRE_BANNER,
};

/** ESM, code-split: heavy parts (tree-sitter, commitlint, zod) become chunks loaded on demand. */
export function bundleEsm(entryPoints, outdir, plugins = []) {
  return build({ ...ESM, entryPoints, outdir, splitting: true, chunkNames: 'chunks/[name]-[hash]', plugins, metafile: true });
}

// dist/executor.mjs: src/cli/executor-commands.ts (plan, execute, rollback, resume) as one file,
// except what a run loads only later, which goes to dist/executor-vendor/.
const EXECUTOR_ENTRY = 'src/cli/executor-commands.ts';
const EXECUTOR_VENDOR = ['@commitlint/lint', '@commitlint/config-conventional', 'web-tree-sitter', 'postgres'];
const vendorFile = (name) => `${name.replace('@', '').replace('/', '-')}.mjs`;

/** Imports of `name` become imports of the file `target` (relative to the importing bundle). */
const redirect = (filter, target) => ({
  name: `redirect ${filter}`,
  setup(b) {
    b.onResolve({ filter }, (args) => ({ path: target(args.path), external: true }));
  },
});

export async function bundleExecutor(outdir) {
  await build({
    ...ESM,
    entryPoints: Object.fromEntries(EXECUTOR_VENDOR.map((name) => [vendorFile(name).slice(0, -4), name])),
    outdir: join(outdir, 'executor-vendor'),
    splitting: true,
    chunkNames: '[name]-[hash]',
  });
  const vendor = new RegExp(`^(?:${EXECUTOR_VENDOR.map((n) => n.replace(/[/@]/g, '\\$&')).join('|')})$`);
  await build({
    ...ESM,
    entryPoints: { executor: EXECUTOR_ENTRY },
    outdir,
    splitting: false,
    plugins: [redirect(vendor, (name) => `./executor-vendor/${vendorFile(name)}`)],
  });
}

/** For the CLI bundle: main.ts's import of executor-commands.ts loads dist/executor.mjs instead. */
export const executorImport = redirect(/\/executor-commands\.js$/, () => './executor.mjs');

/** Fails the build if `./executor.mjs` is imported from anywhere but an entry next to it. */
export function checkExecutorImport(metafile, outdir) {
  for (const [file, output] of Object.entries(metafile.outputs)) {
    const imports = output.imports.filter((i) => i.path === './executor.mjs');
    if (imports.length && dirname(resolve(root, file)) !== resolve(outdir))
      throw new Error(`${file} imports ./executor.mjs but is not in ${outdir}: main.ts must stay in the cli entry`);
  }
}

/** The wasm files sit next to the bundles: the hook has no runtime node_modules. */
export function copyWasm(outdir) {
  copyFileSync(require.resolve('web-tree-sitter/web-tree-sitter.wasm'), join(outdir, 'web-tree-sitter.wasm'));
  copyFileSync(
    join(dirname(require.resolve('tree-sitter-bash/package.json')), 'tree-sitter-bash.wasm'),
    join(outdir, 'tree-sitter-bash.wasm'),
  );
}
