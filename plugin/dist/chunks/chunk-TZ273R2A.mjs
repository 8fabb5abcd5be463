import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  findPolicyFile,
  loadPolicy
} from "./chunk-K3VR3IEB.mjs";
import {
  DEFAULT_POLICY
} from "./chunk-4YJ4M3UI.mjs";

// src/hooks/session-policy.ts
async function sessionPolicy(cwd, env = process.env) {
  const nearer = findPolicyFile(cwd);
  if (!env.CLAUDE_PROJECT_DIR) return nearer ? { policy: await loadPolicy(nearer), file: nearer } : { policy: DEFAULT_POLICY };
  const project = findPolicyFile(env.CLAUDE_PROJECT_DIR);
  const base = project ? await loadPolicy(project) : DEFAULT_POLICY;
  const floor = project ? { policy: base, file: project } : { policy: base };
  if (!nearer || nearer === project) return floor;
  const { stricterOf } = await import("./policy-merge-QDMO2K5E.mjs");
  return { ...floor, policy: stricterOf(base, await loadPolicy(nearer)) };
}

export {
  sessionPolicy
};
