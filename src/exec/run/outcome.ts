// Turns a finished or failed run into the ExecutionReport (rendered by src/status/report.ts) and
// closes the setup. Pending steps say exactly what a human or agent must do next.
import { renderReport } from '../../status/report.js';
import type { ExecutionReport } from '../../status/report-types.js';
import { RECOMMENDED, recommendedFor } from './error-table.js';
import { LockHeldError } from '../journal/lock.js';
import { errorClassOf } from './retry.js';
import type { LoadedPlan } from '../plan/plan-file.js';
import type { RunSetup } from './run-setup.js';
import { INTERRUPTED } from './steps.js';
import { StateWriteError } from './run-errors.js';
import { continueCommand } from '../journal/run-store.js';
import { StepError, type ErrorClass } from '../types.js';

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

function interrupted(error: unknown, setup: RunSetup): boolean {
  return setup.signal.aborted || (error instanceof StepError && error.result?.refused === INTERRUPTED);
}

function attemptedActions(setup: RunSetup, extra: string[]): string[] {
  const steps = setup.steps?.history ?? [];
  const describe = ({ step, result }: (typeof steps)[number]) =>
    `${step}: \`${result.command}\` -> ${result.refused === INTERRUPTED ? 'interrupted' : result.refused ? 'refused by the guard' : `exit ${result.exitCode}`}`;
  // The steps that went wrong (and the retries) say what was attempted; successful probes do not.
  const failed = steps.filter(({ result }) => result.exitCode !== 0 || result.refused);
  const shown = failed.length ? failed : steps.slice(-1);
  return [...shown.map(describe), ...extra].slice(-25);
}

export function complete(setup: RunSetup, nextAction: string, commit?: string): RunResult {
  for (const name of PHASES) if (!setup.phases.some((p) => p.name === name) && setup.kind === 'execute') setup.skip(name, 'not needed');
  const report: ExecutionReport = {
    planId: setup.loaded.plan.id,
    runId: setup.runId,
    operation: setup.loaded.plan.operation,
    outcome: 'complete',
    phases: setup.phases,
    ...(commit ? { commit } : {}),
    durationMs: setup.elapsed(),
    agentId: setup.runId,
    pendingSteps: [],
    nextAction,
  };
  const markdown = renderReport(report);
  setup.close('COMPLETE', markdown);
  return { runId: setup.runId, runDir: setup.runDir, status: 'COMPLETE', report, markdown };
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

export function blocked(setup: RunSetup, error: unknown, fc: FailureContext, commit?: string): RunResult {
  const isInterrupt = interrupted(error, setup);
  const errorType: ErrorClass = error instanceof LockHeldError ? 'StateConflict' : isInterrupt ? 'Transient' : errorClassOf(error);
  const message = error instanceof Error ? error.message : String(error);
  const reason = typeof setup.signal.reason === 'string' ? setup.signal.reason : 'a signal';
  const again = continueCommand(setup.kind, setup.runId, { rollbackOf: setup.meta.rollbackOf, planPath: setup.meta.planPath });
  const ran = new Set(setup.phases.map((p) => p.name));
  for (const name of setup.kind === 'execute' ? PHASES : []) if (!ran.has(name)) setup.skip(name, 'not run: an earlier phase failed');
  const pending = isInterrupt
    ? [
        `The run was interrupted by ${reason}; inspect it with execguard runs ${setup.runId}, then continue it with ${again}`,
        ...fc.pendingSteps,
      ]
    : error instanceof StateWriteError
      ? [
          `The run could not write its state (${error.path}): free space or fix the state folder, then continue with ${again}`,
          ...fc.pendingSteps,
        ]
      : fc.pendingSteps;
  const report: ExecutionReport = {
    planId: setup.loaded.plan.id,
    runId: setup.runId,
    operation: setup.loaded.plan.operation,
    outcome: 'failed',
    phases: setup.phases,
    failure: {
      errorType,
      exactError: exactErrorOf(error),
      rootCause: isInterrupt ? `interrupted by ${reason} (the current step was stopped and journaled)` : message,
      attemptedActions: attemptedActions(setup, fc.attempted),
      recommendedFix: fc.recommendedFix ?? guardRefusal(error) ?? recommendedFor(error, errorType),
      rollbackStatus: fc.rollbackStatus,
    },
    ...(commit ? { commit } : {}),
    durationMs: setup.elapsed(),
    agentId: setup.runId,
    pendingSteps: pending.length ? pending : [fc.recommendedFix ?? guardRefusal(error) ?? recommendedFor(error, errorType)],
    nextAction: fc.nextAction ?? `Report the failure of run ${setup.runId} to the user and wait for instructions`,
  };
  const markdown = renderReport(report);
  setup.close('BLOCKED', markdown, errorType, isInterrupt || error instanceof StateWriteError);
  return { runId: setup.runId, runDir: setup.runDir, status: 'BLOCKED', report, markdown };
}
