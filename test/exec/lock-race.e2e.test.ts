// One lock, one holder: 8 contenders (worker threads running the real lock module) released at the
// same instant, 200 rounds, half of them starting from a lock whose owner is dead (so all 8 race
// to recover it). A shared counter records how many hold the lock at once: never more than one.
// And the lock key is the canonical workspace: `infra/app/` and `infra/app` (or the repository
// through a symlink) are one lock, so two plans naming the same workdir differently serialise.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { acquireLock, lockPath, workspaceKey } from '../../src/exec/journal/lock.js';
import { tempDir } from '../helpers/tmp.js';
import { errorTypeOf, expectStatus, journalOf, runIdOf } from './support/assert-run.js';
import { APPROVAL, originHead, tfConfig, workspace } from '../support/workspace.js';

const CONTENDERS = 8;
const ROUNDS = 200;

const WORKER = `
import { workerData } from 'node:worker_threads';
const { acquireLock } = await import(workerData.lockModule);
const a = new Int32Array(workerData.shared); // 0 done, 1 holding now, 2 most holding at once, 3 round, 4 acquired total
for (let round = 1; round <= workerData.rounds; round++) {
  while (Atomics.load(a, 3) < round) Atomics.wait(a, 3, round - 1, 100);
  let held;
  try {
    held = acquireLock(workerData.workspace, 'run-' + workerData.id + '-' + round, { home: workerData.home });
  } catch {}
  if (held) {
    const now = Atomics.add(a, 1, 1) + 1;
    let max = Atomics.load(a, 2);
    while (now > max && Atomics.compareExchange(a, 2, max, now) !== max) max = Atomics.load(a, 2);
    Atomics.add(a, 4, 1);
    for (let i = 0; i < 2000; i++) Math.sqrt(i); // hold it for a moment
    Atomics.sub(a, 1, 1);
    held.release();
  }
  Atomics.add(a, 0, 1);
  Atomics.notify(a, 0);
}
`;

let lockModule: string;
beforeAll(async () => {
  const dir = tempDir('execguard-lock-');
  lockModule = join(dir, 'lock.mjs');
  await build({
    entryPoints: [join(import.meta.dirname, '../../src/exec/journal/lock.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: lockModule,
    logLevel: 'silent',
  });
  writeFileSync(join(dir, 'worker.mjs'), WORKER);
});

describe('workspace lock under contention', () => {
  it(`${CONTENDERS} synchronised contenders x ${ROUNDS} rounds: never two holders, and someone always gets it`, async () => {
    const home = tempDir('execguard-lock-home-');
    const ws = '/repo/infra/app';
    const path = lockPath(ws, home);
    mkdirSync(join(path, '..'), { recursive: true });
    const deadPid = spawnSync('true').pid!;
    const shared = new SharedArrayBuffer(4 * 8);
    const a = new Int32Array(shared);
    const workers = Array.from(
      { length: CONTENDERS },
      (_, id) =>
        new Worker(join(lockModule, '..', 'worker.mjs'), { workerData: { lockModule, shared, id, rounds: ROUNDS, home, workspace: ws } }),
    );
    const exited = workers.map(
      (w) =>
        new Promise<void>((resolve, reject) => {
          w.on('exit', () => resolve());
          w.on('error', reject);
        }),
    );
    let roundsWithoutHolder = 0;
    for (let round = 1; round <= ROUNDS; round++) {
      // Odd rounds start from a lock left by a dead run: everyone races to recover it.
      if (round % 2)
        writeFileSync(
          path,
          JSON.stringify({ pid: deadPid, host: hostname(), runId: `dead-${round}`, workspace: ws, startedAt: new Date().toISOString() }),
        );
      const acquiredBefore = Atomics.load(a, 4);
      Atomics.store(a, 3, round);
      Atomics.notify(a, 3);
      while (Atomics.load(a, 0) < round * CONTENDERS) await new Promise((r) => setTimeout(r, 1));
      if (Atomics.load(a, 4) === acquiredBefore) roundsWithoutHolder++;
    }
    await Promise.all(exited);
    expect(Atomics.load(a, 2)).toBe(1);
    expect(roundsWithoutHolder).toBe(0);
    expect(readdirSync(join(path, '..'))).toEqual([]); // no stale, temporary or recovery files left
  }, 120_000);

  it('an unreadable lock is held, not stale', () => {
    const home = tempDir();
    const path = lockPath('/ws/x', home);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, '');
    expect(() => acquireLock('/ws/x', 'run-1', { home })).toThrow(/locked by run unknown \(unreadable lock file\)/);
  });

  it('the key is the real path of the repository plus the normalised workdir', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'repo'));
    symlinkSync(join(dir, 'repo'), join(dir, 'link'));
    const key = workspaceKey(join(dir, 'repo'), 'infra/app');
    for (const [root, wd] of [
      [join(dir, 'repo'), 'infra/app/'],
      [join(dir, 'repo'), './infra//app'],
      [join(dir, 'link'), 'infra/app'],
    ])
      expect(workspaceKey(root, wd)).toBe(key);
    expect(workspaceKey(join(dir, 'repo'), 'infra/other')).not.toBe(key);
  });

  it('two plans naming the same workdir differently serialise: the second is BLOCKED while the first holds the lock', async () => {
    const ws = workspace();
    ws.write('infra/app/main.tf', tfConfig([{ name: 'app' }, { name: 'x' }]));
    ws.write('plans/slash.yaml', ws.read('plan.yaml').replace('workdir: infra/app', 'workdir: infra/app/'));
    const first = acquireLock(workspaceKey(ws.repo, 'infra/app'), 'run-of-plan-yaml', { home: ws.home });
    const before = originHead(ws);
    try {
      const run = await ws.cli('execute', 'plans/slash.yaml', '--approval', APPROVAL);
      expect(run.code).toBe(2);
      expect(errorTypeOf(run.stdout)).toBe('StateConflict');
      expect(run.stdout).toContain('run-of-plan-yaml');
      expectStatus(run.stdout, 'BLOCKED');
      expect(journalOf(ws, runIdOf(run.stdout)).filter((e) => e.type === 'step-start')).toEqual([]);
      expect(originHead(ws)).toBe(before);
    } finally {
      first.release();
    }
    // Once released, the same plan runs; the untracked plan file in plans/ does not block it.
    const run = await ws.cli('execute', 'plans/slash.yaml', '--approval', APPROVAL);
    expect(run.stdout).toContain('## Execution Complete ✅');
    expect(ws.git('status', '--porcelain')).toBe('?? plans/');
  });
});
