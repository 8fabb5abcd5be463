// The guard's shared vocabulary: verdicts, tiers, what a rule reads (GuardContext) and returns
// (RuleHit), and the Decision every caller of decide() gets back.
import type { Analysis } from '../shell/types.js';
import type { ApprovalScope, Grant } from '../approval/types.js';
import type { Policy } from './policy.js';
import type { GitTreeIo, ProtectedPaths } from './protected-path-checks.js';
import type { UnsandboxedRequest } from './rules/unsandboxed-request.js';

export type Verdict = 'allow' | 'ask' | 'deny';
export type Tier = 'T0' | 'T1' | 'T2' | 'T3';

// Rule ids and their reporting order come from the registry (rules/index.ts).
export { RULE_ORDER, type RuleId } from './rules/index.js';
import type { RuleId } from './rules/index.js';

export interface RuleHit {
  id: RuleId;
  decision: 'deny' | 'ask';
  /** Written for the agent: what was blocked, why, what to do instead. */
  reason: string;
}

export interface GuardContext {
  /** Raw command text, exactly as given (the secret rule reads it). */
  raw: string;
  analysis: Analysis;
  /** The approval in force (from the active grant or --approval), or null. */
  approval: ApprovalScope | null;
  grant?: Grant;
  policy: Policy;
  /** Current kube context, if the caller could read it (only when the policy allows). */
  currentKubeContext?: string;
  /** Set by decide(): the folder the command starts in, execguard's own paths, the caller's kind. */
  cwd?: string;
  protectedPaths?: ProtectedPaths;
  agentSession?: boolean;
  /** Resolves symlinks of an absolute path as far as it exists (injected I/O; identity if absent). */
  resolveLinks?: (path: string) => string;
  /** Reads git repositories for the protected-path rule (injected I/O; absent: only the paths a git command names count). */
  git?: GitTreeIo;
  /** Set when the call asks to run outside Claude Code's sandbox (the unsandboxed-request rule). */
  unsandboxed?: UnsandboxedRequest;
}

/** One rule, one file: a pure function from the analysed command to its hits. */
export type Rule = (ctx: GuardContext) => RuleHit[] | Promise<RuleHit[]>;

export interface Decision {
  decision: Verdict;
  tier: Tier;
  rules: { id: RuleId; reason: string }[];
  /** The reason of the first rule that fired in RULE_ORDER, or '' when allowed. */
  reason: string;
  /** The grant the decision relied on, if any. */
  grantId?: string;
}
