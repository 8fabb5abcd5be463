import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  ENVIRONMENT_WORDS
} from "./chunk-OEZHJJPK.mjs";
import {
  readPrompt
} from "./chunk-IFFSJ7SF.mjs";

// src/approval/answer.ts
function environmentsNamed(command) {
  const found = /* @__PURE__ */ new Set();
  for (const segment of command.toLowerCase().split(/[^a-z0-9]+/)) {
    const env = ENVIRONMENT_WORDS[segment];
    if (env) found.add(env);
  }
  return [...found];
}
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
  environmentsNamed,
  boundEnvironments,
  approvalForCheck
};
