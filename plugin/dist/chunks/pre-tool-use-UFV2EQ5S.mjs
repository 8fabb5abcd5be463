import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  sessionPolicy
} from "./chunk-TZ273R2A.mjs";
import "./chunk-K3VR3IEB.mjs";
import {
  hookContext,
  protectedPathsOf
} from "./chunk-7AACBDAA.mjs";
import {
  resolveLinks
} from "./chunk-B5I6L5BX.mjs";
import "./chunk-AZF5T37V.mjs";
import {
  allow,
  deny
} from "./chunk-7H2IF47G.mjs";
import {
  logDecision
} from "./chunk-R7ODJEZY.mjs";
import "./chunk-RL46IMCX.mjs";
import "./chunk-VL7M2WAP.mjs";
import {
  globMatches,
  inside,
  protectedWhy,
  resolveWord
} from "./chunk-ULQT36X4.mjs";
import "./chunk-4YJ4M3UI.mjs";
import "./chunk-H5RYQ4RP.mjs";
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
  return refuseProtected(ctx, tool, path, reason);
}
function refuseProtected(ctx, tool, shown, reason) {
  const stderr = logDecision(
    {
      time: (/* @__PURE__ */ new Date()).toISOString(),
      session: ctx.sessionId,
      tool,
      command: shown,
      decision: "deny",
      rules: ["protected-path"],
      reason,
      ...ctx.agentId ? { agentId: ctx.agentId } : {}
    },
    ctx.env
  );
  return { ...deny(reason), ...stderr ? { stderr } : {} };
}

// src/hooks/tool-calls/read.ts
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
var READ_TOOLS = /* @__PURE__ */ new Set(["Read", "Grep", "Glob"]);
function keyInodes(pp) {
  const out = /* @__PURE__ */ new Set();
  for (const dir of pp.readDenied) {
    let names = [];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      try {
        const s = statSync(join(dir, name));
        if (s.isFile()) out.add(`${s.dev}:${s.ino}`);
      } catch {
      }
    }
  }
  return out;
}
function sameInodeAsKey(path, pp) {
  let id;
  try {
    const s = statSync(path);
    if (!s.isFile()) return false;
    id = `${s.dev}:${s.ino}`;
  } catch {
    return false;
  }
  return keyInodes(pp).has(id);
}
function intoKeys(path, pp) {
  const real = resolveLinks(path);
  return pp.readDenied.find((k) => inside(path, k) || inside(real, k)) ?? null;
}
function reachesKeys(dir, pp) {
  const real = resolveLinks(dir);
  return pp.readDenied.find((k) => inside(k, dir) || inside(k, real) || inside(dir, k) || inside(real, k)) ?? null;
}
function globReachesKeys(dir, patterns, pp) {
  for (const k of pp.readDenied) {
    for (const base of /* @__PURE__ */ new Set([dir, resolveLinks(dir)])) {
      if (inside(base, k)) return k;
      if (!inside(k, base)) continue;
      if (patterns.some((p) => p.includes("**"))) return k;
      const rel = k.slice(base.length).split("/").filter(Boolean);
      if (patterns.length > rel.length && rel.every((name, i) => globMatches(patterns[i], name) || patterns[i] === name)) return k;
    }
  }
  return null;
}
function readProtected(tool, fields, ctx) {
  const pp = protectedPathsOf(ctx);
  if (pp.readDenied.length === 0) return null;
  const str = (v) => typeof v === "string" && v !== "" ? v : void 0;
  const where = (word) => {
    const r2 = resolveWord(word, false, ctx.cwd, pp);
    return r2.kind === "path" ? r2.path : null;
  };
  if (tool === "Read") {
    const file = str(fields.file_path);
    if (!file) return "a Read without tool_input.file_path: cannot tell what it reads";
    const path = where(file);
    if (!path) return `a path that cannot be resolved (${file})`;
    const k2 = intoKeys(path, pp);
    if (k2) return `${path} leads into ${k2}, execguard's keys`;
    if (sameInodeAsKey(path, pp)) return `${path} is a hard link to one of execguard's keys`;
    return null;
  }
  const base = str(fields.path) ?? ctx.cwd;
  const dir = where(base);
  if (!dir) return `a path that cannot be resolved (${base})`;
  if (tool === "Grep") {
    const k2 = reachesKeys(dir, pp);
    if (k2) return `a search of ${dir} reaches ${k2}, execguard's keys; search a folder that does not hold them`;
    if (sameInodeAsKey(dir, pp)) return `${dir} is a hard link to one of execguard's keys`;
    return null;
  }
  const pattern = str(fields.pattern) ?? "*";
  const r = resolveWord(pattern.startsWith("/") ? pattern : `${dir.replace(/\/$/, "")}/${pattern}`, true, ctx.cwd, pp);
  if (r.kind === "unknown") return `a pattern that cannot be resolved (${pattern})`;
  const k = r.kind === "path" ? intoKeys(r.path, pp) : globReachesKeys(r.dir, r.patterns, pp);
  return k ? `the pattern could list ${k}, execguard's keys` : null;
}
function guardRead(tool, input, ctx) {
  const fields = input.tool_input ?? {};
  const what = readProtected(tool, fields, ctx);
  if (!what) return allow("silent");
  const shown = String(fields.file_path ?? fields.path ?? fields.pattern ?? "");
  const reason = `execguard: ${tool} ${shown} is blocked: ${what}. An agent may not read execguard's keys (they sign approvals); nothing in a normal task needs them.`;
  return refuseProtected(ctx, tool, shown, reason);
}

// src/hooks/events/pre-tool-use.ts
var FILE_TOOLS = /* @__PURE__ */ new Set(["Edit", "Write", "MultiEdit", "NotebookEdit"]);
var SUBAGENT_TOOLS = /* @__PURE__ */ new Set(["Task", "Agent"]);
var KNOWN_TOOLS = ["Bash", ...SUBAGENT_TOOLS, ...FILE_TOOLS, ...READ_TOOLS, "AskUserQuestion"];
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
  if (READ_TOOLS.has(tool)) return guardRead(tool, input, ctx);
  if (SUBAGENT_TOOLS.has(tool)) {
    const { recordSubagentLaunch } = await import("./subagent-2CHY5RDM.mjs");
    return recordSubagentLaunch(input, ctx, (await sessionPolicy(ctx.cwd, ctx.env)).policy);
  }
  if (tool === "AskUserQuestion") {
    const { askUserQuestion } = await import("./ask-user-question-OEVZ6XSD.mjs");
    return askUserQuestion(input, ctx);
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
    const [{ gatherBashCall, guardBash }, { policy }, { bindExecutorCall }] = await Promise.all([
      import("./bash-THOVW3A4.mjs"),
      sessionPolicy(ctx.cwd, ctx.env),
      import("./executor-call-ACGO34DY.mjs")
    ]);
    const unsandboxed = fields.dangerouslyDisableSandbox !== void 0 && fields.dangerouslyDisableSandbox !== false;
    return bindExecutorCall(await guardBash(await gatherBashCall(command, ctx, policy, tool, unsandboxed)), input, ctx);
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
