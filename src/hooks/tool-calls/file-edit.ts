// PreToolUse for Edit, Write, MultiEdit and NotebookEdit: the agent may not change execguard's
// state, the plugin, Claude Code settings (.claude/, managed settings) or the policy file. The
// same protected-path data as the Bash guard decides it.
import { protectedWhy, resolveWord } from '../../guard/protected-path-checks.js';
import { resolveLinks } from '../../state/decision-input.js';
import type { HookAnswer, HookInput } from '../hook-protocol.js';
import { type HookContext, protectedPathsOf } from '../context.js';
import { logDecision } from '../decision-log.js';
import { allow, deny } from '../permission-answers.js';

/**
 * Why the file tool may not write `path`, or null.
 * @internal exported for its tests (knip --production)
 */
export function fileEditProtected(path: string, ctx: Pick<HookContext, 'cwd' | 'env' | 'pluginRoot'>): string | null {
  const pp = protectedPathsOf(ctx);
  // File tools take the path literally: no variables, no globs.
  const r = resolveWord(path, false, ctx.cwd, pp);
  if (r.kind !== 'path') return r.kind === 'unknown' ? `a path that cannot be resolved (${r.why})` : null;
  return protectedWhy(r.path, pp) ?? protectedWhy(resolveLinks(r.path), pp);
}

export function guardFileEdit(tool: string, input: HookInput, ctx: HookContext): HookAnswer {
  const toolInput = input.tool_input as Record<string, unknown> | undefined;
  const path = toolInput?.file_path ?? toolInput?.notebook_path;
  if (typeof path !== 'string' || !path) {
    return deny(`execguard: ${tool} call without tool_input.file_path: cannot tell which file it changes`);
  }
  const what = fileEditProtected(path, ctx);
  if (!what) return allow('silent');
  const reason =
    `execguard: ${tool} on ${path} is blocked: it is ${what}. An agent may not change execguard's ` +
    'state, the plugin, Claude Code settings or the policy file. If the change is needed, ' +
    'describe it and ask the user to make it.';
  return refuseProtected(ctx, tool, path, reason);
}

/** A file tool's call on a protected path: denied, and logged like the Bash guard's denials. */
export function refuseProtected(ctx: HookContext, tool: string, shown: string, reason: string): HookAnswer {
  const stderr = logDecision(
    {
      time: new Date().toISOString(),
      session: ctx.sessionId,
      tool,
      command: shown,
      decision: 'deny',
      rules: ['protected-path'],
      reason,
      ...(ctx.agentId ? { agentId: ctx.agentId } : {}),
    },
    ctx.env,
  );
  return { ...deny(reason), ...(stderr ? { stderr } : {}) };
}
