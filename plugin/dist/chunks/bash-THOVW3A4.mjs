import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  hookEnvOf
} from "./chunk-7AACBDAA.mjs";
import {
  decisionInput,
  grantFromStore
} from "./chunk-B5I6L5BX.mjs";
import "./chunk-AZF5T37V.mjs";
import {
  launchPromptHash
} from "./chunk-BB6QGBBT.mjs";
import {
  recordTurnDenial
} from "./chunk-A3VCP7CC.mjs";
import {
  activeGrant,
  claimLaunch
} from "./chunk-H6SCAQY7.mjs";
import {
  allow,
  ask,
  deny
} from "./chunk-7H2IF47G.mjs";
import "./chunk-SHPKBHHF.mjs";
import {
  decide
} from "./chunk-ZPIQ3ZCV.mjs";
import "./chunk-QLQ6XP6G.mjs";
import {
  logDecision
} from "./chunk-R7ODJEZY.mjs";
import "./chunk-RL46IMCX.mjs";
import "./chunk-VL7M2WAP.mjs";
import "./chunk-4KKI333C.mjs";
import "./chunk-ULQT36X4.mjs";
import "./chunk-RVNTFSJA.mjs";
import "./chunk-S7TXNCWD.mjs";
import "./chunk-AQC73Q75.mjs";
import "./chunk-4YJ4M3UI.mjs";
import "./chunk-H5RYQ4RP.mjs";
import "./chunk-NJ4D744S.mjs";
import "./chunk-GLDXOGL5.mjs";

// src/hooks/tool-calls/bash.ts
var withPrefix = (reason) => reason.startsWith("execguard") ? reason : `execguard: ${reason}`;
function hookDecisionInput(command, ctx, policy, grant) {
  return decisionInput({ command, cwd: ctx.cwd, env: hookEnvOf(ctx), policy, grant: grantFromStore(grant), agentSession: true });
}
function grantFor(ctx, now = /* @__PURE__ */ new Date()) {
  if (!ctx.sessionId) return null;
  const options = { env: ctx.env, agentId: ctx.agentId };
  const grant = activeGrant(ctx.sessionId, now, options);
  if (grant || !ctx.agentId) return grant;
  const promptHash = launchPromptHash(ctx);
  return claimLaunch(ctx.sessionId, ctx.agentId, ctx.agentType, now, { env: ctx.env, ...promptHash ? { promptHash } : {} }) ? activeGrant(ctx.sessionId, now, options) : null;
}
async function gatherBashCall(command, ctx, policy, tool = "Bash", unsandboxed = false) {
  const grant = grantFor(ctx);
  const input = hookDecisionInput(command, ctx, policy, grant);
  if (unsandboxed) input.unsandboxed = (await import("./unsandboxed-request-BNNQBYBD.mjs")).unsandboxedRequestOf(ctx, grant);
  return { tool, command, ctx, policy, grant, input };
}
var EXECUTOR = /\b(execguard|cli\.mjs|executor\.mjs)\b[\s\S]*\b(execute|resume|rollback|agent)\b/;
var SUBAGENT_EXECUTOR = "execguard: blocked: a sub-agent may start the executor only with a grant of its own (the orchestrator's launch prompt carrying the user's approval); this sub-agent has none. Report back with PLAN_STATUS: PENDING_APPROVAL instead.";
async function judgeBashCall(call) {
  if (call.ctx.agentId && !call.grant && EXECUTOR.test(call.command))
    return { decision: "deny", rules: ["approval-gate"], reason: SUBAGENT_EXECUTOR };
  const decision = await decide(call.input);
  const rules = decision.rules.map((r) => r.id);
  const grantId = decision.grantId ?? call.grant?.id;
  return {
    decision: decision.decision,
    rules,
    reason: withPrefix(decision.reason || `${decision.decision} (${rules.join(", ")})`),
    ...grantId ? { grantId } : {}
  };
}
function answerBashCall(call, verdict) {
  if (verdict.decision === "allow") return allow(call.policy.hookAllow);
  const { ctx, tool, command } = call;
  const time = (/* @__PURE__ */ new Date()).toISOString();
  const agent = ctx.agentId ? { agentId: ctx.agentId } : {};
  const { decision, rules, reason, grantId } = verdict;
  const notes = [
    logDecision(
      { time, session: ctx.sessionId, tool, command, decision, rules, reason, ...grantId ? { grantId } : {}, ...agent },
      ctx.env
    ),
    recordTurnDenial(ctx.env, ctx.sessionId, { time, command, decision, rules, ...agent })
  ].filter(Boolean);
  const answer = decision === "deny" ? deny(reason) : ask(reason);
  return notes.length ? { ...answer, stderr: notes.join("") } : answer;
}
async function guardBash(call) {
  return answerBashCall(call, await judgeBashCall(call));
}
export {
  gatherBashCall,
  guardBash,
  hookDecisionInput
};
