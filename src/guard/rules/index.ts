// Every rule, in the order GUARD-RULES.md names them for reporting.
import type { Rule, RuleId } from '../types.js';
import { approvalFlagRule } from './approval-flag.js';
import { approvalGate } from './approval-gate.js';
import { commitConvention } from './commit-convention.js';
import { gitForcePush } from './git-force-push.js';
import { kubectlDeleteProd } from './kubectl-delete-prod.js';
import { protectedPath } from './protected-path.js';
import { secretInCommand } from './secret-in-command.js';
import { sessionEnv } from './session-env.js';
import { terraformDestroy } from './terraform-destroy.js';

export const RULES: { id: RuleId; rule: Rule }[] = [
  { id: 'secret-in-command', rule: secretInCommand },
  { id: 'commit-convention', rule: commitConvention },
  { id: 'terraform-destroy', rule: terraformDestroy },
  { id: 'kubectl-delete-prod', rule: kubectlDeleteProd },
  { id: 'git-force-push', rule: gitForcePush },
  // Only act when decide() gives them their context (protected paths, an agent session).
  { id: 'protected-path', rule: protectedPath },
  { id: 'approval-flag', rule: approvalFlagRule },
  { id: 'session-env', rule: sessionEnv },
  { id: 'approval-gate', rule: approvalGate },
];
