// SubagentStart: the sub-agent claims, by its agent_id, the launch that started it (the grant the
// orchestrator's launch prompt carried, narrowed to the user's), so that several sub-agents
// launched at once each hold their own grant and none holds the main thread's (issue 18 §4).
// Never blocks: a sub-agent that claims nothing simply has no grant.
import { claimLaunch } from '../../state/grant-store.js';
import type { HookHandler } from '../hook-protocol.js';
import { hookContext } from '../context.js';
import { launchPromptHash } from '../subagent-prompt.js';

export const handle: HookHandler = async (input, env) => {
  const ctx = hookContext(input, env);
  if (!ctx.sessionId || !ctx.agentId)
    return { stderr: 'execguard: SubagentStart without session_id or agent_id: nothing claimed\n', exitCode: 0 };
  const promptHash = launchPromptHash(ctx);
  const claim = claimLaunch(ctx.sessionId, ctx.agentId, ctx.agentType, new Date(), { env, ...(promptHash ? { promptHash } : {}) });
  if (!claim) return { stderr: `execguard: sub-agent ${ctx.agentId} has no launch grant to claim\n`, exitCode: 0 };
  return {
    stderr: `execguard: sub-agent ${ctx.agentId} holds ${claim.kind === 'grant' ? `grant ${claim.id}` : 'no grant (its launch prompt did not approve)'}\n`,
    exitCode: 0,
  };
};
