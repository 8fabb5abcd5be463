// PostToolUse for AskUserQuestion: the user's selection among the options execguard minted
// (tool-calls/ask-user-question.ts) is the approval, exactly as labelled (issue 18 §5). The
// selection is read from tool_response, the tool's own output, which the agent cannot write. The
// nonce in the label names the open request it answers and the choice (A approve, D approve
// including destroy, R refuse); the words around it count for nothing, so a label in another
// language or reworded by the UI grants exactly the same. A nonce that names no open request
// (already answered, expired, never minted) grants nothing. Never blocks.
import { DEFAULT_POLICY } from '../../guard/policy.js';
import { openPendingRequest, recordGrant, revokeGrants } from '../../state/grant-store.js';
import type { ApprovalScope } from '../../approval/types.js';
import type { HookAnswer, HookHandler } from '../hook-protocol.js';
import { hookContext } from '../context.js';
import { sessionPolicy } from '../session-policy.js';

const NONCE = /\[P-([0-9a-f]{12})-([ADR])\]/gi;

const context = (text: string, stderr?: string): HookAnswer => ({
  json: { hookSpecificOutput: { hookEventName: 'PostToolUse', additionalContext: text } },
  ...(stderr ? { stderr } : {}),
  exitCode: 0,
});

/** Every string the user's answer carries (answers by question, and free text). */
function answerTexts(response: unknown): string[] {
  if (typeof response === 'string') return [response];
  if (typeof response !== 'object' || response === null) return [];
  const r = response as { answers?: unknown; response?: unknown };
  const out: string[] = [];
  if (r.answers && typeof r.answers === 'object')
    for (const v of Object.values(r.answers as Record<string, unknown>)) if (typeof v === 'string') out.push(v);
  if (typeof r.response === 'string') out.push(r.response);
  return out;
}

export const handle: HookHandler = async (input, env) => {
  if (input.tool_name !== 'AskUserQuestion') return { exitCode: 0 };
  const ctx = hookContext(input, env);
  const chosen = new Map<string, Set<string>>();
  for (const text of answerTexts(input.tool_response))
    for (const m of text.matchAll(NONCE)) {
      const nonce = m[1].toLowerCase();
      if (!chosen.has(nonce)) chosen.set(nonce, new Set());
      chosen.get(nonce)?.add(m[2].toUpperCase());
    }
  if (chosen.size === 0) return { exitCode: 0 };
  if (!ctx.sessionId) return { stderr: 'execguard: AskUserQuestion answer without a session id: nothing recorded\n', exitCode: 0 };
  if (ctx.agentId) return context('execguard: a selection made inside a sub-agent approves nothing.');
  const now = new Date();
  const pending = openPendingRequest(ctx.sessionId, now, { env });
  const notes: string[] = [];
  for (const [nonce, kinds] of chosen) {
    const request = pending?.records.find((r) => r.source === 'ask-user-question' && r.nonce === nonce);
    if (!request) {
      notes.push(
        `execguard: the selection names request P-${nonce}, which is not open (answered, expired or never minted): nothing is granted.`,
      );
      continue;
    }
    const text = `AskUserQuestion: ${[...kinds].map((k) => `[P-${nonce}-${k}]`).join(' ')}`;
    const base: ApprovalScope = {
      text,
      affirmed: false,
      destroy: false,
      delete: false,
      forcePush: false,
      environments: request.environments,
    };
    if (kinds.has('R')) {
      // A refusal anywhere in the answer wins: every grant of the session ends.
      revokeGrants({ sessionId: ctx.sessionId, source: 'user-prompt', scope: base, now, reason: 'refused' }, { env });
      notes.push('execguard: the user refused (selected Refuse). Nothing is approved; every earlier approval has ended.');
      continue;
    }
    // Both approvals selected: the narrower one (no destroy).
    const scope: ApprovalScope = { ...base, affirmed: true, destroy: !kinds.has('A') && kinds.has('D') };
    let approvalMinutes = DEFAULT_POLICY.approvalMinutes;
    try {
      approvalMinutes = (await sessionPolicy(ctx.cwd)).policy.approvalMinutes;
    } catch {
      // the default lifetime
    }
    const binding = { digests: request.digests, environments: request.environments };
    const grant = recordGrant({ sessionId: ctx.sessionId, source: 'user-prompt', scope, approvalMinutes, now, binding }, { env });
    notes.push(
      `execguard: the user selected ${scope.destroy ? 'Approve incl. destroy' : 'Approve'} for request P-${nonce}: grant ${grant.id} until ${grant.expiresAt}` +
        `${scope.destroy ? ', including destroy' : ', not including destroy'}` +
        `${binding.digests.length ? `; execguard execute may run only ${binding.digests.join(', ')}` : ''}` +
        `${binding.environments.length ? `; only for ${binding.environments.join(', ')}` : ''}. Execute exactly what was presented.`,
    );
  }
  return context(notes.join('\n'));
};
