// PreToolUse for Bash: a thin adapter over decide(). The approval used is always the session's
// active grant (from the user's prompt, or narrowed for a sub-agent), never text found in the
// command itself; the caller is always an agent session.
import { activeGrant, claimLaunch, type GrantRecord } from '../../state/grant-store.js';
import type { GrantBinding } from '../../approval/types.js';
import { decide, type DecisionInput, type GrantView } from '../../guard/decide.js';
import type { Policy } from '../../guard/policy.js';
import { decisionIoFor } from '../../state/protected-paths.js';
import type { HookAnswer } from '../answer.js';
import { type HookContext, protectedPathsOf } from '../context.js';
import { logDecision } from '../decision-log.js';
import { launchPromptHash } from '../subagent-prompt.js';
import { allow, ask, deny } from '../pre-tool-answer.js';

const withPrefix = (reason: string) => (reason.startsWith('execguard') ? reason : `execguard: ${reason}`);

/**
 * The decision's inputs as the hook builds them.
 * @internal exported for its tests (knip --production)
 */
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

/**
 * The grant this call relies on: the user's for the main thread; for a sub-agent, only its own
 * (claimed now from the launch that started it, if SubagentStart did not claim it already).
 */
function grantFor(ctx: HookContext, now = new Date()): GrantRecord | null {
  if (!ctx.sessionId) return null;
  const options = { env: ctx.env, agentId: ctx.agentId };
  const grant = activeGrant(ctx.sessionId, now, options);
  if (grant || !ctx.agentId) return grant;
  const promptHash = launchPromptHash(ctx);
  return claimLaunch(ctx.sessionId, ctx.agentId, ctx.agentType, now, { env: ctx.env, ...(promptHash ? { promptHash } : {}) })
    ? activeGrant(ctx.sessionId, now, options)
    : null;
}

/** The executor, started by a sub-agent: it takes the session's grant, so a sub-agent needs one of its own first. */
const EXECUTOR = /\b(execguard|cli\.mjs|executor\.mjs)\b[\s\S]*\b(execute|resume|rollback|agent)\b/;

export async function guardBash(command: string, ctx: HookContext, policy: Policy, tool = 'Bash'): Promise<HookAnswer> {
  const grant = grantFor(ctx);
  if (ctx.agentId && !grant && EXECUTOR.test(command)) {
    const reason =
      "execguard: blocked: a sub-agent may start the executor only with a grant of its own (the orchestrator's launch prompt carrying the user's approval); this sub-agent has none. Report back with PLAN_STATUS: PENDING_APPROVAL instead.";
    const stderr = logDecision(
      {
        time: new Date().toISOString(),
        session: ctx.sessionId,
        tool,
        command,
        decision: 'deny',
        rules: ['approval-gate'],
        reason,
        agentId: ctx.agentId,
      },
      ctx.env,
    );
    return stderr ? { ...deny(reason), stderr } : deny(reason);
  }
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
