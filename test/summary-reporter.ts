// Prints plain closing lines after vitest's own summary, so that CI logs carry counts any reader
// (human or tool) understands:
//   - "N passed, N failed, N skipped". A test that never ran because its file or suite failed to
//     set up (a beforeAll that threw or timed out, an import error) counts as failed, not skipped:
//     a setup failure must never read as "313 skipped".
//   - every skip with its reason (the ctx.skip note, or the "(skipped: …)" in the test or suite
//     name), so a missing tool is visible; skips with no reason are named as such.
//   - the slowest files, to see where the time goes.
import type { Reporter, SerializedError, TestCase, TestModule, TestSuite } from 'vitest/node';

const SLOWEST = 10;

/** The reason a skipped test gives: its note, or "(skipped: …)" in its own or a parent's name. */
function skipReason(test: TestCase): string | undefined {
  const result = test.result();
  if (result.state === 'skipped' && result.note) return result.note;
  for (let node: TestCase | TestSuite | TestModule = test; node.type !== 'module'; node = node.parent) {
    const match = /\(skipped: ([^)]*)\)/.exec(node.name);
    if (match) return match[1];
  }
  return undefined;
}

/** Did a suite around this test (or its file) fail outside any test, e.g. in beforeAll? */
function setupFailed(test: TestCase): boolean {
  for (let node: TestSuite | TestModule = test.parent; ; node = node.parent) {
    if (node.state() === 'failed' && node.errors().length > 0) return true;
    if (node.type === 'module') return false;
  }
}

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError> = []): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    let notRun = 0;
    const reasons = new Map<string, number>();
    const brokenFiles: string[] = [];
    let emptyBroken = 0;
    for (const module of testModules) {
      const tests = [...module.children.allTests()];
      if (module.errors().length > 0 || (module.state() === 'failed' && tests.length === 0)) {
        brokenFiles.push(module.relativeModuleId);
        if (tests.length === 0) emptyBroken++;
      }
      for (const test of tests) {
        const result = test.result();
        if (result.state === 'passed') passed++;
        else if (result.state === 'failed') failed++;
        else if (test.options.mode === 'run' && setupFailed(test)) notRun++;
        else if (result.state === 'skipped' && test.options.mode !== 'todo') {
          skipped++;
          const reason = skipReason(test) ?? 'no reason given';
          reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
        } else if (result.state === 'pending') notRun++;
      }
    }
    const out: string[] = [''];
    if (brokenFiles.length > 0) out.push(`files that failed to load or set up: ${brokenFiles.join(', ')}`);
    if (notRun > 0) out.push(`${notRun} tests did not run because their setup failed (counted as failed)`);
    if (unhandledErrors.length > 0) out.push(`${unhandledErrors.length} errors outside any test (counted as failed)`);
    for (const [reason, count] of reasons) out.push(`skipped ${count}: ${reason}`);
    const slowest = [...testModules].sort((a, b) => b.diagnostic().duration - a.diagnostic().duration).slice(0, SLOWEST);
    if (testModules.length > SLOWEST) {
      out.push(`slowest files: ${slowest.map((m) => `${m.relativeModuleId} ${(m.diagnostic().duration / 1000).toFixed(1)}s`).join(', ')}`);
    }
    out.push(`${passed} passed, ${failed + notRun + unhandledErrors.length + emptyBroken} failed, ${skipped} skipped`);
    process.stdout.write(`${out.join('\n')}\n`);
  }
}
