import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  sessionPolicy
} from "./chunk-TZ273R2A.mjs";
import {
  boundEnvironments
} from "./chunk-FM5K4HPB.mjs";
import "./chunk-K3VR3IEB.mjs";
import {
  turnStartFile
} from "./chunk-WGEBBMG6.mjs";
import {
  hookContext
} from "./chunk-7AACBDAA.mjs";
import "./chunk-B5I6L5BX.mjs";
import "./chunk-AZF5T37V.mjs";
import {
  startTurnDenials
} from "./chunk-A3VCP7CC.mjs";
import {
  activeUserGrant,
  markAnswered,
  openPendingRequest,
  recordGrant,
  revokeGrants,
  voidGrants
} from "./chunk-H6SCAQY7.mjs";
import "./chunk-SHPKBHHF.mjs";
import {
  readPrompt
} from "./chunk-GME6JKP7.mjs";
import {
  logDecision
} from "./chunk-R7ODJEZY.mjs";
import "./chunk-RL46IMCX.mjs";
import "./chunk-VL7M2WAP.mjs";
import {
  DEFAULT_POLICY
} from "./chunk-4YJ4M3UI.mjs";
import "./chunk-H5RYQ4RP.mjs";
import "./chunk-NJ4D744S.mjs";
import "./chunk-GLDXOGL5.mjs";

// src/hooks/events/user-prompt-submit.ts
import { mkdirSync, writeFileSync } from "node:fs";
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
    startTurnDenials(env, sessionId);
    writeFileSync(file, `${JSON.stringify({ time: now.toISOString() })}
`, { mode: 384 });
    return void 0;
  } catch (error) {
    return `execguard: could not record the turn start (${error.message})
`;
  }
}
var NOTIFICATION = /^\s*(?:<system-reminder>\s*)?(?:\[SYSTEM NOTIFICATION - NOT USER INPUT\]|<task-notification>)/;
function blocked(ctx, prompt, reason, note) {
  const logError = logDecision(
    {
      time: (/* @__PURE__ */ new Date()).toISOString(),
      session: ctx.sessionId,
      tool: "UserPromptSubmit",
      command: prompt,
      decision: "deny",
      rules: ["grant-log-unwritable"],
      reason
    },
    ctx.env
  );
  const stderr = `${note ?? ""}${logError ?? ""}`;
  return { json: { decision: "block", reason }, ...stderr ? { stderr } : {}, exitCode: 0 };
}
var message = (error) => error instanceof Error ? error.message : String(error);
var FIX = "Check that the state folder is writable and has free space (and that its keys/ folder is intact), then send your message again.";
function unrecordedEnd(ctx, prompt, what, error, note) {
  const voided = voidGrants(ctx.sessionId, { env: ctx.env });
  const state = voided ? "execguard voided this session's approvals instead: state-changing commands are denied until you approve again." : "execguard could not void this session's approvals either: an earlier approval may still be in force. Stop the agent (Esc) before anything else runs.";
  return blocked(ctx, prompt, `execguard: ${what} could not be recorded (${message(error)}). ${state} ${FIX}`, note);
}
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
  let pending;
  let active;
  let reading;
  const policy = await sessionPolicy(ctx.cwd, ctx.env).catch(
    (error) => error instanceof Error ? error : new Error(String(error))
  );
  try {
    pending = openPendingRequest(ctx.sessionId, now, { env });
    active = activeUserGrant(ctx.sessionId, now, { env });
    const productionNames = policy instanceof Error ? [] : policy.policy.productionNames;
    reading = readPrompt(prompt, { pending: pending !== null, productionNames });
  } catch (error) {
    return unrecordedEnd(ctx, prompt, "your message (the grant log could not be read)", error, turnNote);
  }
  if (reading.kind === "approval") {
    const environments = boundEnvironments(reading.scope.environments, pending?.environments ?? []);
    if (environments === null) {
      try {
        revokeGrants(
          { sessionId: ctx.sessionId, source: "user-prompt", scope: { ...reading.scope, affirmed: false }, now, reason: "not-approved" },
          { env }
        );
      } catch (error) {
        return unrecordedEnd(ctx, prompt, "that this message is not an approval", error, turnNote);
      }
      return context(
        `execguard: not an approval: it names ${reading.scope.environments.join(", ")} but the request presented ${pending?.environments.join(", ")}; nothing is approved. Present the plan for the environment the user named and ask again.`,
        turnNote
      );
    }
    let approvalMinutes = DEFAULT_POLICY.approvalMinutes;
    let note = turnNote ?? "";
    if (policy instanceof Error)
      note += `execguard: policy unreadable (${message(policy)}); grant uses the default ${approvalMinutes} minutes
`;
    else approvalMinutes = policy.policy.approvalMinutes;
    const scope = { ...reading.scope, environments };
    const binding = { digests: pending?.digests ?? [], environments: pending?.environments ?? [] };
    let grant;
    try {
      grant = recordGrant({ sessionId: ctx.sessionId, source: "user-prompt", scope, approvalMinutes, now, binding }, { env });
    } catch (error) {
      return unrecordedEnd(ctx, prompt, "your approval", error, note || void 0);
    }
    const answered = pending ? "it answers the request you presented" : "an explicit approval statement";
    return context(
      `execguard: the user's approval is recorded for this session (grant ${grant.id}, until ${grant.expiresAt}; ${answered}): ${describeScope(scope, binding)}.`,
      note || void 0
    );
  }
  if (reading.kind === "refusal") {
    try {
      revokeGrants({ sessionId: ctx.sessionId, source: "user-prompt", scope: reading.scope, now, reason: "refused" }, { env });
    } catch (error) {
      return unrecordedEnd(ctx, prompt, "your refusal", error, turnNote);
    }
    return context(`execguard: ${reading.why}.`, turnNote);
  }
  if (reading.kind === "continuation") {
    try {
      if (pending) markAnswered(ctx.sessionId, now, { env });
    } catch (error) {
      return blocked(
        ctx,
        prompt,
        `execguard: your message could not be recorded as the answer to the open request (${message(error)}). ${FIX}`,
        turnNote
      );
    }
    const holds = active ? ` (grant ${active.id} still holds)` : "; no approval is in force";
    return context(`execguard: ${reading.why}${holds}.`, turnNote);
  }
  try {
    if (active) revokeGrants({ sessionId: ctx.sessionId, source: "user-prompt", scope: reading.scope, now, reason: "moved-on" }, { env });
    else if (pending) markAnswered(ctx.sessionId, now, { env });
  } catch (error) {
    if (active) return unrecordedEnd(ctx, prompt, `the end of the earlier approval (grant ${active.id})`, error, turnNote);
    return blocked(
      ctx,
      prompt,
      `execguard: your message could not be recorded as the answer to the open request (${message(error)}). ${FIX}`,
      turnNote
    );
  }
  const ended = active ? ` The earlier approval (grant ${active.id}) has ended.` : "";
  return context(`execguard: ${reading.why}.${ended}`, turnNote);
};
export {
  handle
};
