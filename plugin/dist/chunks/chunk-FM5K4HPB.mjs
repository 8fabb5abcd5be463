import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  readPrompt
} from "./chunk-GME6JKP7.mjs";
import {
  environmentsNamed
} from "./chunk-NJ4D744S.mjs";

// src/approval/answer-binding.ts
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
function grantFromWords(text, command, id) {
  if (!text) return null;
  const scope = approvalForCheck(text, command);
  return scope ? { id, scope } : null;
}

export {
  boundEnvironments,
  grantFromWords
};
