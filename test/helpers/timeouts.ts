// Every time limit in the suite derives from one setting, so a slow or loaded machine raises them
// all at once instead of failing tests: EXECGUARD_TEST_TIMEOUT_SCALE (a number, default 1).
// Limits are there to end a hung test, never to measure speed: keep them generous.

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
 * Polls `ok` every 50 ms until it holds or `limitMs` has passed (a process starting, a socket
 * appearing), then returns: the caller's assertion says what did not happen. The limit only ends
 * a hung wait; a loaded machine gets as long as a child process does.
 */
export async function pollUntil(ok: () => boolean, limitMs = PROCESS_TIMEOUT): Promise<void> {
  const end = Date.now() + limitMs;
  while (!ok() && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 50));
}
