import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  activeUserGrant,
  recordGrant,
  revokeGrants
} from "./chunk-J2R2UMVC.mjs";
import {
  hookContext,
  sessionPolicy
} from "./chunk-M3FEKO22.mjs";
import "./chunk-KCJRZOTD.mjs";
import {
  DEFAULT_POLICY
} from "./chunk-SLWZ5OZ3.mjs";
import "./chunk-JYZVYPDW.mjs";
import {
  parseApproval
} from "./chunk-VRQJHM6H.mjs";
import "./chunk-UOJPWSGW.mjs";

// src/hooks/events/user-prompt-submit.ts
var refuses = (text) => !parseApproval(`${text}
Approved.`).affirmed;
var context = (text) => ({
  json: { hookSpecificOutput: { hookEventName: "UserPromptSubmit", additionalContext: text } },
  exitCode: 0
});
function describeScope(scope) {
  const lifts = [scope.destroy && "destroy", scope.delete && "delete", scope.forcePush && "force push"].filter(Boolean);
  const parts = ["state-changing (T3) commands may run"];
  parts.push(lifts.length ? `it also explicitly authorizes: ${lifts.join(", ")}` : "it does not authorize destroy, production deletes or force pushes");
  if (scope.environments.length) parts.push(`only for: ${scope.environments.join(", ")}`);
  return parts.join("; ");
}
var handle = async (input, env) => {
  const prompt = input.prompt;
  if (typeof prompt !== "string") return { stderr: "execguard: UserPromptSubmit input has no prompt string: no grant recorded\n", exitCode: 0 };
  const ctx = hookContext(input, env);
  if (!ctx.sessionId) return { stderr: "execguard: UserPromptSubmit input has no session_id: no grant recorded\n", exitCode: 0 };
  const scope = parseApproval(prompt);
  if (scope.affirmed) {
    let approvalMinutes = DEFAULT_POLICY.approvalMinutes;
    let note = "";
    try {
      approvalMinutes = (await sessionPolicy(ctx.cwd)).policy.approvalMinutes;
    } catch (error) {
      note = `execguard: policy unreadable (${error.message}); grant uses the default ${approvalMinutes} minutes
`;
    }
    const grant = recordGrant({ sessionId: ctx.sessionId, source: "user-prompt", scope, approvalMinutes }, { env });
    return {
      ...context(`execguard: the user's approval is recorded for this session (grant ${grant.id}, until ${grant.expiresAt}): ${describeScope(scope)}.`),
      ...note ? { stderr: note } : {}
    };
  }
  if (refuses(prompt) && activeUserGrant(ctx.sessionId, /* @__PURE__ */ new Date(), { env })) {
    revokeGrants({ sessionId: ctx.sessionId, source: "user-prompt", scope }, { env });
    return context("execguard: the user did not approve; the earlier approval is revoked. State-changing commands are blocked until the user approves again.");
  }
  return { exitCode: 0 };
};
export {
  handle,
  refuses
};
