// The agent loop as an orchestrator uses it: the guarded bash tool, and the same AGENT_STATUS
// check the SubagentStop hook applies to a sub-agent's final message.
import { checkStatus, formatStatusError } from '../status/parse.js';
import { guardedBashTool, type BashToolOptions } from './bash-tool.js';
import { runAgentLoop, type AgentLoopOptions, type AgentLoopResult } from './loop.js';

export { guardedBashTool, runAgentLoop };
export type { AgentLoopOptions, AgentLoopResult };

/** Errors of a final message that must end with a valid AGENT_STATUS block (empty when valid). */
export const finalStatusErrors = (text: string): string[] => checkStatus(text, { required: true }).errors.map(formatStatusError);

export interface ExecutionAgentOptions extends Omit<AgentLoopOptions, 'tools' | 'checkFinalMessage'> {
  workspace: Omit<BashToolOptions, 'approvalText'>;
}

/** One sub-agent run: the prompt is the user's (or orchestrator's) words and the only approval source. */
export function runExecutionAgent(options: ExecutionAgentOptions): Promise<AgentLoopResult> {
  const bash = guardedBashTool({ ...options.workspace, approvalText: options.prompt });
  return runAgentLoop({ ...options, tools: [bash], checkFinalMessage: finalStatusErrors });
}
