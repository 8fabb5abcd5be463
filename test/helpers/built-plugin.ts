// The plugin built once per run by the e2e project's global setup (test/global-setup-plugin.ts),
// for tests that run the real bundles as processes. Only e2e tests may use it: a file that needs
// it belongs in the e2e project (docs/development.md).
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { setPriority } from 'node:os';
import { join } from 'node:path';
import { beforeAll, inject } from 'vitest';
import { type BuiltPlugin, repoRoot } from './plugin-folder.js';
import { PROCESS_TIMEOUT } from './timeouts.js';
import { tempDir } from './tmp.js';

export type { BuiltPlugin } from './plugin-folder.js';
export { repoRoot } from './plugin-folder.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Set by test/global-setup-plugin.ts in the e2e project. */
    builtPlugin?: BuiltPlugin;
  }
}

/** The built plugin; throws (a failure, not a skip) outside the e2e project. */
export function builtPlugin(): BuiltPlugin {
  const plugin = inject('builtPlugin');
  if (!plugin) {
    throw new Error(
      'no built plugin: this test runs built bundles, so it belongs in the e2e project (name it *.e2e.test.ts or put it under test/e2e/); see docs/development.md',
    );
  }
  return plugin;
}

/** The built plugin, filled in before the file's tests run (kept for the tests written against it). */
export function useBuiltPlugin(): BuiltPlugin {
  const plugin: BuiltPlugin = { root: '', cli: '', hook: '' };
  beforeAll(() => {
    Object.assign(plugin, builtPlugin());
  });
  return plugin;
}

/**
 * The installed plugin folder (what a marketplace install copies) of this run's build, copied to
 * `dest` (replacing whatever is there) so a test can install, load or change it: one build per
 * run instead of one per file. A run given an existing dist/ has no such folder: then it is built
 * from the current sources, `node scripts/build.mjs DIST --plugin DEST`, as before.
 */
export function installedPluginCopy(dest: string): string {
  rmSync(dest, { recursive: true, force: true });
  const made = builtPlugin().pluginOut;
  if (made) cpSync(made, dest, { recursive: true });
  else {
    const dist = join(tempDir('execguard-plugin-dist-'), 'dist');
    execFileSync(process.execPath, [join(repoRoot, 'scripts', 'build.mjs'), dist, '--plugin', dest], { cwd: repoRoot, stdio: 'pipe' });
  }
  return dest;
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** stdout parsed as JSON, when it is JSON. */
  json?: any;
}

/**
 * The one process runner of the suite: `node SCRIPT ARGS` (the built hook or CLI) with `input` on
 * stdin, the test's environment plus `env` (without CLAUDE_PLUGIN_ROOT unless `env` sets it; a key
 * set to undefined is removed), in `cwd`. Asynchronous, so a test can start many at once. Warm hook
 * helpers it starts exit 5 s after their last call.
 */
export function runNode(
  script: string,
  args: string[] = [],
  options: {
    input?: string;
    env?: NodeJS.ProcessEnv;
    cwd?: string;
    /** A niceness (1-19): a burst of processes started this way leaves other tests their share of the CPU. */
    nice?: number;
  } = {},
): Promise<RunResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, EXECGUARD_HOOK_HELPER_IDLE_MS: '5000', ...options.env };
  if (!options.env || !('CLAUDE_PLUGIN_ROOT' in options.env)) delete env.CLAUDE_PLUGIN_ROOT;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { env, cwd: options.cwd ?? repoRoot, stdio: ['pipe', 'pipe', 'pipe'] });
    if (options.nice && child.pid) setPriority(child.pid, options.nice);
    const timer = setTimeout(() => child.kill('SIGKILL'), PROCESS_TIMEOUT);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`node ${script} ${args.join(' ')} did not start: ${error.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL' && code === null) {
        reject(new Error(`node ${script} ${args.join(' ')} did not finish within ${PROCESS_TIMEOUT} ms`));
        return;
      }
      let json: any;
      try {
        json = stdout.trim() ? JSON.parse(stdout) : undefined;
      } catch {
        json = undefined;
      }
      resolve({ code, stdout, stderr, json });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
}
