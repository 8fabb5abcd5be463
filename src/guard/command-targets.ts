// What a command targets, as far as its own words and the commands before it in the same command
// line tell: namespaces, contexts, kubeconfigs, manifests, working directories, var files,
// workspaces. Used for production detection and for approval/environment conflicts.
import type { ApprovalScope, Environment } from '../approval/types.js';
import type { SimpleCommand } from '../shell/types.js';
import type { Policy } from './policy.js';
import { environmentsOf } from './targets.js';
import { toolTargets } from './tools/index.js';
import { kubeInvocation, lastOption, optionOf } from './tool-invocations.js';

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

/**
 * What a manifest producer piped into `kubectl … -f -` names: `kubectl kustomize DIR`,
 * `kustomize build DIR`, `helm template NAME CHART -n NS --kube-context CTX`.
 */
function producedTargets(cmd: SimpleCommand): { manifests: string[]; namespaces: string[]; contexts: string[] } {
  const none = { manifests: [], namespaces: [], contexts: [] };
  const producer = cmd.stdin?.kind === 'pipe' ? cmd.stdin.producer : undefined;
  if (!producer) return none;
  const inv = kubeInvocation(producer);
  const tool = producer[0];
  if ((tool === 'kubectl' || tool === 'oc') && inv.verb === 'kustomize') return { ...none, manifests: inv.positionals.slice(0, 1) };
  if (tool === 'kustomize' && inv.verb === 'build') return { ...none, manifests: inv.positionals.slice(0, 1) };
  // `kubectl get deploy -n prod -o yaml | kubectl delete -f -` deletes what it listed
  if ((tool === 'kubectl' || tool === 'oc') && inv.verb === 'get') {
    const ns = lastOption(inv, 'namespace', 'n');
    const ctx = lastOption(inv, 'context');
    return { ...none, namespaces: ns ? [ns] : [], contexts: ctx ? [ctx] : [] };
  }
  if (tool === 'helm' && inv.verb === 'template') {
    const ns = lastOption(inv, 'namespace', 'n');
    const ctx = lastOption(inv, 'kube-context');
    return { manifests: [...inv.positionals, ...optionOf(inv, 'values', 'f')], namespaces: ns ? [ns] : [], contexts: ctx ? [ctx] : [] };
  }
  return none;
}

/**
 * The start paths of the `find` that runs this command through `-exec`/`-execdir` with `{}`:
 * `find k8s/overlays/prod -name '*.yaml' -exec kubectl delete -f {} \;` deletes manifests under
 * k8s/overlays/prod. The analysis keeps the whole find as the command's text.
 */
function findRoots(cmd: SimpleCommand): string[] {
  if (!cmd.via.some((v) => v.startsWith('find')) || !cmd.argv.includes('{}')) return [];
  const m = /(?:^|[\s;&|(])find\s+((?:[^\s\-(!][^\s]{0,300}\s+){1,20})/.exec(cmd.text);
  return m
    ? m[1]
        .trim()
        .split(/\s+/)
        .map((w) => w.replace(/^["']|["']$/g, ''))
    : [];
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
  // repeated flags: the tool uses the last one (KUBECONFIG / HELM_* are already flags, before them)
  const last = (...names: string[]) => {
    const value = lastOption(inv, ...names);
    return value ? [value] : [];
  };
  const readsStdin = optionOf(inv, 'filename', 'f').includes('-');
  const produced = readsStdin ? producedTargets(cmd) : { manifests: [], namespaces: [], contexts: [] };
  return {
    namespaces: [...last('namespace', 'n'), ...produced.namespaces],
    contexts: [...last('context', 'kube-context'), ...last('cluster'), ...produced.contexts],
    kubeconfigs: last('kubeconfig'),
    manifests: [
      ...(isHelm ? optionOf(inv, 'values', 'f') : optionOf(inv, 'filename', 'f', 'kustomize', 'k')),
      ...produced.manifests,
      ...findRoots(cmd),
    ].filter(Boolean),
    priorContexts,
    priorNamespaces,
  };
}

/** Every name that says where a command points (for environment conflicts). */
function targetNames(cmd: SimpleCommand, index: number, commands: SimpleCommand[]): string[] {
  const names: string[] = [];
  if (cmd.cwd) names.push(cmd.cwd);
  const name = cmd.argv[0];
  if (name === 'kubectl' || name === 'oc' || name === 'helm') {
    const t = kubeTarget(cmd, index, commands);
    names.push(...t.namespaces, ...t.contexts, ...t.kubeconfigs, ...t.manifests, ...t.priorContexts, ...t.priorNamespaces);
    const inv = kubeInvocation(cmd.argv);
    if (name !== 'helm') names.push(...deletedNamespaces(inv.positionals));
  }
  // tools with their own module name their targets there (stack, profile, project, ...)
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
