// kubectl and oc (and the `k` alias, resolved by the shell analysis), and helm's targets: the
// tier of each verb (reads, `diff`, `--dry-run=client|server` simulations, changes), and where an
// invocation points: namespace, context, cluster, kubeconfig (KUBECONFIG and HELM_* are already
// flags in argv, src/shell/tool-env.ts), -f/-k manifests, what a producer piped into `-f -` names
// (`kubectl kustomize`, `kustomize build`, `helm template`, `kubectl get -o yaml`), the roots of a
// `find … -exec kubectl … {}`, and switches made earlier (`config use-context`, kubectx, kubens).
// Deletes are judged by the kubectl-delete-prod rule from these targets.
import type { SimpleCommand } from '../../shell/types.js';
import { kubeInvocation, lastOption, optionOf } from '../tool-invocations.js';
import { isDryRun } from '../environment-names.js';
import type { Tier } from '../types.js';
import type { ToolModule } from './types.js';

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

function tier(argv: string[]): Tier {
  const inv = kubeInvocation(argv);
  const verb = inv.verb;
  if (!verb) return 'T0';
  const dry = isDryRun(argv);
  if (
    [
      'get',
      'describe',
      'logs',
      'log',
      'events',
      'top',
      'explain',
      'api-resources',
      'api-versions',
      'cluster-info',
      'version',
      'wait',
      'port-forward',
      'proxy',
      'completion',
      'options',
      'plugin',
      'krew',
      'tree',
      'neat',
      'ctx',
      'ns',
    ].includes(verb)
  ) {
    return 'T0';
  }
  if (verb === 'auth') return inv.positionals[0] === 'reconcile' ? (dry ? 'T2' : 'T3') : 'T0';
  if (verb === 'config')
    return ['view', 'current-context', 'get-contexts', 'get-clusters', 'get-users'].includes(inv.positionals[0] ?? '') ? 'T0' : 'T1';
  if (verb === 'kustomize' || verb === 'convert') return 'T1';
  if (verb === 'diff') return 'T2';
  if (verb === 'rollout') return ['status', 'history'].includes(inv.positionals[0] ?? '') ? 'T0' : dry ? 'T2' : 'T3';
  if (verb === 'certificate' || verb === 'debug' || verb === 'attach' || verb === 'exec' || verb === 'cp') return 'T3';
  return dry ? 'T2' : 'T3';
}

/** Every name a kubectl/oc/helm invocation points at (for environment conflicts). */
export function kubeTargetNames(cmd: SimpleCommand, earlier: readonly SimpleCommand[]): string[] {
  const t = kubeTarget(cmd, earlier.length, [...earlier, cmd]);
  const names = [...t.namespaces, ...t.contexts, ...t.kubeconfigs, ...t.manifests, ...t.priorContexts, ...t.priorNamespaces];
  if (cmd.argv[0] !== 'helm') names.push(...deletedNamespaces(kubeInvocation(cmd.argv).positionals));
  return names;
}

export const kubectl: ToolModule = {
  id: 'kubectl',
  programs: ['kubectl', 'oc'],
  env: ['KUBECONFIG'],
  tier,
  targets: kubeTargetNames,
};
