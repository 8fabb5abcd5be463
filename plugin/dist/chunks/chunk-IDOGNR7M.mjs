import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);

// src/exec/digest.ts
import { createHash } from "node:crypto";
function planDigest(plan, summary) {
  const input = JSON.stringify({
    id: plan.id,
    operation: plan.operation,
    workdir: plan.workdir,
    git: plan.git ?? null,
    section: plan[plan.operation] ?? null,
    changes: summary.digestInput
  });
  return `sha256:${createHash("sha256").update(input).digest("hex")}`;
}

export {
  planDigest
};
