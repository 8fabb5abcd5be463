import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  findPolicyFile,
  loadPolicy
} from "./chunk-TLBJUBPP.mjs";
import {
  DEFAULT_POLICY
} from "./chunk-ZVMRUSTS.mjs";

// src/hooks/session-policy.ts
async function sessionPolicy(cwd) {
  const file = findPolicyFile(cwd);
  if (!file) return { policy: DEFAULT_POLICY };
  return { policy: await loadPolicy(file), file };
}

export {
  sessionPolicy
};
