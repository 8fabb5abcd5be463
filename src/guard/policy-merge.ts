// Two policies in force at once: the session project's (the floor) and one nearer the command (a
// sub-project's .execguard.yaml). The nearer one can only make the guard stricter, never looser,
// key by key (docs/policy.md "Policies in a session"):
//   mode              strict if either is strict
//   productionNames   union            (more names mark production)
//   protectedBranches union            (more branches are protected)
//   localContexts     intersection     (fewer contexts count as local clusters)
//   commit            headerMaxLength: the smaller; extraTypes: intersection; forbiddenTrailers: union
//   aliases           the project's win; the nearer file may only add names that are not tools the guard knows
//   approvalMinutes   the smaller
//   readKubeContext   both must allow it (without it a delete naming no context counts as production)
//   hookAllow         silent if either is silent (Claude Code keeps asking)
//   approvals         reviewers: the larger count per environment; planLock: on if either asks
//   store             the project's; the nearer file's only when the project names none
// Pure: policies in, policy out.
import type { Policy } from './policy.js';

/** Names an alias from a nearer file may not claim: redefining them would hide the tool. */
const GUARDED_NAMES =
  /^(terraform|tofu|terragrunt|kubectl|helm|git|gh|flux|argocd|pulumi|cdk|cdktf|aws|gcloud|gsutil|az|eksctl|sam|serverless|sls|docker|npm|npx|pnpm|yarn|bun|node|python3?|bash|sh|env|sudo|execguard|execguard\.mjs|make|just|task)$/;

const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];
const intersection = (a: string[], b: string[]) => a.filter((x) => b.includes(x));

function moreReviewers(a: Policy['approvals']['reviewers'], b: Policy['approvals']['reviewers']): Policy['approvals']['reviewers'] {
  const out = { ...a };
  for (const [env, n] of Object.entries(b) as [keyof typeof b, number][]) out[env] = Math.max(out[env] ?? 0, n);
  return out;
}

export function stricterOf(base: Policy, nearer: Policy): Policy {
  const aliases = { ...base.aliases };
  for (const [name, program] of Object.entries(nearer.aliases))
    if (!(name in aliases) && !GUARDED_NAMES.test(name)) aliases[name] = program;
  const merged: Policy = {
    mode: base.mode === 'strict' || nearer.mode === 'strict' ? 'strict' : 'default',
    productionNames: union(base.productionNames, nearer.productionNames),
    localContexts: intersection(base.localContexts, nearer.localContexts),
    protectedBranches: union(base.protectedBranches, nearer.protectedBranches),
    commit: {
      headerMaxLength: Math.min(base.commit.headerMaxLength, nearer.commit.headerMaxLength),
      extraTypes: intersection(base.commit.extraTypes, nearer.commit.extraTypes),
      forbiddenTrailers: union(base.commit.forbiddenTrailers, nearer.commit.forbiddenTrailers),
    },
    aliases,
    approvalMinutes: Math.min(base.approvalMinutes, nearer.approvalMinutes),
    readKubeContext: base.readKubeContext && nearer.readKubeContext,
    hookAllow: base.hookAllow === 'silent' || nearer.hookAllow === 'silent' ? 'silent' : 'explicit',
    approvals: {
      reviewers: moreReviewers(base.approvals.reviewers, nearer.approvals.reviewers),
      planLock: base.approvals.planLock || nearer.approvals.planLock,
    },
  };
  const store = base.store ?? nearer.store;
  if (store) merged.store = store;
  const sources = [base.source, nearer.source].filter(Boolean);
  if (sources.length) merged.source = sources.join(' + ');
  return merged;
}
