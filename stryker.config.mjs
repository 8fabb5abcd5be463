// Mutation testing of the security core (docs/development.md "Mutation testing"): the guard's rules,
// the approval text and the grant log. Not in CI (too slow for 2 cores): `npm run mutate`, or one
// folder at a time with only its tests:
//   EXECGUARD_MUTATE_TESTS=test/approval npm run mutate -- --mutate 'src/approval/**/*.ts'
// Incremental: a rerun tests only the mutants whose code or tests changed since
// .tmp/stryker/incremental.json.
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts', related: true },
  checkers: [],
  coverageAnalysis: 'perTest',
  mutate: ['src/guard/rules/**/*.ts', 'src/approval/**/*.ts', 'src/state/grant-store.ts', 'src/state/grant-keys.ts'],
  concurrency: 1,
  // A mutant in a module-level constant needs every test rerun: too slow here; reported as ignored.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: '.tmp/stryker/incremental.json',
  // Outside the repository: vitest's `**/*.e2e.test.ts` would otherwise find the sandbox's copies.
  tempDirName: join(tmpdir(), `execguard-stryker-${process.getuid?.() ?? 'user'}`),
  ignorePatterns: ['dist', 'plugin', 'lib', 'coverage', 'bench/results', '.tmp'],
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: '.tmp/stryker/report.html' },
  jsonReporter: { fileName: '.tmp/stryker/report.json' },
  thresholds: { high: 90, low: 85, break: null },
  timeoutMS: 60_000,
  // The first run of every test, under load on 2 cores, takes minutes.
  dryRunTimeoutMinutes: 60,
};
