import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  protectedReason
} from "./chunk-EYY5MI6A.mjs";
import {
  logDecision
} from "./chunk-BGA5UW7D.mjs";
import {
  allow,
  deny
} from "./chunk-UVX3D2J7.mjs";
import {
  hookContext,
  sessionPolicy
} from "./chunk-M3FEKO22.mjs";
import "./chunk-KCJRZOTD.mjs";
import "./chunk-SLWZ5OZ3.mjs";
import "./chunk-JYZVYPDW.mjs";
import "./chunk-UOJPWSGW.mjs";

// src/hooks/tools/file-edit.ts
function guardFileEdit(tool, input, ctx) {
  const toolInput = input.tool_input;
  const path = toolInput?.file_path ?? toolInput?.notebook_path;
  if (typeof path !== "string" || !path) {
    return deny(`execguard: ${tool} call without tool_input.file_path: cannot tell which file it changes`);
  }
  const what = protectedReason(path, ctx);
  if (!what) return allow("silent");
  const reason = `execguard: ${tool} on ${path} is blocked: it is ${what}. An agent may not change execguard's policy, hook registrations, Claude Code settings or execguard state. If the change is needed, describe it and ask the user to make it.`;
  const stderr = logDecision(
    { time: (/* @__PURE__ */ new Date()).toISOString(), session: ctx.sessionId, tool, command: path, decision: "deny", rules: ["protected-file"], reason, ...ctx.agentId ? { agentId: ctx.agentId } : {} },
    ctx.env
  );
  return { ...deny(reason), ...stderr ? { stderr } : {} };
}

// src/hooks/events/pre-tool-use.ts
var FILE_TOOLS = /* @__PURE__ */ new Set(["Edit", "Write", "MultiEdit", "NotebookEdit"]);
var SUBAGENT_TOOLS = /* @__PURE__ */ new Set(["Task", "Agent"]);
var handle = async (input, env) => {
  const tool = input.tool_name;
  if (typeof tool !== "string" || !tool) return deny("execguard: PreToolUse input has no tool_name: cannot tell what would run");
  const ctx = hookContext(input, env);
  if (FILE_TOOLS.has(tool)) return guardFileEdit(tool, input, ctx);
  const toolInput = input.tool_input;
  if (typeof toolInput !== "object" || toolInput === null) return deny(`execguard: ${tool} call without tool_input: cannot tell what would run`);
  if (SUBAGENT_TOOLS.has(tool)) {
    const { recordSubagentLaunch } = await import("./subagent-I7SDCAKK.mjs");
    return recordSubagentLaunch(input, ctx, (await sessionPolicy(ctx.cwd)).policy);
  }
  if (tool === "Bash") {
    const command = toolInput.command;
    if (typeof command !== "string") return deny("execguard: Bash call without a tool_input.command string: cannot tell what would run");
    const [{ guardBash }, { policy }] = await Promise.all([import("./bash-LJ2O4ZUY.mjs"), sessionPolicy(ctx.cwd)]);
    return guardBash(command, ctx, policy, tool);
  }
  return { exitCode: 0 };
};
export {
  handle
};
