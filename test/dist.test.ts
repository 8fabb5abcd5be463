// dist/ and plugin/ are committed because Claude Code runs the plugin without an install step:
// they must be exactly what the current src/ builds to. plugin/ is what a marketplace install
// copies (.claude-plugin/marketplace.json points at it).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from './helpers/tmp.js';

const root = join(import.meta.dirname, '..');

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** Files that differ between a fresh build and the committed folder (names, bytes, and the executable bit). */
function drift(fresh: string, committed: string): { names: [string[], string[]]; stale: string[] } {
  const freshNames = listFiles(fresh).map((f) => relative(fresh, f)).sort();
  const committedNames = listFiles(committed).map((f) => relative(committed, f)).sort();
  const exec = (f: string) => (statSync(f).mode & 0o111) !== 0;
  const stale = freshNames.filter((f) => {
    const a = join(fresh, f);
    const b = join(committed, f);
    return !existsSync(b) || !readFileSync(a).equals(readFileSync(b)) || exec(a) !== exec(b);
  });
  return { names: [committedNames, freshNames], stale };
}

describe('committed bundles (run `npm run build` and commit dist/ and plugin/ if this fails)', () => {
  const out = tempDir('execguard-dist-');
  beforeAll(() => {
    execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), join(out, 'dist'), '--plugin', join(out, 'plugin')], { cwd: root });
  });

  it('dist/ matches a fresh build of src/', () => {
    const { names, stale } = drift(join(out, 'dist'), join(root, 'dist'));
    expect(names[0]).toEqual(names[1]);
    expect(stale).toEqual([]);
  });

  it('plugin/ matches a fresh build', () => {
    const { names, stale } = drift(join(out, 'plugin'), join(root, 'plugin'));
    expect(names[0]).toEqual(names[1]);
    expect(stale).toEqual([]);
  });

  it('the build is deterministic: two builds give the same bytes', () => {
    const again = tempDir('execguard-dist-again-');
    execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), join(again, 'dist'), '--plugin', join(again, 'plugin')], { cwd: root });
    expect(drift(join(again, 'plugin'), join(out, 'plugin')).stale).toEqual([]);
  });

  it('the plugin folder holds only what runs: no package.json, lockfile, sources or tests', () => {
    const names = listFiles(join(out, 'plugin')).map((f) => relative(join(out, 'plugin'), f));
    for (const forbidden of ['package.json', 'package-lock.json', 'npm-shrinkwrap.json', 'tsconfig.json']) expect(names).not.toContain(forbidden);
    expect(names.filter((n) => /^(src|test|node_modules)\//.test(n))).toEqual([]);
    expect(names).toEqual(expect.arrayContaining(['.claude-plugin/plugin.json', 'hooks/hooks.json', 'bin/execguard', 'dist/hook.cjs', 'dist/cli.mjs', 'dist/tree-sitter-bash.wasm', 'skills/execution/SKILL.md']));
  });
});
