import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  TERRAFORM_SOURCES,
  initArgs,
  lastError,
  lockFileOf,
  summarize,
  terraformEnv,
  varArgs
} from "./chunk-M7F2ZK2H.mjs";
import "./chunk-XDDEP7ZQ.mjs";
import "./chunk-P37WMGKB.mjs";
import {
  classify
} from "./chunk-YMQBQB24.mjs";
import "./chunk-JERPX7J5.mjs";
import {
  StepError
} from "./chunk-DCM7PZVW.mjs";
import "./chunk-VL7M2WAP.mjs";
import "./chunk-GLDXOGL5.mjs";

// src/exec/operations/terragrunt.ts
import { existsSync } from "node:fs";
import { join } from "node:path";
var TERRAGRUNT_TRANSIENT = /(^|\/)(\.terraform\.tfstate\.lock\.info$|\.terragrunt-cache\/)/;
function section(ctx) {
  const t = ctx.plan.terragrunt;
  if (!t) throw new StepError("the plan has no 'terragrunt:' section", void 0, "Validation");
  return t;
}
var env = (ctx) => ({
  ...terraformEnv(ctx),
  TG_NON_INTERACTIVE: "true",
  TERRAGRUNT_NON_INTERACTIVE: "true"
});
async function tg(ctx, step, args, ok = [0]) {
  const result = await ctx.exec(step, ["terragrunt", ...args], { cwd: ctx.workdir, env: env(ctx) });
  if (!ok.includes(result.exitCode)) {
    const { errorClass, why } = classify(result);
    throw new StepError(`terragrunt ${args[0]} failed (${why}): ${lastError(result)}`, result, errorClass);
  }
  return result;
}
async function planTo(ctx, file, step) {
  await tg(
    ctx,
    step,
    ["plan", "-input=false", "-no-color", "-detailed-exitcode", `-out=${join(ctx.runDir, file)}`, ...varArgs(ctx)],
    [0, 2]
  );
  const shown = await tg(ctx, `${step}: show`, ["show", "-json", join(ctx.runDir, file)]);
  try {
    return summarize(shown.stdout, file);
  } catch {
    throw new StepError(`${step}: terragrunt show -json did not print a plan as JSON`, shown, "Validation");
  }
}
var changes = (s) => [
  ...s.create.map((a) => `create ${a}`),
  ...s.update.map((a) => `update ${a}`),
  ...s.destroy.map((a) => `destroy ${a}`)
];
function stateAddresses(showJson) {
  const walk = (m) => [
    ...(m?.resources ?? []).map((r) => r.address),
    ...(m?.child_modules ?? []).flatMap(walk)
  ];
  const parsed = JSON.parse(showJson);
  return walk(parsed.values?.root_module).sort();
}
var terragruntOperation = {
  async preflight(ctx) {
    if (!existsSync(join(ctx.workdir, "terragrunt.hcl"))) {
      throw new StepError(`workdir ${ctx.plan.workdir} has no terragrunt.hcl (operation: terragrunt)`, void 0, "Validation");
    }
    await tg(ctx, "terragrunt --version", ["--version"]);
    await tg(ctx, "terragrunt init", initArgs(ctx));
    const ws = section(ctx).workspace;
    if (ws !== "default") await tg(ctx, "terragrunt workspace", ["workspace", "select", "-or-create", ws]);
  },
  dryRun: (ctx) => planTo(ctx, "tfplan", "terragrunt plan"),
  async apply(ctx, approved) {
    const planFile = join(ctx.runDir, approved.artifacts[0] ?? "tfplan");
    if (!existsSync(planFile))
      throw new StepError(`the approved saved plan ${planFile} is missing: run execguard plan again`, void 0, "StateConflict");
    await tg(ctx, "terragrunt apply", ["apply", "-input=false", "-no-color", planFile]);
    return changes(approved).map(
      (c) => c.replace(/^create/, "created").replace(/^update/, "updated").replace(/^destroy/, "destroyed")
    );
  },
  async verify(ctx) {
    const plan = await tg(
      ctx,
      "terragrunt plan (converged?)",
      ["plan", "-input=false", "-no-color", "-detailed-exitcode", "-lock=false", ...varArgs(ctx)],
      [0, 2]
    );
    if (plan.exitCode === 2)
      throw new StepError("the state does not match the configuration after apply: terragrunt still plans changes", plan, "Validation");
    const state = await tg(ctx, "terragrunt show (state)", ["show", "-json"]);
    const resources = stateAddresses(state.stdout);
    return [
      "state matches the configuration (plan -detailed-exitcode = 0)",
      `${resources.length} resource(s) in state: ${resources.join(", ") || "none"}`
    ];
  },
  stepEnv: (ctx) => env(ctx),
  // terragrunt runs terraform in the unit: the same state lock, plus its own cache.
  transient: TERRAGRUNT_TRANSIENT,
  companions: (ctx) => [lockFileOf(ctx)],
  sources: TERRAFORM_SOURCES,
  async rollback(ctx) {
    const back = await planTo(ctx, "tfplan-rollback", "terragrunt plan (previous configuration)");
    const steps = changes(back);
    if (steps.length === 0) return { done: ["infrastructure already matches the previous configuration"], pending: [] };
    const described = `re-applying the previous configuration would ${steps.join(", ")}`;
    if (back.destroy.length) {
      return {
        done: [`planned the previous configuration (saved as ${join(ctx.runDir, "tfplan-rollback")})`],
        pending: [
          `${described}. execguard never destroys during a rollback: review it, then run terragrunt apply in ${ctx.plan.workdir} yourself with a destroy approval`
        ]
      };
    }
    await tg(ctx, "terragrunt apply (previous configuration)", ["apply", "-input=false", "-no-color", join(ctx.runDir, "tfplan-rollback")]);
    return { done: [`applied the previous configuration: ${steps.join(", ")}`], pending: [] };
  }
};
export {
  terragruntOperation
};
