// dist/ is committed because Claude Code runs the plugin without an install step: it must be
// exactly what the current src/ builds to. The fresh build is the one the e2e project made for
// this run (test/global-setup-plugin.ts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPlugin, repoRoot } from './helpers/built-plugin.js';

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

describe('committed bundles', () => {
  it('dist/ matches a fresh build of src/ (run `npm run build` and commit dist/ if this fails)', () => {
    const out = join(builtPlugin().root, 'dist');
    const committedDir = join(repoRoot, 'dist');
    const fresh = listFiles(out)
      .map((f) => relative(out, f))
      .sort();
    const committed = listFiles(committedDir)
      .map((f) => relative(committedDir, f))
      .sort();
    expect(committed).toEqual(fresh);
    const stale = fresh.filter((f) => !readFileSync(join(out, f)).equals(readFileSync(join(committedDir, f))));
    expect(stale).toEqual([]);
  });
});
