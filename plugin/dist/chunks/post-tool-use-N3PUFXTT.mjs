import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  sessionPolicy
} from "./chunk-TZ273R2A.mjs";
import "./chunk-K3VR3IEB.mjs";
import {
  hookContext
} from "./chunk-7AACBDAA.mjs";
import "./chunk-B5I6L5BX.mjs";
import "./chunk-AZF5T37V.mjs";
import {
  openPendingRequest,
  recordGrant,
  revokeGrants
} from "./chunk-H6SCAQY7.mjs";
import "./chunk-SHPKBHHF.mjs";
import "./chunk-VL7M2WAP.mjs";
import {
  DEFAULT_POLICY
} from "./chunk-4YJ4M3UI.mjs";
import "./chunk-H5RYQ4RP.mjs";
import "./chunk-GLDXOGL5.mjs";

// src/hooks/events/post-tool-use.ts
var NONCE = /\[P-([0-9a-f]{12})-([ADR])\]/gi;
var context = (text, stderr) => ({
  json: { hookSpecificOutput: { hookEventName: "PostToolUse", additionalContext: text } },
  ...stderr ? { stderr } : {},
  exitCode: 0
});
function answerTexts(response) {
  if (typeof response === "string") return [response];
  if (typeof response !== "object" || response === null) return [];
  const r = response;
  const out = [];
  if (r.answers && typeof r.answers === "object") {
    for (const v of Object.values(r.answers)) if (typeof v === "string") out.push(v);
  }
  if (typeof r.response === "string") out.push(r.response);
  return out;
}
var handle = async (input, env) => {
  if (input.tool_name !== "AskUserQuestion") return { exitCode: 0 };
  const ctx = hookContext(input, env);
  const chosen = /* @__PURE__ */ new Map();
  for (const text of answerTexts(input.tool_response))
    for (const m of text.matchAll(NONCE)) {
      const nonce = m[1].toLowerCase();
      if (!chosen.has(nonce)) chosen.set(nonce, /* @__PURE__ */ new Set());
      chosen.get(nonce)?.add(m[2].toUpperCase());
    }
  if (chosen.size === 0) return { exitCode: 0 };
  if (!ctx.sessionId) return { stderr: "execguard: AskUserQuestion answer without a session id: nothing recorded\n", exitCode: 0 };
  if (ctx.agentId) return context("execguard: a selection made inside a sub-agent approves nothing.");
  const now = /* @__PURE__ */ new Date();
  const pending = openPendingRequest(ctx.sessionId, now, { env });
  const notes = [];
  for (const [nonce, kinds] of chosen) {
    const request = pending?.records.find((r) => r.source === "ask-user-question" && r.nonce === nonce);
    if (!request) {
      notes.push(
        `execguard: the selection names request P-${nonce}, which is not open (answered, expired or never minted): nothing is granted.`
      );
      continue;
    }
    const text = `AskUserQuestion: ${[...kinds].map((k) => `[P-${nonce}-${k}]`).join(" ")}`;
    const base = {
      text,
      affirmed: false,
      destroy: false,
      delete: false,
      forcePush: false,
      environments: request.environments
    };
    if (kinds.has("R")) {
      revokeGrants({ sessionId: ctx.sessionId, source: "user-prompt", scope: base, now, reason: "refused" }, { env });
      notes.push("execguard: the user refused (selected Refuse). Nothing is approved; every earlier approval has ended.");
      continue;
    }
    const scope = { ...base, affirmed: true, destroy: !kinds.has("A") && kinds.has("D") };
    let approvalMinutes = DEFAULT_POLICY.approvalMinutes;
    try {
      approvalMinutes = (await sessionPolicy(ctx.cwd)).policy.approvalMinutes;
    } catch {
    }
    const binding = { digests: request.digests, environments: request.environments };
    const grant = recordGrant({ sessionId: ctx.sessionId, source: "user-prompt", scope, approvalMinutes, now, binding }, { env });
    notes.push(
      `execguard: the user selected ${scope.destroy ? "Approve incl. destroy" : "Approve"} for request P-${nonce}: grant ${grant.id} until ${grant.expiresAt}${scope.destroy ? ", including destroy" : ", not including destroy"}${binding.digests.length ? `; execguard execute may run only ${binding.digests.join(", ")}` : ""}${binding.environments.length ? `; only for ${binding.environments.join(", ")}` : ""}. Execute exactly what was presented.`
    );
  }
  return context(notes.join("\n"));
};
export {
  handle
};
