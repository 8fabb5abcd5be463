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

// src/exec/preflight-probes.ts
async function preflightProbes(input) {
  const { op, ctx, plan, git, planFile } = input;
  const attempt = input.attempt ?? ((_label, probe) => probe());
  const g = git ? plan.git : void 0;
  const [dry, gitDetail, commitDetail] = await Promise.allSettled([
    (async () => {
      await attempt(`${plan.operation} pre-flight`, () => op.preflight(ctx));
      return attempt(`${plan.operation} dry run`, () => op.dryRun(ctx));
    })(),
    git && g ? attempt("git pre-flight", () => git.preflight(g, [planFile], op.transient)) : Promise.resolve([]),
    git && g ? git.checkCommit(g) : Promise.resolve(void 0),
    ...input.alongside ?? []
  ]);
  for (const r of [gitDetail, commitDetail, dry]) if (r.status === "rejected") throw r.reason;
  const value = (r) => r.value;
  const commit = value(commitDetail);
  return { dry: value(dry), gitDetail: value(gitDetail), ...commit !== void 0 ? { commitDetail: commit } : {} };
}

export {
  planDigest,
  preflightProbes
};
