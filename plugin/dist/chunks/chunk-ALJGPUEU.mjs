import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  rotateBySize
} from "./chunk-PMFGONYC.mjs";
import {
  stateHome,
  statePaths
} from "./chunk-VL7M2WAP.mjs";

// src/hooks/decision-log.ts
import { closeSync, fstatSync, mkdirSync, openSync, readSync, writeSync } from "node:fs";
import { dirname } from "node:path";
var MAX_FIELD = 4e3;
var clip = (text) => text.length > MAX_FIELD ? `${text.slice(0, MAX_FIELD)}\u2026` : text;
function decisionsFile(env = process.env) {
  return statePaths(stateHome(env)).decisions;
}
function appendLine(file, line) {
  const fd = openSync(file, "a+", 384);
  try {
    const size = fstatSync(fd).size;
    const last = Buffer.alloc(1);
    const torn = size > 0 && readSync(fd, last, 0, 1, size - 1) === 1 && last[0] !== 10;
    writeSync(fd, `${torn ? "\n" : ""}${line}
`);
  } finally {
    closeSync(fd);
  }
}
function logDecision(entry, env = process.env) {
  try {
    const file = decisionsFile(env);
    mkdirSync(dirname(file), { recursive: true, mode: 448 });
    const line = JSON.stringify({ ...entry, command: clip(entry.command), reason: clip(entry.reason) });
    rotateBySize(file);
    appendLine(file, line);
    return void 0;
  } catch (error) {
    return `execguard: could not record the decision (${error.message})
`;
  }
}
function describeInput(event, stdinText) {
  try {
    const input = JSON.parse(stdinText);
    const toolInput = input.tool_input ?? {};
    const command = toolInput.command ?? toolInput.file_path ?? toolInput.notebook_path ?? input.prompt ?? "";
    return {
      session: typeof input.session_id === "string" ? input.session_id : "",
      tool: typeof input.tool_name === "string" ? input.tool_name : event,
      command: typeof command === "string" ? command : JSON.stringify(command),
      ...typeof input.agent_id === "string" && input.agent_id ? { agentId: input.agent_id } : {}
    };
  } catch {
    return { session: "", tool: event, command: stdinText.slice(0, 200) };
  }
}
function logFallback(event, stdinText, rule, reason, env = process.env, decision = "fallback") {
  return logDecision({ time: (/* @__PURE__ */ new Date()).toISOString(), ...describeInput(event, stdinText), decision, rules: [rule], reason }, env);
}

export {
  decisionsFile,
  logDecision,
  logFallback
};
