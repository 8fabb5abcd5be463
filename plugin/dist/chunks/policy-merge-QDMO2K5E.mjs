import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import "./chunk-GLDXOGL5.mjs";

// src/guard/policy-merge.ts
var GUARDED_NAMES = /^(terraform|tofu|terragrunt|kubectl|helm|git|gh|flux|argocd|pulumi|cdk|cdktf|aws|gcloud|gsutil|az|eksctl|sam|serverless|sls|docker|npm|npx|pnpm|yarn|bun|node|python3?|bash|sh|env|sudo|execguard|execguard\.mjs|make|just|task)$/;
var union = (a, b) => [.../* @__PURE__ */ new Set([...a, ...b])];
var intersection = (a, b) => a.filter((x) => b.includes(x));
function moreReviewers(a, b) {
  const out = { ...a };
  for (const [env, n] of Object.entries(b)) out[env] = Math.max(out[env] ?? 0, n);
  return out;
}
function stricterOf(base, nearer) {
  const aliases = { ...base.aliases };
  for (const [name, program] of Object.entries(nearer.aliases))
    if (!(name in aliases) && !GUARDED_NAMES.test(name)) aliases[name] = program;
  const merged = {
    mode: base.mode === "strict" || nearer.mode === "strict" ? "strict" : "default",
    productionNames: union(base.productionNames, nearer.productionNames),
    localContexts: intersection(base.localContexts, nearer.localContexts),
    protectedBranches: union(base.protectedBranches, nearer.protectedBranches),
    commit: {
      headerMaxLength: Math.min(base.commit.headerMaxLength, nearer.commit.headerMaxLength),
      extraTypes: intersection(base.commit.extraTypes, nearer.commit.extraTypes),
      forbiddenTrailers: union(base.commit.forbiddenTrailers, nearer.commit.forbiddenTrailers)
    },
    aliases,
    approvalMinutes: Math.min(base.approvalMinutes, nearer.approvalMinutes),
    readKubeContext: base.readKubeContext && nearer.readKubeContext,
    hookAllow: base.hookAllow === "silent" || nearer.hookAllow === "silent" ? "silent" : "explicit",
    approvals: {
      reviewers: moreReviewers(base.approvals.reviewers, nearer.approvals.reviewers),
      planLock: base.approvals.planLock || nearer.approvals.planLock
    }
  };
  const store = base.store ?? nearer.store;
  if (store) merged.store = store;
  const sources = [base.source, nearer.source].filter(Boolean);
  if (sources.length) merged.source = sources.join(" + ");
  return merged;
}
export {
  stricterOf
};
