// Terraform: plan to a saved file, apply exactly that file, verify the state converged, and on
// rollback say precisely what a re-apply of the previous configuration would do.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { stateHome } from '../../state/home.js';
import { terraformLikeSection } from '../kinds/terraform-like.js';
import { classify } from '../run/error-table.js';
import { PartialApplyError } from '../run/run-errors.js';
import {
  StepError,
  type CommandResult,
  type DryRunSummary,
  type Operation,
  type OperationContext,
  type TerraformSection,
} from '../types.js';
import { byCodePoint } from '../run/order.js';

/**
 * Every terraform call runs non-interactive. The user's CLI configuration (TF_CLI_CONFIG_FILE or
 * ~/.terraformrc: provider mirrors, plugin cache, credentials) is theirs and is honoured as is.
 */
export function terraformEnv(ctx: Pick<OperationContext, 'env' | 'workdir'>): NodeJS.ProcessEnv {
  const key = createHash('sha256').update(ctx.workdir).digest('hex').slice(0, 16);
  return {
    CHECKPOINT_DISABLE: '1',
    TF_IN_AUTOMATION: '1',
    TF_INPUT: '0',
    // .terraform lives in execguard's state, not in the repository.
    TF_DATA_DIR: join(stateHome(ctx.env), 'terraform', key),
  };
}

function section(ctx: OperationContext): TerraformSection {
  return ctx.plan.terraform ?? ctx.plan.terragrunt ?? terraformLikeSection.parse({});
}

/** `init` with the plan's options: backend settings (a file or key=value), -upgrade, -reconfigure. */
export function initArgs(ctx: OperationContext): string[] {
  const init = section(ctx).init;
  return [
    'init',
    '-input=false',
    '-no-color',
    ...(init?.backendConfig ?? []).map((b) => `-backend-config=${b}`),
    ...(init?.upgrade ? ['-upgrade'] : []),
    ...(init?.reconfigure ? ['-reconfigure'] : []),
  ];
}

/** The dependency lock file `terraform init` writes in the workdir: it belongs with the change (HashiCorp: commit it). */
export const LOCK_FILE = '.terraform.lock.hcl';

export function lockFileOf(ctx: Pick<OperationContext, 'repoRoot' | 'workdir'>): string {
  return relative(ctx.repoRoot, join(ctx.workdir, LOCK_FILE)).split(sep).join('/');
}

/** Terraform reads these wherever they sit (modules, var files): untracked, they block a run. */
export const TERRAFORM_SOURCES = /\.(tf|tf\.json|tfvars|tfvars\.json|hcl)$/;

/** The lock file's hash, when there is one: a provider change is a change to what runs. */
function lockDigest(ctx: OperationContext): string | undefined {
  try {
    return createHash('sha256')
      .update(readFileSync(join(ctx.workdir, LOCK_FILE)))
      .digest('hex');
  } catch {
    return undefined;
  }
}

export function varArgs(ctx: OperationContext): string[] {
  const tf = section(ctx);
  return [...tf.varFiles.map((f) => `-var-file=${f}`), ...Object.entries(tf.vars).map(([k, v]) => `-var=${k}=${String(v)}`)];
}

async function tf(ctx: OperationContext, step: string, args: string[], ok: number[] = [0]): Promise<CommandResult> {
  const result = await ctx.exec(step, ['terraform', ...args], { cwd: ctx.workdir, env: terraformEnv(ctx) });
  if (!ok.includes(result.exitCode)) {
    const { errorClass, why } = classify(result);
    throw new StepError(`terraform ${args[0]} failed (${why}): ${lastError(result)}`, result, errorClass);
  }
  return result;
}

/** The first "Error: ..." paragraph terraform printed, else the last line of output. */
export function lastError(result: Pick<CommandResult, 'stdout' | 'stderr'>): string {
  const text = `${result.stderr}\n${result.stdout}`.replace(/\x1b\[[0-9;]*m/g, '');
  const match = text.match(/Error: [^\n]*(\n[^\n]+)*/);
  if (match)
    return match[0]
      .replace(/\s*\n\s*/g, ' ')
      .replace(/[│╷╵]/g, '')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 600);
  return text.trim().split('\n').at(-1)?.slice(0, 600) ?? '';
}

interface ResourceChange {
  address: string;
  change: { actions: string[]; before?: unknown; after?: unknown };
}

/** show -json of a saved plan -> what it creates, updates and destroys (a replace is both). */
export function summarize(showJson: string, artifact: string): DryRunSummary {
  const parsed = JSON.parse(showJson) as {
    resource_changes?: ResourceChange[];
    output_changes?: Record<string, { actions: string[] }>;
    terraform_version?: string;
  };
  const changes = (parsed.resource_changes ?? []).slice().sort((a, b) => byCodePoint(a.address, b.address));
  const summary: DryRunSummary = { create: [], update: [], destroy: [], notes: [], digestInput: '', artifacts: [artifact] };
  for (const rc of changes) {
    const a = rc.change.actions;
    if (a.includes('create')) summary.create.push(rc.address);
    if (a.includes('update')) summary.update.push(rc.address);
    if (a.includes('delete')) summary.destroy.push(rc.address);
    if (a.includes('create') && a.includes('delete')) summary.notes.push(`${rc.address} is replaced (destroyed, then created)`);
  }
  const outputs = Object.entries(parsed.output_changes ?? {}).filter(([, c]) => !c.actions.includes('no-op'));
  if (outputs.length) summary.notes.push(`outputs changing: ${outputs.map(([n]) => n).join(', ')}`);
  // The version that made the plan is part of what was approved: another one may apply it differently.
  if (parsed.terraform_version) summary.notes.push(`planned with terraform ${parsed.terraform_version}`);
  summary.digestInput = JSON.stringify({
    ...(parsed.terraform_version ? { terraform_version: parsed.terraform_version } : {}),
    resource_changes: changes.map((rc) => ({
      address: rc.address,
      actions: rc.change.actions,
      before: rc.change.before ?? null,
      after: rc.change.after ?? null,
    })),
  });
  return summary;
}

async function planTo(ctx: OperationContext, file: string, step: string): Promise<DryRunSummary> {
  await tf(ctx, step, ['plan', '-input=false', '-detailed-exitcode', `-out=${join(ctx.runDir, file)}`, ...varArgs(ctx)], [0, 2]);
  const shown = await tf(ctx, `${step}: show`, ['show', '-json', join(ctx.runDir, file)]);
  const summary = summarize(shown.stdout, file);
  const lock = lockDigest(ctx);
  if (lock) summary.digestInput = JSON.stringify({ plan: JSON.parse(summary.digestInput), lockFile: lock });
  return summary;
}

/** A resource of the raw state (`terraform state pull`, state format version 4). */
interface RawStateResource {
  module?: string;
  mode?: string;
  type: string;
  name: string;
  instances?: { index_key?: string | number; status?: string; deposed?: string }[];
}

/** The addresses terraform prints for a raw state's resources (`module.m[0].data.t.n["k"]`), and which are tainted. */
export function stateAddresses(rawState: string): Map<string, { tainted: boolean }> {
  const found = new Map<string, { tainted: boolean }>();
  let resources: RawStateResource[];
  try {
    resources = (JSON.parse(rawState) as { resources?: RawStateResource[] }).resources ?? [];
  } catch {
    return found; // no state yet
  }
  const rows: { module: string; address: string; tainted: boolean }[] = [];
  for (const r of resources) {
    const base = `${r.module ? `${r.module}.` : ''}${r.mode === 'data' ? 'data.' : ''}${r.type}.${r.name}`;
    for (const i of r.instances ?? []) {
      const key = i.index_key === undefined ? '' : `[${JSON.stringify(i.index_key)}]`;
      rows.push({ module: r.module ?? '', address: base + key, tainted: !i.deposed && i.status === 'tainted' });
    }
  }
  // The order `terraform show -json` lists them in: the root module first, then each module, by address.
  rows.sort((a, b) => byCodePoint(a.module, b.module) || byCodePoint(a.address, b.address));
  for (const row of rows) found.set(row.address, { tainted: (found.get(row.address)?.tainted ?? false) || row.tainted });
  return found;
}

/**
 * Resources in state (with modules' resources), and which are tainted (a create that failed half-way).
 * Read from the raw state: unlike `show -json`, `state pull` starts no provider (seconds each for large ones).
 */
async function stateResources(ctx: OperationContext): Promise<Map<string, { tainted: boolean }>> {
  const result = await ctx.exec('terraform state pull', ['terraform', 'state', 'pull'], { cwd: ctx.workdir, env: terraformEnv(ctx) });
  if (result.exitCode !== 0) return new Map();
  return stateAddresses(result.stdout);
}

/** Thrown when apply fails: carries what was applied before the failure. */
export { PartialApplyError as ApplyError } from '../run/run-errors.js';

const changed = (s: DryRunSummary) => [
  ...s.create.map((a) => `create ${a}`),
  ...s.update.map((a) => `update ${a}`),
  ...s.destroy.map((a) => `destroy ${a}`),
];

/** Terraform's local state lock, present while a plan or apply holds the state. */
export const TERRAFORM_STATE_LOCK = /(^|\/)\.terraform\.tfstate\.lock\.info$/;

/** init (and the workspace): doubles as the tool probe, failing fast when terraform or the backend is unusable. */
async function initialise(ctx: OperationContext): Promise<void> {
  await tf(ctx, 'terraform init', initArgs(ctx));
  const ws = section(ctx).workspace;
  if (ws !== 'default') await tf(ctx, 'terraform workspace', ['workspace', 'select', '-or-create', ws]);
}

export const terraformOperation: Operation = {
  preflight: (ctx) => initialise(ctx),

  dryRun: (ctx) => planTo(ctx, 'tfplan', 'terraform plan'),

  async apply(ctx, approved) {
    const marker = join(ctx.runDir, 'apply-attempted');
    let planFile = join(ctx.runDir, approved.artifacts[0] ?? 'tfplan');
    if (existsSync(marker)) {
      // A retry after a partial apply: the saved plan is stale. Plan again and apply only if the
      // remaining changes are a subset of what was approved.
      const again = await planTo(ctx, 'tfplan-retry', 'terraform plan (retry)');
      // Replacing a resource the first attempt created (left tainted) stays within the approval.
      const allowed = new Set([...changed(approved), ...approved.create.map((a) => `destroy ${a}`)]);
      const extra = changed(again).filter((c) => !allowed.has(c));
      if (extra.length)
        throw new StepError(`the retry plan differs from the approved plan: ${extra.join(', ')}`, undefined, 'StateConflict');
      planFile = join(ctx.runDir, 'tfplan-retry');
    }
    writeFileSync(marker, new Date().toISOString());
    const result = await ctx.exec('terraform apply', ['terraform', 'apply', '-input=false', '-no-color', planFile], {
      cwd: ctx.workdir,
      env: terraformEnv(ctx),
    });
    if (result.exitCode !== 0) {
      const inState = await stateResources(ctx).catch(() => new Map<string, { tainted: boolean }>());
      const applied = approved.create
        .filter((a) => inState.has(a))
        .map((a) => `created ${a}${inState.get(a)!.tainted ? ' (tainted: it failed while being created)' : ''}`)
        .concat(approved.destroy.filter((a) => !inState.has(a) && !approved.create.includes(a)).map((a) => `destroyed ${a}`));
      const notApplied = approved.create.filter((a) => !inState.has(a)).map((a) => `create ${a}`);
      const { errorClass, why } = classify(result);
      throw new PartialApplyError(`terraform apply failed (${why}): ${lastError(result)}`, result, errorClass, applied, notApplied);
    }
    return changed(approved).map((c) =>
      c
        .replace(/^create/, 'created')
        .replace(/^update/, 'updated')
        .replace(/^destroy/, 'destroyed'),
    );
  },

  async verify(ctx) {
    // Both only read: the convergence plan and the state listing run side by side.
    const [converged, state] = await Promise.all([
      tf(
        ctx,
        'terraform plan (converged?)',
        ['plan', '-input=false', '-detailed-exitcode', '-lock=false', '-no-color', ...varArgs(ctx)],
        [0, 2],
      ),
      stateResources(ctx),
    ]);
    if (converged.exitCode === 2)
      throw new StepError('the state does not match the configuration after apply: terraform still plans changes', converged, 'Validation');
    const resources = [...state.keys()];
    return [
      `state matches the configuration (plan -detailed-exitcode = 0)`,
      `${resources.length} resource(s) in state: ${resources.join(', ') || 'none'}`,
    ];
  },

  stepEnv: (ctx) => terraformEnv(ctx),

  // The state lock terraform holds while the pre-flight's plan runs, beside git's `status`.
  transient: TERRAFORM_STATE_LOCK,
  companions: (ctx) => [lockFileOf(ctx)],
  sources: TERRAFORM_SOURCES,

  async planRollback(ctx) {
    // The working tree holds the previous configuration (the runner reverted it locally, unpushed).
    // Initialised first: the rollback may run on a machine (or state folder) that never ran the plan.
    await initialise(ctx);
    const back = await planTo(ctx, 'tfplan-rollback', 'terraform plan (previous configuration)');
    const steps = changed(back);
    return {
      destroys: back.destroy,
      describe: [
        steps.length
          ? `re-applying the previous configuration would ${steps.join(', ')}`
          : 'infrastructure already matches the previous configuration',
      ],
      apply: async () => {
        if (steps.length === 0) return ['infrastructure already matches the previous configuration'];
        const result = await ctx.exec(
          'terraform apply (previous configuration)',
          ['terraform', 'apply', '-input=false', '-no-color', join(ctx.runDir, 'tfplan-rollback')],
          { cwd: ctx.workdir, env: terraformEnv(ctx) },
        );
        if (result.exitCode !== 0) {
          const { errorClass, why } = classify(result);
          throw new StepError(`terraform apply of the previous configuration failed (${why}): ${lastError(result)}`, result, errorClass);
        }
        return [`applied the previous configuration: ${steps.join(', ')}`];
      },
    };
  },

  async rollback(ctx) {
    // The same undo planRollback gives execguard rollback, run in one go: a rollback that would
    // destroy waits for a destroy approval.
    const plan = await terraformOperation.planRollback!(ctx);
    if (plan.destroys.length && !ctx.approval?.destroy) {
      return {
        done: plan.describe,
        pending: [
          `Get a destroy approval for ${plan.destroys.join(', ')}, then run execguard rollback again with it (${plan.describe.join('; ')})`,
        ],
      };
    }
    return { done: await plan.apply(), pending: [] };
  },
};
