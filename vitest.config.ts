// Two projects (docs/development.md):
//   unit  pure core and in-process adapters; fast, run before every commit (`npm run test:unit`)
//   e2e   anything that starts a real process: git, terraform, kubectl, Claude Code, the built
//         hook or CLI; runs against a plugin built once per run (test/global-setup-plugin.ts)
// `npm test` runs both.
//
// Where a new test file lands: it is e2e when it is named `*.e2e.test.ts` or lives in one of the
// folders below; every other `test/**/*.test.ts` is unit.
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { HOOK_TIMEOUT, TEST_TIMEOUT } from './test/helpers/timeouts.js';

const E2E = [
  '**/*.e2e.test.ts',
  'test/e2e/**/*.test.ts', // the real Claude Code CLI
  'test/attacks/**/*.test.ts', // the real hook process, then the real command in a temp workspace
  'test/exec/**/*.test.ts', // executors against real git, terraform, kubectl and stand-ins
  'test/hooks/**/*.test.ts', // the built hook as Claude Code runs it
  // Files outside those folders that start a real process; new ones use the .e2e.test.ts name.
  'test/plugin/validate.test.ts', // `claude plugin validate`
];

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
          exclude: E2E,
          // In-process tests share nothing but the state folder: threads start faster than forks.
          pool: 'threads',
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
          include: E2E,
          // Real processes, signals and per-test environments: one process per file.
          pool: 'forks',
          globalSetup: ['test/global-setup.ts', 'test/global-setup-plugin.ts'],
        },
      },
    ],
  },
});
