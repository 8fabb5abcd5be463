// plugin/ is the one committed bundle, because Claude Code runs the plugin without an install step:
// a marketplace install copies it (.claude-plugin/marketplace.json points at it), and the README's
// first command and npm's `execguard` bin run its dist/. It must be exactly what the current src/
// builds to, in every commit (docs/development.md "Committed build"). The root dist/ is generated
// and never committed. The fresh build is the one the e2e project made for this run
// (test/global-setup-plugin.ts); only the determinism check builds again.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPlugin, repoRoot } from './helpers/built-plugin.js';
import { tempDir } from './helpers/tmp.js';

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** Files that differ between a fresh build and the committed folder (names, bytes, and the executable bit). */
function drift(fresh: string, committed: string): { names: [string[], string[]]; stale: string[] } {
  const freshNames = listFiles(fresh)
    .map((f) => relative(fresh, f))
    .sort();
  const committedNames = listFiles(committed)
    .map((f) => relative(committed, f))
    .sort();
  const exec = (f: string) => (statSync(f).mode & 0o111) !== 0;
  const stale = freshNames.filter((f) => {
    const a = join(fresh, f);
    const b = join(committed, f);
    return !existsSync(b) || !readFileSync(a).equals(readFileSync(b)) || exec(a) !== exec(b);
  });
  return { names: [committedNames, freshNames], stale };
}

/** The plugin folder this run's build made. */
function freshPlugin(): string {
  const out = builtPlugin().pluginOut;
  if (!out)
    throw new Error('the e2e global setup was given an existing dist/ (EXECGUARD_TEST_DIST), so there is no fresh plugin/ to compare');
  return out;
}

/** Tracked files under `path`, or undefined outside a git checkout (an unpacked npm package). */
function tracked(path: string): string[] | undefined {
  const run = spawnSync('git', ['ls-files', '--', path], { cwd: repoRoot, encoding: 'utf8' });
  if (run.status !== 0) return undefined;
  return run.stdout.split('\n').filter(Boolean);
}

describe('the committed bundle (run `npm run build` and commit plugin/ in the same commit if this fails)', () => {
  it('plugin/ is the only committed copy of the bundles: the root dist/ is not tracked', (ctx) => {
    const files = tracked('dist');
    if (!files) ctx.skip(true, 'not a git checkout');
    expect(files).toEqual([]);
    expect(tracked('plugin/dist')?.length).toBeGreaterThan(0);
  });

  it('plugin/ matches a fresh build', () => {
    const { names, stale } = drift(freshPlugin(), join(repoRoot, 'plugin'));
    expect(names[0]).toEqual(names[1]);
    expect(stale).toEqual([]);
  });

  it('the build is deterministic: two builds give the same bytes', () => {
    const again = tempDir('execguard-dist-again-');
    execFileSync(process.execPath, [join(repoRoot, 'scripts/build.mjs'), join(again, 'dist'), '--plugin', join(again, 'plugin')], {
      cwd: repoRoot,
    });
    expect(drift(join(again, 'plugin'), freshPlugin()).stale).toEqual([]);
  });

  it('the plugin folder holds only what runs: no package.json, lockfile, sources or tests', () => {
    const out = freshPlugin();
    const names = listFiles(out).map((f) => relative(out, f));
    for (const forbidden of ['package.json', 'package-lock.json', 'npm-shrinkwrap.json', 'tsconfig.json'])
      expect(names).not.toContain(forbidden);
    expect(names.filter((n) => /^(src|test|node_modules)\//.test(n))).toEqual([]);
    expect(names).toEqual(
      expect.arrayContaining([
        '.claude-plugin/plugin.json',
        'hooks/hooks.json',
        'bin/execguard',
        'dist/hook.cjs',
        'dist/cli.mjs',
        'dist/tree-sitter-bash.wasm',
        'skills/execution/SKILL.md',
      ]),
    );
  });
});
