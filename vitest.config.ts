// Two projects (docs/development.md):
//   unit  pure core and in-process adapters; fast, run before every commit (`npm run test:unit`)
//   e2e   anything that starts a real process: git, terraform, kubectl, Claude Code, the built
//         hook or CLI; runs against a plugin built once per run (test/global-setup-plugin.ts)
// `npm test` runs both.
//
// Which project a file belongs to is its name, nothing else: `*.e2e.test.ts` is e2e, every other
// `test/**/*.test.ts` is unit. A test that starts a process is named `*.e2e.test.ts`.
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { HOOK_TIMEOUT, TEST_TIMEOUT } from './test/helpers/timeouts.js';

const E2E = 'test/**/*.e2e.test.ts';

const NO_PLUGIN_IN_UNIT = '/nonexistent/unit-tests-start-no-plugin-process--name-the-file-something.e2e.test.ts';

export default defineConfig({
  test: {
    // Limits end hung tests; they never measure speed (test/helpers/timeouts.ts scales them all).
    testTimeout: TEST_TIMEOUT,
    hookTimeout: HOOK_TIMEOUT,
    teardownTimeout: HOOK_TIMEOUT,
    reporters: ['default', './test/summary-reporter.ts'],
    setupFiles: ['test/setup-file.ts'],
    // vitest's default is one worker less than the cores: 1 on a 2-core machine. e2e files mostly
    // wait on git, terraform and node child processes, and every file has its own state folder.
    maxWorkers: Math.max(2, availableParallelism()),
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: [E2E],
          // In-process tests share nothing but the state folder: threads start faster than forks.
          pool: 'threads',
          // A worker runs its files one after another without re-importing the modules each time
          // (tree-sitter's wasm, the guard, zod schemas): a third of the CPU of isolated files. A
          // file still gets its own state folder and temporary folders (test/setup-file.ts); a
          // module that keeps something made in them uses perFile (test/helpers/tmp.ts); a test
          // about fresh module state imports afresh (test/shell/fast-path.test.ts).
          isolate: false,
          // A unit file that reaches for the built plugin fails at once, naming the fix, rather
          // than running whatever dist/ happens to be on disk.
          env: { EXECGUARD_TEST_PLUGIN_ROOT: NO_PLUGIN_IN_UNIT, EXECGUARD_TEST_DIST: NO_PLUGIN_IN_UNIT },
          globalSetup: ['test/global-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: [E2E],
          // Real processes, signals and per-test environments: one process per file.
          pool: 'forks',
          globalSetup: ['test/global-setup.ts', 'test/global-setup-plugin.ts'],
        },
      },
    ],
  },
});
