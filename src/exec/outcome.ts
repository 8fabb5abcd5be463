// Turns a finished or failed run into the ExecutionReport (rendered by src/status/report.ts) and
// closes the session. Pending steps say exactly what a human or agent must do next.
import { renderReport } from '../status/report.js';
import type { ExecutionReport } from '../status/report-types.js';
import { RECOMMENDED, recommendedFor } from './errors.js';
import { LockHeldError } from './lock.js';
import { errorClassOf } from './retry.js';
import type { LoadedPlan } from './plan-file.js';
import type { Session } from './session.js';
import { INTERRUPTED } from './steps.js';
import { StateWriteError } from './run-errors.js';
import { continueCommand } from './run-store.js';
import { StepError, type ErrorClass } from './types.js';

export interface RunResult {
  runId: string;
  runDir: string;
  status: 'COMPLETE' | 'BLOCKED';
  report: ExecutionReport;
  markdown: string;
}

export interface FailureContext {
  /** What was already done when the failure happened, for the rollback status. */
  rollbackStatus: string;
  pendingSteps: string[];
  recommendedFix?: string;
  nextAction?: string;
  /** Extra attempted actions (retries) recorded by the runner. */
  attempted: string[];
}

const PHASES: ExecutionReport['phases'][number]['name'][] = ['Pre-flight', 'Persist', 'Apply', 'Verify'];

export function exactErrorOf(error: unknown): string {
  if (error instanceof StepError && error.result) {
    const r = error.result;
    const out = `${r.stderr}\n${r.stdout}`
      .replace(/\x1b\[[0-9;]*m/g, '')
      .trim()
      .split('\n')
      .slice(-15)
      .join('\n');
    return `$ ${r.command}\n(exit ${r.exitCode})\n${out}`.slice(0, 4000);
  }
  return error instanceof Error ? error.message : String(error);
}

function interrupted(error: unknown, session: Session): boolean {
  return session.signal.aborted || (error instanceof StepError && error.result?.refused === INTERRUPTED);
}

function attemptedActions(session: Session, extra: string[]): string[] {
  const steps = session.steps?.history ?? [];
  const describe = ({ step, result }: (typeof steps)[number]) =>
    `${step}: \`${result.command}\` -> ${result.refused === INTERRUPTED ? 'interrupted' : result.refused ? 'refused by the guard' : `exit ${result.exitCode}`}`;
  // The steps that went wrong (and the retries) say what was attempted; successful probes do not.
  const failed = steps.filter(({ result }) => result.exitCode !== 0 || result.refused);
  const shown = failed.length ? failed : steps.slice(-1);
  return [...shown.map(describe), ...extra].slice(-25);
}

export function complete(session: Session, nextAction: string, commit?: string): RunResult {
  for (const name of PHASES)
    if (!session.phases.some((p) => p.name === name) && session.kind === 'execute') session.skip(name, 'not needed');
  const report: ExecutionReport = {
    planId: session.loaded.plan.id,
    runId: session.runId,
    operation: session.loaded.plan.operation,
    outcome: 'complete',
    phases: session.phases,
    ...(commit ? { commit } : {}),
    durationMs: session.elapsed(),
    agentId: session.runId,
    pendingSteps: [],
    nextAction,
  };
  const markdown = renderReport(report);
  session.close('COMPLETE', markdown);
  return { runId: session.runId, runDir: session.runDir, status: 'COMPLETE', report, markdown };
}

/** The guard refused a step (not an interruption): say so rather than "grant access". */
function guardRefusal(error: unknown): string | undefined {
  if (error instanceof StepError && error.result?.refused && error.result.refused !== INTERRUPTED) {
    return `Do not work around the guard: change the plan so that \`${error.result.command}\` is allowed, or get the approval the guard asks for (${error.result.refused.slice(0, 160)})`;
  }
  return undefined;
}

/** A run that could not even create its state folder (e.g. a read-only state directory). */
export function failedBeforeStart(loaded: LoadedPlan, error: unknown, home: string): RunResult {
  const errorType = errorClassOf(error);
  const message = error instanceof Error ? error.message : String(error);
  const fix =
    error instanceof StateWriteError || errorType === 'Permission'
      ? `Make the execguard state folder ${home} writable and give it free space (or set EXECGUARD_HOME), then run execguard execute again`
      : RECOMMENDED[errorType];
  const report: ExecutionReport = {
    planId: loaded.plan.id,
    runId: 'not-started',
    operation: loaded.plan.operation,
    outcome: 'failed',
    phases: [{ name: 'Pre-flight', status: 'failed', detail: [`cannot create the run folder in ${home}: ${message}`] }],
    failure: {
      errorType,
      exactError: message,
      rootCause: `the state folder ${home} cannot be written`,
      attemptedActions: [`create the run folder in ${home}`],
      recommendedFix: fix,
      rollbackStatus: 'nothing changed: the run did not start',
    },
    durationMs: 0,
    agentId: 'execguard',
    pendingSteps: [fix],
    nextAction: 'Report the failure to the user and wait for instructions',
  };
  return { runId: 'not-started', runDir: '', status: 'BLOCKED', report, markdown: renderReport(report) };
}

export function blocked(session: Session, error: unknown, fc: FailureContext, commit?: string): RunResult {
  const isInterrupt = interrupted(error, session);
  const errorType: ErrorClass = error instanceof LockHeldError ? 'StateConflict' : isInterrupt ? 'Transient' : errorClassOf(error);
  const message = error instanceof Error ? error.message : String(error);
  const reason = typeof session.signal.reason === 'string' ? session.signal.reason : 'a signal';
  const again = continueCommand(session.kind, session.runId, { rollbackOf: session.meta.rollbackOf, planPath: session.meta.planPath });
  const ran = new Set(session.phases.map((p) => p.name));
  for (const name of session.kind === 'execute' ? PHASES : []) if (!ran.has(name)) session.skip(name, 'not run: an earlier phase failed');
  const pending = isInterrupt
    ? [
        `The run was interrupted by ${reason}; inspect it with execguard runs ${session.runId}, then continue it with ${again}`,
        ...fc.pendingSteps,
      ]
    : error instanceof StateWriteError
      ? [
          `The run could not write its state (${error.path}): free space or fix the state folder, then continue with ${again}`,
          ...fc.pendingSteps,
        ]
      : fc.pendingSteps;
  const report: ExecutionReport = {
    planId: session.loaded.plan.id,
    runId: session.runId,
    operation: session.loaded.plan.operation,
    outcome: 'failed',
    phases: session.phases,
    failure: {
      errorType,
      exactError: exactErrorOf(error),
      rootCause: isInterrupt ? `interrupted by ${reason} (the current step was stopped and journaled)` : message,
      attemptedActions: attemptedActions(session, fc.attempted),
      recommendedFix: fc.recommendedFix ?? guardRefusal(error) ?? recommendedFor(error, errorType),
      rollbackStatus: fc.rollbackStatus,
    },
    ...(commit ? { commit } : {}),
    durationMs: session.elapsed(),
    agentId: session.runId,
    pendingSteps: pending.length ? pending : [fc.recommendedFix ?? guardRefusal(error) ?? recommendedFor(error, errorType)],
    nextAction: fc.nextAction ?? `Report the failure of run ${session.runId} to the user and wait for instructions`,
  };
  const markdown = renderReport(report);
  session.close('BLOCKED', markdown, errorType, isInterrupt || error instanceof StateWriteError);
  return { runId: session.runId, runDir: session.runDir, status: 'BLOCKED', report, markdown };
}
