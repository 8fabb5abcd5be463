// An approval read as the answer to a request: the scope the user's words authorize, bound to what
// the request presented (docs/guard-rules.md, "Approvals": bound to what was shown). Pure.
import { environmentsNamed } from './environment-words.js';
import { readPrompt } from './scope.js';
import type { GrantView } from '../guard/decide.js';
import type { ApprovalScope, Environment } from './types.js';

/**
 * The environments an answer covers: a bare approval covers the request's; one that names some
 * narrows, never widens. null when the two do not meet (the answer approves nothing presented).
 */
export function boundEnvironments(named: Environment[], requested: Environment[]): Environment[] | null {
  if (requested.length === 0) return named;
  if (named.length === 0) return requested;
  const both = named.filter((e) => requested.includes(e));
  return both.length ? both : null;
}

/**
 * `execguard check --approval TEXT CMD`: TEXT read as the user's answer to a request that presented
 * exactly CMD ("the approval the user gave before the call"). So "Yes, tear down the dev stack now."
 * lifts a dev destroy, as it would in a session after the plan was shown. null: no approval.
 * @internal exported for its tests (knip --production)
 */
export function approvalForCheck(text: string, command: string): ApprovalScope | null {
  const reading = readPrompt(text, { pending: true });
  if (reading.kind !== 'approval') return null;
  const environments = boundEnvironments(reading.scope.environments, environmentsNamed(command));
  if (environments === null) return null;
  return { ...reading.scope, environments };
}

/**
 * The user's own words (never the model's) read as the answer to a request that presented exactly
 * `command`, standing for the grant that answer would record; `id` labels it in the decision.
 * The one reading for every caller that takes words: `check --approval`, decideCommand,
 * guardToolUse's userApproval and the SDK loop's prompt.
 */
export function grantFromWords(text: string | null | undefined, command: string, id: string): GrantView | null {
  // Stryker disable next-line ConditionalExpression: equivalent, the reader reads no text as empty, which approves nothing
  if (!text) return null;
  const scope = approvalForCheck(text, command);
  return scope ? { id, scope } : null;
}
