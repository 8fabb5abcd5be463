import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  promptHash
} from "./chunk-BB6QGBBT.mjs";
import {
  activeGrant,
  activeUserGrant,
  intersectScopes,
  recordGrant,
  revokeGrants
} from "./chunk-H6SCAQY7.mjs";
import {
  allow
} from "./chunk-7H2IF47G.mjs";
import "./chunk-SHPKBHHF.mjs";
import {
  parseApproval
} from "./chunk-GME6JKP7.mjs";
import "./chunk-VL7M2WAP.mjs";
import "./chunk-NJ4D744S.mjs";
import "./chunk-GLDXOGL5.mjs";

// src/hooks/launch-binding.ts
var DIGEST = /sha256:[0-9a-f]{64}\b/gi;
function launchBinding(user, prompt) {
  const named = [...new Set([...prompt.matchAll(DIGEST)].map((m) => m[0].toLowerCase()))];
  if (named.length === 0) return user;
  const approved = user?.digests.map((d) => d.toLowerCase()) ?? [];
  const digests = approved.length ? named.filter((d) => approved.includes(d)) : named;
  if (digests.length === 0) return null;
  return { digests, environments: user?.environments ?? [] };
}

// src/hooks/tool-calls/subagent.ts
var DEFAULT_AGENT_TYPE = "general-purpose";
function recordSubagentLaunch(input, ctx, policy) {
  const toolInput = input.tool_input;
  const prompt = typeof toolInput?.prompt === "string" ? toolInput.prompt : "";
  if (!ctx.sessionId) return { ...allow("silent"), stderr: "execguard: no session id: sub-agent launch not recorded\n" };
  const agentType = typeof toolInput?.subagent_type === "string" && toolInput.subagent_type ? toolInput.subagent_type : DEFAULT_AGENT_TYPE;
  const launch = {
    agentType,
    promptHash: promptHash(prompt),
    ...typeof input.tool_use_id === "string" ? { toolUseId: input.tool_use_id } : {}
  };
  const user = ctx.agentId ? activeGrant(ctx.sessionId, /* @__PURE__ */ new Date(), { env: ctx.env, agentId: ctx.agentId }) : activeUserGrant(ctx.sessionId, /* @__PURE__ */ new Date(), { env: ctx.env });
  if (!user) {
    return { ...allow("silent"), stderr: "execguard: no active user grant: an approval in the sub-agent prompt grants nothing\n" };
  }
  const parentId = user.parentGrantId ?? user.id;
  const scope = parseApproval(prompt, { pending: false });
  const narrowed = intersectScopes(user.scope, scope);
  const binding = launchBinding(user.binding, prompt);
  if (narrowed.affirmed && binding !== null) {
    const grant = recordGrant(
      {
        sessionId: ctx.sessionId,
        source: "orchestrator-prompt",
        scope: narrowed,
        approvalMinutes: policy.approvalMinutes,
        parentGrantId: parentId,
        notAfter: user.expiresAt,
        launch,
        ...binding ? { binding } : {}
      },
      { env: ctx.env }
    );
    return {
      ...allow("silent"),
      stderr: `execguard: sub-agent launch grant ${grant.id} recorded for a ${agentType} sub-agent (within user grant ${parentId})
`
    };
  }
  revokeGrants({ sessionId: ctx.sessionId, source: "orchestrator-prompt", scope, parentGrantId: parentId, launch }, { env: ctx.env });
  return {
    ...allow("silent"),
    stderr: `execguard: sub-agent prompt carries no approval: the ${agentType} sub-agent it starts gets no grant
`
  };
}
export {
  recordSubagentLaunch
};
