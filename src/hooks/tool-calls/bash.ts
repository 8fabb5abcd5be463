// PreToolUse for Bash, in three steps: gather the call's inputs in one place (gatherBashCall: the
// session's policy, the grant the call relies on, decide()'s inputs from the one builder in
// state/decision-input.ts), descend into the core once (judgeBashCall: decide()), give one answer
// (answerBashCall: Claude Code's permission, the decision log for people, the turn's refusals
// for the approval request). The approval used is always the session's active grant (from the
// user's prompt, or narrowed for a sub-agent), never text found in the command itself; the
// caller is always an agent session.
import { activeGrant, claimLaunch, type GrantRecord } from '../../state/grant-store.js';
import { decide, type DecisionInput, type GrantView } from '../../guard/decide.js';
import type { Policy } from '../../guard/policy.js';
import { decisionInput, grantFromStore } from '../../state/decision-input.js';
import { recordTurnDenial } from '../../state/turn-denials.js';
import type { HookAnswer } from '../hook-protocol.js';
import { type HookContext, hookEnvOf } from '../context.js';
import { logDecision } from '../decision-log.js';
import { launchPromptHash } from '../subagent-prompt.js';
import { allow, ask, deny } from '../permission-answers.js';

const withPrefix = (reason: string) => (reason.startsWith('execguard') ? reason : `execguard: ${reason}`);

/**
 * The decision's inputs for a Bash call: the session's grant (its binding kept), and the caller is an agent.
 * @internal exported for its tests (knip --production)
 */
export function hookDecisionInput(command: string, ctx: HookContext, policy: Policy, grant: GrantView | GrantRecord | null): DecisionInput {
  return decisionInput({ command, cwd: ctx.cwd, env: hookEnvOf(ctx), policy, grant: grantFromStore(grant), agentSession: true });
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

/** Everything the Bash guard needs for one call, gathered before anything is decided. */
export interface BashCall {
  tool: string;
  command: string;
  ctx: HookContext;
  policy: Policy;
  /** The grant the call relies on: the user's, or a sub-agent's own. */
  grant: GrantRecord | null;
  /** decide()'s inputs, from the one builder. */
  input: DecisionInput;
}

/** The one place the Bash path reads its inputs: the policy file, the grant store, the protected paths and I/O. */
export async function gatherBashCall(
  command: string,
  ctx: HookContext,
  policy: Policy,
  tool = 'Bash',
  unsandboxed = false,
): Promise<BashCall> {
  const grant = grantFor(ctx);
  const input = hookDecisionInput(command, ctx, policy, grant);
  // A call that asks to leave the sandbox (contained mode's only door): docs/contained.md.
  if (unsandboxed) input.unsandboxed = (await import('./unsandboxed-request.js')).unsandboxedRequestOf(ctx, grant);
  return { tool, command, ctx, policy, grant, input };
}

/** What the guard concluded, as the answer reports it. */
interface BashVerdict {
  decision: 'allow' | 'ask' | 'deny';
  rules: string[];
  reason: string;
  grantId?: string;
}

/** The executor, started by a sub-agent: it takes the session's grant, so a sub-agent needs one of its own first. */
const EXECUTOR = /\b(execguard|cli\.mjs|executor\.mjs)\b[\s\S]*\b(execute|resume|rollback|agent)\b/;
const SUBAGENT_EXECUTOR =
  "execguard: blocked: a sub-agent may start the executor only with a grant of its own (the orchestrator's launch prompt carrying the user's approval); this sub-agent has none. Report back with PLAN_STATUS: PENDING_APPROVAL instead.";

/** The one descent into the core. */
async function judgeBashCall(call: BashCall): Promise<BashVerdict> {
  if (call.ctx.agentId && !call.grant && EXECUTOR.test(call.command))
    return { decision: 'deny', rules: ['approval-gate'], reason: SUBAGENT_EXECUTOR };
  const decision = await decide(call.input);
  const rules = decision.rules.map((r) => r.id);
  const grantId = decision.grantId ?? call.grant?.id;
  return {
    decision: decision.decision,
    rules,
    reason: withPrefix(decision.reason || `${decision.decision} (${rules.join(', ')})`),
    ...(grantId ? { grantId } : {}),
  };
}

/**
 * The one answer. A refusal is written twice, for two readers: the decision log for people
 * (`execguard log`), and a structured record of the turn's refusals that the approval request
 * reads at Stop (state/turn-denials.ts).
 */
function answerBashCall(call: BashCall, verdict: BashVerdict): HookAnswer {
  if (verdict.decision === 'allow') return allow(call.policy.hookAllow);
  const { ctx, tool, command } = call;
  const time = new Date().toISOString();
  const agent = ctx.agentId ? { agentId: ctx.agentId } : {};
  const { decision, rules, reason, grantId } = verdict;
  const notes = [
    logDecision(
      { time, session: ctx.sessionId, tool, command, decision, rules, reason, ...(grantId ? { grantId } : {}), ...agent },
      ctx.env,
    ),
    recordTurnDenial(ctx.env, ctx.sessionId, { time, command, decision, rules, ...agent }),
  ].filter(Boolean);
  const answer = decision === 'deny' ? deny(reason) : ask(reason);
  return notes.length ? { ...answer, stderr: notes.join('') } : answer;
}

export async function guardBash(call: BashCall): Promise<HookAnswer> {
  return answerBashCall(call, await judgeBashCall(call));
}
