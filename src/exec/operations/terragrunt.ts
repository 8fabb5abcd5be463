// Terragrunt: the terraform flow through terragrunt (plan to a saved file, apply exactly that
// file, check the state converged). Rollback never destroys: when re-applying the reverted
// configuration would destroy something, that is reported as a pending step for a person.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { classify } from '../run/error-table.js';
import { StepError, type CommandResult, type DryRunSummary, type Operation, type OperationContext } from '../types.js';
import { initArgs, lastError, lockFileOf, summarize, TERRAFORM_SOURCES, terraformEnv, varArgs } from './terraform.js';

/** What terragrunt writes in the unit while it runs: terraform's state lock and its download cache. */
const TERRAGRUNT_TRANSIENT = /(^|\/)(\.terraform\.tfstate\.lock\.info$|\.terragrunt-cache\/)/;

function section(ctx: OperationContext) {
  const t = ctx.plan.terragrunt;
  if (!t) throw new StepError("the plan has no 'terragrunt:' section", undefined, 'Validation');
  return t;
}

/** Non-interactive under every terragrunt version (old and new flag names), terraform offline-friendly. */
const env = (ctx: OperationContext): NodeJS.ProcessEnv => ({
  ...terraformEnv(ctx),
  TG_NON_INTERACTIVE: 'true',
  TERRAGRUNT_NON_INTERACTIVE: 'true',
});

async function tg(ctx: OperationContext, step: string, args: string[], ok: number[] = [0]): Promise<CommandResult> {
  const result = await ctx.exec(step, ['terragrunt', ...args], { cwd: ctx.workdir, env: env(ctx) });
  if (!ok.includes(result.exitCode)) {
    const { errorClass, why } = classify(result);
    throw new StepError(`terragrunt ${args[0]} failed (${why}): ${lastError(result)}`, result, errorClass);
  }
  return result;
}

async function planTo(ctx: OperationContext, file: string, step: string): Promise<DryRunSummary> {
  await tg(
    ctx,
    step,
    ['plan', '-input=false', '-no-color', '-detailed-exitcode', `-out=${join(ctx.runDir, file)}`, ...varArgs(ctx)],
    [0, 2],
  );
  const shown = await tg(ctx, `${step}: show`, ['show', '-json', join(ctx.runDir, file)]);
  try {
    return summarize(shown.stdout, file);
  } catch {
    throw new StepError(`${step}: terragrunt show -json did not print a plan as JSON`, shown, 'Validation');
  }
}

const changes = (s: DryRunSummary) => [
  ...s.create.map((a) => `create ${a}`),
  ...s.update.map((a) => `update ${a}`),
  ...s.destroy.map((a) => `destroy ${a}`),
];

/** Addresses in `show -json` of the state, modules included. */
function stateAddresses(showJson: string): string[] {
  type Module = { resources?: { address: string }[]; child_modules?: Module[] };
  const walk = (m: Module | undefined): string[] => [
    ...(m?.resources ?? []).map((r) => r.address),
    ...(m?.child_modules ?? []).flatMap(walk),
  ];
  const parsed = JSON.parse(showJson) as { values?: { root_module?: Module } };
  return walk(parsed.values?.root_module).sort();
}

export const terragruntOperation: Operation = {
  async preflight(ctx) {
    if (!existsSync(join(ctx.workdir, 'terragrunt.hcl'))) {
      throw new StepError(`workdir ${ctx.plan.workdir} has no terragrunt.hcl (operation: terragrunt)`, undefined, 'Validation');
    }
    await tg(ctx, 'terragrunt --version', ['--version']);
    await tg(ctx, 'terragrunt init', initArgs(ctx));
    const ws = section(ctx).workspace;
    if (ws !== 'default') await tg(ctx, 'terragrunt workspace', ['workspace', 'select', '-or-create', ws]);
  },

  dryRun: (ctx) => planTo(ctx, 'tfplan', 'terragrunt plan'),

  async apply(ctx, approved) {
    const planFile = join(ctx.runDir, approved.artifacts[0] ?? 'tfplan');
    if (!existsSync(planFile))
      throw new StepError(`the approved saved plan ${planFile} is missing: run execguard plan again`, undefined, 'StateConflict');
    await tg(ctx, 'terragrunt apply', ['apply', '-input=false', '-no-color', planFile]);
    return changes(approved).map((c) =>
      c
        .replace(/^create/, 'created')
        .replace(/^update/, 'updated')
        .replace(/^destroy/, 'destroyed'),
    );
  },

  async verify(ctx) {
    const plan = await tg(
      ctx,
      'terragrunt plan (converged?)',
      ['plan', '-input=false', '-no-color', '-detailed-exitcode', '-lock=false', ...varArgs(ctx)],
      [0, 2],
    );
    if (plan.exitCode === 2)
      throw new StepError('the state does not match the configuration after apply: terragrunt still plans changes', plan, 'Validation');
    const state = await tg(ctx, 'terragrunt show (state)', ['show', '-json']);
    const resources = stateAddresses(state.stdout);
    return [
      'state matches the configuration (plan -detailed-exitcode = 0)',
      `${resources.length} resource(s) in state: ${resources.join(', ') || 'none'}`,
    ];
  },

  stepEnv: (ctx) => env(ctx),
  // terragrunt runs terraform in the unit: the same state lock, plus its own cache.
  transient: TERRAGRUNT_TRANSIENT,
  companions: (ctx) => [lockFileOf(ctx)],
  sources: TERRAFORM_SOURCES,

  async rollback(ctx) {
    // The runner reverted the configuration first; plan what re-applying it would change.
    const back = await planTo(ctx, 'tfplan-rollback', 'terragrunt plan (previous configuration)');
    const steps = changes(back);
    if (steps.length === 0) return { done: ['infrastructure already matches the previous configuration'], pending: [] };
    const described = `re-applying the previous configuration would ${steps.join(', ')}`;
    if (back.destroy.length) {
      return {
        done: [`planned the previous configuration (saved as ${join(ctx.runDir, 'tfplan-rollback')})`],
        pending: [
          `${described}. execguard never destroys during a rollback: review it, then run terragrunt apply in ${ctx.plan.workdir} yourself with a destroy approval`,
        ],
      };
    }
    await tg(ctx, 'terragrunt apply (previous configuration)', ['apply', '-input=false', '-no-color', join(ctx.runDir, 'tfplan-rollback')]);
    return { done: [`applied the previous configuration: ${steps.join(', ')}`], pending: [] };
  },
};
