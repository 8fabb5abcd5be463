// PreToolUse for Task/Agent: an orchestrator launching a sub-agent. An approval in the prompt it
// gives the sub-agent becomes that sub-agent's grant, but never more than the user granted: the
// agent must not be able to approve itself. The recorded scope is the intersection of the
// user's active grant and the prompt's scope, it ends when the user's grant ends, and with no user
// grant nothing is recorded. A launch prompt that does not approve leaves that sub-agent no grant.
// The prompt is read as a statement nobody asked for: only "User approved. …" / "Approved. …"
// counts, never "apply the infra folder", and the user's binding (environments, digests) carries over.
//
// Per agent (issue 18 §4): the launch is recorded as waiting for its sub-agent (its agent type,
// the tool call's id). The sub-agent claims it by its agent_id when it starts (SubagentStart), or
// at its first guarded call; several launched at once each claim their own. The main thread's
// grant is never a sub-agent's, and a sub-agent's is never the main thread's.
import { parseApproval } from '../../approval/scope.js';
import { intersectScopes } from '../../approval/scope-algebra.js';
import { activeGrant, activeUserGrant, recordGrant, revokeGrants } from '../../state/grant-store.js';
import type { Policy } from '../../guard/policy.js';
import type { HookAnswer, HookInput } from '../hook-protocol.js';
import type { HookContext } from '../context.js';
import { allow } from '../permission-answers.js';
import { launchBinding } from '../launch-binding.js';
import { promptHash } from '../subagent-prompt.js';

/** Claude Code's default sub-agent type when the call names none. */
const DEFAULT_AGENT_TYPE = 'general-purpose';

export function recordSubagentLaunch(input: HookInput, ctx: HookContext, policy: Policy): HookAnswer {
  const toolInput = input.tool_input as Record<string, unknown> | undefined;
  const prompt = typeof toolInput?.prompt === 'string' ? toolInput.prompt : '';
  if (!ctx.sessionId) return { ...allow('silent'), stderr: 'execguard: no session id: sub-agent launch not recorded\n' };
  const agentType = typeof toolInput?.subagent_type === 'string' && toolInput.subagent_type ? toolInput.subagent_type : DEFAULT_AGENT_TYPE;
  const launch = {
    agentType,
    promptHash: promptHash(prompt),
    ...(typeof input.tool_use_id === 'string' ? { toolUseId: input.tool_use_id } : {}),
  };
  // A sub-agent launching a sub-agent hands on at most its own grant; the main thread, the user's.
  const user = ctx.agentId
    ? activeGrant(ctx.sessionId, new Date(), { env: ctx.env, agentId: ctx.agentId })
    : activeUserGrant(ctx.sessionId, new Date(), { env: ctx.env });
  if (!user) {
    // Nothing to narrow: whatever the prompt says, the sub-agent gets no grant.
    return { ...allow('silent'), stderr: 'execguard: no active user grant: an approval in the sub-agent prompt grants nothing\n' };
  }
  const parentId = user.parentGrantId ?? user.id;
  const scope = parseApproval(prompt, { pending: false });
  const narrowed = intersectScopes(user.scope, scope);
  const binding = launchBinding(user.binding, prompt);
  if (narrowed.affirmed && binding !== null) {
    const grant = recordGrant(
      {
        sessionId: ctx.sessionId,
        source: 'orchestrator-prompt',
        scope: narrowed,
        approvalMinutes: policy.approvalMinutes,
        parentGrantId: parentId,
        notAfter: user.expiresAt,
        launch,
        ...(binding ? { binding } : {}),
      },
      { env: ctx.env },
    );
    return {
      ...allow('silent'),
      stderr: `execguard: sub-agent launch grant ${grant.id} recorded for a ${agentType} sub-agent (within user grant ${parentId})\n`,
    };
  }
  revokeGrants({ sessionId: ctx.sessionId, source: 'orchestrator-prompt', scope, parentGrantId: parentId, launch }, { env: ctx.env });
  return {
    ...allow('silent'),
    stderr: `execguard: sub-agent prompt carries no approval: the ${agentType} sub-agent it starts gets no grant\n`,
  };
}
