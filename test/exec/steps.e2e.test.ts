// The step runner with the real guard and real processes: what a step's log files hold, and the
// exit code and note a command gets when it does not simply exit.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGate } from '../../src/exec/approval/guard-gate.js';
import { Journal, readJournal } from '../../src/exec/journal/journal.js';
import { StepRunner } from '../../src/exec/run/steps.js';
import type { OperationContext } from '../../src/exec/types.js';
import { runVerifyStep } from '../../src/exec/run/verify-steps.js';
import { DEFAULT_POLICY } from '../../src/guard/policy.js';
import { tempDir } from '../helpers/tmp.js';

async function runner() {
  const dir = tempDir();
  const runDir = join(dir, 'run');
  mkdirSync(join(runDir, 'logs'), { recursive: true });
  const env = { PATH: process.env.PATH, HOME: dir, EXECGUARD_HOME: join(dir, 'state') };
  const gate = await loadGate(null, DEFAULT_POLICY, { cwd: dir, env });
  const journal = new Journal(join(runDir, 'journal.jsonl'));
  const steps = new StepRunner({ journal, runDir, env, cwd: dir, signal: new AbortController().signal, gate, progress: () => {} });
  /** The log files of the step that ended last. */
  const lastLog = () => {
    const end = readJournal(journal.path)
      .filter((e) => e.type === 'step-end')
      .at(-1);
    if (end?.type !== 'step-end' || !end.log) throw new Error('no step-end with a log');
    return { out: readFileSync(join(runDir, `${end.log}.out`), 'utf8'), err: readFileSync(join(runDir, `${end.log}.err`), 'utf8') };
  };
  return { steps, lastLog, dir };
}

describe('StepRunner.exec', () => {
  it("keeps the command's own output as the step's log", async () => {
    const { steps, lastLog } = await runner();
    const result = await steps.exec('greet', ['sh', '-c', 'echo hello; echo warning >&2']);
    expect(result).toMatchObject({ exitCode: 0, stdout: 'hello\n', stderr: 'warning\n' });
    expect(lastLog()).toEqual({ out: 'hello\n', err: 'warning\n' });
  });

  it('a program that is not there: exit 127, and the log says so', async () => {
    const { steps, lastLog } = await runner();
    const result = await steps.exec('missing', ['no-such-program-for-execguard']);
    expect(result.exitCode).toBe(127);
    expect(result.stderr).toContain('no-such-program-for-execguard: command not found');
    expect(lastLog().err).toContain('no-such-program-for-execguard: command not found');
  });

  it('out of time: exit 124, and the log says after how long', async () => {
    const { steps, lastLog } = await runner();
    const result = await steps.exec('slow', ['sleep', '600'], { timeoutMs: 200 });
    expect(result.exitCode).toBe(124);
    expect(lastLog().err).toContain('command timed out after 200 ms');
  });

  it('ended by a signal nobody here sent: 128 + its number', async () => {
    const { steps, lastLog } = await runner();
    const result = await steps.exec('killed', ['sh', '-c', 'kill -TERM $$']);
    expect(result.exitCode).toBe(143);
    expect(lastLog().err).toContain('ended by SIGTERM');
  });
});

describe('verify steps', () => {
  it('report the same exit codes as other steps: ended by a signal is 128 + its number', async () => {
    const { steps, lastLog, dir } = await runner();
    // runVerifyStep reads only the folder and the operation's extra environment from the context.
    const ctx = { workdir: dir } as OperationContext;
    await expect(runVerifyStep(ctx, steps, { run: 'kill -TERM $$' }, 0)).rejects.toThrow(
      /verify #1 `kill -TERM \$\$` exited 143, expected 0/,
    );
    expect(lastLog().err).toContain('ended by SIGTERM');
  });
});
