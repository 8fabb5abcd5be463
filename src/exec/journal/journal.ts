// The run journal: one JSON object a line, appended and fsync'd before and after every step, so an
// interrupted or crashed run can always be inspected. Never rewritten, only appended. Every line
// starts on a fresh line: a torn tail (a writer killed mid-line) is closed off by the next writer,
// and a reader skips and counts such lines. The journal also carries every change to the run's
// meta ('meta' entries), so a run whose meta.json is damaged can be rebuilt from it.
import { RunError, StateWriteError } from '../run/run-errors.js';
import { close, closeSync, fstatSync, fsync, fsyncSync, openSync, readFileSync, readSync, writeSync } from 'node:fs';

export type JournalEntry =
  | {
      type: 'run-start';
      runId: string;
      kind: RunKind;
      planId: string;
      planPath?: string;
      pid: number;
      /** The owner's start (process-identity.ts), and what meta.json holds, for a damaged meta. */
      pidStart?: string;
      repoRoot?: string;
      operation?: string;
      startedAt?: string;
      rollbackOf?: string;
    }
  /** A change to the run's meta.json, as written. */
  | { type: 'meta'; patch: Record<string, unknown> }
  | { type: 'phase'; phase: string; status: 'start' | 'ok' | 'failed' | 'skipped'; detail?: string }
  /** `changesNothing`: the guard classes the command as reading or simulating (see Journal.write). */
  | { type: 'step-start'; seq: number; step: string; command: string; attempt?: number; changesNothing?: boolean }
  | {
      type: 'step-end';
      seq: number;
      step: string;
      exitCode: number;
      durationMs: number;
      refused?: string;
      interrupted?: boolean;
      /** The step's output, relative to the run folder: `<log>.out` and `<log>.err`. */
      log?: string;
      attempt?: number;
    }
  | { type: 'note'; message: string; data?: unknown }
  /** A step's child process, leader of its own process group (ended with the run, or by the next command after a crash). */
  | { type: 'child'; seq: number; step: string; pgid: number }
  | {
      type: 'approval';
      source: 'session-grant' | 'cli-flag' | 'caller';
      text: string;
      destroy: boolean;
      environments: string[];
      grantId?: string;
      sessionId?: string;
      binding?: unknown;
    }
  | { type: 'resume'; pid: number; from: string; pidStart?: string }
  | { type: 'interrupted'; reached: string; by: number; killed: number[] }
  | { type: 'run-end'; status: 'COMPLETE' | 'BLOCKED'; durationMs: number; errorClass?: string; interrupted?: boolean };

export type RunKind = 'plan' | 'execute' | 'rollback';

export type StampedEntry = JournalEntry & { ts: string };

const DURABLE = new Set<JournalEntry['type']>(['run-start', 'step-start', 'step-end', 'run-end', 'resume']);

/**
 * Where else every journal line goes: the team store (src/store/team-run.ts) while a run holds a
 * workspace lease. `line` is called after the local write, in order; `confirmed` settles once the
 * store has every line so far, and rejects when it refused one (the lease was lost) or is gone.
 */
export interface JournalMirror {
  /** `line`: the line as written (JSON); `first`: it opened the file (a new run: the store cannot have any line of it yet). */
  line(journalPath: string, line: string, first: boolean): void;
  confirmed(): Promise<void>;
}

let mirror: JournalMirror | undefined;

/** Sets (or, with undefined, clears) the mirror for this process's runs. */
export function mirrorJournals(to: JournalMirror | undefined): void {
  mirror = to;
}

/** Settles when the team store has every line written so far (at once without a store). */
export const journalConfirmed = (): Promise<void> => (mirror ? mirror.confirmed() : Promise.resolve());

/**
 * Before a run ends COMPLETE: the team store has every line so far, or the run is BLOCKED with the
 * reason (steps that only read do not wait for the store, so their lines are confirmed here).
 */
export async function journalStored(): Promise<void> {
  try {
    await journalConfirmed();
  } catch (error) {
    throw new RunError((error as Error).message, 'StateConflict', {
      advice: 'Bring the team store back, then resume the run (execguard resume RUN): it sends the lines the store missed',
    });
  }
}

export class Journal {
  constructor(readonly path: string) {}

  /** Appends an entry; a failed write (full disk) throws StateWriteError: the run cannot go on unjournaled. */
  append(entry: JournalEntry): void {
    try {
      this.write(entry);
    } catch (error) {
      throw error instanceof StateWriteError ? error : new StateWriteError(this.path, error as NodeJS.ErrnoException);
    }
  }

  /** For the failure path: records what it can and never throws. */
  tryAppend(entry: JournalEntry): boolean {
    try {
      this.write(entry);
      return true;
    } catch {
      return false;
    }
  }

  private write(entry: JournalEntry): void {
    const fd = openSync(this.path, 'a+', 0o600);
    let handedOff = false;
    try {
      // After a torn write (a crash mid-line) start on a fresh line, so only the torn entry is lost.
      const size = fstatSync(fd).size;
      const last = Buffer.alloc(1);
      const torn = size > 0 && readSync(fd, last, 0, 1, size - 1) === 1 && last[0] !== 0x0a;
      const line = JSON.stringify({ ts: new Date().toISOString(), ...entry });
      writeSync(fd, `${torn ? '\n' : ''}${line}\n`);
      mirror?.line(this.path, line, size === 0);
      if (entry.type === 'step-end') {
        // The end of a step is fsync'd off the main thread: the next step-start (or run-end) waits
        // for the disk anyway, and parallel steps are not held up meanwhile.
        handedOff = true;
        fsync(fd, () => close(fd, () => {}));
      } else if (DURABLE.has(entry.type) && !(entry.type === 'step-start' && entry.changesNothing)) fsyncSync(fd);
      // A step that changes nothing starts without waiting for the disk: the line is written (a
      // crash of this process keeps it), and if the machine itself dies mid-step nothing changed.
      // Phases and notes reach the disk with the next fsync of this same file.
    } finally {
      if (!handedOff) closeSync(fd);
    }
  }
}

/** Reads a journal, skipping torn lines (a crash mid-write must not hide the rest). */
export function readJournal(path: string): StampedEntry[] {
  return readJournalCounted(path).entries;
}

/** The journal's entries and how many lines were torn (not whole JSON objects) and skipped. */
export function readJournalCounted(path: string): { entries: StampedEntry[]; torn: number } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return { entries: [], torn: 0 };
  }
  const entries: StampedEntry[] = [];
  let torn = 0;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const entry = JSON.parse(line) as StampedEntry;
      if (entry && typeof entry === 'object' && typeof entry.type === 'string') entries.push(entry);
      else torn++;
    } catch {
      torn++;
    }
  }
  return { entries, torn };
}
