import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  terraformLikeSection
} from "./chunk-XDDEP7ZQ.mjs";
import {
  classify
} from "./chunk-YMQBQB24.mjs";
import {
  PartialApplyError,
  byCodePoint
} from "./chunk-JERPX7J5.mjs";
import {
  StepError
} from "./chunk-DCM7PZVW.mjs";
import {
  stateHome
} from "./chunk-VL7M2WAP.mjs";

// src/exec/operations/terraform.ts
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
function terraformEnv(ctx) {
  const key = createHash("sha256").update(ctx.workdir).digest("hex").slice(0, 16);
  return {
    CHECKPOINT_DISABLE: "1",
    TF_IN_AUTOMATION: "1",
    TF_INPUT: "0",
    // .terraform lives in execguard's state, not in the repository.
    TF_DATA_DIR: join(stateHome(ctx.env), "terraform", key)
  };
}
function section(ctx) {
  return ctx.plan.terraform ?? ctx.plan.terragrunt ?? terraformLikeSection.parse({});
}
function initArgs(ctx) {
  const init = section(ctx).init;
  return [
    "init",
    "-input=false",
    "-no-color",
    ...(init?.backendConfig ?? []).map((b) => `-backend-config=${b}`),
    ...init?.upgrade ? ["-upgrade"] : [],
    ...init?.reconfigure ? ["-reconfigure"] : []
  ];
}
var LOCK_FILE = ".terraform.lock.hcl";
function lockFileOf(ctx) {
  return relative(ctx.repoRoot, join(ctx.workdir, LOCK_FILE)).split(sep).join("/");
}
var TERRAFORM_SOURCES = /\.(tf|tf\.json|tfvars|tfvars\.json|hcl)$/;
function lockDigest(ctx) {
  try {
    return createHash("sha256").update(readFileSync(join(ctx.workdir, LOCK_FILE))).digest("hex");
  } catch {
    return void 0;
  }
}
function varArgs(ctx) {
  const tf2 = section(ctx);
  return [...tf2.varFiles.map((f) => `-var-file=${f}`), ...Object.entries(tf2.vars).map(([k, v]) => `-var=${k}=${String(v)}`)];
}
async function tf(ctx, step, args, ok = [0]) {
  const result = await ctx.exec(step, ["terraform", ...args], { cwd: ctx.workdir, env: terraformEnv(ctx) });
  if (!ok.includes(result.exitCode)) {
    const { errorClass, why } = classify(result);
    throw new StepError(`terraform ${args[0]} failed (${why}): ${lastError(result)}`, result, errorClass);
  }
  return result;
}
function lastError(result) {
  const text = `${result.stderr}
${result.stdout}`.replace(/\x1b\[[0-9;]*m/g, "");
  const match = text.match(/Error: [^\n]*(\n[^\n]+)*/);
  if (match)
    return match[0].replace(/\s*\n\s*/g, " ").replace(/[│╷╵]/g, "").replace(/\s+/g, " ").trim().slice(0, 600);
  return text.trim().split("\n").at(-1)?.slice(0, 600) ?? "";
}
function summarize(showJson, artifact) {
  const parsed = JSON.parse(showJson);
  const changes = (parsed.resource_changes ?? []).slice().sort((a, b) => byCodePoint(a.address, b.address));
  const summary = { create: [], update: [], destroy: [], notes: [], digestInput: "", artifacts: [artifact] };
  for (const rc of changes) {
    const a = rc.change.actions;
    if (a.includes("create")) summary.create.push(rc.address);
    if (a.includes("update")) summary.update.push(rc.address);
    if (a.includes("delete")) summary.destroy.push(rc.address);
    if (a.includes("create") && a.includes("delete")) summary.notes.push(`${rc.address} is replaced (destroyed, then created)`);
  }
  const outputs = Object.entries(parsed.output_changes ?? {}).filter(([, c]) => !c.actions.includes("no-op"));
  if (outputs.length) summary.notes.push(`outputs changing: ${outputs.map(([n]) => n).join(", ")}`);
  if (parsed.terraform_version) summary.notes.push(`planned with terraform ${parsed.terraform_version}`);
  summary.digestInput = JSON.stringify({
    ...parsed.terraform_version ? { terraform_version: parsed.terraform_version } : {},
    resource_changes: changes.map((rc) => ({
      address: rc.address,
      actions: rc.change.actions,
      before: rc.change.before ?? null,
      after: rc.change.after ?? null
    }))
  });
  return summary;
}
async function planTo(ctx, file, step) {
  await tf(ctx, step, ["plan", "-input=false", "-detailed-exitcode", `-out=${join(ctx.runDir, file)}`, ...varArgs(ctx)], [0, 2]);
  const shown = await tf(ctx, `${step}: show`, ["show", "-json", join(ctx.runDir, file)]);
  const summary = summarize(shown.stdout, file);
  const lock = lockDigest(ctx);
  if (lock) summary.digestInput = JSON.stringify({ plan: JSON.parse(summary.digestInput), lockFile: lock });
  return summary;
}
function stateAddresses(rawState) {
  const found = /* @__PURE__ */ new Map();
  let resources;
  try {
    resources = JSON.parse(rawState).resources ?? [];
  } catch {
    return found;
  }
  const rows = [];
  for (const r of resources) {
    const base = `${r.module ? `${r.module}.` : ""}${r.mode === "data" ? "data." : ""}${r.type}.${r.name}`;
    for (const i of r.instances ?? []) {
      const key = i.index_key === void 0 ? "" : `[${JSON.stringify(i.index_key)}]`;
      rows.push({ module: r.module ?? "", address: base + key, tainted: !i.deposed && i.status === "tainted" });
    }
  }
  rows.sort((a, b) => byCodePoint(a.module, b.module) || byCodePoint(a.address, b.address));
  for (const row of rows) found.set(row.address, { tainted: (found.get(row.address)?.tainted ?? false) || row.tainted });
  return found;
}
async function stateResources(ctx) {
  const result = await ctx.exec("terraform state pull", ["terraform", "state", "pull"], { cwd: ctx.workdir, env: terraformEnv(ctx) });
  if (result.exitCode !== 0) return /* @__PURE__ */ new Map();
  return stateAddresses(result.stdout);
}
var changed = (s) => [
  ...s.create.map((a) => `create ${a}`),
  ...s.update.map((a) => `update ${a}`),
  ...s.destroy.map((a) => `destroy ${a}`)
];
var TERRAFORM_STATE_LOCK = /(^|\/)\.terraform\.tfstate\.lock\.info$/;
async function initialise(ctx) {
  await tf(ctx, "terraform init", initArgs(ctx));
  const ws = section(ctx).workspace;
  if (ws !== "default") await tf(ctx, "terraform workspace", ["workspace", "select", "-or-create", ws]);
}
var terraformOperation = {
  preflight: (ctx) => initialise(ctx),
  dryRun: (ctx) => planTo(ctx, "tfplan", "terraform plan"),
  async apply(ctx, approved) {
    const marker = join(ctx.runDir, "apply-attempted");
    let planFile = join(ctx.runDir, approved.artifacts[0] ?? "tfplan");
    if (existsSync(marker)) {
      const again = await planTo(ctx, "tfplan-retry", "terraform plan (retry)");
      const allowed = /* @__PURE__ */ new Set([...changed(approved), ...approved.create.map((a) => `destroy ${a}`)]);
      const extra = changed(again).filter((c) => !allowed.has(c));
      if (extra.length)
        throw new StepError(`the retry plan differs from the approved plan: ${extra.join(", ")}`, void 0, "StateConflict");
      planFile = join(ctx.runDir, "tfplan-retry");
    }
    writeFileSync(marker, (/* @__PURE__ */ new Date()).toISOString());
    const result = await ctx.exec("terraform apply", ["terraform", "apply", "-input=false", "-no-color", planFile], {
      cwd: ctx.workdir,
      env: terraformEnv(ctx)
    });
    if (result.exitCode !== 0) {
      const inState = await stateResources(ctx).catch(() => /* @__PURE__ */ new Map());
      const applied = approved.create.filter((a) => inState.has(a)).map((a) => `created ${a}${inState.get(a).tainted ? " (tainted: it failed while being created)" : ""}`).concat(approved.destroy.filter((a) => !inState.has(a) && !approved.create.includes(a)).map((a) => `destroyed ${a}`));
      const notApplied = approved.create.filter((a) => !inState.has(a)).map((a) => `create ${a}`);
      const { errorClass, why } = classify(result);
      throw new PartialApplyError(`terraform apply failed (${why}): ${lastError(result)}`, result, errorClass, applied, notApplied);
    }
    return changed(approved).map(
      (c) => c.replace(/^create/, "created").replace(/^update/, "updated").replace(/^destroy/, "destroyed")
    );
  },
  async verify(ctx) {
    const [converged, state] = await Promise.all([
      tf(
        ctx,
        "terraform plan (converged?)",
        ["plan", "-input=false", "-detailed-exitcode", "-lock=false", "-no-color", ...varArgs(ctx)],
        [0, 2]
      ),
      stateResources(ctx)
    ]);
    if (converged.exitCode === 2)
      throw new StepError("the state does not match the configuration after apply: terraform still plans changes", converged, "Validation");
    const resources = [...state.keys()];
    return [
      `state matches the configuration (plan -detailed-exitcode = 0)`,
      `${resources.length} resource(s) in state: ${resources.join(", ") || "none"}`
    ];
  },
  stepEnv: (ctx) => terraformEnv(ctx),
  // The state lock terraform holds while the pre-flight's plan runs, beside git's `status`.
  transient: TERRAFORM_STATE_LOCK,
  companions: (ctx) => [lockFileOf(ctx)],
  sources: TERRAFORM_SOURCES,
  async planRollback(ctx) {
    await initialise(ctx);
    const back = await planTo(ctx, "tfplan-rollback", "terraform plan (previous configuration)");
    const steps = changed(back);
    return {
      destroys: back.destroy,
      describe: [
        steps.length ? `re-applying the previous configuration would ${steps.join(", ")}` : "infrastructure already matches the previous configuration"
      ],
      apply: async () => {
        if (steps.length === 0) return ["infrastructure already matches the previous configuration"];
        const result = await ctx.exec(
          "terraform apply (previous configuration)",
          ["terraform", "apply", "-input=false", "-no-color", join(ctx.runDir, "tfplan-rollback")],
          { cwd: ctx.workdir, env: terraformEnv(ctx) }
        );
        if (result.exitCode !== 0) {
          const { errorClass, why } = classify(result);
          throw new StepError(`terraform apply of the previous configuration failed (${why}): ${lastError(result)}`, result, errorClass);
        }
        return [`applied the previous configuration: ${steps.join(", ")}`];
      }
    };
  },
  async rollback(ctx) {
    const plan = await terraformOperation.planRollback(ctx);
    if (plan.destroys.length && !ctx.approval?.destroy) {
      return {
        done: plan.describe,
        pending: [
          `Get a destroy approval for ${plan.destroys.join(", ")}, then run execguard rollback again with it (${plan.describe.join("; ")})`
        ]
      };
    }
    return { done: await plan.apply(), pending: [] };
  }
};

export {
  terraformEnv,
  initArgs,
  LOCK_FILE,
  lockFileOf,
  TERRAFORM_SOURCES,
  varArgs,
  lastError,
  summarize,
  stateAddresses,
  TERRAFORM_STATE_LOCK,
  terraformOperation
};
