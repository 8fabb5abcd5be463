// The test run StrykerJS repeats for every mutant (stryker.config.mjs, `npm run mutate`): only the
// in-process tests of the security core it mutates (the guard's rules, approval, the grant log),
// in one worker, with the same state-folder setup as the unit project.
import { defineConfig } from 'vitest/config';
import { HOOK_TIMEOUT, TEST_TIMEOUT } from './test/helpers/timeouts.js';

const NO_PLUGIN = '/nonexistent/mutation-tests-start-no-plugin-process';
// One folder at a time runs faster with only its tests: EXECGUARD_MUTATE_TESTS=test/approval
// (comma-separated folders or test files).
const selected = (process.env.EXECGUARD_MUTATE_TESTS ?? 'test/guard,test/approval,test/state').split(',').filter(Boolean);

export default defineConfig({
  test: {
    testTimeout: TEST_TIMEOUT,
    hookTimeout: HOOK_TIMEOUT,
    include: selected.map((entry) => (entry.endsWith('.test.ts') ? entry : `${entry}/**/*.test.ts`)),
    exclude: ['**/*.e2e.test.ts'],
    setupFiles: ['test/setup-file.ts'],
    globalSetup: ['test/global-setup.ts'],
    env: { EXECGUARD_TEST_PLUGIN_ROOT: NO_PLUGIN, EXECGUARD_TEST_DIST: NO_PLUGIN },
    pool: 'threads',
    maxWorkers: 1,
  },
});
