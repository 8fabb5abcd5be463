import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  boundEnvironments
} from "./chunk-VPWWLD6O.mjs";
import {
  turnStartFile
} from "./chunk-3US2LLRB.mjs";
import {
  activeUserGrant,
  markAnswered,
  openPendingRequest,
  recordGrant,
  revokeGrants
} from "./chunk-B33RERXG.mjs";
import {
  sessionPolicy
} from "./chunk-CIR5FN5R.mjs";
import "./chunk-76JV6YB4.mjs";
import {
  hookContext
} from "./chunk-KC2O2WAU.mjs";
import "./chunk-AU22PI4N.mjs";
import "./chunk-EFYBUVPJ.mjs";
import {
  DEFAULT_POLICY
} from "./chunk-7KJIK75Y.mjs";
import "./chunk-H5RYQ4RP.mjs";
import {
  decisionsFile
} from "./chunk-22JPUVJU.mjs";
import "./chunk-PMFGONYC.mjs";
import "./chunk-VL7M2WAP.mjs";
import {
  readPrompt
} from "./chunk-54DLQ2TA.mjs";
import "./chunk-GLDXOGL5.mjs";

// src/hooks/events/user-prompt-submit.ts
import { mkdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
var context = (text, stderr) => ({
  json: { hookSpecificOutput: { hookEventName: "UserPromptSubmit", additionalContext: text } },
  ...stderr ? { stderr } : {},
  exitCode: 0
});
function describeScope(scope, binding) {
  const lifts = [scope.destroy && "destroy", scope.delete && "delete", scope.forcePush && "force push"].filter(Boolean);
  const parts = ["state-changing (T3) commands may run"];
  parts.push(
    lifts.length ? `it also explicitly authorizes: ${lifts.join(", ")}` : "it does not authorize destroy, production deletes or force pushes"
  );
  if (scope.environments.length) parts.push(`only for: ${scope.environments.join(", ")}`);
  if (binding.digests.length) parts.push(`execguard execute may run only the plan(s) presented: ${binding.digests.join(", ")}`);
  parts.push('execute exactly what was presented; the approval ends at the next prompt that is not an approval or "continue"');
  return parts.join("; ");
}
function markTurnStart(env, sessionId, now) {
  try {
    const file = turnStartFile(env, sessionId);
    mkdirSync(join(file, ".."), { recursive: true, mode: 448 });
    let offset = 0;
    try {
      offset = statSync(decisionsFile(env)).size;
    } catch {
      offset = 0;
    }
    writeFileSync(file, `${JSON.stringify({ time: now.toISOString(), offset })}
`, { mode: 384 });
    return void 0;
  } catch (error) {
    return `execguard: could not record the turn start (${error.message})
`;
  }
}
var NOTIFICATION = /^\s*(?:<system-reminder>\s*)?(?:\[SYSTEM NOTIFICATION - NOT USER INPUT\]|<task-notification>)/;
var handle = async (input, env) => {
  const prompt = input.prompt;
  if (typeof prompt !== "string")
    return { stderr: "execguard: UserPromptSubmit input has no prompt string: no grant recorded\n", exitCode: 0 };
  const ctx = hookContext(input, env);
  if (!ctx.sessionId) return { stderr: "execguard: UserPromptSubmit input has no session_id: no grant recorded\n", exitCode: 0 };
  if (NOTIFICATION.test(prompt))
    return context("execguard: a background-task notification, not the user's prompt: it approves nothing and ends nothing.");
  const now = /* @__PURE__ */ new Date();
  const turnNote = markTurnStart(env, ctx.sessionId, now);
  const pending = openPendingRequest(ctx.sessionId, now, { env });
  const reading = readPrompt(prompt, { pending: pending !== null });
  const active = activeUserGrant(ctx.sessionId, now, { env });
  if (reading.kind === "approval") {
    const environments = boundEnvironments(reading.scope.environments, pending?.environments ?? []);
    if (environments === null) {
      revokeGrants(
        { sessionId: ctx.sessionId, source: "user-prompt", scope: { ...reading.scope, affirmed: false }, now, reason: "not-approved" },
        { env }
      );
      return context(
        `execguard: not an approval: it names ${reading.scope.environments.join(", ")} but the request presented ${pending?.environments.join(", ")}; nothing is approved. Present the plan for the environment the user named and ask again.`,
        turnNote
      );
    }
    let approvalMinutes = DEFAULT_POLICY.approvalMinutes;
    let note = turnNote ?? "";
    try {
      approvalMinutes = (await sessionPolicy(ctx.cwd, ctx.env)).policy.approvalMinutes;
    } catch (error) {
      note += `execguard: policy unreadable (${error.message}); grant uses the default ${approvalMinutes} minutes
`;
    }
    const scope = { ...reading.scope, environments };
    const binding = { digests: pending?.digests ?? [], environments: pending?.environments ?? [] };
    const grant = recordGrant({ sessionId: ctx.sessionId, source: "user-prompt", scope, approvalMinutes, now, binding }, { env });
    const answered = pending ? "it answers the request you presented" : "an explicit approval statement";
    return context(
      `execguard: the user's approval is recorded for this session (grant ${grant.id}, until ${grant.expiresAt}; ${answered}): ${describeScope(scope, binding)}.`,
      note || void 0
    );
  }
  if (reading.kind === "refusal") {
    revokeGrants({ sessionId: ctx.sessionId, source: "user-prompt", scope: reading.scope, now, reason: "refused" }, { env });
    return context(`execguard: ${reading.why}.`, turnNote);
  }
  if (reading.kind === "continuation") {
    if (pending) markAnswered(ctx.sessionId, now, { env });
    const holds = active ? ` (grant ${active.id} still holds)` : "; no approval is in force";
    return context(`execguard: ${reading.why}${holds}.`, turnNote);
  }
  if (active) revokeGrants({ sessionId: ctx.sessionId, source: "user-prompt", scope: reading.scope, now, reason: "moved-on" }, { env });
  else if (pending) markAnswered(ctx.sessionId, now, { env });
  const ended = active ? ` The earlier approval (grant ${active.id}) has ended.` : "";
  return context(`execguard: ${reading.why}.${ended}`, turnNote);
};
export {
  handle
};
