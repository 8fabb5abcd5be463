import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  sessionKey
} from "./chunk-H6SCAQY7.mjs";
import {
  appendLine
} from "./chunk-RL46IMCX.mjs";
import {
  stateHome,
  statePaths
} from "./chunk-VL7M2WAP.mjs";

// src/state/turn-denials.ts
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
var MAX_BYTES = 4 * 1024 * 1024;
var MAX_COMMAND = 4e3;
function turnDenialsFile(env, sessionId) {
  return join(statePaths(stateHome(env)).pending, `${sessionKey(sessionId)}.denials.jsonl`);
}
function recordTurnDenial(env, sessionId, denial) {
  if (!sessionId) return void 0;
  try {
    const file = turnDenialsFile(env, sessionId);
    mkdirSync(dirname(file), { recursive: true, mode: 448 });
    appendLine(file, JSON.stringify({ ...denial, command: denial.command.slice(0, MAX_COMMAND) }));
    return void 0;
  } catch (error) {
    return `execguard: could not record the refusal for the approval request (${error.message})
`;
  }
}
function startTurnDenials(env, sessionId) {
  rmSync(turnDenialsFile(env, sessionId), { force: true });
}
var isDenial = (v) => {
  const d = v;
  return typeof d === "object" && d !== null && typeof d.time === "string" && typeof d.command === "string" && (d.decision === "deny" || d.decision === "ask") && Array.isArray(d.rules) && d.rules.every((r) => typeof r === "string") && (d.agentId === void 0 || typeof d.agentId === "string");
};
function readTurnDenials(env, sessionId) {
  let text;
  try {
    text = readFileSync(turnDenialsFile(env, sessionId), "utf8");
  } catch {
    return [];
  }
  if (text.length > MAX_BYTES) text = text.slice(-MAX_BYTES);
  const out = [];
  for (const line of text.split("\n")) {
    if (!line) continue;
    try {
      const value = JSON.parse(line);
      if (isDenial(value)) out.push(value);
    } catch {
    }
  }
  return out;
}

export {
  recordTurnDenial,
  startTurnDenials,
  readTurnDenials
};
