// Verdicts do not depend on the machine's load: 200 PreToolUse hooks started at once on a 2-core
// machine (each computing in-process, no warm helper: some 200 runnable processes, far above a load
// of 40 for the whole burst) answer exactly as the same 200 events answered one at a time, by one
// warm process running the hook's own decision code (support/answer-in-sequence.mjs). The guard's
// budgets count work, not time. The commands are the adversarial corpus: they are only judged by
// the hook, never run.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadAdversarialCases } from '../helpers/adversarial-cases.js';
import { scaled } from '../helpers/timeouts.js';
import { tempDir } from '../helpers/tmp.js';
import { bashInput, permission, reasonOf, runHook, runHooksInSequence } from './support/hook-process.js';

const runnable = () => Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[3]?.split('/')[0] ?? 0);

describe('200 concurrent hooks', () => {
  it(
    'give the same verdicts as the same events run one at a time',
    async () => {
      const cwd = tempDir('execguard-burst-');
      const home = tempDir('execguard-burst-state-');
      const inProcess = { EXECGUARD_HOME: home, EXECGUARD_HOOK_HELPER: '0' };
      const cases = loadAdversarialCases();
      const events = Array.from({ length: 200 }, (_, i) =>
        bashInput(cases[(i * 7) % cases.length]!.command, { cwd, session_id: `burst-${i}` }),
      );
      const verdictOf = (run: Awaited<ReturnType<typeof runHook>>) => `${run.code} ${permission(run)} ${reasonOf(run)}`;

      // One at a time, in one process that has the decision code loaded (as the warm helper has it).
      const oneAtATime = (await runHooksInSequence('pre-tool-use', events, inProcess, cwd)).map(verdictOf);
      // The reference judged the corpus (denies and allows alike), not failed closed on everything.
      const kinds = oneAtATime.map((v) => v.split(' ')[1]);
      expect(kinds).toContain('allow');
      expect(kinds).toContain('deny');

      let peak = 0;
      const sampler = setInterval(() => (peak = Math.max(peak, runnable())), 50);
      // At the lowest priority: the burst still loads the machine far above 40 runnable processes,
      // but the hook and CLI processes other test files start meanwhile are not starved by it.
      const atOnce = await Promise.all(events.map((event) => runHook('pre-tool-use', event, inProcess, cwd, { nice: 19 })));
      clearInterval(sampler);
      console.log(`200 concurrent hooks: peak runnable processes ${peak}, load ${readFileSync('/proc/loadavg', 'utf8').trim()}`);

      expect(atOnce.map(verdictOf)).toEqual(oneAtATime);
      // Not one answer was a resource-bound deny: the load changed nothing.
      expect(atOnce.filter((r) => /too large or too deeply nested|budget/i.test(reasonOf(r)))).toEqual([]);
    },
    scaled(900_000),
  );
});
