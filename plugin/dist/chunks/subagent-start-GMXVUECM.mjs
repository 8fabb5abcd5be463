import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  hookContext
} from "./chunk-7AACBDAA.mjs";
import "./chunk-B5I6L5BX.mjs";
import "./chunk-AZF5T37V.mjs";
import {
  launchPromptHash
} from "./chunk-BB6QGBBT.mjs";
import {
  claimLaunch
} from "./chunk-H6SCAQY7.mjs";
import "./chunk-SHPKBHHF.mjs";
import "./chunk-VL7M2WAP.mjs";
import "./chunk-GLDXOGL5.mjs";

// src/hooks/events/subagent-start.ts
var handle = async (input, env) => {
  const ctx = hookContext(input, env);
  if (!ctx.sessionId || !ctx.agentId)
    return { stderr: "execguard: SubagentStart without session_id or agent_id: nothing claimed\n", exitCode: 0 };
  const promptHash = launchPromptHash(ctx);
  const claim = claimLaunch(ctx.sessionId, ctx.agentId, ctx.agentType, /* @__PURE__ */ new Date(), { env, ...promptHash ? { promptHash } : {} });
  if (!claim) return { stderr: `execguard: sub-agent ${ctx.agentId} has no launch grant to claim
`, exitCode: 0 };
  return {
    stderr: `execguard: sub-agent ${ctx.agentId} holds ${claim.kind === "grant" ? `grant ${claim.id}` : "no grant (its launch prompt did not approve)"}
`,
    exitCode: 0
  };
};
export {
  handle
};
