// PreToolUse for Bash: a thin adapter over decide(). The approval used is always the session's
// active grant (from the user's prompt, or narrowed for a sub-agent), never text found in the
// command itself; the caller is always an agent session.
import { activeGrant, type GrantRecord } from '../../state/grant-store.js';
import type { GrantBinding } from '../../approval/types.js';
import { decide, type DecisionInput, type GrantView } from '../../guard/decide.js';
import type { Policy } from '../../guard/policy.js';
import { decisionIoFor } from '../../state/protected-paths.js';
import type { HookAnswer } from '../answer.js';
import { type HookContext, protectedPathsOf } from '../context.js';
import { logDecision } from '../decision-log.js';
import { allow, ask, deny } from '../pre-tool-answer.js';

const withPrefix = (reason: string) => (reason.startsWith('execguard') ? reason : `execguard: ${reason}`);

/** The decision's inputs as the hook builds them. */
export function hookDecisionInput(command: string, ctx: HookContext, policy: Policy, grant: GrantView | GrantRecord | null): DecisionInput {
  // The store's records carry a binding once the approval side records one (plan digests, environments).
  const binding = (grant as { binding?: GrantBinding } | null)?.binding;
  return {
    command,
    cwd: ctx.cwd,
    grant: grant ? { id: grant.id, scope: grant.scope, ...(binding ? { binding } : {}) } : null,
    policy,
    protectedPaths: protectedPathsOf(ctx),
    agentSession: true,
    io: decisionIoFor(ctx.env, ctx.cwd),
  };
}

export async function guardBash(command: string, ctx: HookContext, policy: Policy, tool = 'Bash'): Promise<HookAnswer> {
  const grant = ctx.sessionId ? activeGrant(ctx.sessionId, new Date(), { env: ctx.env, agentId: ctx.agentId }) : null;
  const decision = await decide(hookDecisionInput(command, ctx, policy, grant));
  if (decision.decision === 'allow') return allow(policy.hookAllow);
  const rules = decision.rules.map((r) => r.id);
  const reason = withPrefix(decision.reason || `${decision.decision} (${rules.join(', ')})`);
  const grantId = decision.grantId ?? grant?.id;
  const stderr = logDecision(
    {
      time: new Date().toISOString(),
      session: ctx.sessionId,
      tool,
      command,
      decision: decision.decision,
      rules,
      reason,
      ...(grantId ? { grantId } : {}),
      ...(ctx.agentId ? { agentId: ctx.agentId } : {}),
    },
    ctx.env,
  );
  const answer = decision.decision === 'deny' ? deny(reason) : ask(reason);
  return stderr ? { ...answer, stderr } : answer;
}
