import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  allow
} from "./chunk-UVX3D2J7.mjs";
import {
  activeUserGrant,
  intersectScopes,
  recordGrant,
  revokeGrants
} from "./chunk-VZJXIXTK.mjs";
import "./chunk-IXTILJUS.mjs";
import {
  parseApproval
} from "./chunk-Z234KQ2J.mjs";
import "./chunk-GLDXOGL5.mjs";

// src/hooks/tool-calls/subagent.ts
function recordSubagentLaunch(input, ctx, policy) {
  const toolInput = input.tool_input;
  const prompt = typeof toolInput?.prompt === "string" ? toolInput.prompt : "";
  if (!ctx.sessionId) return { ...allow("silent"), stderr: "execguard: no session id: sub-agent launch not recorded\n" };
  const user = activeUserGrant(ctx.sessionId, /* @__PURE__ */ new Date(), { env: ctx.env });
  if (!user) {
    return { ...allow("silent"), stderr: "execguard: no active user grant: an approval in the sub-agent prompt grants nothing\n" };
  }
  const scope = parseApproval(prompt, { pending: false });
  const narrowed = intersectScopes(user.scope, scope);
  if (narrowed.affirmed) {
    const grant = recordGrant(
      {
        sessionId: ctx.sessionId,
        source: "orchestrator-prompt",
        scope: narrowed,
        approvalMinutes: policy.approvalMinutes,
        parentGrantId: user.id,
        notAfter: user.expiresAt,
        ...user.binding ? { binding: user.binding } : {}
      },
      { env: ctx.env }
    );
    return { ...allow("silent"), stderr: `execguard: sub-agent grant ${grant.id} recorded (within user grant ${user.id})
` };
  }
  revokeGrants({ sessionId: ctx.sessionId, source: "orchestrator-prompt", scope, parentGrantId: user.id }, { env: ctx.env });
  return { ...allow("silent"), stderr: "execguard: sub-agent prompt carries no approval: sub-agents launched now get no grant\n" };
}
export {
  recordSubagentLaunch
};
