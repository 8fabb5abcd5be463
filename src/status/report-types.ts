// The execution report an executor run ends with (rendered by report.ts, followed by AGENT_STATUS).
// Pure data: the executors fill it in; status imports nothing from them.

/** How a failure is classified in the report (the executors' StepError carries one). */
export type ErrorClass = 'Transient' | 'Validation' | 'Permission' | 'StateConflict' | 'Approval';

export interface ExecutionReport {
  planId: string;
  runId: string;
  operation: string;
  outcome: 'complete' | 'failed';
  /** Phases with their result, in order. */
  phases: { name: 'Pre-flight' | 'Persist' | 'Apply' | 'Verify' | 'Rollback'; status: 'ok' | 'failed' | 'skipped'; detail: string[] }[];
  /** Present when outcome is 'failed'. */
  failure?: {
    errorType: ErrorClass;
    exactError: string;
    rootCause: string;
    attemptedActions: string[];
    recommendedFix: string;
    rollbackStatus: string;
  };
  /** Commit pushed by Persist, if any. */
  commit?: string;
  durationMs: number;
  /** For the AGENT_STATUS block. */
  agentId: string;
  pendingSteps: string[];
  nextAction: string;
}
