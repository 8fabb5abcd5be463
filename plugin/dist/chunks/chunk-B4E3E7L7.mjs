import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  CLOSE_SENTINEL,
  OPEN_SENTINEL,
  checkStatus,
  formatStatusError
} from "./chunk-FP4XGDEA.mjs";

// src/status/render.ts
var InvalidStatusError = class extends Error {
};
function renderStatus(status) {
  const block = [
    OPEN_SENTINEL,
    `PLAN_STATUS: ${status.planStatus}`,
    `CURRENT_PHASE: ${status.currentPhase}`,
    `PENDING_STEPS: ${JSON.stringify(status.pendingSteps)}`,
    `NEXT_ACTION: ${status.nextAction}`,
    `AGENT_ID: ${status.agentId}`,
    CLOSE_SENTINEL
  ].join("\n");
  const check = checkStatus(block, { required: true });
  if (!check.valid) {
    throw new InvalidStatusError(`cannot render an invalid AGENT_STATUS block: ${check.errors.map(formatStatusError).join("; ")}`);
  }
  return block;
}
var oneLine = (text) => text.replace(/\s+/g, " ").trim();
function toAgentId(id, fallback = "execguard") {
  const cleaned = id.replace(/[^A-Za-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "");
  return cleaned || fallback;
}

export {
  renderStatus,
  oneLine,
  toAgentId
};
