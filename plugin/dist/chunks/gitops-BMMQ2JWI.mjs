import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  durationMs
} from "./chunk-FB5K3V3X.mjs";
import {
  classify
} from "./chunk-YMQBQB24.mjs";
import {
  StepError
} from "./chunk-DCM7PZVW.mjs";
import "./chunk-GLDXOGL5.mjs";

// src/exec/operations/gitops-wait.ts
function parseDuration(text) {
  const ms = durationMs(text, ["ms", "s", "m", "h"]);
  if (ms === void 0) throw new Error(`not a duration: ${text} (expected e.g. 30s, 5m, 1h)`);
  return ms;
}
function revisionMatches(revision, commit) {
  if (!revision) return false;
  const sha = /(?:sha1:|\/|^)([0-9a-f]{7,64})$/.exec(revision)?.[1];
  return !!sha && (commit.startsWith(sha) || sha.startsWith(commit));
}
var ready = (o) => o.status?.conditions?.find((c) => c.type === "Ready");
var describe = (c) => c ? `Ready=${c.status}${c.reason ? ` (${c.reason})` : ""}${c.message ? `: ${c.message}` : ""}` : "Ready=Unknown";
var STILL_WORKING = /* @__PURE__ */ new Set(["Progressing", "DependencyNotReady", "ArtifactFailed", "ProgressingWithRetry"]);
function kustomizationReadiness(o, expected) {
  const name = `kustomization ${o.metadata?.name ?? "?"}`;
  const cond = ready(o);
  const applied = o.status?.lastAppliedRevision;
  const attempted = o.status?.lastAttemptedRevision;
  const observed = (o.status?.observedGeneration ?? -1) >= (o.metadata?.generation ?? 0);
  const onRevision = expected ? revisionMatches(applied, expected) : !!applied;
  if (cond?.status === "True" && observed && onRevision) return { done: true, detail: `${name} applied ${applied} and is Ready` };
  const triedExpected = expected ? revisionMatches(attempted, expected) : !!attempted;
  if (cond?.status === "False" && observed && triedExpected && !STILL_WORKING.has(cond.reason ?? "")) {
    return { done: false, failed: `${name} failed to apply ${attempted}: ${describe(cond)}`, detail: describe(cond) };
  }
  const want = expected ? `revision ${expected.slice(0, 12)}` : "a Ready revision";
  return { done: false, detail: `${name} waiting for ${want}: applied ${applied ?? "nothing yet"}, ${describe(cond)}` };
}
function helmReleaseReadiness(o) {
  const name = `helmrelease ${o.metadata?.name ?? "?"}`;
  const cond = ready(o);
  const observed = (o.status?.observedGeneration ?? -1) >= (o.metadata?.generation ?? 0);
  if (cond?.status === "True" && observed) return { done: true, detail: `${name} is Ready` };
  if (cond?.status === "False" && observed && !STILL_WORKING.has(cond.reason ?? ""))
    return { done: false, failed: `${name} is not Ready: ${describe(cond)}`, detail: describe(cond) };
  return { done: false, detail: `${name} waiting: ${describe(cond)}` };
}

// src/exec/operations/gitops.ts
function section(ctx) {
  const g = ctx.plan.gitops;
  if (!g) throw new StepError("the plan has no 'gitops:' section", void 0, "Validation");
  return g;
}
function fail(what, result, errorClass) {
  const c = classify(result);
  const detail = (result.stderr.trim() || result.stdout.trim()).split("\n").slice(-3).join(" ").slice(0, 600);
  throw new StepError(`${what} (${c.why}): ${detail}`, result, errorClass ?? c.errorClass);
}
async function run(ctx, step, argv, ok = [0]) {
  const result = await ctx.exec(step, argv, { cwd: ctx.repoRoot });
  if (!ok.includes(result.exitCode)) fail(`${step} failed`, result);
  return result;
}
function parseDiffLines(stdout) {
  return stdout.split("\n").map((l) => /^►\s+(\S+)\s+(created|drifted|deleted|pruned)\b/.exec(l.trim())).filter((m) => m !== null).map((m) => ({ object: m[1], action: m[2] }));
}
var sleep = (ms, signal) => new Promise((resolve) => {
  const timer = setTimeout(resolve, ms);
  signal.addEventListener(
    "abort",
    () => {
      clearTimeout(timer);
      resolve();
    },
    { once: true }
  );
});
async function waitUntil(ctx, kind, name, judge, timeout) {
  const g = section(ctx);
  const timeoutMs = parseDuration(timeout);
  const deadline = Date.now() + timeoutMs;
  const interval = Math.min(2e3, Math.max(250, Math.floor(timeoutMs / 10)));
  let last = "no answer yet";
  for (let poll = 1; ; poll++) {
    const result = await ctx.exec(
      `kubectl get ${kind} ${name} (poll ${poll})`,
      ["kubectl", "get", kind, name, "--namespace", g.namespace, "-o", "json"],
      { cwd: ctx.repoRoot }
    );
    if (result.exitCode === 0) {
      const state = judge(JSON.parse(result.stdout));
      if (state.done) return state.detail;
      if (state.failed) throw new StepError(state.failed, result, "Validation");
      last = state.detail;
    } else {
      last = (result.stderr.trim() || result.stdout.trim()).split("\n").at(-1) ?? "";
      if (/NotFound|not found/.test(last)) fail(`${kind} ${name} in namespace ${g.namespace}`, result, "Validation");
    }
    if (Date.now() >= deadline || ctx.signal.aborted) {
      throw new StepError(`timed out after ${timeout} waiting for ${kind} ${name}: ${last}`, result, "Transient");
    }
    await sleep(Math.min(interval, Math.max(0, deadline - Date.now())), ctx.signal);
  }
}
async function reconcileAndWait(ctx, commit, label) {
  const g = section(ctx);
  await run(ctx, `flux reconcile kustomization ${g.kustomization}${label}`, [
    "flux",
    "reconcile",
    "kustomization",
    g.kustomization,
    "--namespace",
    g.namespace,
    "--with-source",
    "--timeout",
    g.timeout
  ]);
  const lines = [await waitUntil(ctx, "kustomization", g.kustomization, (o) => kustomizationReadiness(o, commit), g.timeout)];
  if (g.helmRelease) lines.push(await waitUntil(ctx, "helmrelease", g.helmRelease, helmReleaseReadiness, g.timeout));
  return lines;
}
var gitopsOperation = {
  async preflight(ctx) {
    const g = section(ctx);
    await run(ctx, "flux check --pre", ["flux", "check", "--pre"]);
    await run(ctx, `kubectl get kustomization ${g.kustomization}`, [
      "kubectl",
      "get",
      "kustomization",
      g.kustomization,
      "--namespace",
      g.namespace,
      "-o",
      "name",
      "--request-timeout=15s"
    ]);
    if (g.helmRelease)
      await run(ctx, `kubectl get helmrelease ${g.helmRelease}`, [
        "kubectl",
        "get",
        "helmrelease",
        g.helmRelease,
        "--namespace",
        g.namespace,
        "-o",
        "name",
        "--request-timeout=15s"
      ]);
  },
  async dryRun(ctx) {
    const g = section(ctx);
    const result = await run(
      ctx,
      `flux diff kustomization ${g.kustomization}`,
      ["flux", "diff", "kustomization", g.kustomization, "--namespace", g.namespace, "--path", ctx.workdir],
      [0, 1]
    );
    const summary = { create: [], update: [], destroy: [], notes: [], digestInput: "", artifacts: [] };
    const changes = parseDiffLines(result.stdout);
    for (const { object, action } of changes) {
      if (action === "created") summary.create.push(object);
      else if (action === "drifted") summary.update.push(object);
      else summary.destroy.push(object);
    }
    if (changes.length === 0) summary.notes.push(`flux diff: no changes under ${ctx.plan.workdir}`);
    summary.notes.push(
      `applied by Flux: kustomization ${g.namespace}/${g.kustomization}${g.helmRelease ? ` and helmrelease ${g.helmRelease}` : ""} reconcile the pushed commit (timeout ${g.timeout})`
    );
    summary.digestInput = JSON.stringify({
      kustomization: g.kustomization,
      namespace: g.namespace,
      helmRelease: g.helmRelease ?? null,
      changes: changes.map((c) => `${c.action} ${c.object}`).sort()
    });
    return summary;
  },
  async apply(ctx) {
    if (!ctx.pushedCommit) ctx.progress("gitops: no pushed commit known; waiting for any Ready revision");
    return reconcileAndWait(ctx, ctx.pushedCommit, "");
  },
  async verify(ctx) {
    const g = section(ctx);
    const lines = [];
    const check = async (kind, name, judge) => {
      const result = await run(ctx, `kubectl get ${kind} ${name}`, [
        "kubectl",
        "get",
        kind,
        name,
        "--namespace",
        g.namespace,
        "-o",
        "json"
      ]);
      const state = judge(JSON.parse(result.stdout));
      if (!state.done) throw new StepError(state.failed ?? state.detail, result, "Validation");
      lines.push(state.detail);
    };
    await check("kustomization", g.kustomization, (o) => kustomizationReadiness(o, ctx.pushedCommit));
    if (g.helmRelease) await check("helmrelease", g.helmRelease, helmReleaseReadiness);
    return lines;
  },
  async rollback(ctx) {
    const g = section(ctx);
    const git = ctx.plan.git;
    const manual = `flux reconcile kustomization ${g.kustomization} --namespace ${g.namespace} --with-source, then check that it applies the reverted commit and is Ready`;
    if (!git)
      return {
        done: [],
        pending: [
          `the plan has no git section, so nothing was reverted for Flux to apply: revert the change in the source repository, then ${manual}`
        ]
      };
    const remote = await ctx.exec(
      `git ls-remote ${git.remote} ${git.branch}`,
      ["git", "ls-remote", git.remote, `refs/heads/${git.branch}`],
      { cwd: ctx.repoRoot }
    );
    const commit = remote.exitCode === 0 ? remote.stdout.trim().split(/\s+/)[0] : "";
    if (!commit) return { done: [], pending: [`could not read ${git.remote}/${git.branch} (git ls-remote): ${manual}`] };
    try {
      const lines = await reconcileAndWait(ctx, commit, " (reverted revision)");
      return { done: lines.map((l) => `after the revert: ${l}`), pending: [] };
    } catch (error) {
      if (!(error instanceof StepError)) throw error;
      return { done: [], pending: [`Flux has not applied the reverted commit ${commit.slice(0, 12)}: ${error.message}. Then: ${manual}`] };
    }
  }
};
export {
  gitopsOperation,
  parseDiffLines
};
