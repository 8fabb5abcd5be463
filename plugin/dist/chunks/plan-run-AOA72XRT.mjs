import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  GitSide,
  RunSetup,
  errorClassOf,
  exactErrorOf,
  hashInputs,
  planDigest,
  planInputFiles,
  preflightProbes
} from "./chunk-2LD6C4GR.mjs";
import {
  loadPlan,
  sectionOf
} from "./chunk-5Z5QZ754.mjs";
import "./chunk-B4E3E7L7.mjs";
import "./chunk-YAXJHWUH.mjs";
import {
  kindOf,
  loadOperation
} from "./chunk-2SKKGDWJ.mjs";
import "./chunk-XDDEP7ZQ.mjs";
import "./chunk-P37WMGKB.mjs";
import "./chunk-YMQBQB24.mjs";
import "./chunk-FP4XGDEA.mjs";
import "./chunk-K3VR3IEB.mjs";
import "./chunk-EZGD5OAD.mjs";
import "./chunk-JERPX7J5.mjs";
import {
  StepError
} from "./chunk-DCM7PZVW.mjs";
import "./chunk-3PDF6CMC.mjs";
import {
  stateHome
} from "./chunk-VL7M2WAP.mjs";
import "./chunk-4YJ4M3UI.mjs";
import "./chunk-H5RYQ4RP.mjs";
import "./chunk-GLDXOGL5.mjs";

// src/exec/plan/plan-run.ts
import { readFileSync } from "node:fs";
import { relative } from "node:path";
function riskOf(plan, s) {
  const prod = /(^|[^a-z])(prod|production|prd)([^a-z]|$)/i.test(`${plan.workdir} ${JSON.stringify(plan[plan.operation] ?? {})}`);
  if (s.destroy.length || prod) return "high";
  if (s.update.length) return "medium";
  return "low";
}
function rollbackPathOf(plan, s) {
  const lines = plan.git ? [`git revert of the plan's commit, pushed to ${plan.git.remote}/${plan.git.branch} (never a force push)`] : [];
  return [...lines, kindOf(plan.operation).rollbackPath(s)];
}
function runCommands(plan) {
  const at = (cmd) => plan.workdir === "." ? cmd : `(in ${plan.workdir}) ${cmd}`;
  const out = [];
  const g = plan.git;
  if (g) {
    out.push(`git add -A -- ${g.files.join(" ")}`, `git commit -m ${JSON.stringify(g.message)} -- ${g.files.join(" ")}`);
    out.push(`git push ${g.remote} HEAD:refs/heads/${g.branch}`);
  }
  out.push(...kindOf(plan.operation).commands(sectionOf(plan), at));
  for (const step of plan.verify) out.push(at(`verify: ${step.run}`));
  return out;
}
function renderSummary(r, plan) {
  const list = (items) => items.length ? items.map((i) => `  - ${i}`) : ["  - (none)"];
  if (r.status !== "COMPLETE" || !r.summary) {
    return [
      `## Plan ${plan.id}: pre-flight failed \u274C`,
      "",
      `- **Run:** ${r.runId}`,
      `- **Error type:** ${r.error?.errorType}`,
      `- **Error:** ${r.error?.message}`,
      "",
      "```text",
      r.error?.exactError ?? "",
      "```",
      ""
    ].join("\n");
  }
  const s = r.summary;
  return [
    `## Plan ${plan.id} (${plan.operation}) \u2014 approval summary`,
    "",
    `- **Run:** ${r.runId}`,
    `- **Workdir:** ${plan.workdir}`,
    "- **Create:**",
    ...list(s.create),
    "- **Change:**",
    ...list(s.update),
    "- **Destroy:**",
    ...list(s.destroy),
    ...s.notes.length ? ["- **Notes:**", ...list(s.notes)] : [],
    "- **Files to commit:**",
    ...list(plan.git?.files ?? []),
    `- **Commit message:** ${plan.git ? plan.git.message : "(no git section: nothing is committed)"}`,
    ...plan.git ? [
      `- **Commits pushed to ${plan.git.remote}/${plan.git.branch}:** the plan's own commit${r.commits?.length ? `, and these ${r.commits.length} already on the branch:` : " (no other commit)"}`,
      ...(r.commits ?? []).map((c) => `  - ${c.hash} ${c.subject}`)
    ] : [],
    "- **Commands the run will run:**",
    ...list(runCommands(plan)),
    `- **Risk:** ${r.risk}${s.destroy.length ? " (destroys resources: the approval must explicitly approve destroying)" : ""}`,
    "- **Rollback path:**",
    ...list(r.rollbackPath ?? []),
    "- **Pre-flight:**",
    ...list(r.preflight),
    `- **Plan digest:** ${r.digest}`,
    "",
    `To execute: after the user approves this plan, execguard execute <plan> (inside an agent session the approval comes from the session; outside one, add --approval "<the user's approval>")`,
    ""
  ].join("\n");
}
async function planOnly(options) {
  options = { ...options, home: options.home ?? stateHome(options.env) };
  const loaded = loadPlan(options.planArg, options.cwd);
  const { plan } = loaded;
  const preflight = [];
  let setup;
  try {
    setup = new RunSetup("plan", loaded, options);
  } catch (error) {
    const errorType = errorClassOf(error);
    const message = `cannot create the run folder in ${options.home}: ${error instanceof Error ? error.message : String(error)}`;
    const result2 = {
      runId: "not-started",
      runDir: "",
      status: "BLOCKED",
      planId: plan.id,
      preflight,
      error: { errorType, message, exactError: message },
      text: ""
    };
    result2.text = renderSummary(result2, plan);
    return result2;
  }
  let result;
  try {
    await setup.open();
    const op = await loadOperation(plan.operation);
    if (!op) throw new StepError(`no executor for operation '${plan.operation}' in this build`, void 0, "Validation");
    const git = plan.git ? new GitSide(loaded.repoRoot, setup.steps) : void 0;
    const summary = await setup.phase("Pre-flight", async () => {
      const planFile = relative(loaded.repoRoot, loaded.planPath);
      const { dry, gitDetail, commitDetail } = await preflightProbes({ op, ctx: setup.ctx, plan, ...git ? { git } : {}, planFile });
      preflight.push(...gitDetail);
      if (commitDetail) preflight.push(commitDetail);
      preflight.push(`${plan.operation} pre-flight passed`, "dry run passed");
      return { value: dry, detail: preflight };
    });
    const extras = {
      commits: git?.unpushed ?? [],
      inputs: hashInputs(loaded.repoRoot, planInputFiles(plan), (p) => readFileSync(p))
    };
    const digest = planDigest(plan, summary, extras);
    setup.updateMeta({ digest, summary });
    result = {
      runId: setup.runId,
      runDir: setup.runDir,
      status: "COMPLETE",
      planId: plan.id,
      digest,
      summary,
      commits: extras.commits ?? [],
      risk: riskOf(plan, summary),
      rollbackPath: rollbackPathOf(plan, summary),
      preflight,
      text: ""
    };
  } catch (error) {
    const errorType = errorClassOf(error);
    result = {
      runId: setup.runId,
      runDir: setup.runDir,
      status: "BLOCKED",
      planId: plan.id,
      preflight,
      error: { errorType, message: error instanceof Error ? error.message : String(error), exactError: exactErrorOf(error) },
      text: ""
    };
  }
  result.text = renderSummary(result, plan);
  setup.close(result.status, result.text, result.error?.errorType);
  return result;
}
export {
  planOnly,
  rollbackPathOf
};
