// The agent face of execguard, for orchestrators that are not Claude Code.
export { guardedBashTool } from './bash-tool.js';
export {
  DEFAULT_AGENT_MODEL,
  executionInstructions,
  runExecutionAgent,
  type ExecutionAgentOptions,
  type ExecutionAgentResult,
} from './execution-agent.js';
export { executorTools } from './executor-tools.js';
export { guardToolUse, type GuardContext, type GuardResult, type ToolUseLike } from './guard-tool-use.js';
export { runAgentLoop, type AgentEvent, type AgentLoopOptions, type AgentLoopResult, type AgentTool, type ToolOutcome } from './loop.js';
