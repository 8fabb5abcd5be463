import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  launchPromptHash
} from "./chunk-BB6QGBBT.mjs";
import {
  activeGrant,
  claimLaunch
} from "./chunk-HIBRB4XA.mjs";
import {
  protectedPathsOf
} from "./chunk-KC2O2WAU.mjs";
import {
  decisionIoFor
} from "./chunk-AU22PI4N.mjs";
import {
  allow,
  ask,
  deny
} from "./chunk-UVX3D2J7.mjs";
import {
  decide
} from "./chunk-UUX7MO5M.mjs";
import "./chunk-3BL3YRQ2.mjs";
import "./chunk-CD7DGJ64.mjs";
import "./chunk-D6KPVEZU.mjs";
import "./chunk-MW6JGL5K.mjs";
import "./chunk-NQJ7SG5Y.mjs";
import "./chunk-EFYBUVPJ.mjs";
import "./chunk-R3MSDTAJ.mjs";
import "./chunk-7KJIK75Y.mjs";
import "./chunk-H5RYQ4RP.mjs";
import {
  logDecision
} from "./chunk-ALJGPUEU.mjs";
import "./chunk-PMFGONYC.mjs";
import "./chunk-VL7M2WAP.mjs";
import "./chunk-GLDXOGL5.mjs";

// src/hooks/tool-calls/bash.ts
var withPrefix = (reason) => reason.startsWith("execguard") ? reason : `execguard: ${reason}`;
function hookDecisionInput(command, ctx, policy, grant) {
  const binding = grant?.binding;
  return {
    command,
    cwd: ctx.cwd,
    grant: grant ? { id: grant.id, scope: grant.scope, ...binding ? { binding } : {} } : null,
    policy,
    protectedPaths: protectedPathsOf(ctx),
    agentSession: true,
    io: decisionIoFor(ctx.env, ctx.cwd)
  };
}
function grantFor(ctx, now = /* @__PURE__ */ new Date()) {
  if (!ctx.sessionId) return null;
  const options = { env: ctx.env, agentId: ctx.agentId };
  const grant = activeGrant(ctx.sessionId, now, options);
  if (grant || !ctx.agentId) return grant;
  const promptHash = launchPromptHash(ctx);
  return claimLaunch(ctx.sessionId, ctx.agentId, ctx.agentType, now, { env: ctx.env, ...promptHash ? { promptHash } : {} }) ? activeGrant(ctx.sessionId, now, options) : null;
}
var EXECUTOR = /\b(execguard|cli\.mjs|executor\.mjs)\b[\s\S]*\b(execute|resume|rollback|agent)\b/;
async function guardBash(command, ctx, policy, tool = "Bash") {
  const grant = grantFor(ctx);
  if (ctx.agentId && !grant && EXECUTOR.test(command)) {
    const reason2 = "execguard: blocked: a sub-agent may start the executor only with a grant of its own (the orchestrator's launch prompt carrying the user's approval); this sub-agent has none. Report back with PLAN_STATUS: PENDING_APPROVAL instead.";
    const stderr2 = logDecision(
      {
        time: (/* @__PURE__ */ new Date()).toISOString(),
        session: ctx.sessionId,
        tool,
        command,
        decision: "deny",
        rules: ["approval-gate"],
        reason: reason2,
        agentId: ctx.agentId
      },
      ctx.env
    );
    return stderr2 ? { ...deny(reason2), stderr: stderr2 } : deny(reason2);
  }
  const decision = await decide(hookDecisionInput(command, ctx, policy, grant));
  if (decision.decision === "allow") return allow(policy.hookAllow);
  const rules = decision.rules.map((r) => r.id);
  const reason = withPrefix(decision.reason || `${decision.decision} (${rules.join(", ")})`);
  const grantId = decision.grantId ?? grant?.id;
  const stderr = logDecision(
    {
      time: (/* @__PURE__ */ new Date()).toISOString(),
      session: ctx.sessionId,
      tool,
      command,
      decision: decision.decision,
      rules,
      reason,
      ...grantId ? { grantId } : {},
      ...ctx.agentId ? { agentId: ctx.agentId } : {}
    },
    ctx.env
  );
  const answer = decision.decision === "deny" ? deny(reason) : ask(reason);
  return stderr ? { ...answer, stderr } : answer;
}
export {
  guardBash,
  hookDecisionInput
};
