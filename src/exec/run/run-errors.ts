// The run's error family: every failure the runner reports is one of these types, carrying its
// class, the advice the report gives and the step it happened in. The report is built from the
// type, never from the wording of a message (compare execa's small final-error module).
import { StepError, type CommandResult, type ErrorClass } from '../types.js';

export interface RunErrorOptions {
  result?: CommandResult;
  /** What the report recommends (also the first pending step unless `pending` says more). */
  advice?: string;
  /** Pending steps for the user or agent, in order. */
  pending?: string[];
  /** The step (or phase) the failure happened in. */
  step?: string;
}

export class RunError extends StepError {
  readonly advice?: string;
  readonly pending: string[];
  readonly step?: string;

  constructor(message: string, errorClass: ErrorClass, options: RunErrorOptions = {}) {
    super(message, options.result, errorClass);
    this.advice = options.advice;
    this.pending = options.pending ?? (options.advice ? [options.advice] : []);
    this.step = options.step;
  }
}

/** No approval, or one that does not cover this plan: only the user can fix it. */
export class ApprovalError extends RunError {
  constructor(message: string, what: string, options: Omit<RunErrorOptions, 'advice'> = {}) {
    const advice = `Ask the user to approve: ${what}`;
    super(message, 'Approval', { ...options, advice, pending: options.pending ?? [advice] });
  }
}

/** What would change now differs from what was approved. */
export class DriftError extends RunError {
  constructor(message: string, again: string) {
    super(message, 'StateConflict', { advice: `Review the drift, then ${again}` });
  }
}

/** The remote branch moved (pre-flight saw it, or the push was rejected): never forced. */
export class RemoteMovedError extends RunError {
  constructor(message: string, result?: CommandResult) {
    super(message, 'StateConflict', { result });
  }
}

/** The state folder could not be written (full disk, read-only): the run cannot be journaled. */
export class StateWriteError extends RunError {
  constructor(
    readonly path: string,
    readonly failure: NodeJS.ErrnoException,
  ) {
    super(
      `cannot write the execguard state ${path}: ${failure.code ?? ''} ${failure.message ?? ''}`.replace(/\s+/g, ' ').trim(),
      failure.code === 'EACCES' || failure.code === 'EPERM' || failure.code === 'EROFS' ? 'Permission' : 'Transient',
      {
        advice: `Free space in (or make writable) the execguard state folder, or set EXECGUARD_HOME to one that is, then run the command again`,
      },
    );
  }
}

/** Apply failed part-way: what was applied before the failure, for the report and a rollback. */
export class PartialApplyError extends RunError {
  constructor(
    message: string,
    result: CommandResult | undefined,
    errorClass: ErrorClass,
    readonly applied: string[],
    readonly notApplied: string[],
  ) {
    super(message, errorClass, { result });
  }
}

/** Wraps a state write so a failure surfaces as a StateWriteError naming the path. */
export function stateWrite<T>(path: string, write: () => T): T {
  try {
    return write();
  } catch (error) {
    // Only system errors (ENOSPC, EROFS, ...) are write failures; anything else keeps its type.
    if (
      error instanceof StateWriteError ||
      typeof (error as NodeJS.ErrnoException)?.code !== 'string' ||
      !(error as NodeJS.ErrnoException).syscall
    )
      throw error;
    throw new StateWriteError(path, error as NodeJS.ErrnoException);
  }
}
