// What a command targets, as far as its own words and the commands before it in the same command
// line tell: namespaces, contexts, kubeconfigs, manifests, working directories, var files,
// workspaces. Used for production detection and for approval/environment conflicts.
import type { ApprovalScope, Environment } from '../approval/types.js';
import type { SimpleCommand } from '../shell/types.js';
import type { Policy } from './policy.js';
import { environmentsOf } from './environment-names.js';
import { toolTargets } from './tools/index.js';

// kubectl/oc and helm targets live with those tools (src/guard/tools/kubectl.ts).
export { deletedNamespaces, kubeTarget } from './tools/kubectl.js';

/** Every name that says where a command points (for environment conflicts). */
function targetNames(cmd: SimpleCommand, index: number, commands: SimpleCommand[]): string[] {
  const names: string[] = [];
  if (cmd.cwd) names.push(cmd.cwd);
  // each tool's module names its targets (namespace, stack, profile, project, ...)
  names.push(...toolTargets(cmd, commands.slice(0, index)));
  return names.filter(Boolean);
}

/**
 * Environments the command clearly targets that the approval does not cover. Empty when the
 * approval names no environment, or the command names none.
 */
export function environmentConflict(
  cmd: SimpleCommand,
  index: number,
  commands: SimpleCommand[],
  approval: ApprovalScope | null,
  policy: Policy,
): Environment[] {
  if (!approval || approval.environments.length === 0) return [];
  const targeted = new Set<Environment>();
  for (const n of targetNames(cmd, index, commands)) for (const e of environmentsOf(n, policy)) targeted.add(e);
  return [...targeted].filter((e) => !approval.environments.includes(e));
}
