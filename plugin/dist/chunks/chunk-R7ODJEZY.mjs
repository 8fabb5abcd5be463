import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  appendLine
} from "./chunk-RL46IMCX.mjs";
import {
  stateHome,
  statePaths
} from "./chunk-VL7M2WAP.mjs";

// src/hooks/decision-log.ts
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";

// src/state/log-rotate.ts
import { renameSync, statSync } from "node:fs";
var DEFAULT_DECISION_LOG_MAX_BYTES = 5 * 1024 * 1024;
var DEFAULT_DECISION_LOG_KEEP = 3;
function rotateBySize(path, maxBytes = DEFAULT_DECISION_LOG_MAX_BYTES, keep = DEFAULT_DECISION_LOG_KEEP) {
  let size;
  try {
    size = statSync(path).size;
  } catch {
    return false;
  }
  if (size <= maxBytes) return false;
  for (let i = keep - 1; i >= 1; i--) {
    try {
      renameSync(`${path}.${i}`, `${path}.${i + 1}`);
    } catch {
    }
  }
  try {
    renameSync(path, `${path}.1`);
  } catch {
    return false;
  }
  return true;
}

// src/hooks/decision-log.ts
var MAX_FIELD = 4e3;
var clip = (text) => text.length > MAX_FIELD ? `${text.slice(0, MAX_FIELD)}\u2026` : text;
function decisionsFile(env = process.env) {
  return statePaths(stateHome(env)).decisions;
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
