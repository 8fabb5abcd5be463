// Builds the plugin from the current sources into a folder laid out like the installed plugin:
// a fresh dist/ next to links to the repository's skills/, hooks/, .claude-plugin/ and the other
// shipped files, and a copy of bin/. Tests run exactly what Claude Code runs, and the committed
// plugin/ is left alone. Called once per run by test/global-setup-plugin.ts (not from test files).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const repoRoot = join(import.meta.dirname, '..', '..');

export interface BuiltPlugin {
  /** The plugin folder (what CLAUDE_PLUGIN_ROOT and --plugin-dir point at). */
  root: string;
  /** dist/cli.mjs */
  cli: string;
  /** dist/hook.mjs */
  hook: string;
  /** The installed-plugin folder the same build made (what plugin/ must equal), when it made one. */
  pluginOut?: string;
}

/** The plugin laid out around an existing dist/ folder. */
export function pluginAround(dist: string): BuiltPlugin {
  return { root: join(dist, '..'), cli: join(dist, 'cli.mjs'), hook: join(dist, 'hook.mjs') };
}

export function buildPluginFolder(root: string): BuiltPlugin {
  const build = join(repoRoot, 'scripts', 'build.mjs');
  try {
    execFileSync(process.execPath, [build, join(root, 'dist'), '--plugin', join(root, '.fresh-plugin')], {
      cwd: repoRoot,
      stdio: 'pipe',
      encoding: 'utf8',
    });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? '';
    throw new Error(`building the plugin for the tests failed (node scripts/build.mjs):\n${stderr || String(error)}`);
  }
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { files?: string[] };
  const shipped = new Set([...(pkg.files ?? []), 'package.json', 'examples']);
  // The fresh dist/ replaces the built ones; the committed plugin/ is not part of the layout.
  shipped.delete('dist');
  shipped.delete('plugin');
  for (const entry of shipped) {
    if (!existsSync(join(repoRoot, entry))) continue;
    // An entry may be a file inside a folder (`.claude-plugin/plugin.json`): make the folder first.
    mkdirSync(dirname(join(root, entry)), { recursive: true });
    // bin/ is copied: node resolves `bin/execguard`'s `../dist/cli.mjs` from the file's real path,
    // which through a link is the repository's own (generated, maybe absent) dist/.
    if (entry === 'bin') cpSync(join(repoRoot, entry), join(root, entry), { recursive: true });
    else symlinkSync(join(repoRoot, entry), join(root, entry));
  }
  return { ...pluginAround(join(root, 'dist')), pluginOut: join(root, '.fresh-plugin') };
}
