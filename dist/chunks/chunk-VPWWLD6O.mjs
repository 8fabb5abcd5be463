import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  environmentsNamed
} from "./chunk-EFYBUVPJ.mjs";
import {
  readPrompt
} from "./chunk-54DLQ2TA.mjs";

// src/approval/answer.ts
function boundEnvironments(named, requested) {
  if (requested.length === 0) return named;
  if (named.length === 0) return requested;
  const both = named.filter((e) => requested.includes(e));
  return both.length ? both : null;
}
function approvalForCheck(text, command) {
  const reading = readPrompt(text, { pending: true });
  if (reading.kind !== "approval") return null;
  const environments = boundEnvironments(reading.scope.environments, environmentsNamed(command));
  if (environments === null) return null;
  return { ...reading.scope, environments };
}

export {
  boundEnvironments,
  approvalForCheck
};
