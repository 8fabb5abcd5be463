import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  allow,
  ask,
  deny
} from "./chunk-UVX3D2J7.mjs";
import {
  protectedPathsOf
} from "./chunk-BG4IQXAV.mjs";
import {
  activeGrant
} from "./chunk-VZJXIXTK.mjs";
import {
  decide
} from "./chunk-HEV5FJY2.mjs";
import "./chunk-NUQ2TTKM.mjs";
import "./chunk-7KTHKGCI.mjs";
import "./chunk-NPWP2KBB.mjs";
import "./chunk-N5QN7TY3.mjs";
import "./chunk-NQJ7SG5Y.mjs";
import "./chunk-EFYBUVPJ.mjs";
import "./chunk-ZVMRUSTS.mjs";
import {
  decisionIoFor
} from "./chunk-2O4HQGCF.mjs";
import {
  logDecision
} from "./chunk-N3CW7ZOS.mjs";
import "./chunk-PMFGONYC.mjs";
import "./chunk-IXTILJUS.mjs";
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
async function guardBash(command, ctx, policy, tool = "Bash") {
  const grant = ctx.sessionId ? activeGrant(ctx.sessionId, /* @__PURE__ */ new Date(), { env: ctx.env, agentId: ctx.agentId }) : null;
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
