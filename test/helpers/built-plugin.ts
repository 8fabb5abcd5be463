// The plugin built once per run by the e2e project's global setup (test/global-setup-plugin.ts),
// for tests that run the real bundles as processes. Only e2e tests may use it: a file that needs
// it belongs in the e2e project (docs/development.md).
import { spawnSync } from 'node:child_process';
import { beforeAll, inject } from 'vitest';
import { type BuiltPlugin, repoRoot } from './plugin-folder.js';
import { PROCESS_TIMEOUT } from './timeouts.js';

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

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node SCRIPT ARGS` with stdin and an environment free of the caller's plugin variables. */
export function runNode(
  script: string,
  args: string[],
  options: { input?: string; env?: NodeJS.ProcessEnv; cwd?: string } = {},
): RunResult {
  const env = { ...process.env, ...options.env };
  if (!options.env || !('CLAUDE_PLUGIN_ROOT' in options.env)) delete env.CLAUDE_PLUGIN_ROOT;
  const result = spawnSync(process.execPath, [script, ...args], {
    input: options.input ?? '',
    env,
    cwd: options.cwd ?? repoRoot,
    encoding: 'utf8',
    timeout: PROCESS_TIMEOUT,
  });
  if (result.error) throw new Error(`node ${script} ${args.join(' ')} did not finish: ${result.error.message}`);
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
