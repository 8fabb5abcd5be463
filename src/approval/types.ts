// Approval text reduced to what it authorizes. Pure data; produced by parseApproval().

export type Environment = 'dev' | 'staging' | 'prod';

export interface ApprovalScope {
  /** The approval text as the user (or orchestrator) wrote it. */
  text: string;
  /** The text affirms (approved, go ahead, LGTM, ...) and does not refuse. Opens the T3 gate. */
  affirmed: boolean;
  /** Affirmatively authorizes destruction (destroy, tear down, teardown), not negated. */
  destroy: boolean;
  /** Affirmatively authorizes deletion (delete, remove, uninstall), not negated. */
  delete: boolean;
  /** Explicitly authorizes a force push (/force[- ]?push/i or --force), not negated. */
  forcePush: boolean;
  /** Environments the approval names; empty means "consistent with any". */
  environments: Environment[];
}

/** A recorded grant: an approval scope tied to a session, its source and its lifetime. */
export interface Grant {
  id: string;
  sessionId: string;
  source: 'user-prompt' | 'orchestrator-prompt' | 'cli';
  scope: ApprovalScope;
  createdAt: string; // ISO time
  expiresAt: string; // ISO time
}

/**
 * What a grant is bound to: the request the user answered. Empty lists mean "not bound" (the
 * request presented no environments / no plan digests).
 */
export interface GrantBinding {
  /** `execguard plan` digests the request printed: `execguard execute` may only run one of these. */
  digests: string[];
  /** Environments the request's denied commands or plans named: a bare approval covers only these. */
  environments: Environment[];
}
