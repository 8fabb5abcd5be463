// PreToolUse for a Bash call that may start the executor: tells the executor which agent runs it
// (issue 18 §4). The hook is the one party that knows the caller's agent_id; it records a signed
// claim naming it and appends the claim's one-time nonce to the command through updatedInput, as
// `--call NONCE` (see state/executor-calls.ts). Appended, so the command still starts as the agent
// wrote it: a permission rule on its prefix (contained mode's `Bash(<plugin>/bin/execguard
// execute:*)`, docs/contained.md) still matches. The agent never passes a nonce itself: a command
// that names `--call` or EXECGUARD_CALL is blocked, so it cannot borrow another call's claim.
import { CALL_ENV, recordExecutorCall } from '../../state/executor-calls.js';
import type { HookAnswer, HookInput } from '../hook-protocol.js';
import type { HookContext } from '../context.js';
import { logDecision } from '../decision-log.js';
import { deny } from '../permission-answers.js';

/**
 * The executor started as the call's one command (`execguard execute plans/x.yaml`, through node or
 * npx too), plain arguments only. Only such a call gets a claim: it starts the executor at once,
 * which uses the claim up. A command that runs it some other way (after `&&`, in a loop, under
 * another name) gets none, and the executor refuses to run without one.
 */
const DIRECT_EXECUTOR =
  /^\s*(?:(?:node|npx)\s+)?(?:[\w./~-]*\/)?(?:execguard|cli\.mjs|execguard\.mjs)\s+(?:execute|resume|rollback)(?:\s+(?:[\w./:@=,+-]+|"[^"$`\\]*"|'[^']*'))*\s*$/;

/** `--call` anywhere in the command, as a word (`--call X`, `--call=X`, quoted). */
const CALL_FLAG = /(^|[\s'"=])--call(\b|=)/;

const isDeny = (answer: HookAnswer) =>
  (answer.json?.hookSpecificOutput as { permissionDecision?: string } | undefined)?.permissionDecision === 'deny';

function refuse(ctx: HookContext, command: string, reason: string): HookAnswer {
  const stderr = logDecision(
    {
      time: new Date().toISOString(),
      session: ctx.sessionId,
      tool: 'Bash',
      command,
      decision: 'deny',
      rules: ['executor-call'],
      reason,
      ...(ctx.agentId ? { agentId: ctx.agentId } : {}),
    },
    ctx.env,
  );
  return { ...deny(reason), ...(stderr ? { stderr } : {}) };
}

/** The guard's answer for a Bash call, with the call's claim added when it may start the executor. */
export function bindExecutorCall(answer: HookAnswer, input: HookInput, ctx: HookContext): HookAnswer {
  const toolInput = input.tool_input as Record<string, unknown>;
  const command = String(toolInput.command);
  if (isDeny(answer)) return answer;
  if (command.includes(CALL_ENV) || CALL_FLAG.test(command))
    return refuse(
      ctx,
      command,
      `execguard: blocked: ${CALL_ENV} and --call are set by execguard's hook for the call they belong to, never by a command`,
    );
  if (!DIRECT_EXECUTOR.test(command) || !ctx.sessionId) return answer;
  let nonce: string;
  try {
    nonce = recordExecutorCall(ctx.stateHome, {
      sessionId: ctx.sessionId,
      command,
      ...(ctx.agentId ? { agentId: ctx.agentId } : {}),
      ...(ctx.agentType ? { agentType: ctx.agentType } : {}),
      ...(typeof input.tool_use_id === 'string' ? { toolUseId: input.tool_use_id } : {}),
    });
  } catch (error) {
    // No claim: the executor would refuse without one, so say why here instead.
    return refuse(ctx, command, `execguard: blocked: could not record which agent runs the executor: ${(error as Error).message}`);
  }
  const output = (answer.json?.hookSpecificOutput ?? { hookEventName: 'PreToolUse' }) as Record<string, unknown>;
  return {
    ...answer,
    json: {
      ...answer.json,
      // DIRECT_EXECUTOR allows plain arguments only: nothing after them can swallow the flag.
      hookSpecificOutput: { ...output, updatedInput: { ...toolInput, command: `${command.trimEnd()} --call ${nonce}` } },
    },
  };
}
