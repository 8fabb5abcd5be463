// What a command targets, as far as its own words and the commands before it in the same command
// line tell: namespaces, contexts, kubeconfigs, manifests, working directories, var files,
// workspaces. Used for production detection and for approval/environment conflicts.
import type { ApprovalScope, Environment } from '../approval/types.js';
import type { SimpleCommand } from '../shell/types.js';
import type { Policy } from './policy.js';
import { environmentsOf } from './targets.js';
import { kubeInvocation, optionOf, terraformInvocation, isTerraformTool } from './tools.js';

export interface KubeTarget {
  namespaces: string[];
  contexts: string[];
  kubeconfigs: string[];
  /** -f / -k paths (kubectl) and values files (helm). */
  manifests: string[];
  /** Contexts / namespaces switched to by an earlier command in the same command line. */
  priorContexts: string[];
  priorNamespaces: string[];
}

const NAMESPACE_TYPES = new Set(['ns', 'namespace', 'namespaces', 'project', 'projects']);

/** Namespaces deleted as objects: `delete ns prod`, `delete namespace/prod`, `delete ns,pods prod`. */
export function deletedNamespaces(positionals: string[]): string[] {
  const names: string[] = [];
  const [first, ...rest] = positionals;
  if (!first) return names;
  const types = first.split(',').map((t) => t.toLowerCase());
  if (!first.includes('/') && types.some((t) => NAMESPACE_TYPES.has(t))) names.push(...rest);
  for (const p of positionals) {
    const m = /^(ns|namespaces?|projects?)\/(.+)$/i.exec(p);
    if (m) names.push(m[2]);
  }
  return names;
}

/** `export NAME=value` or a bare `NAME=value` before this command. */
function priorVariable(commands: SimpleCommand[], index: number, name: string): string[] {
  const values: string[] = [];
  for (let i = 0; i < index; i++) {
    const c = commands[i];
    if (c.argv.length === 0 && c.assignments[name] !== undefined) values.push(c.assignments[name]);
    if (c.argv[0] === 'export' || c.argv[0] === 'declare' || c.argv[0] === 'typeset') {
      for (const a of c.argv.slice(1)) if (a.startsWith(`${name}=`)) values.push(a.slice(name.length + 1));
    }
  }
  return values.filter(Boolean);
}

/**
 * `KUBECONFIG=...` given to this command. When the value is only partly static
 * (`KUBECONFIG=$HOME/.kube/prod`) the analysis reports it as '', so the words as written are read
 * instead: the static part still names the cluster.
 */
function assignedKubeconfig(cmd: SimpleCommand): string[] {
  const value = cmd.assignments.KUBECONFIG;
  if (value === undefined) return [];
  if (value !== '') return [value];
  const written = /(?:^|\s)KUBECONFIG=("[^"]*"|'[^']*'|\S+)/.exec(cmd.text);
  return written ? [written[1]] : [];
}

export function kubeTarget(cmd: SimpleCommand, index: number, commands: SimpleCommand[]): KubeTarget {
  const inv = kubeInvocation(cmd.argv);
  const isHelm = cmd.argv[0] === 'helm';
  const priorContexts: string[] = [];
  const priorNamespaces: string[] = [];
  for (let i = 0; i < index; i++) {
    const c = commands[i];
    const name = c.argv[0];
    if (name === 'kubectx' && c.argv[1] && !c.argv[1].startsWith('-')) priorContexts.push(c.argv[1].split('=').pop() ?? '');
    if (name === 'kubens' && c.argv[1] && !c.argv[1].startsWith('-')) priorNamespaces.push(c.argv[1]);
    if (name === 'kubectl' || name === 'oc') {
      const k = kubeInvocation(c.argv);
      if (k.verb === 'config' && k.positionals[0] === 'use-context' && k.positionals[1]) priorContexts.push(k.positionals[1]);
      if (k.verb === 'config' && k.positionals[0] === 'use' && k.positionals[1]) priorContexts.push(k.positionals[1]);
      if (k.verb === 'config' && k.positionals[0] === 'set-context') priorNamespaces.push(...optionOf(k, 'namespace'));
    }
  }
  // Only the last switch before this command is in force.
  priorContexts.splice(0, priorContexts.length - 1);
  priorNamespaces.splice(0, priorNamespaces.length - 1);
  return {
    namespaces: optionOf(inv, 'namespace', 'n').filter(Boolean),
    contexts: optionOf(inv, 'context', 'kube-context', 'cluster').filter(Boolean),
    kubeconfigs: [...optionOf(inv, 'kubeconfig'), ...assignedKubeconfig(cmd), ...priorVariable(commands, index, 'KUBECONFIG')].filter(Boolean),
    manifests: (isHelm ? optionOf(inv, 'values', 'f') : optionOf(inv, 'filename', 'f', 'kustomize', 'k')).filter(Boolean),
    priorContexts,
    priorNamespaces,
  };
}

/** Every name that says where a command points (for environment conflicts). */
export function targetNames(cmd: SimpleCommand, index: number, commands: SimpleCommand[]): string[] {
  const names: string[] = [];
  if (cmd.cwd) names.push(cmd.cwd);
  const name = cmd.argv[0];
  if (name === 'kubectl' || name === 'oc' || name === 'helm') {
    const t = kubeTarget(cmd, index, commands);
    names.push(...t.namespaces, ...t.contexts, ...t.kubeconfigs, ...t.manifests, ...t.priorContexts, ...t.priorNamespaces);
    const inv = kubeInvocation(cmd.argv);
    if (name !== 'helm') names.push(...deletedNamespaces(inv.positionals));
  }
  if (name === 'flux') names.push(...optionOf(kubeInvocation(cmd.argv), 'namespace', 'n', 'context', 'kubeconfig'));
  if (isTerraformTool(name)) {
    const inv = terraformInvocation(cmd.argv);
    if (inv?.workdir) names.push(inv.workdir);
    const args = inv?.args ?? [];
    for (let i = 0; i < args.length; i++) {
      const m = /^--?var-file(?:=(.*))?$/.exec(args[i]);
      if (m) names.push(m[1] ?? args[i + 1] ?? '');
    }
    if (cmd.assignments.TF_WORKSPACE) names.push(cmd.assignments.TF_WORKSPACE);
    names.push(...priorVariable(commands, index, 'TF_WORKSPACE'));
    if (inv?.sub === 'workspace' && (inv.args[0] === 'select' || inv.args[0] === 'new')) names.push(...inv.args.slice(1).filter((a) => !a.startsWith('-')));
    for (let i = 0; i < index; i++) {
      const prior = terraformInvocation(commands[i].argv);
      if (prior?.sub === 'workspace' && prior.args[0] === 'select') names.push(...prior.args.slice(1).filter((a) => !a.startsWith('-')));
    }
  }
  return names.filter(Boolean);
}

/**
 * Environments the command clearly targets that the approval does not cover. Empty when the
 * approval names no environment, or the command names none.
 */
export function environmentConflict(cmd: SimpleCommand, index: number, commands: SimpleCommand[], approval: ApprovalScope | null, policy: Policy): Environment[] {
  if (!approval || approval.environments.length === 0) return [];
  const targeted = new Set<Environment>();
  for (const n of targetNames(cmd, index, commands)) for (const e of environmentsOf(n, policy)) targeted.add(e);
  return [...targeted].filter((e) => !approval.environments.includes(e));
}
