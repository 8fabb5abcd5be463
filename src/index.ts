// `import { … } from 'execguard'`: the library face of execguard for orchestrators and tools that
// are not Claude Code. The same guard decision as the hooks, the AGENT_STATUS contract, the skill
// registry, and the execution sub-agent on @anthropic-ai/sdk.
import { checkStatus, formatStatusError, type CheckOptions } from './status/parse.js';
import { ExecguardInputError } from './agent/errors.js';
import { isPlanStatus, type AgentStatus, type PlanStatus } from './status/schema.js';

// The single guard decision (the hook, `execguard check`, the SDK tools and the executor use it).
export { decide, type DecisionInput, type DecisionIo, type GrantView, type ProtectedPaths } from './guard/decide.js';
export type { Decision } from './guard/types.js';
export { DEFAULT_POLICY, type Policy } from './guard/policy.js';
export { parsePolicy } from './guard/policy-parse.js';
export { parseApproval } from './approval/scope.js';
export type { ApprovalScope } from './approval/types.js';

// The execution sub-agent and the guard for hand-written loops.
export { DEFAULT_AGENT_MODEL, runExecutionAgent, type ExecutionAgentOptions, type ExecutionAgentResult } from './agent/execution-agent.js';
export { guardToolUse, type ToolUseContext, type GuardResult, type ToolUseLike } from './agent/guard-tool-use.js';
// The common case: one command in, a decision out, with the inputs the hook builds.
export { decideCommand, type DecideCommandOptions } from './agent/decide-command.js';
export { ExecguardInputError } from './agent/errors.js';
export type { AgentEvent } from './agent/loop.js';

// The skill registry.
export { buildRegistry, matchSkills } from './registry/registry.js';
export { loadRegistry, pluginSkillsDir } from './registry/load.js';
export type { Registry, RegistryError, SkillRecord } from './registry/types.js';

// The AGENT_STATUS contract.
export { renderStatus } from './status/render.js';
export { PHASES, PLAN_STATUSES, type AgentStatus, type Phase, type PlanStatus } from './status/schema.js';
export type { StatusError } from './status/parse.js';

export interface StatusValidation {
  valid: boolean;
  /** The parsed block, when it is valid. */
  status?: AgentStatus;
  /** One line per problem: `line N: KEY: what was expected`. */
  errors: string[];
}

/**
 * Validates the AGENT_STATUS block at the end of an agent's message. A missing block is an error;
 * `previous` checks that the new status is a legal move from the one reported before.
 */
export function validateAgentStatus(text: string, options: { previous?: PlanStatus } = {}): StatusValidation {
  if (typeof text !== 'string') throw new ExecguardInputError('text', `expected the agent's message, a string; got ${typeof text}`);
  if (options === null || typeof options !== 'object') throw new ExecguardInputError('options', 'expected { previous? }');
  if (options.previous !== undefined && !isPlanStatus(options.previous))
    throw new ExecguardInputError('options.previous', `'${String(options.previous)}' is not a plan status`);
  const check = checkStatus(text, { required: true, ...(options.previous ? { previous: options.previous } : {}) } satisfies CheckOptions);
  return {
    valid: check.valid,
    ...(check.valid && check.status ? { status: check.status } : {}),
    errors: check.errors.map(formatStatusError),
  };
}

/** The AGENT_STATUS block of a message, or null when there is none or it is invalid (see validateAgentStatus for why). */
export function parseAgentStatus(text: string): AgentStatus | null {
  const result = validateAgentStatus(text);
  return result.valid ? (result.status ?? null) : null;
}
