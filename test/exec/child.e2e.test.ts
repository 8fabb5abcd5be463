// One step's child process (src/exec/process/child.ts), with real processes: its own process group, its
// output in our files, its input, its end by timeout or by the run's signal, and a start failure.
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startChild, type ChildOptions } from '../../src/exec/process/child.js';
import { tempDir } from '../helpers/tmp.js';

/** Runs `sh -c script` with output files in a temp folder; returns the outcome and the output. */
async function sh(script: string, options: Partial<ChildOptions> = {}) {
  const dir = tempDir();
  const outFd = openSync(join(dir, 'out'), 'w');
  const errFd = openSync(join(dir, 'err'), 'w');
  const child = startChild('/bin/sh', ['-c', script], {
    cwd: dir,
    env: { PATH: process.env.PATH },
    stdout: outFd,
    stderr: errFd,
    timeoutMs: 60_000,
    signal: new AbortController().signal,
    killSignal: 'SIGINT',
    forceKillAfterMs: 60_000,
    ...options,
  });
  const outcome = await child.done;
  closeSync(outFd);
  closeSync(errFd);
  return { child, outcome, stdout: readFileSync(join(dir, 'out'), 'utf8'), stderr: readFileSync(join(dir, 'err'), 'utf8') };
}

/** The process group of the shell itself (field 5 of /proc/PID/stat). */
const PRINT_PGID = "cut -d' ' -f5 /proc/$$/stat; echo $$";

describe('startChild', () => {
  it('writes the output to our descriptors and reports the exit code', async () => {
    const { outcome, stdout, stderr } = await sh('echo to-out; echo to-err >&2; exit 3');
    expect(outcome).toEqual({ exitCode: 3, canceled: false, timedOut: false });
    expect(stdout).toBe('to-out\n');
    expect(stderr).toBe('to-err\n');
  });

  it('starts the child as the leader of its own process group', async () => {
    const { child, stdout } = await sh(PRINT_PGID);
    const [pgid, pid] = stdout.trim().split('\n').map(Number);
    expect(pid).toBe(child.pid);
    expect(pgid).toBe(child.pid);
    expect(pgid).not.toBe(process.pid);
  });

  it('writes the input to stdin and closes it; without input stdin is empty', async () => {
    expect((await sh('cat', { input: 'plan bytes\n' })).stdout).toBe('plan bytes\n');
    expect((await sh('cat; echo end')).stdout).toBe('end\n');
  });

  it('a child that exits without reading a large input is not a failure', async () => {
    const { outcome } = await sh('exit 0', { input: 'x'.repeat(4 * 1024 * 1024) });
    expect(outcome.exitCode).toBe(0);
  });

  it('a program that cannot start is a start error, not an exit code', async () => {
    const dir = tempDir();
    const fd = openSync(join(dir, 'out'), 'w');
    const child = startChild(join(dir, 'no-such-program'), [], {
      cwd: dir,
      env: {},
      stdout: fd,
      stderr: fd,
      timeoutMs: 60_000,
      signal: new AbortController().signal,
      killSignal: 'SIGINT',
      forceKillAfterMs: 60_000,
    });
    const outcome = await child.done;
    closeSync(fd);
    expect(child.pid).toBeUndefined();
    expect(outcome.startError?.code).toBe('ENOENT');
    expect(outcome.exitCode).toBeUndefined();
  });

  it('out of time: killSignal, and the outcome says it timed out', async () => {
    const { outcome } = await sh('exec sleep 600', { timeoutMs: 200 });
    expect(outcome).toMatchObject({ timedOut: true, canceled: false, endedBy: 'SIGINT' });
  });

  it("the run's signal cancels it; a child that ignores killSignal is killed after the grace delay", async () => {
    const dir = tempDir();
    const outFd = openSync(join(dir, 'out'), 'w');
    const abort = new AbortController();
    // Ignored signals stay ignored across exec: sleep itself ignores SIGINT.
    const child = startChild('/bin/sh', ['-c', "trap '' INT; echo ready; exec sleep 600"], {
      cwd: dir,
      env: { PATH: process.env.PATH },
      stdout: outFd,
      stderr: outFd,
      timeoutMs: 600_000,
      signal: abort.signal,
      killSignal: 'SIGINT',
      forceKillAfterMs: 300,
    });
    // Cancel only once the trap is set, whatever the machine's speed.
    while (!readFileSync(join(dir, 'out'), 'utf8').includes('ready')) await new Promise((r) => setTimeout(r, 20));
    abort.abort();
    const outcome = await child.done;
    closeSync(outFd);
    expect(outcome).toMatchObject({ canceled: true, timedOut: false, endedBy: 'SIGKILL' });
  });

  it('an already aborted signal starts nothing', async () => {
    const abort = new AbortController();
    abort.abort();
    const { child, outcome } = await sh('echo should-not-run', { signal: abort.signal });
    expect(child.pid).toBeUndefined();
    expect(outcome).toEqual({ canceled: true, timedOut: false });
  });

  it('a child ended by a signal nobody here sent reports that signal', async () => {
    const { outcome } = await sh('kill -TERM $$');
    expect(outcome).toEqual({ endedBy: 'SIGTERM', canceled: false, timedOut: false });
  });
});
