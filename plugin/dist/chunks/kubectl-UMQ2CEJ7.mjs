import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  classify
} from "./chunk-YMQBQB24.mjs";
import {
  StepError
} from "./chunk-DCM7PZVW.mjs";
import "./chunk-GLDXOGL5.mjs";

// src/exec/operations/kubectl.ts
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";

// src/exec/operations/kubectl-health.ts
var num = (value) => typeof value === "number" ? value : void 0;
var WORKLOADS = /* @__PURE__ */ new Set(["Deployment", "StatefulSet", "DaemonSet"]);
var isWorkload = (obj) => WORKLOADS.has(obj.kind ?? "");
function workloadHealth(obj) {
  const raw = obj.status ?? {};
  const s = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, num(v)]));
  const conditions = Array.isArray(raw.conditions) ? raw.conditions : [];
  const generation = obj.metadata?.generation ?? 0;
  const observed = s.observedGeneration ?? 0;
  const name = `${(obj.kind ?? "object").toLowerCase()}/${obj.metadata?.name ?? "?"}`;
  if (observed < generation)
    return { healthy: false, detail: `${name}: controller has not observed generation ${generation} yet (observed ${observed})` };
  if (obj.kind === "DaemonSet") {
    const desired = s.desiredNumberScheduled ?? 0;
    const updated2 = s.updatedNumberScheduled ?? 0;
    const available2 = s.numberAvailable ?? 0;
    const healthy2 = updated2 === desired && available2 === desired;
    return { healthy: healthy2, detail: `${name}: ${updated2}/${desired} updated, ${available2}/${desired} available` };
  }
  const replicas = obj.spec?.replicas ?? 1;
  const updated = s.updatedReplicas ?? 0;
  const available = obj.kind === "StatefulSet" ? s.availableReplicas ?? s.readyReplicas ?? 0 : s.availableReplicas ?? 0;
  const deadline = conditions.find((c) => c.type === "Progressing" && c.reason === "ProgressDeadlineExceeded");
  if (deadline) return { healthy: false, detail: `${name}: progress deadline exceeded${deadline.message ? ` (${deadline.message})` : ""}` };
  const healthy = updated === replicas && available === replicas && (s.replicas ?? replicas) === replicas;
  return {
    healthy,
    detail: `${name}: ${updated}/${replicas} updated, ${available}/${replicas} available (generation ${generation} observed)`
  };
}

// src/exec/operations/kubectl.ts
var REVISIONS_FILE = "kubectl-revisions.json";
var REVISION_ANNOTATION = "deployment.kubernetes.io/revision";
function section(ctx) {
  const k = ctx.plan.kubectl;
  if (!k) throw new StepError("the plan has no 'kubectl:' section", void 0, "Validation");
  return k;
}
function target(ctx) {
  const k = section(ctx);
  return ["--namespace", k.namespace, ...k.context ? ["--context", k.context] : []];
}
var manifestArgs = (ctx) => section(ctx).manifests.flatMap((m) => ["-f", resolve(ctx.repoRoot, m)]);
async function kubectl(ctx, step, args, ok = [0]) {
  const result = await ctx.exec(step, ["kubectl", ...args], { cwd: ctx.repoRoot });
  if (!ok.includes(result.exitCode)) fail(`${step} failed`, result);
  return result;
}
function fail(what, result, errorClass) {
  const c = classify(result);
  const detail = (result.stderr.trim() || result.stdout.trim()).split("\n").slice(-3).join(" ").slice(0, 600);
  throw new StepError(`${what} (${c.why}): ${detail}`, result, errorClass ?? c.errorClass);
}
function manifestFiles(ctx) {
  return section(ctx).manifests.flatMap((m) => {
    const path = resolve(ctx.repoRoot, m);
    if (!existsSync(path)) throw new StepError(`kubectl.manifests: ${m} does not exist in ${ctx.repoRoot}`, void 0, "Validation");
    if (!statSync(path).isDirectory()) return [path];
    return readdirSync(path).filter((f) => /\.(ya?ml|json)$/.test(f)).sort().map((f) => join(path, f));
  });
}
async function manifestObjects(ctx) {
  const { parseAllDocuments } = await import("./dist-BJPFBKSF.mjs");
  const out = [];
  for (const file of manifestFiles(ctx)) {
    const shown = relative(ctx.repoRoot, file);
    for (const doc of parseAllDocuments(readFileSync(file, "utf8"))) {
      if ("errors" in doc && doc.errors.length) {
        throw new StepError(`kubectl.manifests: ${shown}: invalid YAML: ${doc.errors[0].message.split("\n")[0]}`, void 0, "Validation");
      }
      const obj = doc.toJS();
      if (!obj) continue;
      if (!obj.kind || !obj.metadata?.name)
        throw new StepError(`kubectl.manifests: ${shown}: an object without kind or metadata.name`, void 0, "Validation");
      out.push({ file: shown, kind: obj.kind, name: obj.metadata.name, canonical: canonicalJson(obj) });
    }
  }
  return out;
}
function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`);
    return `{${entries.join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}
function parseApplyLines(stdout) {
  return stdout.split("\n").map((l) => /^(\S+) (created|configured|unchanged|serverside-applied)(?: \(server dry run\))?$/.exec(l.trim())).filter((m) => m !== null).map((m) => ({ object: m[1], action: m[2] }));
}
async function getJson(ctx, step, args) {
  const result = await kubectl(ctx, step, ["get", ...args, ...target(ctx), "-o", "json"]);
  try {
    return JSON.parse(result.stdout);
  } catch {
    throw new StepError(`${step}: kubectl did not print JSON`, result, "Validation");
  }
}
async function versions(ctx) {
  const out = {};
  for (const r of section(ctx).rollouts) {
    const result = await kubectl(ctx, `kubectl get ${r} (revision)`, ["get", r, ...target(ctx), "-o", "json", "--ignore-not-found"]);
    const obj = result.stdout.trim() ? JSON.parse(result.stdout) : void 0;
    out[r] = obj ? { revision: obj.metadata?.annotations?.[REVISION_ANNOTATION] ?? null, generation: obj.metadata?.generation ?? 0 } : null;
  }
  return out;
}
function readRecorded(dir) {
  if (!dir || !existsSync(join(dir, REVISIONS_FILE))) return void 0;
  return JSON.parse(readFileSync(join(dir, REVISIONS_FILE), "utf8"));
}
var writeRecord = (ctx, record) => writeFileSync(join(ctx.runDir, REVISIONS_FILE), JSON.stringify(record, null, 2));
var sameObject = (applied, rollout) => applied.replace(/^([^./]+)\.[^/]*\//, "$1/") === rollout;
var kubectlOperation = {
  async preflight(ctx) {
    const version = await kubectl(ctx, "kubectl version", [
      "version",
      "-o",
      "json",
      "--request-timeout=15s",
      ...section(ctx).context ? ["--context", section(ctx).context] : []
    ]);
    if (!/"serverVersion"/.test(version.stdout)) fail("kubectl version: the API server did not answer", version, "Transient");
    const kinds = [...new Set((await manifestObjects(ctx)).map((o) => o.kind.toLowerCase()))];
    for (const kind of kinds) {
      for (const verb of ["create", "patch"]) {
        const r = await kubectl(
          ctx,
          `kubectl auth can-i ${verb} ${kind}`,
          ["auth", "can-i", verb, kind, ...target(ctx), "--request-timeout=15s"],
          [0, 1]
        );
        if (r.exitCode === 1)
          throw new StepError(`kubectl auth can-i ${verb} ${kind} in namespace ${section(ctx).namespace}: no (forbidden)`, r, "Permission");
      }
    }
  },
  async dryRun(ctx) {
    const objects = await manifestObjects(ctx);
    const result = await kubectl(ctx, "kubectl apply --dry-run=server", [
      "apply",
      ...manifestArgs(ctx),
      ...target(ctx),
      "--dry-run=server"
    ]);
    const summary = { create: [], update: [], destroy: [], notes: [], digestInput: "", artifacts: [] };
    for (const { object, action } of parseApplyLines(result.stdout)) {
      if (action === "created") summary.create.push(object);
      else if (action === "configured" || action === "serverside-applied") summary.update.push(object);
      else summary.notes.push(`${object} unchanged`);
    }
    const k = section(ctx);
    if (k.rollouts.length) summary.notes.push(`waits for rollout of ${k.rollouts.join(", ")} (timeout ${k.timeout})`);
    summary.digestInput = JSON.stringify({
      context: k.context ?? null,
      namespace: k.namespace,
      rollouts: k.rollouts,
      objects: objects.map((o) => ({
        file: o.file,
        kind: o.kind,
        name: o.name,
        sha256: createHash("sha256").update(o.canonical).digest("hex")
      }))
    });
    return summary;
  },
  async apply(ctx) {
    const k = section(ctx);
    const earlier = readRecorded(ctx.runDir);
    const before = earlier ? Object.fromEntries(Object.entries(earlier.rollouts).map(([r, v]) => [r, v.before])) : await versions(ctx);
    const record = {
      rollouts: Object.fromEntries(Object.entries(before).map(([r, b]) => [r, { before: b, after: null }])),
      applied: earlier?.applied ?? []
    };
    writeRecord(ctx, record);
    const result = await kubectl(ctx, "kubectl apply", ["apply", ...manifestArgs(ctx), ...target(ctx)]);
    const applied = parseApplyLines(result.stdout);
    for (const a of applied) if (!record.applied.some((e) => e.object === a.object)) record.applied.push(a);
    writeRecord(ctx, record);
    const lines = applied.map(({ object, action }) => `${object} ${action}`);
    for (const r of k.rollouts) {
      const status = await ctx.exec(
        `kubectl rollout status ${r}`,
        ["kubectl", "rollout", "status", r, ...target(ctx), `--timeout=${k.timeout}`],
        { cwd: ctx.repoRoot }
      );
      if (status.exitCode !== 0) fail(`rollout of ${r} did not become ready within ${k.timeout}`, status);
      lines.push(`${r} rolled out`);
    }
    const after = await versions(ctx);
    for (const r of Object.keys(record.rollouts)) record.rollouts[r].after = after[r] ?? null;
    writeRecord(ctx, record);
    return lines;
  },
  async verify(ctx) {
    const k = section(ctx);
    const listed = await getJson(ctx, "kubectl get (applied objects)", manifestArgs(ctx));
    const items = listed.kind === "List" ? listed.items : [listed];
    const seen = new Set(items.map((o) => `${String(o.kind).toLowerCase()}/${o.metadata?.name}`));
    for (const r of k.rollouts) if (!seen.has(r)) items.push(await getJson(ctx, `kubectl get ${r}`, [r]));
    const lines = [`${items.length} object(s) present in namespace ${k.namespace}`];
    const unhealthy = [];
    for (const obj of items.filter(isWorkload)) {
      const h = workloadHealth(obj);
      (h.healthy ? lines : unhealthy).push(h.detail);
    }
    if (unhealthy.length) throw new StepError(`unhealthy after apply: ${unhealthy.join("; ")}`, void 0, "Validation");
    return lines;
  },
  async rollback(ctx) {
    const k = section(ctx);
    const recorded = readRecorded(ctx.targetRunDir);
    const done = [];
    const pending = [];
    let reapply = false;
    for (const r of k.rollouts) {
      const rec = recorded?.rollouts[r];
      if (rec && rec.before === null) {
        pending.push(
          `${r} did not exist before the run; execguard never deletes: remove it by hand if it is unwanted (kubectl delete ${r} --namespace ${k.namespace})`
        );
        continue;
      }
      const before = rec?.before;
      const after = rec?.after;
      if (before && after && before.generation === after.generation) {
        done.push(
          `${r}: unchanged by the run (${before.revision ? `revision ${before.revision}, ` : ""}generation ${before.generation}), nothing to undo`
        );
        continue;
      }
      if (before?.revision && after?.revision === before.revision) {
        reapply = true;
        continue;
      }
      const toRevision = before?.revision ? [`--to-revision=${before.revision}`] : [];
      const undo = await ctx.exec(`kubectl rollout undo ${r}`, ["kubectl", "rollout", "undo", r, ...target(ctx), ...toRevision], {
        cwd: ctx.repoRoot
      });
      if (undo.exitCode !== 0) {
        pending.push(
          `kubectl rollout undo ${r} --namespace ${k.namespace}${toRevision.map((a) => ` ${a}`).join("")} failed: ${(undo.stderr || undo.stdout).trim().split("\n").at(-1)}`
        );
        continue;
      }
      const to = before?.revision ? ` to revision ${before.revision}` : " to its previous revision";
      const status = await ctx.exec(
        `kubectl rollout status ${r} (after undo)`,
        ["kubectl", "rollout", "status", r, ...target(ctx), `--timeout=${k.timeout}`],
        { cwd: ctx.repoRoot }
      );
      if (status.exitCode !== 0)
        pending.push(
          `${r} was rolled back${to} but did not become ready within ${k.timeout}: check kubectl rollout status ${r} --namespace ${k.namespace}`
        );
      else done.push(`${r} rolled back${to} and ready`);
    }
    const others = (recorded?.applied ?? []).filter((a) => !k.rollouts.some((r) => sameObject(a.object, r)));
    const created = others.filter((a) => a.action === "created");
    if (reapply || others.some((a) => a.action === "configured" || a.action === "serverside-applied")) {
      const present = k.manifests.filter((m) => existsSync(resolve(ctx.repoRoot, m)));
      const result = await ctx.exec(
        "kubectl apply (reverted manifests)",
        ["kubectl", "apply", ...present.flatMap((m) => ["-f", resolve(ctx.repoRoot, m)]), ...target(ctx)],
        { cwd: ctx.repoRoot }
      );
      if (result.exitCode === 0)
        done.push(
          `re-applied the reverted manifests: ${parseApplyLines(result.stdout).map((a) => `${a.object} ${a.action}`).join(", ")}`
        );
      else
        pending.push(
          `re-applying the reverted manifests failed (${(result.stderr || result.stdout).trim().split("\n").at(-1)}): run kubectl apply -f ${present.join(" -f ")} --namespace ${k.namespace}`
        );
    }
    if (created.length) {
      pending.push(
        `${created.map((a) => a.object).join(", ")} did not exist before the run; execguard never deletes: remove them by hand if they are unwanted`
      );
    }
    if (!recorded && k.rollouts.length === 0) {
      pending.push(
        `the run folder with what was applied is unknown and no rollouts are listed: after the git revert, re-apply the manifests yourself (kubectl apply -f ${k.manifests.join(" -f ")} --namespace ${k.namespace})`
      );
    }
    return { done, pending };
  }
};
export {
  REVISIONS_FILE,
  kubectlOperation,
  parseApplyLines
};
