// The real bundles, built from the current sources into a temporary plugin folder laid out like
// the installed plugin (dist/ next to skills/ and .claude-plugin/), so tests run exactly what
// Claude Code runs without touching the committed dist/.
import { execFileSync, spawnSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll } from 'vitest';
import { tempDir } from '../helpers/tmp.js';

export const repoRoot = join(import.meta.dirname, '..', '..');

export interface BuiltPlugin {
  root: string;
  cli: string;
  hook: string;
}

export function useBuiltPlugin(): BuiltPlugin {
  const plugin: BuiltPlugin = { root: '', cli: '', hook: '' };
  beforeAll(() => {
    // EXECGUARD_TEST_DIST points at an existing dist/ (inside a plugin layout) to skip the build.
    const existing = process.env.EXECGUARD_TEST_DIST;
    if (existing) {
      Object.assign(plugin, { root: join(existing, '..'), cli: join(existing, 'cli.mjs'), hook: join(existing, 'hook.mjs') });
      return;
    }
    const root = tempDir('execguard-built-');
    execFileSync(process.execPath, [join(repoRoot, 'scripts/build.mjs'), join(root, 'dist')], { cwd: repoRoot, stdio: 'pipe' });
    symlinkSync(join(repoRoot, 'skills'), join(root, 'skills'));
    symlinkSync(join(repoRoot, '.claude-plugin'), join(root, '.claude-plugin'));
    Object.assign(plugin, { root, cli: join(root, 'dist', 'cli.mjs'), hook: join(root, 'dist', 'hook.mjs') });
  });
  return plugin;
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node SCRIPT ARGS` with stdin and an environment free of the caller's plugin variables. */
export function runNode(script: string, args: string[], options: { input?: string; env?: NodeJS.ProcessEnv; cwd?: string } = {}): RunResult {
  const env = { ...process.env, ...options.env };
  if (!options.env || !('CLAUDE_PLUGIN_ROOT' in options.env)) delete env.CLAUDE_PLUGIN_ROOT;
  const result = spawnSync(process.execPath, [script, ...args], { input: options.input ?? '', env, cwd: options.cwd ?? repoRoot, encoding: 'utf8', timeout: 30_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
