// Runs one step: guard check, journal entry before, the command (bounded in time, cancelled by the
// run's signal), its output saved to logs/, journal entry after. The only place commands run.
import { closeSync, existsSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { constants } from 'node:os';
import { join } from 'node:path';
import { startChild, type ChildOutcome } from '../process/child.js';
import type { Gate } from '../approval/guard-gate.js';
import { displayCommand } from '../approval/guard-gate.js';
import { type Journal, journalConfirmed } from '../journal/journal.js';
import { RUN_ID_ENV } from '../process/reap.js';
import { StateWriteError } from './run-errors.js';
import { StepError, type CommandResult } from '../types.js';

/** Ends whatever is left in a process group (best effort: it may already be gone). */
function endGroup(pgid: number): void {
  try {
    process.kill(-pgid, 'SIGKILL');
  } catch {
    /* nothing left */
  }
}

const signalNumber = (name?: NodeJS.Signals): number => (name ? constants.signals[name] : 0) ?? 0;

/** A step's log files, relative to the run folder: `<this>.out` and `<this>.err`. */
const outputOf = (seq: number, step: string) =>
  `logs/${String(seq).padStart(3, '0')}-${step.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 40)}`;

/** What the step's stderr log adds when the command did not simply exit. */
function endNote(file: string, outcome: ChildOutcome, timeoutMs: number): string | undefined {
  if (outcome.timedOut) return `command timed out after ${timeoutMs} ms`;
  if (outcome.canceled) return undefined;
  if (outcome.startError) return outcome.startError.code === 'ENOENT' ? `${file}: command not found` : outcome.startError.message;
  if (outcome.exitCode === undefined) return `ended by ${outcome.endedBy}`;
  return undefined;
}

/** Best effort: a full disk must not turn the command's outcome into a write error. */
function writeNote(fd: number, note: string): void {
  try {
    writeSync(fd, `\n${note}\n`);
  } catch {
    /* the outcome itself is returned and journaled */
  }
}

/** A finished child as a step's result: its exit code, or the shell's convention when it did not simply exit. */
function resultOf(outcome: ChildOutcome, stdout: string, stderr: string): BodyResult {
  if (outcome.canceled) return { exitCode: 130, stdout, stderr, interrupted: true };
  if (outcome.timedOut) return { exitCode: 124, stdout, stderr };
  const startFailure = outcome.startError?.code;
  if (outcome.startError) return { exitCode: startFailure === 'ENOENT' ? 127 : startFailure === 'EACCES' ? 126 : 1, stdout, stderr };
  // Ended by a signal nobody here sent: 128 + its number.
  if (outcome.exitCode === undefined) return { exitCode: 128 + signalNumber(outcome.endedBy), stdout, stderr };
  return { exitCode: outcome.exitCode, stdout, stderr };
}

export const INTERRUPTED = 'interrupted';

export interface BodyResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  interrupted?: boolean;
}

export interface ExecOptions {
  cwd?: string;
  timeoutMs?: number;
  input?: string;
  env?: NodeJS.ProcessEnv;
}

const DEFAULT_TIMEOUT_MS = 10 * 60 * 1000;

export class StepRunner {
  private seq: number;
  /** Every step run so far, in order (for the report's "attempted actions"). */
  readonly history: { step: string; result: CommandResult }[] = [];

  constructor(
    private readonly opts: {
      journal: Journal;
      runDir: string;
      env: NodeJS.ProcessEnv;
      cwd: string;
      signal: AbortSignal;
      gate: Gate;
      /** Put in every child's environment: after a crash, the orphans are recognised by it. */
      runId?: string;
      /** The first step number (a resumed run numbers on from its earlier attempts). */
      firstSeq?: number;
      progress: (line: string) => void;
    },
  ) {
    this.seq = (opts.firstSeq ?? 1) - 1;
  }

  /** The environment a step's child gets: the run's, the step's, and the run id marker. */
  childEnv = (extra?: NodeJS.ProcessEnv): NodeJS.ProcessEnv => ({
    ...this.opts.env,
    ...extra,
    ...(this.opts.runId ? { [RUN_ID_ENV]: this.opts.runId } : {}),
  });

  /**
   * Spawns a step's command as the leader of its own process group (journaled, so the next
   * command can end it after a crash). An interrupted step gets SIGINT (as Ctrl-C: terraform saves
   * its state), SIGKILL after 15 s; what it left running in its group is ended too. Its output
   * is written straight to the step's log files (outputOf), which it returns as well, with the
   * exit code the shell would give (resultOf).
   */
  spawn = async (
    seq: number,
    step: string,
    signal: AbortSignal,
    file: string,
    args: string[],
    options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number; input?: string },
  ): Promise<BodyResult> => {
    // Output goes to files, not pipes: a child whose executor was killed must not die of a broken
    // pipe half-way through (terraform would leave its state locked); it is ended on purpose instead.
    const base = join(this.opts.runDir, outputOf(seq, step));
    // 'wx': a step's log is never overwritten (step numbers are unique across resumes).
    const outFd = openSync(`${base}.out`, 'wx', 0o600);
    const errFd = openSync(`${base}.err`, 'wx', 0o600);
    let outcome: ChildOutcome;
    try {
      const child = startChild(file, args, {
        ...options,
        stdout: outFd,
        stderr: errFd,
        signal,
        killSignal: 'SIGINT',
        forceKillAfterMs: 15_000,
      });
      if (child.pid) this.opts.journal.append({ type: 'child', seq, step, pgid: child.pid });
      outcome = await child.done;
      if (child.pid && (outcome.canceled || outcome.timedOut)) endGroup(child.pid);
      const note = endNote(file, outcome, options.timeoutMs);
      if (note) writeNote(errFd, note);
    } finally {
      closeSync(outFd);
      closeSync(errFd);
    }
    const read = (path: string) => {
      try {
        return readFileSync(path, 'utf8');
      } catch {
        return '';
      }
    };
    return resultOf(outcome, read(`${base}.out`), read(`${base}.err`));
  };

  exec = (step: string, argv: string[], options: ExecOptions = {}): Promise<CommandResult> =>
    this.run(step, displayCommand(argv), (signal, seq) =>
      this.spawn(seq, step, signal, argv[0], argv.slice(1), {
        cwd: options.cwd ?? this.opts.cwd,
        env: this.childEnv(options.env),
        input: options.input,
        timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      }),
    );

  /** Asks the guard about a command without running it (pre-flight checks what later steps will run). */
  judge = (command: string) => this.opts.gate(command);

  /** Runs `body` as a guarded, journaled step shown as `command`. */
  async run(
    step: string,
    command: string,
    body: (signal: AbortSignal, seq: number) => Promise<BodyResult>,
    attempt?: number,
  ): Promise<CommandResult> {
    const seq = ++this.seq;
    const { journal, signal } = this.opts;
    if (signal.aborted) {
      const result: CommandResult = {
        command,
        exitCode: 130,
        stdout: '',
        stderr: 'run interrupted before this step',
        durationMs: 0,
        refused: INTERRUPTED,
      };
      journal.append({ type: 'step-end', seq, step, exitCode: 130, durationMs: 0, refused: INTERRUPTED, interrupted: true });
      throw new StepError(`interrupted before ${step}`, result, 'Transient');
    }
    const verdict = await this.opts.gate(command);
    if (!verdict.allowed) {
      const result: CommandResult = { command, exitCode: 2, stdout: '', stderr: verdict.reason, durationMs: 0, refused: verdict.reason };
      journal.append({ type: 'step-start', seq, step, command, attempt });
      journal.append({
        type: 'step-end',
        seq,
        step,
        exitCode: 2,
        durationMs: 0,
        refused: `guard (${verdict.rules.join(', ')}): ${verdict.reason}`,
      });
      this.history.push({ step, result });
      throw new StepError(`the guard refused \`${command}\`: ${verdict.reason}`, result, 'Permission');
    }
    this.opts.progress(`${step}: ${command}`);
    journal.append({ type: 'step-start', seq, step, command, attempt, ...(verdict.changesNothing ? { changesNothing: true } : {}) });
    try {
      // Under a team store a step that changes something starts only once the store took its line:
      // a holder whose lease expired or was broken is refused there, and changes nothing. A step that
      // only reads or simulates does not wait for the round trip: its line is fenced all the same (a
      // refusal stops the run and its steps), and the run ends COMPLETE only once the store has every
      // line (journalStored).
      if (!verdict.changesNothing) await journalConfirmed();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const result: CommandResult = { command, exitCode: 2, stdout: '', stderr: reason, durationMs: 0, refused: reason };
      journal.tryAppend({ type: 'step-end', seq, step, exitCode: 2, durationMs: 0, refused: `team store: ${reason}` });
      this.history.push({ step, result });
      throw new StepError(`${step} was not started: ${reason}`, result, 'StateConflict');
    }
    const started = performance.now();
    let out: BodyResult;
    try {
      out = await body(signal, seq);
    } catch (error) {
      if (error instanceof StateWriteError) throw error;
      out = { exitCode: 1, stdout: '', stderr: error instanceof Error ? error.message : String(error) };
    }
    if (signal.aborted && out.exitCode !== 0) out.interrupted = true;
    const durationMs = Math.round(performance.now() - started);
    const log = outputOf(seq, step);
    // The body's output is in the log files already, unless it failed before its command started.
    if (!existsSync(join(this.opts.runDir, `${log}.err`)) && out.stderr) {
      try {
        writeFileSync(join(this.opts.runDir, `${log}.err`), `${out.stderr}\n`, { mode: 0o600 });
      } catch {
        // A log that cannot be written must not hide the step's result; the journal still has it.
      }
    }
    journal.append({
      type: 'step-end',
      seq,
      step,
      exitCode: out.exitCode,
      durationMs,
      log,
      ...(out.interrupted ? { interrupted: true, refused: INTERRUPTED } : {}),
      attempt,
    });
    const result: CommandResult = {
      command,
      exitCode: out.exitCode,
      stdout: out.stdout,
      stderr: out.stderr,
      durationMs,
      ...(out.interrupted ? { refused: INTERRUPTED } : {}),
    };
    this.history.push({ step, result });
    if (out.interrupted) throw new StepError(`interrupted during ${step}`, result, 'Transient');
    return result;
  }
}
