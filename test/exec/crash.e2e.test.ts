// The crash matrix: the real CLI bundle runs a terraform plan (terraform_data, a local-exec that
// waits for a release file, a verify step and origin's pre-receive hook that do the same) and is
// SIGKILLed at each step
// boundary. Where it stops is decided by the test seam EXECGUARD_TEST_PAUSE (the run writes
// <point>.reached and waits) or by a marker the slow command writes: no sleeps, no timing.
// Then `runs` shows INTERRUPTED at that step, no process of the run is left after that command,
// and `resume` ends COMPLETE with exactly one commit on origin and the state an uninterrupted
// run leaves. The same matrix is run against `resume` itself (the first attempt died at once) and
// against `rollback` (including a push held in origin's pre-receive or post-receive hook): the
// next command finds no orphan, and the next resume or rollback finishes with exactly one commit
// (or one revert) on origin and terraform at the matching configuration.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPlugin } from '../helpers/built-plugin.js';
import { expectStatus, journalOf, metaOf, runIdOf } from './support/assert-run.js';
import { waitForFile } from '../helpers/timeouts.js';
import { APPROVAL, fromSnapshot, ROOT, tfConfig, workspace, type Workspace } from '../support/workspace.js';

const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});

// The CLI bundle the e2e project built once for the run (test/global-setup-plugin.ts).
let cli: string;
beforeAll(() => {
  cli = builtPlugin().cli;
});

/** A workspace whose push, apply and verify each wait for a release file (created up front unless the test stops there). */
function makeCrashWorkspace(): Workspace & { marks: string } {
  const ws = workspace();
  const marks = join(ws.dir, 'marks');
  mkdirSync(marks);
  const wait = (name: string) =>
    `echo $$ > ${marks}/${name}.pid; touch ${marks}/${name}.started; while [ ! -e ${marks}/${name}.release ]; do sleep 0.05; done`;
  ws.write('infra/app/main.tf', tfConfig([{ name: 'app' }, { name: 'slow', dependsOn: 'app', command: wait('apply') }]));
  ws.write(
    'plan.yaml',
    ws
      .read('plan.yaml')
      .replace(
        '  - run: terraform output -raw app_name',
        `  - run: ${JSON.stringify(`${wait('verify')}; terraform output -raw app_name`)}`,
      ),
  );
  ws.git('add', 'plan.yaml');
  ws.git('commit', '-q', '-m', 'chore: slow verify');
  ws.git('push', '-q', 'origin', 'main');
  // From now on every push waits in origin's pre-receive hook (before origin's branch moves).
  writeFileSync(join(ws.origin, 'hooks', 'pre-receive'), `#!/bin/sh\ncat >/dev/null\n${wait('push')}\n`, { mode: 0o755 });
  return Object.assign(ws, { marks });
}
/** Made once, then put back as it was made before each test (test/support/workspace.ts). */
const crashWorkspace = fromSnapshot(makeCrashWorkspace);

/** Resources in the terraform state, as an uninterrupted run leaves them (ids aside). */
function stateOf(ws: Workspace) {
  const state = JSON.parse(ws.read('infra/app/terraform.tfstate')) as {
    resources: { type: string; name: string; instances: { status?: string; attributes: { input: unknown } }[] }[];
  };
  return state.resources
    .map((r) => ({
      address: `${r.type}.${r.name}`,
      tainted: r.instances.some((i) => i.status === 'tainted'),
      input: r.instances[0]?.attributes.input,
    }))
    .sort((a, b) => a.address.localeCompare(b.address));
}

/** Processes (Linux /proc) whose environment carries this run's id. */
function processesOf(runId: string): number[] {
  const found: number[] = [];
  for (const pid of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    try {
      if (readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').includes(`EXECGUARD_RUN_ID=${runId}`)) found.push(Number(pid));
    } catch {
      /* gone */
    }
  }
  return found;
}

/** Is the process still running (a zombie waiting for its parent has ended)? */
function running(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] !== 'Z';
  } catch {
    return false;
  }
}

const originCommits = (ws: Workspace) =>
  Number(spawnSync('git', ['rev-list', '--count', 'main'], { cwd: ws.origin, encoding: 'utf8' }).stdout.trim());

let baseline: ReturnType<typeof stateOf>;

const BOUNDARIES = [
  { name: 'after journal start', pause: 'started', reached: /^Pre-flight: started$/ },
  { name: 'after commit', pause: 'committed', reached: /^Persist: after git commit$/ },
  { name: 'during push (a pre-receive hook that waits)', hold: 'push', reached: /^Persist: during git push$/ },
  { name: 'after push', pause: 'pushed', reached: /^after Persist$/ },
  { name: 'during apply (slow local-exec)', hold: 'apply', reached: /^Apply: during terraform apply$/ },
  { name: 'after apply', pause: 'applied', reached: /^after Apply$/ },
  { name: 'during verify', hold: 'verify', reached: /^Verify: during .*verify #1/ },
] as const;

describe('crash matrix: SIGKILL at each step boundary, then runs, then resume', () => {
  it('an uninterrupted run (the reference state)', async () => {
    const ws = await crashWorkspace();
    for (const name of ['push', 'apply', 'verify']) writeFileSync(join(ws.marks, `${name}.release`), '');
    const run = await ws.cli('execute', 'plan.yaml', '--approval', APPROVAL);
    expect(run.stdout).toContain('## Execution Complete ✅');
    baseline = stateOf(ws);
    expect(baseline.map((r) => r.address)).toEqual(['terraform_data.app', 'terraform_data.slow']);
  });

  for (const b of BOUNDARIES) {
    it(`${b.name}: INTERRUPTED at that step, no orphan after the next command, resume completes`, async () => {
      const ws = await crashWorkspace();
      const hold = 'hold' in b ? b.hold : undefined;
      for (const name of ['push', 'apply', 'verify']) if (name !== hold) writeFileSync(join(ws.marks, `${name}.release`), '');
      const env = { ...ws.env, ...('pause' in b ? { EXECGUARD_TEST_PAUSE: b.pause, EXECGUARD_TEST_PAUSE_DIR: ws.marks } : {}) };
      const child = spawn(process.execPath, [cli, 'execute', 'plan.yaml', '--approval', APPROVAL], { cwd: ws.repo, env, stdio: 'ignore' });
      children.push(child);
      const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
      await waitForFile(join(ws.marks, 'pause' in b ? `${b.pause}.reached` : `${hold}.started`), child);
      child.kill('SIGKILL');
      await exited;
      const runId = readdirSync(join(ws.home, 'runs'))[0];

      // The next command finds the dead owner: INTERRUPTED at the step, orphans ended, lock released.
      const runs = await ws.cli('runs');
      expect(runs.stdout).toMatch(new RegExp(`${runId} +execute +INTERRUPTED`));
      const meta = metaOf(ws, runId);
      expect(meta.status).toBe('INTERRUPTED');
      expect(meta.reached).toMatch(b.reached);
      expect(processesOf(runId)).toEqual([]);
      // The held command itself (the local-exec, the verify step, origin's hook under git push) is gone too.
      if (hold) expect(running(Number(readFileSync(join(ws.marks, `${hold}.pid`), 'utf8')))).toBe(false);
      expect(readdirSync(join(ws.home, 'locks')).filter((f) => f.endsWith('.lock'))).toEqual([]);
      if (hold) expect((await ws.cli('runs', runId)).stdout).toContain('INTERRUPTED');

      // Resume (the slow steps may now finish): COMPLETE, one commit on origin, the reference state.
      writeFileSync(join(ws.marks, `${hold ?? 'apply'}.release`), '');
      const resumed = await ws.cli('resume', runId, '--approval', APPROVAL);
      expect(resumed.stdout).toContain('## Execution Complete ✅');
      expect(resumed.code).toBe(0);
      expectStatus(resumed.stdout, 'COMPLETE');
      expect(originCommits(ws)).toBe(3); // initial, slow-verify setup, and exactly one commit of the plan
      expect(spawnSync('git', ['log', '-1', '--format=%s', 'main'], { cwd: ws.origin, encoding: 'utf8' }).stdout.trim()).toBe(
        'feat(infra): change the demo app',
      );
      expect(stateOf(ws)).toEqual(baseline);
      expect(metaOf(ws, runId)).toMatchObject({ status: 'COMPLETE', resumes: 1 });

      // Resuming again, or a finished run, is a clear no-op.
      const again = await ws.cli('resume', runId, '--approval', APPROVAL);
      expect(again.code).toBe(0);
      expect(again.stdout).toMatch(/already finished COMPLETE \(after 1 resume\(s\)\): nothing to resume/);
      expect(originCommits(ws)).toBe(3);
    }, 120_000);
  }
});

describe('resume of runs that were not interrupted', () => {
  it('a BLOCKED run is a clear no-op, an unknown id a usage error', async () => {
    const ws = workspace();
    ws.write('infra/app/main.tf', tfConfig([{ name: 'app' }, { name: 'x' }]));
    const blocked = await ws.cli('execute', 'plan.yaml'); // no approval
    expect(blocked.code).toBe(2);
    const runId = readdirSync(join(ws.home, 'runs'))[0];
    const again = await ws.cli('resume', runId, '--approval', APPROVAL);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/finished BLOCKED \(Approval\), it was not interrupted: nothing to resume/);
    const unknown = await ws.cli('resume', 'no-such-run');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/no run no-such-run/);
  });
});

/** SIGKILLs a CLI process once it has reached `mark` (a pause point's .reached or a held command's .started). */
async function killAt(args: string[], ws: Workspace & { marks: string }, env: NodeJS.ProcessEnv, mark: string): Promise<void> {
  const child = spawn(process.execPath, [cli, ...args], { cwd: ws.repo, env, stdio: ['ignore', 'pipe', 'ignore'] });
  children.push(child);
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  await waitForFile(join(ws.marks, mark), child).catch((error: Error) => {
    throw new Error(`${error.message}:\n${out}`);
  });
  child.kill('SIGKILL');
  await exited;
}

const pauseEnv = (ws: Workspace & { marks: string }, pause?: string) =>
  pause ? { ...ws.env, EXECGUARD_TEST_PAUSE: pause, EXECGUARD_TEST_PAUSE_DIR: ws.marks } : ws.env;

/** Step numbers are unique across a run's attempts, and no attempt's log replaced another's. */
function expectStepsUnique(ws: Workspace, runId: string): void {
  const journal = journalOf(ws, runId);
  const seqs = journal.filter((e) => e.type === 'step-start').map((e) => e.seq);
  expect(new Set(seqs).size).toBe(seqs.length);
  const logs = journal.filter((e) => e.type === 'step-end' && e.log).map((e) => e.log);
  expect(new Set(logs).size).toBe(logs.length);
  for (const log of logs) expect(existsSync(join(ws.home, 'runs', runId, `${log}.out`))).toBe(true);
}

/**
 * A crash workspace whose first attempt died as soon as its journal started (before any step, so
 * before any held command): the resume does everything. Made once, put back before each test.
 */
const killedAtStart = fromSnapshot(async () => {
  const ws = makeCrashWorkspace();
  await killAt(['execute', 'plan.yaml', '--approval', APPROVAL], ws, pauseEnv(ws, 'started'), 'started.reached');
  rmSync(join(ws.marks, 'started.reached'));
  return ws;
});

describe('crash matrix for resume: the resume itself is SIGKILLed at each step boundary', () => {
  for (const b of BOUNDARIES) {
    it(`${b.name}: INTERRUPTED at that step, no orphan after the next command, the next resume completes`, async () => {
      const ws = await killedAtStart();
      const hold = 'hold' in b ? b.hold : undefined;
      for (const name of ['push', 'apply', 'verify']) if (name !== hold) writeFileSync(join(ws.marks, `${name}.release`), '');
      const runId = readdirSync(join(ws.home, 'runs'))[0];
      const pause = 'pause' in b ? b.pause : undefined;
      await killAt(['resume', runId, '--approval', APPROVAL], ws, pauseEnv(ws, pause), pause ? `${pause}.reached` : `${hold}.started`);

      const runs = await ws.cli('runs');
      expect(runs.stdout).toMatch(new RegExp(`${runId} +execute +INTERRUPTED .*execguard resume ${runId}`));
      expect(metaOf(ws, runId).reached).toMatch(b.reached);
      expect(processesOf(runId)).toEqual([]);
      if (hold) expect(running(Number(readFileSync(join(ws.marks, `${hold}.pid`), 'utf8')))).toBe(false);
      expect(readdirSync(join(ws.home, 'locks')).filter((f) => f.endsWith('.lock'))).toEqual([]);

      writeFileSync(join(ws.marks, `${hold ?? 'apply'}.release`), '');
      const resumed = await ws.cli('resume', runId, '--approval', APPROVAL);
      expect(resumed.stdout).toContain('## Execution Complete ✅');
      expectStatus(resumed.stdout, 'COMPLETE');
      expect(originCommits(ws)).toBe(3);
      expect(stateOf(ws)).toEqual(baseline);
      expect(metaOf(ws, runId)).toMatchObject({ status: 'COMPLETE', resumes: 2 });
      expectStepsUnique(ws, runId);
      expect(processesOf(runId)).toEqual([]);
    }, 180_000);
  }
});

/** A completed run whose rollback's apply waits for a release file; every later push waits in origin's hooks. */
async function makeRollbackWorkspace(): Promise<{ dir: string; ws: Workspace & { marks: string }; targetId: string }> {
  const ws = workspace();
  const marks = join(ws.dir, 'marks');
  mkdirSync(marks);
  const wait = (name: string) =>
    `echo $$ > ${marks}/${name}.pid; touch ${marks}/${name}.started; while [ ! -e ${marks}/${name}.release ]; do sleep 0.05; done`;
  // The previous configuration has a resource the change removes: re-creating it on rollback waits.
  const base = readFileSync(join(ROOT, 'examples/terraform-demo/main.tf'), 'utf8');
  ws.write(
    'infra/app/main.tf',
    `${base}\nresource "terraform_data" "keep" {\n  input = "kept"\n  provisioner "local-exec" {\n    command = ${JSON.stringify(wait('undo'))}\n  }\n}\n`,
  );
  ws.git('add', 'infra/app/main.tf');
  ws.git('commit', '-q', '-m', 'chore: a resource the change removes');
  ws.git('push', '-q', 'origin', 'main');
  ws.write('infra/app/main.tf', tfConfig([{ name: 'app' }, { name: 'slow', dependsOn: 'app' }]));
  const run = await ws.cli('execute', 'plan.yaml', '--approval', APPROVAL);
  expect(run.stdout).toContain('## Execution Complete ✅');
  const targetId = runIdOf(run.stdout);
  // Origin's pre-receive waits before its branch moves, post-receive after it moved.
  writeFileSync(join(ws.origin, 'hooks', 'pre-receive'), `#!/bin/sh\ncat >/dev/null\n${wait('push')}\n`, { mode: 0o755 });
  writeFileSync(join(ws.origin, 'hooks', 'post-receive'), `#!/bin/sh\ncat >/dev/null\n${wait('post')}\n`, { mode: 0o755 });
  return { dir: ws.dir, ws: Object.assign(ws, { marks }), targetId };
}
/** Made once (the completed run included), then put back as it was made before each test. */
const rollbackWorkspace = fromSnapshot(makeRollbackWorkspace);

const DESTROY_APPROVAL = 'User approved. Roll back and destroy the created resources.';

const ROLLBACK_BOUNDARIES = [
  { name: 'after its journal starts', pause: 'started', reached: /^Rollback: started$/ },
  { name: 'after the local revert', pause: 'committed', reached: /^Rollback: after / },
  { name: 'during push, held in pre-receive (origin has not taken it)', hold: 'push', reached: /^Rollback: during git push$/ },
  { name: 'during push, held in post-receive (origin took it)', hold: 'post', reached: /^Rollback: during git push$/ },
  { name: 'after push', pause: 'pushed', reached: /^Rollback: after / },
  { name: 'during the undo apply (re-creating a resource waits)', hold: 'undo', reached: /^Rollback: during terraform apply/ },
  { name: 'after the undo apply', pause: 'applied', reached: /^Rollback: after terraform apply/ },
] as const;

const reverts = (ws: Workspace) =>
  spawnSync('git', ['log', '--format=%s', 'main'], { cwd: ws.origin, encoding: 'utf8' })
    .stdout.split('\n')
    .filter((s) => s.startsWith('revert: '));

describe('crash matrix for rollback: SIGKILL at each step boundary, then runs, then rollback again', () => {
  for (const b of ROLLBACK_BOUNDARIES) {
    it(`${b.name}: INTERRUPTED, no orphan after the next command, the next rollback completes with exactly one revert`, async () => {
      const { ws, targetId } = await rollbackWorkspace();
      const hold = 'hold' in b ? b.hold : undefined;
      for (const name of ['push', 'post', 'undo']) if (name !== hold) writeFileSync(join(ws.marks, `${name}.release`), '');
      const pause = 'pause' in b ? b.pause : undefined;
      await killAt(
        ['rollback', targetId, '--approval', DESTROY_APPROVAL],
        ws,
        pauseEnv(ws, pause),
        pause ? `${pause}.reached` : `${hold}.started`,
      );
      const rollbackId = readdirSync(join(ws.home, 'runs')).find((n) => n.includes('-rollback-'))!;

      // The next command: INTERRUPTED, and the suggestion is the rollback again (resume refuses rollback runs).
      const runs = await ws.cli('runs');
      expect(runs.stdout).toMatch(new RegExp(`${rollbackId} +rollback +INTERRUPTED .*execguard rollback ${targetId}\\)`));
      expect(runs.stdout).not.toContain(`execguard resume ${rollbackId}`);
      expect(metaOf(ws, rollbackId).reached).toMatch(b.reached);
      expect(processesOf(rollbackId)).toEqual([]);
      if (hold) expect(running(Number(readFileSync(join(ws.marks, `${hold}.pid`), 'utf8')))).toBe(false);
      expect(readdirSync(join(ws.home, 'locks')).filter((f) => f.endsWith('.lock'))).toEqual([]);
      const resume = await ws.cli('resume', rollbackId);
      expect(resume.code).toBe(1);
      expect(resume.stderr).toContain(`execguard rollback ${targetId}`);

      if (hold) writeFileSync(join(ws.marks, `${hold}.release`), '');
      const again = await ws.cli('rollback', targetId, '--approval', DESTROY_APPROVAL);
      expect(again.stdout).toContain('## Execution Complete ✅');
      expectStatus(again.stdout, 'COMPLETE');
      expect(reverts(ws)).toEqual(['revert: feat(infra): change the demo app']);
      expect(ws.git('rev-parse', 'HEAD')).toBe(spawnSync('git', ['rev-parse', 'main'], { cwd: ws.origin, encoding: 'utf8' }).stdout.trim());
      expect(ws.git('status', '--porcelain')).toBe('');
      // Terraform is back at the previous configuration, as origin is.
      expect(stateOf(ws)).toMatchObject([
        { address: 'terraform_data.app', tainted: false, input: { value: { name: 'demo', version: '1' } } },
        { address: 'terraform_data.keep', tainted: false, input: { value: 'kept' } },
      ]);
      expect(processesOf(runIdOf(again.stdout))).toEqual([]);
    }, 180_000);
  }
});
