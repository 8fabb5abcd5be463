import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  readTurnDenials
} from "./chunk-A3VCP7CC.mjs";
import {
  recordPending,
  sessionKey
} from "./chunk-H6SCAQY7.mjs";
import {
  stateHome,
  statePaths
} from "./chunk-VL7M2WAP.mjs";
import {
  environmentsNamed
} from "./chunk-NJ4D744S.mjs";

// src/hooks/events/pending-request.ts
import { closeSync, fstatSync, openSync, readFileSync, readSync } from "node:fs";
import { join } from "node:path";
var PENDING = /^\s*PLAN_STATUS:\s*PENDING_APPROVAL\s*$/m;
var DIGEST = /plan\s+digest\W{0,8}(sha256:[0-9a-f]{64})\b/gi;
var GATED = /* @__PURE__ */ new Set(["approval-gate", "terraform-destroy", "kubectl-delete-prod", "git-force-push"]);
var TAIL_BYTES = 4 * 1024 * 1024;
function turnStartFile(env, sessionId) {
  return join(statePaths(stateHome(env)).pending, `${sessionKey(sessionId)}.turn`);
}
var asksForApproval = (message) => PENDING.test(message.slice(-4e3));
function tail(path, bytes = TAIL_BYTES, from) {
  try {
    const fd = openSync(path, "r");
    try {
      const size = fstatSync(fd).size;
      const start = from !== void 0 && from <= size ? Math.max(from, size - bytes) : Math.max(0, size - bytes);
      const length = size - start;
      const buffer = Buffer.alloc(length);
      readSync(fd, buffer, 0, length, start);
      return buffer.toString("utf8");
    } finally {
      closeSync(fd);
    }
  } catch {
    return void 0;
  }
}
function digestsIn(text) {
  return [...new Set([...text.matchAll(DIGEST)].map((m) => m[1].toLowerCase()))];
}
function turnStart(env, sessionId) {
  try {
    const value = JSON.parse(readFileSync(turnStartFile(env, sessionId), "utf8"));
    const time = typeof value.time === "string" ? Date.parse(value.time) : Number.NaN;
    return { time: Number.isFinite(time) ? time : 0 };
  } catch {
    return { time: 0 };
  }
}
var squeeze = (text) => text.replace(/\s+/g, " ").trim();
var relays = (message, command) => {
  const wanted = squeeze(command);
  return wanted !== "" && squeeze(message).includes(wanted);
};
function deniedInTurn(env, sessionId, since, shown) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const entry of readTurnDenials(env, sessionId)) {
    if (Date.parse(entry.time) < since.time) continue;
    if (!entry.rules.some((r) => GATED.has(r))) continue;
    if (entry.agentId !== void 0 && !relays(shown, entry.command)) continue;
    if (seen.has(entry.command)) continue;
    seen.add(entry.command);
    out.push({
      command: entry.command,
      rules: entry.rules,
      environments: environmentsNamed(entry.command),
      ...entry.agentId !== void 0 ? { agentId: entry.agentId } : {}
    });
  }
  return out;
}
var OWN_OUTPUT_TOOLS = /* @__PURE__ */ new Set(["Bash"]);
function toolResultsSinceLastPrompt(transcriptPath) {
  return turnSinceLastPrompt(transcriptPath).toolText;
}
function turnSinceLastPrompt(transcriptPath) {
  const none = { toolText: "", assistantText: "" };
  if (!transcriptPath) return none;
  const text = tail(transcriptPath);
  if (!text) return none;
  const lines = text.split("\n");
  const turn = [];
  for (let i = lines.length - 1; i >= 0; i--) {
    if (!lines[i].trim()) continue;
    let entry;
    try {
      entry = JSON.parse(lines[i]);
    } catch {
      continue;
    }
    const content = entry.message?.content;
    if (entry.type === "user" && typeof content === "string") break;
    if (entry.type === "user" && Array.isArray(content) && content.some((b) => b?.type === "text")) break;
    turn.unshift(entry);
  }
  const own = /* @__PURE__ */ new Set();
  const parts = [];
  const said = [];
  for (const entry of turn) {
    const content = entry.message?.content;
    if (!Array.isArray(content)) continue;
    for (const block of content) {
      if (entry.type === "assistant" && block?.type === "text" && typeof block.text === "string") said.push(block.text);
      if (entry.type === "assistant" && block?.type === "tool_use" && typeof block.id === "string" && OWN_OUTPUT_TOOLS.has(String(block.name)))
        own.add(block.id);
      if (entry.type !== "user" || block?.type !== "tool_result" || typeof block.tool_use_id !== "string" || !own.has(block.tool_use_id))
        continue;
      if (typeof block.content === "string") parts.push(block.content);
      else if (Array.isArray(block.content)) {
        for (const b of block.content) if (typeof b?.text === "string") parts.push(b.text);
      }
    }
  }
  return { toolText: parts.join("\n"), assistantText: said.join("\n") };
}
function presentedInTurn(env, sessionId, shown, transcriptPath) {
  const commands = deniedInTurn(env, sessionId, turnStart(env, sessionId), shown);
  const digests = digestsIn(`${shown}
${toolResultsSinceLastPrompt(transcriptPath)}`);
  const environments = [...new Set(commands.flatMap((c) => c.environments))];
  return { commands, digests, environments };
}
function recordPendingRequest(input) {
  if (!input.sessionId || !asksForApproval(input.message)) return void 0;
  if (input.source === "subagent-stop" || input.agentId)
    return "execguard: the sub-agent's approval request is not shown to the user; it counts once the main agent's final message relays it and ends PLAN_STATUS: PENDING_APPROVAL\n";
  try {
    const { createHash } = process.getBuiltinModule("node:crypto");
    const { commands, digests, environments } = presentedInTurn(input.env, input.sessionId, input.message, input.transcriptPath);
    recordPending(
      {
        sessionId: input.sessionId,
        source: input.source,
        ...input.agentId ? { agentId: input.agentId } : {},
        commands,
        environments,
        digests,
        messageHash: `sha256:${createHash("sha256").update(input.message).digest("hex")}`
      },
      { env: input.env }
    );
    return void 0;
  } catch (error) {
    return `execguard: could not record the approval request (${error.message})
`;
  }
}

export {
  turnStartFile,
  turnSinceLastPrompt,
  presentedInTurn,
  recordPendingRequest
};
