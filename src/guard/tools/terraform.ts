// terraform, tofu, terragrunt (and the `tf` alias, resolved by the shell analysis): the grammar
// (global options, terragrunt runners, the subcommand), the tier of each subcommand, the targets
// (-chdir, --terragrunt-working-dir, -var-file, TF_WORKSPACE, `workspace select`) and the destroy
// effect: `destroy`, `apply -destroy` (the last -destroy wins), terragrunt's *-all / run --all
// forms, and applying a plan file that `plan -destroy -out=F` wrote earlier in the same command.
// TF_CLI_ARGS / TF_CLI_ARGS_<sub> are already in argv (src/shell/tool-env.ts).
import type { SimpleCommand } from '../../shell/types.js';
import type { Tier } from '../types.js';
import type { Effect, ToolModule } from './types.js';

export interface TerraformInvocation {
  tool: 'terraform' | 'tofu' | 'terragrunt';
  sub?: string;
  /** Arguments after the subcommand. */
  args: string[];
  /** -chdir / --terragrunt-working-dir / --working-dir, if given. */
  workdir?: string;
  /** Terragrunt run-all / run --all / *-all. */
  all: boolean;
}

const TERRAFORM_TOOLS = new Set(['terraform', 'tofu', 'terragrunt']);
const isTerraformTool = (name: string | undefined): name is TerraformInvocation['tool'] => !!name && TERRAFORM_TOOLS.has(name);

const TERRAGRUNT_VALUED = new Set([
  '--terragrunt-working-dir',
  '--working-dir',
  '--terragrunt-config',
  '--config',
  '--terragrunt-tfpath',
  '--tf-path',
  '--terragrunt-log-level',
  '--log-level',
  '--terragrunt-source',
  '--source',
  '--terragrunt-iam-role',
  '--iam-assume-role',
  '--terragrunt-include-dir',
  '--queue-include-dir',
  '--terragrunt-exclude-dir',
  '--queue-exclude-dir',
  '--terragrunt-parallelism',
  '--parallelism',
  '--terragrunt-download-dir',
  '--download-dir',
  '--filter',
]);

const TERRAGRUNT_RUNNERS = new Set(['run-all', 'run', 'stack', 'all']);

function terraformInvocation(argv: string[]): TerraformInvocation | undefined {
  const tool = argv[0];
  if (!isTerraformTool(tool)) return undefined;
  let workdir: string | undefined;
  let all = false;
  const positionals: { word: string; index: number }[] = [];
  let afterDoubleDash = false;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      afterDoubleDash = true;
      continue;
    }
    if (!afterDoubleDash && a.startsWith('-')) {
      const eq = a.indexOf('=');
      const name = (eq === -1 ? a : a.slice(0, eq)).replace(/^--?/, '-');
      if (name === '-chdir' || name === '-terragrunt-working-dir' || name === '-working-dir') {
        workdir = eq !== -1 ? a.slice(eq + 1) : argv[++i];
        continue;
      }
      if (name === '-all' || name === '-terragrunt-all') all = true;
      if (tool === 'terragrunt' && eq === -1 && TERRAGRUNT_VALUED.has(a)) i++;
      if (positionals.length > 0 && tool !== 'terragrunt') break; // options after the subcommand belong to it
      continue;
    }
    if (tool === 'terragrunt' && positionals.length === 0 && TERRAGRUNT_RUNNERS.has(a)) {
      if (a === 'run-all' || a === 'all') all = true;
      continue;
    }
    positionals.push({ word: a, index: i });
    break;
  }
  const first = positionals[0];
  if (!first) return { tool, args: [], workdir, all };
  // Terragrunt takes its own options after the command too.
  if (tool === 'terragrunt' && workdir === undefined) {
    for (let i = first.index + 1; i < argv.length; i++) {
      const m = /^--?(?:terragrunt-working-dir|working-dir)(?:=(.*))?$/.exec(argv[i]);
      if (m) workdir = m[1] ?? argv[i + 1];
    }
  }
  let sub = first.word;
  if (tool === 'terragrunt' && /-all$/.test(sub) && sub !== 'run-all') {
    all = true;
    sub = sub.replace(/-all$/, '');
  }
  return { tool, sub, args: argv.slice(first.index + 1).filter((a) => a !== '--'), workdir, all };
}

function tier(argv: string[]): Tier {
  const inv = terraformInvocation(argv);
  const sub = inv?.sub;
  if (!inv || !sub) return 'T0';
  const args = inv.args;
  if (
    [
      'show',
      'output',
      'version',
      'providers',
      'graph',
      'console',
      'output-all',
      'render-json',
      'hclvalidate',
      'info',
      'find',
      'list',
    ].includes(sub)
  )
    return 'T0';
  if (sub === 'state') return ['list', 'show', 'pull'].includes(args.find((a) => !a.startsWith('-')) ?? 'list') ? 'T0' : 'T3';
  if (sub === 'workspace') return ['list', 'show'].includes(args[0] ?? 'list') ? 'T0' : args[0] === 'delete' ? 'T3' : 'T1';
  if (
    [
      'validate',
      'fmt',
      'init',
      'get',
      'test',
      'login',
      'logout',
      'metadata',
      'hclfmt',
      'validate-inputs',
      'graph-dependencies',
      'modules',
      'scaffold',
      'catalog',
      'stack',
      'dag',
      'exec',
    ].includes(sub)
  ) {
    return 'T1';
  }
  if (sub === 'plan') return 'T2';
  if (['apply', 'destroy', 'import', 'taint', 'untaint', 'refresh', 'force-unlock', 'push'].includes(sub)) return 'T3';
  return 'T3'; // an unknown terraform subcommand may change state
}

/** `-destroy`, `--destroy`, `-destroy=true` (but not `-destroy=false`). */
function destroyFlag(args: string[]): boolean {
  let on = false;
  for (const a of args) {
    const m = /^--?destroy(?:=(.*))?$/i.exec(a);
    if (m) on = m[1] === undefined || !/^(false|0|f|no)$/i.test(m[1]);
  }
  return on;
}

/** The plan file a `plan -destroy -out=F` writes, if this is one. */
function destroyPlanFile(inv: TerraformInvocation): string | undefined {
  if (inv.sub !== 'plan' || !destroyFlag(inv.args)) return undefined;
  for (let i = 0; i < inv.args.length; i++) {
    const m = /^--?out(?:=(.*))?$/.exec(inv.args[i]);
    if (m) return m[1] ?? inv.args[i + 1];
  }
  return undefined;
}

const base = (p: string) => p.replace(/\/+$/, '').split('/').pop() ?? p;

/** The act this command destroys with, or undefined when it does not destroy. */
function destroys(inv: TerraformInvocation, destroyPlans: string[]): string | undefined {
  const { sub, args } = inv;
  if (!sub) return undefined;
  if (sub === 'destroy') return `${inv.tool} destroy`;
  if (sub === 'apply') {
    if (destroyFlag(args)) return `${inv.tool} apply -destroy`;
    // `apply F` where F came from `plan -destroy -out=F` earlier in this command line.
    const planFile = args.find((a) => !a.startsWith('-'));
    if (planFile && destroyPlans.some((p) => p === planFile || base(p) === base(planFile))) {
      return `${inv.tool} apply ${planFile}, a plan created by plan -destroy`;
    }
  }
  return undefined;
}

function effects(cmd: SimpleCommand, earlier: readonly SimpleCommand[] = []): Effect[] {
  const inv = terraformInvocation(cmd.argv);
  if (!inv) return [];
  const destroyPlans: string[] = [];
  for (const c of [...earlier, cmd]) {
    const prior = terraformInvocation(c.argv);
    const planFile = prior && destroyPlanFile(prior);
    if (planFile) destroyPlans.push(planFile);
  }
  const act = destroys(inv, destroyPlans);
  return act ? [{ kind: 'destroy', act, preview: `${inv.tool} plan -destroy` }] : [];
}

function targets(cmd: SimpleCommand, earlier: readonly SimpleCommand[] = []): string[] {
  const inv = terraformInvocation(cmd.argv);
  const names: string[] = [];
  if (inv?.workdir) names.push(inv.workdir);
  const args = inv?.args ?? [];
  for (let i = 0; i < args.length; i++) {
    const m = /^--?var-file(?:=(.*))?$/.exec(args[i]);
    if (m) names.push(m[1] ?? args[i + 1] ?? '');
  }
  if (cmd.toolEnv?.TF_WORKSPACE) names.push(cmd.toolEnv.TF_WORKSPACE);
  if (inv?.sub === 'workspace' && (inv.args[0] === 'select' || inv.args[0] === 'new'))
    names.push(...inv.args.slice(1).filter((a) => !a.startsWith('-')));
  for (const c of earlier) {
    const prior = terraformInvocation(c.argv);
    if (prior?.sub === 'workspace' && prior.args[0] === 'select') names.push(...prior.args.slice(1).filter((a) => !a.startsWith('-')));
  }
  return names;
}

export const terraform: ToolModule = {
  id: 'terraform',
  programs: ['terraform', 'tofu', 'terragrunt'],
  env: ['TF_CLI_ARGS', 'TF_CLI_ARGS_<subcommand>', 'TF_WORKSPACE'],
  tier,
  effects,
  targets,
};
