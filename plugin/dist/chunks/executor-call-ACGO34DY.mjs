import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  CALL_ENV,
  recordExecutorCall
} from "./chunk-Q62ZRKFZ.mjs";
import {
  deny
} from "./chunk-7H2IF47G.mjs";
import "./chunk-SHPKBHHF.mjs";
import {
  logDecision
} from "./chunk-R7ODJEZY.mjs";
import "./chunk-RL46IMCX.mjs";
import "./chunk-VL7M2WAP.mjs";
import "./chunk-GLDXOGL5.mjs";

// src/hooks/tool-calls/executor-call.ts
var DIRECT_EXECUTOR = /^\s*(?:(?:node|npx)\s+)?(?:[\w./~-]*\/)?(?:execguard|cli\.mjs|execguard\.mjs)\s+(?:execute|resume|rollback)(?:\s+(?:[\w./:@=,+-]+|"[^"$`\\]*"|'[^']*'))*\s*$/;
var CALL_FLAG = /(^|[\s'"=])--call(\b|=)/;
var isDeny = (answer) => answer.json?.hookSpecificOutput?.permissionDecision === "deny";
function refuse(ctx, command, reason) {
  const stderr = logDecision(
    {
      time: (/* @__PURE__ */ new Date()).toISOString(),
      session: ctx.sessionId,
      tool: "Bash",
      command,
      decision: "deny",
      rules: ["executor-call"],
      reason,
      ...ctx.agentId ? { agentId: ctx.agentId } : {}
    },
    ctx.env
  );
  return { ...deny(reason), ...stderr ? { stderr } : {} };
}
function bindExecutorCall(answer, input, ctx) {
  const toolInput = input.tool_input;
  const command = String(toolInput.command);
  if (isDeny(answer)) return answer;
  if (command.includes(CALL_ENV) || CALL_FLAG.test(command))
    return refuse(
      ctx,
      command,
      `execguard: blocked: ${CALL_ENV} and --call are set by execguard's hook for the call they belong to, never by a command`
    );
  if (!DIRECT_EXECUTOR.test(command) || !ctx.sessionId) return answer;
  let nonce;
  try {
    nonce = recordExecutorCall(ctx.stateHome, {
      sessionId: ctx.sessionId,
      command,
      ...ctx.agentId ? { agentId: ctx.agentId } : {},
      ...ctx.agentType ? { agentType: ctx.agentType } : {},
      ...typeof input.tool_use_id === "string" ? { toolUseId: input.tool_use_id } : {}
    });
  } catch (error) {
    return refuse(ctx, command, `execguard: blocked: could not record which agent runs the executor: ${error.message}`);
  }
  const output = answer.json?.hookSpecificOutput ?? { hookEventName: "PreToolUse" };
  return {
    ...answer,
    json: {
      ...answer.json,
      // DIRECT_EXECUTOR allows plain arguments only: nothing after them can swallow the flag.
      hookSpecificOutput: { ...output, updatedInput: { ...toolInput, command: `${command.trimEnd()} --call ${nonce}` } }
    }
  };
}
export {
  bindExecutorCall
};
