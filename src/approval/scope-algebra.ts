// Scope algebra: pure operations on approval scopes (src/approval/types.ts). The grant log
// (src/state/grant-store.ts) and the sub-agent launch (src/hooks/tool-calls/subagent.ts) use it to
// bound a derived grant by the user's.
import type { ApprovalScope } from './types.js';

/**
 * The narrowest of two scopes: what both authorize. Used so that a grant derived from an
 * orchestrator's prompt can never exceed the user's grant it came from.
 */
export function intersectScopes(user: ApprovalScope, derived: ApprovalScope): ApprovalScope {
  // An empty list means any environment, so only two named lists can fail to meet.
  let environments: ApprovalScope['environments'];
  let disjoint = false;
  if (user.environments.length === 0) environments = derived.environments;
  else if (derived.environments.length === 0) environments = user.environments;
  else {
    environments = user.environments.filter((e) => derived.environments.includes(e));
    // Two disjoint environment lists authorize nothing at all.
    disjoint = environments.length === 0;
  }
  return {
    text: derived.text,
    affirmed: user.affirmed && derived.affirmed && !disjoint,
    destroy: user.destroy && derived.destroy,
    delete: user.delete && derived.delete,
    forcePush: user.forcePush && derived.forcePush,
    environments,
  };
}
