// PreToolUse: the guard for Bash, grants for sub-agent launches, and protection of execguard's
// own files against the file tools. Malformed input is a deny (run.ts turns a throw into one).
import type { HookHandler } from '../answer.js';
import { hookContext } from '../context.js';
import { logDecision } from '../decision-log.js';
import { deny } from '../pre-tool-answer.js';
import { sessionPolicy } from '../session-policy.js';
import { guardFileEdit } from '../tools/file-edit.js';

const FILE_TOOLS = new Set(['Edit', 'Write', 'MultiEdit', 'NotebookEdit']);
const SUBAGENT_TOOLS = new Set(['Task', 'Agent']);

export const handle: HookHandler = async (input, env) => {
  const tool = input.tool_name;
  if (typeof tool !== 'string' || !tool) return deny('execguard: PreToolUse input has no tool_name: cannot tell what would run');
  const ctx = hookContext(input, env);
  if (FILE_TOOLS.has(tool)) return guardFileEdit(tool, input, ctx);
  const toolInput = input.tool_input;
  if (typeof toolInput !== 'object' || toolInput === null) return deny(`execguard: ${tool} call without tool_input: cannot tell what would run`);
  // The guard and the approval reader load only for the tools that need them: an Edit stays cheap.
  if (SUBAGENT_TOOLS.has(tool)) {
    const { recordSubagentLaunch } = await import('../tools/subagent.js');
    return recordSubagentLaunch(input, ctx, (await sessionPolicy(ctx.cwd)).policy);
  }
  if (tool === 'Bash') {
    const command = (toolInput as Record<string, unknown>).command;
    if (typeof command !== 'string') return deny('execguard: Bash call without a tool_input.command string: cannot tell what would run');
    const [{ guardBash }, { policy }] = await Promise.all([import('../tools/bash.js'), sessionPolicy(ctx.cwd)]);
    return guardBash(command, ctx, policy, tool);
  }
  // A name no handler knows reached a guarded matcher (`bash`, `Bash `, an MCP tool matched by a
  // pattern, a tool added by a newer Claude Code): execguard cannot tell what it would do, so it
  // fails closed rather than wave it through.
  const reason =
    `execguard: tool '${tool}' reached execguard's PreToolUse hook, but execguard does not know what it does ` +
    `(it checks ${[...KNOWN_TOOLS].join(', ')}), so it is blocked. Use one of those tools instead.`;
  const stderr = logDecision(
    { time: new Date().toISOString(), session: ctx.sessionId, tool, command: JSON.stringify(toolInput).slice(0, 2_000), decision: 'deny', rules: ['unknown-tool'], reason, ...(ctx.agentId ? { agentId: ctx.agentId } : {}) },
    env,
  );
  return { ...deny(reason), ...(stderr ? { stderr } : {}) };
};

const KNOWN_TOOLS = new Set(['Bash', ...SUBAGENT_TOOLS, ...FILE_TOOLS]);
