// PreToolUse for Task/Agent: an orchestrator launching a sub-agent. An approval in the prompt it
// gives the sub-agent becomes the sub-agent's grant, but never more than the user granted: the
// agent must not be able to approve itself. The recorded scope is the intersection of the
// user's active grant and the prompt's scope, it ends when the user's grant ends, and with no user
// grant nothing is recorded. A launch prompt that does not approve leaves sub-agents no grant.
// The prompt is read as a statement nobody asked for: only "User approved. …" / "Approved. …"
// counts, never "apply the infra folder", and the user's binding (environments, digests) carries over.
import { parseApproval } from '../../approval/scope.js';
import { activeUserGrant, intersectScopes, recordGrant, revokeGrants } from '../../state/grant-store.js';
import type { Policy } from '../../guard/policy.js';
import type { HookAnswer, HookInput } from '../answer.js';
import type { HookContext } from '../context.js';
import { allow } from '../pre-tool-answer.js';

export function recordSubagentLaunch(input: HookInput, ctx: HookContext, policy: Policy): HookAnswer {
  const toolInput = input.tool_input as Record<string, unknown> | undefined;
  const prompt = typeof toolInput?.prompt === 'string' ? toolInput.prompt : '';
  if (!ctx.sessionId) return { ...allow('silent'), stderr: 'execguard: no session id: sub-agent launch not recorded\n' };
  const user = activeUserGrant(ctx.sessionId, new Date(), { env: ctx.env });
  if (!user) {
    // Nothing to narrow: whatever the prompt says, the sub-agent gets no grant.
    return { ...allow('silent'), stderr: 'execguard: no active user grant: an approval in the sub-agent prompt grants nothing\n' };
  }
  const scope = parseApproval(prompt, { pending: false });
  const narrowed = intersectScopes(user.scope, scope);
  if (narrowed.affirmed) {
    const grant = recordGrant(
      {
        sessionId: ctx.sessionId,
        source: 'orchestrator-prompt',
        scope: narrowed,
        approvalMinutes: policy.approvalMinutes,
        parentGrantId: user.id,
        notAfter: user.expiresAt,
        ...(user.binding ? { binding: user.binding } : {}),
      },
      { env: ctx.env },
    );
    return { ...allow('silent'), stderr: `execguard: sub-agent grant ${grant.id} recorded (within user grant ${user.id})\n` };
  }
  revokeGrants({ sessionId: ctx.sessionId, source: 'orchestrator-prompt', scope, parentGrantId: user.id }, { env: ctx.env });
  return { ...allow('silent'), stderr: 'execguard: sub-agent prompt carries no approval: sub-agents launched now get no grant\n' };
}
