import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  ENVIRONMENT_WORDS
} from "./chunk-OEZHJJPK.mjs";

// src/guard/targets.ts
function segments(value) {
  return value.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}
function isProductionName(value, policy) {
  if (!value) return false;
  const names = new Set(policy.productionNames.map((n) => n.toLowerCase()));
  return segments(value).some((s) => names.has(s));
}
function isLocalContext(value, policy) {
  if (!value) return false;
  const v = value.toLowerCase();
  return policy.localContexts.some((local) => {
    const l = local.toLowerCase();
    return v === l || v.startsWith(`${l}-`) || v.startsWith(`${l}_`) || v.startsWith(`${l}.`) || v.startsWith(`${l}@`);
  });
}
function environmentsOf(value, policy) {
  if (!value) return [];
  const found = /* @__PURE__ */ new Set();
  const prodNames = new Set((policy?.productionNames ?? []).map((n) => n.toLowerCase()));
  for (const s of segments(value)) {
    const env = ENVIRONMENT_WORDS[s] ?? (prodNames.has(s) ? "prod" : void 0);
    if (env) found.add(env);
  }
  return [...found];
}
function isDryRun(argv) {
  let dry = false;
  for (const a of argv) {
    if (a === "--dry-run") dry = true;
    else if (a.startsWith("--dry-run=")) dry = !/^(none|false|0)$/i.test(a.slice("--dry-run=".length));
  }
  return dry;
}

export {
  segments,
  isProductionName,
  isLocalContext,
  environmentsOf,
  isDryRun
};
