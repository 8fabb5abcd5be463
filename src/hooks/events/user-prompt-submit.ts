// UserPromptSubmit: the user's own prompt is where approvals come from. An approving prompt
// records a grant for the session; a refusal revokes the active one; any other prompt changes
// nothing. Never blocks the prompt: on failure no grant is recorded (fail closed for the guard).
import { parseApproval } from '../../approval/scope.js';
import { activeUserGrant, recordGrant, revokeGrants } from '../../approval/store.js';
import { DEFAULT_POLICY } from '../../guard/policy.js';
import type { ApprovalScope } from '../../approval/types.js';
import type { HookAnswer, HookHandler } from '../answer.js';
import { hookContext } from '../context.js';
import { sessionPolicy } from '../session-policy.js';

/**
 * True when the text refuses. parseApproval only reports `affirmed`; a neutral prompt ("list the
 * files") and a refusal ("not approved") both read false. Adding an approving sentence tells them
 * apart: it approves a neutral prompt, while a refusal anywhere in the text still wins.
 */
export const refuses = (text: string): boolean => !parseApproval(`${text}\nApproved.`).affirmed;

const context = (text: string): HookAnswer => ({
  json: { hookSpecificOutput: { hookEventName: 'UserPromptSubmit', additionalContext: text } },
  exitCode: 0,
});

function describeScope(scope: ApprovalScope): string {
  const lifts = [scope.destroy && 'destroy', scope.delete && 'delete', scope.forcePush && 'force push'].filter(Boolean);
  const parts = ['state-changing (T3) commands may run'];
  parts.push(lifts.length ? `it also explicitly authorizes: ${lifts.join(', ')}` : 'it does not authorize destroy, production deletes or force pushes');
  if (scope.environments.length) parts.push(`only for: ${scope.environments.join(', ')}`);
  return parts.join('; ');
}

export const handle: HookHandler = async (input, env) => {
  const prompt = input.prompt;
  if (typeof prompt !== 'string') return { stderr: 'execguard: UserPromptSubmit input has no prompt string: no grant recorded\n', exitCode: 0 };
  const ctx = hookContext(input, env);
  if (!ctx.sessionId) return { stderr: 'execguard: UserPromptSubmit input has no session_id: no grant recorded\n', exitCode: 0 };
  const scope = parseApproval(prompt);
  if (scope.affirmed) {
    let approvalMinutes = DEFAULT_POLICY.approvalMinutes;
    let note = '';
    try {
      approvalMinutes = (await sessionPolicy(ctx.cwd)).policy.approvalMinutes;
    } catch (error) {
      note = `execguard: policy unreadable (${(error as Error).message}); grant uses the default ${approvalMinutes} minutes\n`;
    }
    const grant = recordGrant({ sessionId: ctx.sessionId, source: 'user-prompt', scope, approvalMinutes }, { env });
    return {
      ...context(`execguard: the user's approval is recorded for this session (grant ${grant.id}, until ${grant.expiresAt}): ${describeScope(scope)}.`),
      ...(note ? { stderr: note } : {}),
    };
  }
  if (refuses(prompt) && activeUserGrant(ctx.sessionId, new Date(), { env })) {
    revokeGrants({ sessionId: ctx.sessionId, source: 'user-prompt', scope }, { env });
    return context('execguard: the user did not approve; the earlier approval is revoked. State-changing commands are blocked until the user approves again.');
  }
  return { exitCode: 0 };
};
