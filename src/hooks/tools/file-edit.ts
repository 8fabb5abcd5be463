// PreToolUse for Edit, Write, MultiEdit and NotebookEdit: the agent may not change execguard's
// policy, hook registrations, Claude Code settings or execguard's state to unlock itself.
import type { HookAnswer, HookInput } from '../answer.js';
import type { HookContext } from '../context.js';
import { logDecision } from '../decision-log.js';
import { allow, deny } from '../pre-tool-answer.js';
import { protectedReason } from '../protected-paths.js';

export function guardFileEdit(tool: string, input: HookInput, ctx: HookContext): HookAnswer {
  const toolInput = input.tool_input as Record<string, unknown> | undefined;
  const path = toolInput?.file_path ?? toolInput?.notebook_path;
  if (typeof path !== 'string' || !path) {
    return deny(`execguard: ${tool} call without tool_input.file_path: cannot tell which file it changes`);
  }
  const what = protectedReason(path, ctx);
  if (!what) return allow('silent');
  const reason =
    `execguard: ${tool} on ${path} is blocked: it is ${what}. An agent may not change execguard's ` +
    'policy, hook registrations, Claude Code settings or execguard state. If the change is needed, ' +
    'describe it and ask the user to make it.';
  const stderr = logDecision(
    { time: new Date().toISOString(), session: ctx.sessionId, tool, command: path, decision: 'deny', rules: ['protected-file'], reason, ...(ctx.agentId ? { agentId: ctx.agentId } : {}) },
    ctx.env,
  );
  return { ...deny(reason), ...(stderr ? { stderr } : {}) };
}
