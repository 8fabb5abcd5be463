// Test seam for crash tests: with EXECGUARD_TEST_PAUSE=<point,...> and EXECGUARD_TEST_PAUSE_DIR,
// the run stops at a named step boundary, writes <dir>/<point>.reached and waits for <dir>/<point>.go.
// A test then kills the process at a known point without depending on timing. Off by default.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type PausePoint = 'started' | 'committed' | 'pushed' | 'applied';

export async function pausePoint(point: PausePoint, env: NodeJS.ProcessEnv): Promise<void> {
  const dir = env.EXECGUARD_TEST_PAUSE_DIR;
  if (!dir || !(env.EXECGUARD_TEST_PAUSE ?? '').split(',').includes(point)) return;
  writeFileSync(join(dir, `${point}.reached`), String(process.pid));
  while (!existsSync(join(dir, `${point}.go`))) await new Promise((r) => setTimeout(r, 20));
}
