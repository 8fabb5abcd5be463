import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  environmentsNamed
} from "./chunk-NJ4D744S.mjs";

// src/guard/environment-names.ts
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
  return value ? environmentsNamed(value, policy?.productionNames) : [];
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
