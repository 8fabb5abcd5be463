// Every time limit in the suite derives from one setting, so a slow or loaded machine raises them
// all at once instead of failing tests: EXECGUARD_TEST_TIMEOUT_SCALE (a number, default 1).
// Limits are there to end a hung test, never to measure speed: keep them generous.
import { existsSync } from 'node:fs';

function readScale(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return 1;
  const scale = Number(raw);
  if (!Number.isFinite(scale) || scale <= 0) {
    throw new Error(`EXECGUARD_TEST_TIMEOUT_SCALE must be a positive number (e.g. 2), got ${JSON.stringify(raw)}`);
  }
  return scale;
}

const TIMEOUT_SCALE = readScale(process.env.EXECGUARD_TEST_TIMEOUT_SCALE);

/** `ms` multiplied by EXECGUARD_TEST_TIMEOUT_SCALE: use it for any explicit timeout in a test. */
export const scaled = (ms: number): number => Math.round(ms * TIMEOUT_SCALE);

/** One test (vitest `testTimeout`). */
export const TEST_TIMEOUT = scaled(120_000);
/** beforeAll / afterAll and friends (vitest `hookTimeout`): builds, servers, repositories. */
export const HOOK_TIMEOUT = scaled(300_000);
/** A child process a test starts and waits for (CLI, hook, real tool). */
export const PROCESS_TIMEOUT = scaled(60_000);

/**
 * Polls `check` every 50 ms until it holds; past `limitMs` it throws, naming `what`. The limit only
 * ends a hung wait (a process starting, a socket appearing): a loaded machine gets as long as a
 * child process does. A check that throws ends the wait with its own error.
 */
export async function waitUntil(what: string, check: () => boolean | Promise<boolean>, limitMs = PROCESS_TIMEOUT): Promise<void> {
  const end = Date.now() + limitMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Waits for a file a child process writes when it reaches a point; the child ending first is an error. */
export function waitForFile(path: string, child: { exitCode: number | null }): Promise<void> {
  return waitUntil(
    path,
    () => {
      if (child.exitCode !== null) throw new Error(`the run ended before ${path}`);
      return existsSync(path);
    },
    TEST_TIMEOUT,
  );
}
