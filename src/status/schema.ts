// The AGENT_STATUS contract (docs/architecture.md "AGENT_STATUS"): the words an agent may use and the
// moves it may make. Pure data; loaded by the stop hook, so nothing heavy is imported here.

export const OPEN_SENTINEL = '<!-- AGENT_STATUS -->';
export const CLOSE_SENTINEL = '<!-- /AGENT_STATUS -->';

export const PLAN_STATUSES = ['INVESTIGATING', 'PENDING_APPROVAL', 'APPROVED_EXECUTING', 'COMPLETE', 'BLOCKED', 'NEEDS_INPUT'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const PHASES = ['Investigation', 'Planning', 'Approval', 'Execute', 'Verify', 'Complete'] as const;
export type Phase = (typeof PHASES)[number];

/** Spellings read as another phase. */
export const PHASE_ALIASES: Readonly<Record<string, Phase>> = { Execution: 'Execute' };

export const KEYS = ['PLAN_STATUS', 'CURRENT_PHASE', 'PENDING_STEPS', 'NEXT_ACTION', 'AGENT_ID'] as const;
export type StatusKey = (typeof KEYS)[number];

export interface AgentStatus {
  planStatus: PlanStatus;
  currentPhase: Phase;
  pendingSteps: string[];
  nextAction: string;
  agentId: string;
}

/** Statuses that must say what is pending (someone has to act before the agent can go on). */
export const NEEDS_PENDING: readonly PlanStatus[] = ['BLOCKED', 'NEEDS_INPUT'];

/** Allowed moves from one reported status to the next. COMPLETE is terminal. */
export const TRANSITIONS: Readonly<Record<PlanStatus, readonly PlanStatus[]>> = {
  INVESTIGATING: ['PENDING_APPROVAL', 'BLOCKED', 'NEEDS_INPUT', 'COMPLETE'],
  PENDING_APPROVAL: ['APPROVED_EXECUTING', 'INVESTIGATING'],
  APPROVED_EXECUTING: ['APPROVED_EXECUTING', 'COMPLETE', 'BLOCKED'],
  COMPLETE: [],
  BLOCKED: ['INVESTIGATING', 'PENDING_APPROVAL', 'APPROVED_EXECUTING'],
  NEEDS_INPUT: ['INVESTIGATING', 'PENDING_APPROVAL', 'APPROVED_EXECUTING'],
};

export const AGENT_ID_PATTERN = /^[A-Za-z0-9_-]+$/;

export const isPlanStatus = (value: string): value is PlanStatus => (PLAN_STATUSES as readonly string[]).includes(value);

/** The block's template, shown to an agent whose block is wrong. */
export const FORMAT_TEMPLATE = [
  OPEN_SENTINEL,
  `PLAN_STATUS: <${PLAN_STATUSES.join(' | ')}>`,
  `CURRENT_PHASE: <${PHASES.join(' | ')}>`,
  'PENDING_STEPS: <JSON array of non-empty strings, on one line; [] when COMPLETE, at least one when BLOCKED or NEEDS_INPUT>',
  'NEXT_ACTION: <one non-empty line>',
  'AGENT_ID: <letters, digits, - and _>',
  CLOSE_SENTINEL,
].join('\n');
