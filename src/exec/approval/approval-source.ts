// Where a run's approval comes from. Inside an agent session (Claude Code, the SDK loop) only the
// session's grant counts, recorded by the hooks when the user approved: the agent's own command
// line (`--approval`) is refused, whatever it says. Outside any agent session (a person at a
// terminal, CI) `--approval TEXT` is the approval, journaled as `cli-flag`.
//
// Whose grant (issue 18 §4): the hook's signed claim for the Bash call that started this process
// names the agent (state/executor-calls.ts). A sub-agent's run uses only that sub-agent's own grant;
// the main thread's grant is the main thread's. A run no claim vouches for gets no grant at all.
import { parseApproval } from '../../approval/scope.js';
import { CALL_ENV, CallClaimError, useExecutorCall } from '../../state/executor-calls.js';
import { activeGrant } from '../../state/grant-store.js';
import { stateHome } from '../../state/home.js';
import type { ApprovalScope, GrantBinding } from '../../approval/types.js';
import { agentSession } from '../../state/agent-session.js';
import { ApprovalError } from '../run/run-errors.js';

export interface RunApproval {
  scope: ApprovalScope;
  source: 'session-grant' | 'cli-flag' | 'caller';
  grantId?: string;
  sessionId?: string;
  /** The sub-agent whose grant this is (absent: the main thread's). */
  agentId?: string;
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
    const agentId = callingAgent(request, session.sessionId);
    const grant = activeGrant(session.sessionId, request.now ?? new Date(), {
      env: request.env,
      ...(request.home ? { home: request.home } : {}),
      ...(agentId ? { agentId } : {}),
    });
    if (!grant)
      throw new ApprovalError(
        agentId
          ? `no approval: sub-agent ${agentId} holds no grant of its own in session ${session.sessionId} (the main thread's grant is not a sub-agent's)`
          : `no approval: session ${session.sessionId} holds no active grant from the user`,
        request.what,
      );
    const binding = (grant as { binding?: GrantBinding }).binding;
    return {
      scope: grant.scope,
      source: 'session-grant',
      grantId: grant.id,
      sessionId: session.sessionId,
      ...(agentId ? { agentId } : {}),
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

/** The agent the hook's claim for this Bash call names (undefined: the main thread); throws when none vouches for it. */
function callingAgent(request: ApprovalRequest, sessionId: string): string | undefined {
  try {
    return useExecutorCall(request.home ?? stateHome(request.env), request.env[CALL_ENV], sessionId).agentId;
  } catch (error) {
    if (!(error instanceof CallClaimError)) throw error;
    throw new ApprovalError(`no approval: ${error.message}`, `${request.what} (run it as its own Bash command)`);
  }
}

/** For the journal: who approved, never more than needed to audit it. */
export const approvalRecord = (a: RunApproval) => ({
  source: a.source,
  text: a.scope.text,
  destroy: a.scope.destroy,
  environments: a.scope.environments,
  ...(a.grantId ? { grantId: a.grantId, sessionId: a.sessionId } : {}),
  ...(a.agentId ? { agentId: a.agentId } : {}),
  ...(a.binding ? { binding: a.binding } : {}),
});
