import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  StepError
} from "./chunk-DCM7PZVW.mjs";

// src/exec/run/order.ts
var byCodePoint = (a, b) => a < b ? -1 : a > b ? 1 : 0;

// src/exec/run/run-errors.ts
var RunError = class extends StepError {
  advice;
  pending;
  step;
  constructor(message, errorClass, options = {}) {
    super(message, options.result, errorClass);
    this.advice = options.advice;
    this.pending = options.pending ?? (options.advice ? [options.advice] : []);
    this.step = options.step;
  }
};
var ApprovalError = class extends RunError {
  constructor(message, what, options = {}) {
    const advice = `Ask the user to approve: ${what}`;
    super(message, "Approval", { ...options, advice, pending: options.pending ?? [advice] });
  }
};
var DriftError = class extends RunError {
  constructor(message, again) {
    super(message, "StateConflict", { advice: `Review the drift, then ${again}` });
  }
};
var RemoteMovedError = class extends RunError {
  constructor(message, result) {
    super(message, "StateConflict", { result });
  }
};
var StateWriteError = class extends RunError {
  constructor(path, failure) {
    super(
      `cannot write the execguard state ${path}: ${failure.code ?? ""} ${failure.message ?? ""}`.replace(/\s+/g, " ").trim(),
      failure.code === "EACCES" || failure.code === "EPERM" || failure.code === "EROFS" ? "Permission" : "Transient",
      {
        advice: `Free space in (or make writable) the execguard state folder, or set EXECGUARD_HOME to one that is, then run the command again`
      }
    );
    this.path = path;
    this.failure = failure;
  }
  path;
  failure;
};
var PartialApplyError = class extends RunError {
  constructor(message, result, errorClass, applied, notApplied) {
    super(message, errorClass, { result });
    this.applied = applied;
    this.notApplied = notApplied;
  }
  applied;
  notApplied;
};
function stateWrite(path, write) {
  try {
    return write();
  } catch (error) {
    if (error instanceof StateWriteError || typeof error?.code !== "string" || !error.syscall)
      throw error;
    throw new StateWriteError(path, error);
  }
}

export {
  byCodePoint,
  RunError,
  ApprovalError,
  DriftError,
  RemoteMovedError,
  StateWriteError,
  PartialApplyError,
  stateWrite
};
