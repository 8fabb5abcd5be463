// The grant store under concurrent writers: real processes (the store bundled, and the real hook)
// recording at once lose no record and leave no torn file. The in-process cases are in
// test/state/grant-store.test.ts.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApprovalScope } from '../../src/approval/types.js';
import { listRecords } from '../../src/state/grant-store.js';
import { tempDir } from '../helpers/tmp.js';
import { hookEntry, promptInput, repoRoot, runNode } from './support/hook-process.js';

const scope = (over: Partial<ApprovalScope> = {}): ApprovalScope => ({
  text: 'User approved. Execute the plan.',
  affirmed: true,
  destroy: false,
  delete: false,
  forcePush: false,
  environments: [],
  ...over,
});

const store = () => ({ home: tempDir('execguard-store-') });
// More writers than cores, so that writers are descheduled between reading the log and linking
// their record: the case where a bounded number of tries ran out (issue 24).
const crowd = (perCore: number) => Math.max(8, availableParallelism() * perCore);

/** Starts `count` node processes running `script` at once; their exit codes and stderr. */
function spawnAll(count: number, args: (i: number) => string[]) {
  return Promise.all(
    Array.from(
      { length: count },
      (_, i) =>
        new Promise<{ code: number | null; stderr: string }>((resolve) => {
          const child = spawn(process.execPath, args(i), { stdio: ['ignore', 'ignore', 'pipe'] });
          let stderr = '';
          child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
          child.on('close', (code) => resolve({ code, stderr }));
        }),
    ),
  );
}

let bundled: Promise<string> | undefined;
/** The store bundled once per file: Node 20 cannot run the TypeScript source the child processes need. */
function bundledStore(): Promise<string> {
  bundled ??= (async () => {
    const { build } = await import('esbuild');
    const out = join(tempDir('execguard-store-bundle-'), 'store.mjs');
    const entry = join(import.meta.dirname, '../../src/state/grant-store.ts');
    await build({ entryPoints: [entry], outfile: out, bundle: true, format: 'esm', platform: 'node', logLevel: 'silent' });
    return out;
  })();
  return bundled;
}

async function storeWriters(writers: number, records: number) {
  const opts = store();
  const out = await bundledStore();
  const script = `import { recordGrant } from ${JSON.stringify(out)};
      for (let i = 0; i < ${records}; i++) recordGrant({ sessionId: 'p', source: 'user-prompt', scope: ${JSON.stringify(scope())}, approvalMinutes: 30 }, { home: ${JSON.stringify(opts.home)} });`;
  const runs = await spawnAll(writers, () => ['--input-type=module', '-e', script]);
  expect(runs.filter((r) => r.code !== 0)).toEqual([]);
  expect(listRecords('p', opts)).toHaveLength(writers * records);
  expect(readdirSync(join(opts.home, 'grants', 'p')).filter((n) => n.startsWith('.tmp-'))).toEqual([]);
}

describe('concurrent writers', () => {
  it('20 processes recording at once lose no grant and leave no torn file', async () => {
    await storeWriters(20, 5);
  });

  it('40 processes x 5 records at once lose none', async () => {
    await storeWriters(40, 5);
  });

  it('more UserPromptSubmit hook processes than cores approving at once: every approval recorded', async () => {
    const home = tempDir('execguard-store-hook-');
    const cwd = tempDir('execguard-store-cwd-');
    const count = crowd(4);
    // The real hook, each in its own process (no warm helper to serialize them).
    const env = { ...process.env, EXECGUARD_HOME: home, EXECGUARD_HOOK_HELPER: '0', CLAUDE_PLUGIN_ROOT: repoRoot };
    const input = (i: number) => JSON.stringify(promptInput(`User approved. Execute the plan. (${i})`, { session_id: 'hp', cwd }));
    const runs = await Promise.all(
      Array.from({ length: count }, (_, i) => runNode(hookEntry, ['user-prompt-submit'], { input: input(i), env, cwd })),
    );
    expect(runs.filter((r) => r.code !== 0 || r.stderr !== '')).toEqual([]);
    for (const run of runs) expect(run.json.hookSpecificOutput.additionalContext).toMatch(/approval is recorded/);
    const records = listRecords('hp', { home });
    expect(records).toHaveLength(count);
    expect(new Set(records.map((r) => r.text)).size).toBe(count);
    expect(readdirSync(join(home, 'grants', 'hp')).filter((n) => n.startsWith('.tmp-'))).toEqual([]);
  });
});
