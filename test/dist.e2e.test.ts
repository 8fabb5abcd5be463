// dist/ is committed because Claude Code runs the plugin without an install step: it must be
// exactly what the current src/ builds to.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './helpers/tmp.js';

const root = join(import.meta.dirname, '..');

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

describe('committed bundles', () => {
  it('dist/ matches a fresh build of src/ (run `npm run build` and commit dist/ if this fails)', () => {
    const out = join(tempDir('execguard-dist-'), 'dist');
    execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), out], { cwd: root });
    const fresh = listFiles(out).map((f) => relative(out, f)).sort();
    const committed = listFiles(join(root, 'dist')).map((f) => relative(join(root, 'dist'), f)).sort();
    expect(committed).toEqual(fresh);
    const stale = fresh.filter((f) => !readFileSync(join(out, f)).equals(readFileSync(join(root, 'dist', f))));
    expect(stale).toEqual([]);
  });
});
