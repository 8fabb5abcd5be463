import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  allow,
  deny
} from "./chunk-UVX3D2J7.mjs";
import {
  sessionPolicy
} from "./chunk-SF4NJWJ7.mjs";
import {
  hookContext,
  protectedPathsOf
} from "./chunk-BG4IQXAV.mjs";
import "./chunk-TLBJUBPP.mjs";
import {
  protectedWhy,
  resolveWord
} from "./chunk-7KTHKGCI.mjs";
import "./chunk-ZVMRUSTS.mjs";
import {
  resolveLinks
} from "./chunk-2O4HQGCF.mjs";
import {
  logDecision
} from "./chunk-N3CW7ZOS.mjs";
import "./chunk-PMFGONYC.mjs";
import "./chunk-IXTILJUS.mjs";
import "./chunk-GLDXOGL5.mjs";

// src/hooks/tool-calls/file-edit.ts
function fileEditProtected(path, ctx) {
  const pp = protectedPathsOf(ctx);
  const r = resolveWord(path, false, ctx.cwd, pp);
  if (r.kind !== "path") return r.kind === "unknown" ? `a path that cannot be resolved (${r.why})` : null;
  return protectedWhy(r.path, pp) ?? protectedWhy(resolveLinks(r.path), pp);
}
function guardFileEdit(tool, input, ctx) {
  const toolInput = input.tool_input;
  const path = toolInput?.file_path ?? toolInput?.notebook_path;
  if (typeof path !== "string" || !path) {
    return deny(`execguard: ${tool} call without tool_input.file_path: cannot tell which file it changes`);
  }
  const what = fileEditProtected(path, ctx);
  if (!what) return allow("silent");
  const reason = `execguard: ${tool} on ${path} is blocked: it is ${what}. An agent may not change execguard's state, the plugin, Claude Code settings or the policy file. If the change is needed, describe it and ask the user to make it.`;
  const stderr = logDecision(
    {
      time: (/* @__PURE__ */ new Date()).toISOString(),
      session: ctx.sessionId,
      tool,
      command: path,
      decision: "deny",
      rules: ["protected-path"],
      reason,
      ...ctx.agentId ? { agentId: ctx.agentId } : {}
    },
    ctx.env
  );
  return { ...deny(reason), ...stderr ? { stderr } : {} };
}

// src/hooks/events/pre-tool-use.ts
var FILE_TOOLS = /* @__PURE__ */ new Set(["Edit", "Write", "MultiEdit", "NotebookEdit"]);
var SUBAGENT_TOOLS = /* @__PURE__ */ new Set(["Task", "Agent"]);
var KNOWN_TOOLS = ["Bash", ...SUBAGENT_TOOLS, ...FILE_TOOLS];
function refuse(ctx, tool, what, rule, reason) {
  const command = typeof what === "string" ? what : (JSON.stringify(what) ?? "").slice(0, 2e3);
  const stderr = logDecision(
    {
      time: (/* @__PURE__ */ new Date()).toISOString(),
      session: ctx.sessionId,
      tool,
      command,
      decision: "deny",
      rules: [rule],
      reason,
      ...ctx.agentId ? { agentId: ctx.agentId } : {}
    },
    ctx.env
  );
  return { ...deny(reason), ...stderr ? { stderr } : {} };
}
var handle = async (input, env) => {
  const ctx = hookContext(input, env);
  const tool = input.tool_name;
  if (typeof tool !== "string" || !tool)
    return refuse(
      ctx,
      "",
      input.tool_input ?? "",
      "fail-closed",
      "execguard: PreToolUse input has no tool_name: cannot tell what would run"
    );
  const toolInput = input.tool_input;
  if (typeof toolInput !== "object" || toolInput === null)
    return refuse(ctx, tool, "", "fail-closed", `execguard: ${tool} call without tool_input: cannot tell what would run`);
  const fields = toolInput;
  if (FILE_TOOLS.has(tool)) {
    const path = fields.file_path ?? fields.notebook_path;
    if (typeof path !== "string" || !path)
      return refuse(
        ctx,
        tool,
        fields,
        "fail-closed",
        `execguard: ${tool} call without tool_input.file_path: cannot tell which file it changes`
      );
    return guardFileEdit(tool, input, ctx);
  }
  if (SUBAGENT_TOOLS.has(tool)) {
    const { recordSubagentLaunch } = await import("./subagent-VX6NST3C.mjs");
    return recordSubagentLaunch(input, ctx, (await sessionPolicy(ctx.cwd)).policy);
  }
  if (tool === "Bash") {
    const command = fields.command;
    if (typeof command !== "string")
      return refuse(
        ctx,
        tool,
        fields,
        "fail-closed",
        "execguard: Bash call without a tool_input.command string: cannot tell what would run"
      );
    const [{ guardBash }, { policy }] = await Promise.all([import("./bash-B2GWF7WR.mjs"), sessionPolicy(ctx.cwd)]);
    return guardBash(command, ctx, policy, tool);
  }
  return refuse(
    ctx,
    tool,
    fields,
    "unknown-tool",
    `execguard: tool '${tool}' reached execguard's PreToolUse hook, but execguard does not know what it does (it checks ${KNOWN_TOOLS.join(", ")}), so it is blocked. Use one of those tools instead.`
  );
};
export {
  handle
};
