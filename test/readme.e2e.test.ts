// The README's first command is what a newcomer types on a fresh clone: it must run the demo with
// no install step (no node_modules), exactly as written.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './helpers/tmp.js';

const repoRoot = join(import.meta.dirname, '..');

function firstReadmeCommand(): string {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const block = readme.match(/```sh\n([\s\S]*?)```/)?.[1] ?? '';
  const line = block.split('\n')[0] ?? '';
  return line.replace(/\s+#.*$/, '').trim();
}

describe("the README's first command", () => {
  it('is the demo with no install step', () => {
    expect(firstReadmeCommand()).toBe('node plugin/dist/cli.mjs demo');
  });

  it('runs the demo on a fresh clone of the committed tree, without node_modules', () => {
    const clone = join(tempDir('execguard-readme-'), 'clone');
    execFileSync('git', ['clone', '-q', repoRoot, clone]);
    expect(existsSync(join(clone, 'node_modules'))).toBe(false);
    const [program, ...args] = firstReadmeCommand().split(' ');
    const run = spawnSync(program === 'node' ? process.execPath : program, args, {
      cwd: clone,
      encoding: 'utf8',
      env: { ...process.env, CLAUDECODE: '', EXECGUARD_HOME: join(clone, '..', 'state') },
      timeout: 240_000,
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('Demo complete.');
  });
});
