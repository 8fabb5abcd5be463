// State you can trust after a fault (issue 21): what a crash may damage is not what recovery
// depends on. The real CLI bundle runs a terraform plan whose apply waits for a release file and
// is SIGKILLed there; then its meta.json is garbled, or its journal loses lines, or both are gone.
// The next command still finds the run's processes by the mark in their environment, ends them,
// lists the run (damaged where it is), and the run can be rolled back or resumed. A wall clock
// moved by seven hours (a preload that replaces Date, as an attacker could) takes no live lock,
// and two resumes started at once leave one winner and a loser that changed nothing.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acquireLock, workspaceKey } from '../../src/exec/journal/lock.js';
import { builtPlugin } from '../helpers/built-plugin.js';
import { errorTypeOf, expectStatus, journalOf, metaOf, runIdOf } from './support/assert-run.js';
import { waitForFile } from '../helpers/timeouts.js';
import { APPROVAL, fromSnapshot, originHead, tfConfig, workspace, type Workspace } from '../support/workspace.js';

const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});

let cli: string;
beforeAll(() => {
  cli = builtPlugin().cli;
});

type Held = Workspace & { marks: string };

/** A workspace whose apply (a local-exec of the second resource) waits for marks/apply.release. */
function heldWorkspace(): Held {
  const ws = workspace();
  const marks = join(ws.dir, 'marks');
  mkdirSync(marks);
  const wait = `echo $$ > ${marks}/apply.pid; touch ${marks}/apply.started; while [ ! -e ${marks}/apply.release ]; do sleep 0.05; done`;
  ws.write('infra/app/main.tf', tfConfig([{ name: 'app' }, { name: 'slow', dependsOn: 'app', command: wait }]));
  return Object.assign(ws, { marks });
}

/** Starts the CLI as its own process; `done` is its exit code and stdout. */
function start(ws: Workspace, args: string[], env: NodeJS.ProcessEnv = ws.env) {
  const child = spawn(process.execPath, [cli, ...args], { cwd: ws.repo, env, stdio: ['ignore', 'pipe', 'ignore'] });
  children.push(child);
  let stdout = '';
  child.stdout!.on('data', (d) => (stdout += d));
  const done = new Promise<{ code: number; stdout: string }>((resolve) =>
    child.on('exit', (code) => resolve({ code: code ?? -1, stdout })),
  );
  return { child, done };
}

/** Runs execute until its apply waits, SIGKILLs it there; returns the run id. */
async function killDuringApply(ws: Held): Promise<string> {
  const run = start(ws, ['execute', 'plan.yaml', '--approval', APPROVAL]);
  await waitForFile(join(ws.marks, 'apply.started'), run.child);
  run.child.kill('SIGKILL');
  await run.done;
  return readdirSync(join(ws.home, 'runs'))[0];
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

function running(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] !== 'Z';
  } catch {
    return false;
  }
}

const applyPid = (ws: Held) => Number(readFileSync(join(ws.marks, 'apply.pid'), 'utf8'));
const locksLeft = (ws: Workspace) => readdirSync(join(ws.home, 'locks')).filter((f) => f.endsWith('.lock'));
const stateNames = (ws: Workspace) =>
  (JSON.parse(ws.read('infra/app/terraform.tfstate')).resources as { name: string; instances: { status?: string }[] }[])
    .map((r) => `${r.name}${r.instances[0]?.status === 'tainted' ? ' (tainted)' : ''}`)
    .sort();
const originSubjects = (ws: Workspace) =>
  spawnSync('git', ['log', '--format=%s', 'main'], { cwd: ws.origin, encoding: 'utf8' }).stdout.trim().split('\n');

const DESTROY_APPROVAL = 'User approved. Roll back and destroy the created resources.';

describe('a run whose files the crash damaged is still found, ended and recoverable', () => {
  it('garbled meta.json mid-apply: listed as damaged, its terraform ended, terraform unlocked, rolled back with one revert', async () => {
    const ws = heldWorkspace();
    const runId = await killDuringApply(ws);
    writeFileSync(join(ws.home, 'runs', runId, 'meta.json'), `{"runId": "${runId.slice(0, 9)}`);

    const runs = await ws.cli('runs');
    expect(runs.stdout).toMatch(new RegExp(`${runId} +execute +INTERRUPTED .*execguard resume ${runId}.*DAMAGED`));
    expect(processesOf(runId)).toEqual([]);
    expect(running(applyPid(ws))).toBe(false);
    expect(locksLeft(ws)).toEqual([]);
    expect(existsSync(join(ws.home, 'runs', runId, 'meta.json.damaged'))).toBe(true);
    const one = await ws.cli('runs', runId);
    expect(one.stdout).toMatch(/DAMAGED: meta.json is unreadable: rebuilt from the journal/);

    // Terraform's own state lock went with its process: the rollback plans and applies.
    writeFileSync(join(ws.marks, 'apply.release'), '');
    const back = await ws.cli('rollback', runId, '--approval', DESTROY_APPROVAL);
    expect(back.stdout).toContain('## Execution Complete ✅');
    expectStatus(back.stdout, 'COMPLETE');
    expect(originSubjects(ws).filter((s) => s.startsWith('revert: '))).toEqual(['revert: feat(infra): change the demo app']);
    expect(originHead(ws)).toBe(ws.git('rev-parse', 'HEAD'));
    expect(stateNames(ws)).toEqual(['app']);
    expect(processesOf(runId)).toEqual([]);
  });

  it('a journal without its process-group lines: the orphan is found by its mark; resume completes', async () => {
    const ws = heldWorkspace();
    const runId = await killDuringApply(ws);
    const path = join(ws.home, 'runs', runId, 'journal.jsonl');
    const kept = readFileSync(path, 'utf8')
      .split('\n')
      .filter((l) => !l.includes('"type":"child"'));
    writeFileSync(path, kept.join('\n'));

    const runs = await ws.cli('runs');
    expect(runs.stdout).toMatch(new RegExp(`${runId} +execute +INTERRUPTED +plan \\(at Apply: during terraform apply`));
    expect(processesOf(runId)).toEqual([]);
    expect(running(applyPid(ws))).toBe(false);
    expect(locksLeft(ws)).toEqual([]);

    writeFileSync(join(ws.marks, 'apply.release'), '');
    const resumed = await ws.cli('resume', runId, '--approval', APPROVAL);
    expect(resumed.stdout).toContain('## Execution Complete ✅');
    expect(originSubjects(ws)).toEqual(['feat(infra): change the demo app', 'chore: initial workspace']);
    expect(stateNames(ws)).toEqual(['app', 'slow']);
  });

  it('meta.json and the journal both lost: listed by its id as damaged, its processes still ended by their mark', async () => {
    const ws = heldWorkspace();
    const runId = await killDuringApply(ws);
    rmSync(join(ws.home, 'runs', runId, 'meta.json'));
    rmSync(join(ws.home, 'runs', runId, 'journal.jsonl'));
    expect(processesOf(runId).length).toBeGreaterThan(0);

    const runs = await ws.cli('runs');
    expect(runs.stdout).toMatch(
      new RegExp(`${runId} +execute +INTERRUPTED .*DAMAGED: meta.json is unreadable and the journal has no run-start`),
    );
    expect(processesOf(runId)).toEqual([]);
    expect(running(applyPid(ws))).toBe(false);
    // The workspace and terraform's state are free again: a new execute of the same plan completes
    // (replacing the resource the interrupted apply left tainted, hence the destroy approval).
    expect(stateNames(ws)).toEqual(['app', 'slow (tainted)']);
    writeFileSync(join(ws.marks, 'apply.release'), '');
    const again = await ws.cli('execute', 'plan.yaml', '--approval', 'User approved. Execute the plan and destroy the tainted resource.');
    expect(again.stdout).toContain('## Execution Complete ✅');
    expect(stateNames(ws)).toEqual(['app', 'slow']);
  });
});

describe('a run with no process left and no meta or journal', () => {
  it('its workspace lock names its owner: marked INTERRUPTED (damaged) and the lock released', async () => {
    const ws = heldWorkspace();
    const first = start(ws, ['execute', 'plan.yaml', '--approval', APPROVAL], {
      ...ws.env,
      EXECGUARD_TEST_PAUSE: 'started',
      EXECGUARD_TEST_PAUSE_DIR: ws.marks,
    });
    await waitForFile(join(ws.marks, 'started.reached'), first.child);
    first.child.kill('SIGKILL');
    await first.done;
    const runId = readdirSync(join(ws.home, 'runs'))[0];
    rmSync(join(ws.home, 'runs', runId, 'meta.json'));
    rmSync(join(ws.home, 'runs', runId, 'journal.jsonl'));
    expect(locksLeft(ws)).toHaveLength(1);
    const runs = await ws.cli('runs');
    expect(runs.stdout).toMatch(new RegExp(`${runId} +execute +INTERRUPTED .*DAMAGED`));
    expect(locksLeft(ws)).toEqual([]);
  });
});

describe('what is no run', () => {
  it('an id that is not one folder name (.., a path) is no run, not the state folder read as a damaged one', async () => {
    const ws = workspace();
    mkdirSync(join(ws.home, 'runs'), { recursive: true });
    for (const id of ['..', '.', '../runs', 'a/b']) {
      const shown = await ws.cli('runs', id);
      expect(shown.code).toBe(1);
      expect(shown.stderr).toContain(`no run ${id}`);
      const resumed = await ws.cli('resume', id);
      expect(resumed.code).toBe(1);
      expect(resumed.stderr).toContain(`no run ${id}`);
    }
  });
});

describe('lock staleness is not a matter of the clock', () => {
  it('a live run holds its lock against an executor whose wall clock is 7 h ahead (and its own 7 h behind)', async () => {
    const ws = heldWorkspace();
    const preload = join(ws.dir, 'shift-clock.cjs');
    writeFileSync(
      preload,
      [
        'const shift = Number(process.env.CLOCK_SHIFT_MS);',
        'const Real = Date;',
        'class Shifted extends Real {',
        '  constructor(...args) { if (args.length === 0) super(Real.now() + shift); else super(...args); }',
        '  static now() { return Real.now() + shift; }',
        '}',
        'globalThis.Date = Shifted;',
        '',
      ].join('\n'),
    );
    const shifted = (ms: number) => ({ ...ws.env, NODE_OPTIONS: `--require ${preload}`, CLOCK_SHIFT_MS: String(ms) });
    const hours7 = 7 * 3600_000;
    // The holder believes it is 7 h earlier: its lock says it was taken 7 h ago.
    const holder = start(ws, ['execute', 'plan.yaml', '--approval', APPROVAL], shifted(-hours7));
    await waitForFile(join(ws.marks, 'apply.started'), holder.child);
    const [lockFile] = locksLeft(ws);
    const owner = JSON.parse(readFileSync(join(ws.home, 'locks', lockFile), 'utf8'));
    expect(Date.now() - Date.parse(owner.startedAt)).toBeGreaterThan(6 * 3600_000);
    const holderId = owner.runId as string;

    // A second executor 7 h ahead sees a 14 h old lock: held all the same, nothing changed.
    const before = originHead(ws);
    const second = await start(ws, ['execute', 'plan.yaml', '--approval', APPROVAL], shifted(hours7)).done;
    expect(second.code).toBe(2);
    expect(errorTypeOf(second.stdout)).toBe('StateConflict');
    expect(second.stdout).toContain(holderId);
    expect(JSON.parse(readFileSync(join(ws.home, 'locks', lockFile), 'utf8'))).toEqual(owner);
    expect(originHead(ws)).toBe(before);
    expect(metaOf(ws, holderId).status).toBe('RUNNING');
    expect(running(applyPid(ws))).toBe(true);

    writeFileSync(join(ws.marks, 'apply.release'), '');
    const first = await holder.done;
    expect(first.stdout).toContain('## Execution Complete ✅');
    expect(first.code).toBe(0);
    expect(locksLeft(ws)).toEqual([]);
  });
});

/**
 * A run whose first attempt (apply released) was SIGKILLed as soon as its journal started. Made
 * once, then put back as it was made before each test that starts from it (test/support/workspace.ts).
 */
const killedAtStart = fromSnapshot(async () => {
  const ws = heldWorkspace();
  writeFileSync(join(ws.marks, 'apply.release'), '');
  const first = start(ws, ['execute', 'plan.yaml', '--approval', APPROVAL], {
    ...ws.env,
    EXECGUARD_TEST_PAUSE: 'started',
    EXECGUARD_TEST_PAUSE_DIR: ws.marks,
  });
  await waitForFile(join(ws.marks, 'started.reached'), first.child);
  first.child.kill('SIGKILL');
  await first.done;
  rmSync(join(ws.marks, 'started.reached'));
  return ws;
});

describe('two resumes of one run at the same instant', () => {
  it('one continues the run; the other changes nothing and writes nothing into its journal', async () => {
    const ws = await killedAtStart();
    const pause = { EXECGUARD_TEST_PAUSE: 'started', EXECGUARD_TEST_PAUSE_DIR: ws.marks };
    const runId = readdirSync(join(ws.home, 'runs'))[0];

    // Both start together; the one that takes the run pauses at its start, holding it.
    const a = start(ws, ['resume', runId, '--approval', APPROVAL], { ...ws.env, ...pause });
    const b = start(ws, ['resume', runId, '--approval', APPROVAL], { ...ws.env, ...pause });
    const loser = await Promise.race([a.done, b.done]);
    while (!existsSync(join(ws.marks, 'started.reached'))) await new Promise((r) => setTimeout(r, 20));
    // It lost the lock ("being resumed", exit 2), or came late enough to see the run running.
    expect(loser.stdout).toMatch(new RegExp(`run ${runId} (is being resumed by another process .*nothing changed|is still running)`));
    expect(loser.code).toBe(loser.stdout.includes('being resumed') ? 2 : 0);
    expect(loser.stdout).not.toMatch(/locked by run/);
    const during = journalOf(ws, runId);
    expect(during.filter((e) => e.type === 'resume')).toHaveLength(1);
    expect(during.some((e) => e.type === 'run-end')).toBe(false);

    writeFileSync(join(ws.marks, 'started.go'), '');
    const [ra, rb] = await Promise.all([a.done, b.done]);
    const winner = ra === loser ? rb : ra;
    expect(winner.stdout).toContain('## Execution Complete ✅');
    expect(winner.code).toBe(0);
    const journal = journalOf(ws, runId);
    expect(journal.filter((e) => e.type === 'resume')).toHaveLength(1);
    expect(journal.filter((e) => e.type === 'run-end').map((e) => e.status)).toEqual(['COMPLETE']);
    expect(metaOf(ws, runId)).toMatchObject({ status: 'COMPLETE', resumes: 1 });
    expect(originSubjects(ws)).toEqual(['feat(infra): change the demo app', 'chore: initial workspace']);
    expect(runIdOf(winner.stdout)).toBe(runId);
  });

  it('the loser of the lock (both passed the check): exit 2, the run journal and meta byte for byte as they were', async () => {
    const ws = await killedAtStart();
    const runId = readdirSync(join(ws.home, 'runs'))[0];
    expect((await ws.cli('runs')).stdout).toMatch(new RegExp(`${runId} +execute +INTERRUPTED`));
    // The winner, here this test process, holds the run's workspace as a resume does.
    const winner = acquireLock(workspaceKey(ws.repo, 'infra/app'), runId, { home: ws.home });
    const dir = join(ws.home, 'runs', runId);
    const before = [readFileSync(join(dir, 'journal.jsonl'), 'utf8'), readFileSync(join(dir, 'meta.json'), 'utf8')];
    try {
      const loser = await ws.cli('resume', runId, '--approval', APPROVAL);
      expect(loser.code).toBe(2);
      expect(loser.stdout).toMatch(new RegExp(`run ${runId} is being resumed by another process \\(pid ${process.pid}.*nothing changed`));
      expect([readFileSync(join(dir, 'journal.jsonl'), 'utf8'), readFileSync(join(dir, 'meta.json'), 'utf8')]).toEqual(before);
    } finally {
      winner.release();
    }
    const resumed = await ws.cli('resume', runId, '--approval', APPROVAL);
    expect(resumed.stdout).toContain('## Execution Complete ✅');
  });

  it('a resume that stops BLOCKED leaves the run resumable: the next resume finishes it', async () => {
    const ws = heldWorkspace();
    writeFileSync(join(ws.marks, 'apply.release'), '');
    const first = start(ws, ['execute', 'plan.yaml', '--approval', APPROVAL], {
      ...ws.env,
      EXECGUARD_TEST_PAUSE: 'pushed',
      EXECGUARD_TEST_PAUSE_DIR: ws.marks,
    });
    await waitForFile(join(ws.marks, 'pushed.reached'), first.child);
    first.child.kill('SIGKILL');
    await first.done;
    const runId = readdirSync(join(ws.home, 'runs'))[0];
    const refused = await ws.cli('resume', runId); // no approval: BLOCKED before anything runs
    expect(refused.code).toBe(2);
    expect(errorTypeOf(refused.stdout)).toBe('Approval');
    expect((await ws.cli('runs')).stdout).toMatch(new RegExp(`${runId} +execute +BLOCKED +plan \\(execguard resume ${runId}\\)`));
    const resumed = await ws.cli('resume', runId, '--approval', APPROVAL);
    expect(resumed.stdout).toContain('## Execution Complete ✅');
    expect(metaOf(ws, runId)).toMatchObject({ status: 'COMPLETE', resumes: 2 });
    expect(originSubjects(ws)).toEqual(['feat(infra): change the demo app', 'chore: initial workspace']);
    expect(stateNames(ws)).toEqual(['app', 'slow']);
  });
});
