// PreToolUse: the guard for Bash, grants for sub-agent launches, and protection of execguard's
// own files against the file tools. Malformed input and tools it does not know are denied, and
// every such fail-closed deny is logged (answer-event.ts turns a throw into a logged deny too).
import type { HookAnswer, HookHandler } from '../hook-protocol.js';
import { type HookContext, hookContext } from '../context.js';
import { logDecision } from '../decision-log.js';
import { deny } from '../permission-answers.js';
import { sessionPolicy } from '../session-policy.js';
import { guardFileEdit } from '../tool-calls/file-edit.js';
import { guardRead, READ_TOOLS } from '../tool-calls/read.js';

const FILE_TOOLS = new Set(['Edit', 'Write', 'MultiEdit', 'NotebookEdit']);
const SUBAGENT_TOOLS = new Set(['Task', 'Agent']);
const KNOWN_TOOLS = ['Bash', ...SUBAGENT_TOOLS, ...FILE_TOOLS, ...READ_TOOLS, 'AskUserQuestion'];

/** A deny execguard gives because it cannot tell what the call would do; recorded like any other. */
function refuse(ctx: HookContext, tool: string, what: unknown, rule: string, reason: string): HookAnswer {
  const command = typeof what === 'string' ? what : (JSON.stringify(what) ?? '').slice(0, 2_000);
  const stderr = logDecision(
    {
      time: new Date().toISOString(),
      session: ctx.sessionId,
      tool,
      command,
      decision: 'deny',
      rules: [rule],
      reason,
      ...(ctx.agentId ? { agentId: ctx.agentId } : {}),
    },
    ctx.env,
  );
  return { ...deny(reason), ...(stderr ? { stderr } : {}) };
}

export const handle: HookHandler = async (input, env) => {
  const ctx = hookContext(input, env);
  const tool = input.tool_name;
  if (typeof tool !== 'string' || !tool)
    return refuse(
      ctx,
      '',
      input.tool_input ?? '',
      'fail-closed',
      'execguard: PreToolUse input has no tool_name: cannot tell what would run',
    );
  const toolInput = input.tool_input;
  if (typeof toolInput !== 'object' || toolInput === null)
    return refuse(ctx, tool, '', 'fail-closed', `execguard: ${tool} call without tool_input: cannot tell what would run`);
  const fields = toolInput as Record<string, unknown>;
  if (FILE_TOOLS.has(tool)) {
    const path = fields.file_path ?? fields.notebook_path;
    if (typeof path !== 'string' || !path)
      return refuse(
        ctx,
        tool,
        fields,
        'fail-closed',
        `execguard: ${tool} call without tool_input.file_path: cannot tell which file it changes`,
      );
    return guardFileEdit(tool, input, ctx);
  }
  if (READ_TOOLS.has(tool)) return guardRead(tool, input, ctx);
  // The guard and the approval reader load only for the tools that need them: an Edit stays cheap.
  if (SUBAGENT_TOOLS.has(tool)) {
    const { recordSubagentLaunch } = await import('../tool-calls/subagent.js');
    return recordSubagentLaunch(input, ctx, (await sessionPolicy(ctx.cwd, ctx.env)).policy);
  }
  if (tool === 'AskUserQuestion') {
    const { askUserQuestion } = await import('../tool-calls/ask-user-question.js');
    return askUserQuestion(input, ctx);
  }
  if (tool === 'Bash') {
    const command = fields.command;
    if (typeof command !== 'string')
      return refuse(
        ctx,
        tool,
        fields,
        'fail-closed',
        'execguard: Bash call without a tool_input.command string: cannot tell what would run',
      );
    const [{ gatherBashCall, guardBash }, { policy }, { bindExecutorCall }] = await Promise.all([
      import('../tool-calls/bash.js'),
      sessionPolicy(ctx.cwd, ctx.env),
      import('../tool-calls/executor-call.js'),
    ]);
    const unsandboxed = fields.dangerouslyDisableSandbox !== undefined && fields.dangerouslyDisableSandbox !== false;
    return bindExecutorCall(await guardBash(await gatherBashCall(command, ctx, policy, tool, unsandboxed)), input, ctx);
  }
  // A name no handler knows reached a guarded matcher (`bash`, `Bash `, an MCP tool matched by a
  // pattern, a tool added by a newer Claude Code): execguard cannot tell what it would do, so it
  // fails closed rather than wave it through.
  return refuse(
    ctx,
    tool,
    fields,
    'unknown-tool',
    `execguard: tool '${tool}' reached execguard's PreToolUse hook, but execguard does not know what it does ` +
      `(it checks ${KNOWN_TOOLS.join(', ')}), so it is blocked. Use one of those tools instead.`,
  );
};
