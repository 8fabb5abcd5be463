// One step's child process, on node:child_process directly: the leader of its own process group,
// marked with the run's id and its owner in its environment,
// its output written to descriptors we own, bounded in time and cancelled by the run's signal
// (killSignal first, SIGKILL after a grace delay). execa would do the same, but loading it cost
// every run about 12 ms before its first command could start (bench/execute.mjs); this is all of
// it that the runner needs.
import { spawn } from 'node:child_process';
import { OWNER_ENV, ownerMark } from './process-identity.js';

export interface ChildOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Descriptors the child's stdout and stderr are written to. */
  stdout: number;
  stderr: number;
  /** Written to stdin, then closed; without it stdin is /dev/null. */
  input?: string;
  timeoutMs: number;
  signal: AbortSignal;
  /** Sent on cancel or timeout (SIGINT lets terraform save its state). */
  killSignal: NodeJS.Signals;
  /** SIGKILL this long after killSignal if the child is still there. */
  forceKillAfterMs: number;
}

export interface ChildOutcome {
  /** The exit code; undefined when the child was ended by a signal or never started. */
  exitCode?: number;
  /** The signal that ended it, if one did. */
  endedBy?: NodeJS.Signals;
  /** The run's signal ended it. */
  canceled: boolean;
  /** It ran out of time. */
  timedOut: boolean;
  /** Why it could not start (ENOENT, EACCES …). */
  startError?: { code?: string; message: string };
}

export interface Child {
  /** Also the process group id (detached). Undefined when it could not start. */
  pid?: number;
  done: Promise<ChildOutcome>;
}

export function startChild(file: string, args: string[], o: ChildOptions): Child {
  if (o.signal.aborted) return { done: Promise.resolve({ canceled: true, timedOut: false }) };
  const child = spawn(file, args, {
    cwd: o.cwd,
    // A run's child also carries who started it: after a crash the reaper finds it by the run id
    // and knows its owner is dead without reading any file the crash may have damaged.
    env: o.env.EXECGUARD_RUN_ID ? { ...o.env, [OWNER_ENV]: ownerMark() } : o.env,
    stdio: [o.input === undefined ? 'ignore' : 'pipe', o.stdout, o.stderr],
    detached: true,
  });
  let canceled = false;
  let timedOut = false;
  let forceKill: NodeJS.Timeout | undefined;
  const stop = () => {
    child.kill(o.killSignal);
    forceKill ??= setTimeout(() => child.kill('SIGKILL'), o.forceKillAfterMs);
  };
  const onAbort = () => {
    canceled = true;
    stop();
  };
  o.signal.addEventListener('abort', onAbort, { once: true });
  const deadline = setTimeout(() => {
    timedOut = true;
    stop();
  }, o.timeoutMs);
  if (child.stdin) {
    // A child that exits without reading its input must not fail the step with EPIPE.
    child.stdin.on('error', () => {});
    child.stdin.end(o.input);
  }
  const done = new Promise<ChildOutcome>((resolve) => {
    const finish = (outcome: Omit<ChildOutcome, 'canceled' | 'timedOut'>) => {
      clearTimeout(deadline);
      clearTimeout(forceKill);
      o.signal.removeEventListener('abort', onAbort);
      resolve({ ...outcome, canceled, timedOut });
    };
    // After a start, 'error' only reports a failed kill; 'exit' still comes.
    child.once('error', (error: NodeJS.ErrnoException) => {
      if (child.pid === undefined) finish({ startError: { code: error.code, message: error.message } });
    });
    child.once('exit', (code, endedBy) => finish(code === null ? { endedBy: endedBy ?? undefined } : { exitCode: code }));
  });
  return { pid: child.pid, done };
}
