// Where a run's approval comes from. Inside an agent session (Claude Code, the SDK loop) only the
// session's grant counts, recorded by the hooks when the user approved: the agent's own command
// line (`--approval`) is refused, whatever it says. Outside any agent session (a person at a
// terminal, CI) `--approval TEXT` is the approval, journaled as `cli-flag`.
import { parseApproval } from '../approval/scope.js';
import { activeGrant } from '../state/grant-store.js';
import type { ApprovalScope, GrantBinding } from '../approval/types.js';
import { agentSession } from '../state/agent-session.js';
import { ApprovalError } from './run-errors.js';

export interface RunApproval {
  scope: ApprovalScope;
  source: 'session-grant' | 'cli-flag' | 'caller';
  grantId?: string;
  sessionId?: string;
  binding?: GrantBinding;
}

export interface ApprovalRequest {
  env: NodeJS.ProcessEnv;
  home?: string;
  /** The `--approval` flag, when given. */
  flag?: string;
  /**
   * An approval handed in-process by a library caller (an orchestrator passing its user's words,
   * e.g. runExecutionAgent): never from the agent's command line. The CLI never sets it.
   */
  caller?: string;
  /** What the user must approve, for the advice ("the plan X", "rolling back run Y"). */
  what: string;
  now?: Date;
}

/** Resolves the approval or throws ApprovalError (nothing may run without one). */
export function resolveApproval(request: ApprovalRequest): RunApproval {
  if (request.caller !== undefined) {
    const scope = parseApproval(request.caller);
    if (!scope.affirmed) throw new ApprovalError(`the caller's approval text does not approve: "${scope.text}"`, request.what);
    return { scope, source: 'caller' };
  }
  const session = agentSession(request.env);
  if (session.inAgent) {
    if (request.flag !== undefined) {
      throw new ApprovalError(
        'refused: --approval is not accepted inside an agent session; the approval must come from the user in the session (the hooks record it)',
        `${request.what} (in the chat; then run the command again without --approval)`,
      );
    }
    if (!session.sessionId) {
      throw new ApprovalError(
        'no approval: this process runs in an agent session (CLAUDECODE=1) without a session id, so no user grant can be found',
        request.what,
      );
    }
    const grant = activeGrant(session.sessionId, request.now ?? new Date(), {
      env: request.env,
      ...(request.home ? { home: request.home } : {}),
    });
    if (!grant) throw new ApprovalError(`no approval: session ${session.sessionId} holds no active grant from the user`, request.what);
    const binding = (grant as { binding?: GrantBinding }).binding;
    return {
      scope: grant.scope,
      source: 'session-grant',
      grantId: grant.id,
      sessionId: session.sessionId,
      ...(binding ? { binding } : {}),
    };
  }
  if (request.flag === undefined) {
    throw new ApprovalError(
      'no approval: outside an agent session the approval is the user\'s text, given with --approval "..."',
      request.what,
    );
  }
  const scope = parseApproval(request.flag);
  if (!scope.affirmed) throw new ApprovalError(`the approval text does not approve: "${scope.text}"`, request.what);
  return { scope, source: 'cli-flag' };
}

/** For the journal: who approved, never more than needed to audit it. */
export const approvalRecord = (a: RunApproval) => ({
  source: a.source,
  text: a.scope.text,
  destroy: a.scope.destroy,
  environments: a.scope.environments,
  ...(a.grantId ? { grantId: a.grantId, sessionId: a.sessionId } : {}),
  ...(a.binding ? { binding: a.binding } : {}),
});
