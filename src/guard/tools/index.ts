// The tool registry: one module per tool (docs/guard-rules.md, "Effects, tool by tool"). tiers.ts asks
// it for a tier, the destroy / irreversible-delete / forge rules for effects, command-environments.ts
// for the names an invocation points at. Adding a tool: a module here, its test table
// (test/guard/tools/<id>.test.ts) and its section in docs/guard-tools.md; rules-index.test.ts
// checks all three.
import type { SimpleCommand } from '../../shell/types.js';
import type { Tier } from '../types.js';
import { argocd } from './argocd.js';
import { aws } from './aws.js';
import { az } from './az.js';
import { cdk } from './cdk.js';
import { cdktf } from './cdktf.js';
import { curl } from './curl.js';
import { docker } from './docker.js';
import { doctl } from './doctl.js';
import { eksctl } from './eksctl.js';
import { flux } from './flux.js';
import { gcloud } from './gcloud.js';
import { gh } from './gh.js';
import { git } from './git.js';
import { helm } from './helm.js';
import { heroku } from './heroku.js';
import { kubectl } from './kubectl.js';
import { pulumi } from './pulumi.js';
import { sam } from './sam.js';
import { serverless } from './serverless.js';
import { sqlClients } from './sql-clients.js';
import { terraform } from './terraform.js';
import type { Effect, ToolModule } from './types.js';
import { vault } from './vault.js';

export type { Effect, ToolModule } from './types.js';

/** @internal exported for its tests (knip --production) */
export const TOOLS: readonly ToolModule[] = [
  terraform,
  kubectl,
  helm,
  git,
  pulumi,
  cdk,
  cdktf,
  sam,
  serverless,
  eksctl,
  aws,
  gcloud,
  az,
  flux,
  argocd,
  gh,
  vault,
  docker,
  sqlClients,
  doctl,
  heroku,
  curl,
];

const BY_PROGRAM = new Map<string, ToolModule>(TOOLS.flatMap((t) => t.programs.map((p) => [p, t] as const)));

/** Package runners whose first non-option word is the program they run (`npx cdk destroy`). */
const RUNNERS = new Set(['npx', 'bunx', 'pnpx']);
const RUNNER_SUBCOMMANDS: Record<string, string[]> = { npm: ['exec', 'x'], pnpm: ['exec', 'dlx'], yarn: ['exec', 'dlx'] };

/**
 * The argv the tool itself reads: package runners in front stripped (`npx --yes aws-cdk destroy`).
 * @internal exported for its tests (knip --production)
 */
export function toolArgv(argv: readonly string[]): string[] {
  let rest = [...argv];
  for (let guard = 0; guard < 3; guard++) {
    const name = rest[0];
    let from = -1;
    if (RUNNERS.has(name)) from = 1;
    else if (RUNNER_SUBCOMMANDS[name]?.includes(rest[1] ?? '')) from = 2;
    // `yarn cdk destroy`, `pnpm sls remove`: yarn and pnpm run a package's bin by its name
    else if ((name === 'yarn' || name === 'pnpm') && BY_PROGRAM.has(rest[1] ?? '')) from = 1;
    if (from === -1) break;
    let i = from;
    while (i < rest.length && rest[i].startsWith('-')) i += rest[i] === '-p' || rest[i] === '--package' ? 2 : 1;
    rest = rest.slice(i);
  }
  // `npx aws-cdk@2 destroy`, whether the runner was stripped here or by the launcher reading before:
  // the package (without its version) names the program.
  if (rest[0]) rest[0] = rest[0].replace(/(?<=.)@[^/]*$/, '');
  return rest;
}

export interface ToolCall {
  tool: ToolModule;
  /** The command with argv as the tool reads it. */
  cmd: SimpleCommand;
}

/** The module that knows this command's program, with the argv the program reads. */
function toolCall(cmd: SimpleCommand): ToolCall | undefined {
  const argv = toolArgv(cmd.argv);
  const tool = argv[0] === undefined ? undefined : BY_PROGRAM.get(argv[0]);
  if (!tool) return undefined;
  return { tool, cmd: argv.length === cmd.argv.length ? cmd : { ...cmd, argv, dynamic: cmd.dynamic.slice(cmd.argv.length - argv.length) } };
}

/** The tier a tool module gives this command, if a module knows its program. */
export function toolTier(cmd: SimpleCommand): Tier | undefined {
  const call = toolCall(cmd);
  return call ? call.tool.tier(call.cmd.argv) : undefined;
}

/** What this command does that a rule is about (destroys, irreversible deletes, forge rewrites). */
export function effectsOf(cmd: SimpleCommand, earlier: readonly SimpleCommand[] = []): Effect[] {
  const call = toolCall(cmd);
  return call?.tool.effects?.(call.cmd, earlier) ?? [];
}

/** Names the command points at (stack, profile, project, resource group, ...), for environments. */
export function toolTargets(cmd: SimpleCommand, earlier: readonly SimpleCommand[] = []): string[] {
  const call = toolCall(cmd);
  return (call?.tool.targets?.(call.cmd, earlier) ?? []).filter(Boolean);
}
