// The rule registry: every rule, once, in the order docs/guard-rules.md names them for reporting (the
// reason of a decision is that of the first rule in this list that fired). RULE_ORDER and RuleId
// are derived from it. Adding a rule is one line here (see docs/adding-a-rule.md); the file name
// of a rule is its id.
import { approvalFlagRule } from './approval-flag.js';
import { approvalGate } from './approval-gate.js';
import { commitConvention } from './commit-convention.js';
import { forgeForcePush } from './forge-force-push.js';
import { gitForcePush } from './git-force-push.js';
import { irreversibleDelete } from './irreversible-delete.js';
import { kubectlDeleteProd } from './kubectl-delete-prod.js';
import { protectedPath } from './protected-path.js';
import { secretInCommand } from './secret-in-command.js';
import { sessionEnv } from './session-env.js';
import { terraformDestroy } from './terraform-destroy.js';
import { unreadable } from './unreadable.js';
import { unsandboxedRequest } from './unsandboxed-request.js';

export const RULES = [
  { id: 'secret-in-command', rule: secretInCommand },
  { id: 'commit-convention', rule: commitConvention },
  { id: 'terraform-destroy', rule: terraformDestroy },
  { id: 'kubectl-delete-prod', rule: kubectlDeleteProd },
  { id: 'irreversible-delete', rule: irreversibleDelete },
  { id: 'git-force-push', rule: gitForcePush },
  { id: 'forge-force-push', rule: forgeForcePush },
  // Only act when decide() gives them their context (protected paths, an agent session).
  { id: 'protected-path', rule: protectedPath },
  { id: 'unsandboxed-request', rule: unsandboxedRequest },
  { id: 'approval-flag', rule: approvalFlagRule },
  { id: 'session-env', rule: sessionEnv },
  { id: 'approval-gate', rule: approvalGate },
  { id: 'unreadable', rule: unreadable },
] as const;

/** Not a rule: the engine's own failure, reported last. */
const INTERNAL_ERROR = 'internal-error';

export type RuleId = (typeof RULES)[number]['id'] | typeof INTERNAL_ERROR;

/** Rule ids in reporting order, then internal-error. */
export const RULE_ORDER: readonly RuleId[] = [...RULES.map((r) => r.id), INTERNAL_ERROR];
