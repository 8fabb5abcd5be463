// Builds what ships, deterministically (same src/ -> same bytes), so that committed output can be
// checked for freshness (test/dist.e2e.test.ts):
//   dist/     the CLI and hook bundles + wasm (what `claude --plugin-dir .` runs); generated, not
//             committed (.gitignore)
//   plugin/   the installed plugin, the one committed bundle: manifest, hooks, skills, bin and dist/,
//             and nothing else. No package.json or lockfile, so a marketplace install runs no
//             `npm ci` (.claude-plugin/marketplace.json points at ./plugin); the README's
//             `node plugin/dist/cli.mjs demo` and npm's `execguard` bin run it too.
//   lib/      the library (`import … from 'execguard'`): ESM bundle; its types come from
//             `npm run build:types` (not committed, built by `prepack`).
// `node scripts/build.mjs` builds all three into the repository. With arguments the tests build
// elsewhere: `node scripts/build.mjs DIST_OUT [--plugin PLUGIN_OUT] [--lib LIB_OUT]`.
import { build } from 'esbuild';
import { chmodSync, cpSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bundleEsm, bundleExecutor, checkExecutorImport, copyWasm, executorImport, root } from './bundle.mjs';

function parseArgs(argv) {
  const out = { dist: undefined, plugin: undefined, lib: undefined };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--plugin') out.plugin = resolve(argv[++i]);
    else if (argv[i] === '--lib') out.lib = resolve(argv[++i]);
    else out.dist = resolve(argv[i]);
  }
  // No arguments: the repository's own folders.
  if (argv.length === 0) Object.assign(out, { dist: join(root, 'dist'), plugin: join(root, 'plugin'), lib: join(root, 'lib') });
  return out;
}

const fresh = (dir) => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
};

async function buildDist(outdir) {
  fresh(outdir);
  const split = await bundleEsm(
    { cli: 'src/cli/bin.ts', hook: 'src/hooks/hook-mjs-entry.ts', 'hook-core': 'src/hooks/answer-event.ts' },
    outdir,
    [executorImport],
  );
  checkExecutorImport(split.metafile, outdir);
  await bundleExecutor(outdir);
  // The hook's front door: CommonJS, no splitting, only the warm-helper path (src/hooks/hook-cjs-entry.ts).
  // It falls back to hook-core.mjs above for everything else.
  await build({
    absWorkingDir: root,
    entryPoints: ['src/hooks/hook-cjs-entry.ts'],
    outfile: join(outdir, 'hook.cjs'),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    legalComments: 'none',
    logLevel: 'warning',
  });
  copyWasm(outdir);
}

/** The plugin folder a marketplace install copies: only what runs. */
const PLUGIN_PARTS = ['.claude-plugin/plugin.json', 'hooks/hooks.json', 'skills', 'bin/execguard', 'LICENSE'];

function buildPlugin(outdir, distdir) {
  fresh(outdir);
  for (const part of PLUGIN_PARTS) cpSync(join(root, part), join(outdir, part), { recursive: true });
  cpSync(distdir, join(outdir, 'dist'), { recursive: true });
  chmodSync(join(outdir, 'bin', 'execguard'), 0o755);
  // The installed plugin's own README (what `claude plugin validate --strict` reads): written in docs/.
  cpSync(join(root, 'docs', 'plugin-readme.md'), join(outdir, 'README.md'));
}

async function buildLib(outdir) {
  fresh(outdir);
  await bundleEsm({ index: 'src/index.ts' }, outdir);
  // The execution agent finds its instructions in the package's skills/ (pluginSkillsDir).
  copyWasm(outdir);
}

const args = parseArgs(process.argv.slice(2));
if (args.dist) await buildDist(args.dist);
if (args.plugin) buildPlugin(args.plugin, args.dist ?? join(root, 'dist'));
if (args.lib) await buildLib(args.lib);
