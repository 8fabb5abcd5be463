// Who owns a lock or a run: a pid plus that process's start (boot id and start time in clock ticks
// from /proc/<pid>/stat). A pid alone can be reused by an unrelated process after a crash; a start
// time cannot, and neither can be moved by changing the wall clock. Off Linux the start is unknown
// and liveness falls back to the pid.
import { readFileSync } from 'node:fs';

let boot: string | undefined;
function bootId(): string {
  if (boot === undefined) {
    try {
      boot = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    } catch {
      boot = '';
    }
  }
  return boot;
}

/** The process's state letter and start time, from /proc/<pid>/stat (the name may hold spaces and parentheses). */
function statOf(pid: number): { state: string; start: string } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state: fields[0], start: fields[19] };
  } catch {
    return undefined;
  }
}

/** `<boot id>:<start ticks>` of a running process; undefined when it is gone or unknown (no /proc). */
export function processStart(pid: number): string | undefined {
  const stat = statOf(pid);
  return stat ? `${bootId()}:${stat.start}` : undefined;
}

function pidExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Is the process `pid` that started at `start` still running? A zombie has ended; a pid now held
 * by a process that started at another time (pid reuse, or a reboot) is not the owner.
 */
export function processRunning(pid: number, start?: string): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  const stat = statOf(pid);
  if (!stat) return pidExists(pid) && !existsProc();
  if (stat.state === 'Z' || stat.state === 'X') return false;
  return start === undefined || start === `${bootId()}:${stat.start}`;
}

/** /proc is there (Linux): a pid without an entry is gone. */
function existsProc(): boolean {
  return statOf(process.pid) !== undefined;
}

/** This process as an owner mark: `<pid>@<start>`, put in every step's environment. */
export const OWNER_ENV = 'EXECGUARD_RUN_OWNER';
export function ownerMark(pid = process.pid): string {
  return `${pid}@${processStart(pid) ?? ''}`;
}

export function parseOwnerMark(mark: string): { pid: number; start?: string } | undefined {
  const m = mark.match(/^(\d+)@(.*)$/);
  return m ? { pid: Number(m[1]), ...(m[2] ? { start: m[2] } : {}) } : undefined;
}
