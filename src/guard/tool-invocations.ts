// How kubectl/oc and helm read their command lines (git's and terraform's: tools/git.ts, tools/terraform.ts): global options,
// subcommand, arguments, and for repeated flags the value the tool uses (the last one). The argv
// given here is the shell analyser's: normalized, with the tool's environment already applied.

// git's grammar lives with the tool (src/guard/tools/git.ts).
export { gitInvocation } from './tools/git.js';

// terraform/tofu/terragrunt's grammar lives with the tool (src/guard/tools/terraform.ts).

export interface KubeInvocation {
  verb?: string;
  /** Positional words (verb excluded): resource types and names. */
  positionals: string[];
  /** Every option as given, name without leading dashes -> values ('' for a flag without value). */
  options: Map<string, string[]>;
  /** Option name -> position of its last occurrence (for the last of several names). */
  order: Map<string, number>;
}

const KUBECTL_VALUED_LONG = new Set([
  'namespace',
  'context',
  'kubeconfig',
  'cluster',
  'user',
  'server',
  'token',
  'as',
  'as-group',
  'as-uid',
  'selector',
  'filename',
  'kustomize',
  'output',
  'field-selector',
  'grace-period',
  'timeout',
  'cascade',
  'request-timeout',
  'container',
  'cache-dir',
  'certificate-authority',
  'client-certificate',
  'client-key',
  'tls-server-name',
  'template',
  'type',
  'image',
  'replicas',
  'raw',
  'overrides',
  'port',
  'patch-file',
  'patch',
  'kube-context',
  'values',
  'set',
  'set-string',
  'set-file',
  'version',
  'repo',
  'description',
  'username',
  'password',
  'registry-config',
  'repository-cache',
  'repository-config',
  'kube-apiserver',
  'kube-as-user',
  'kube-token',
  'kube-ca-file',
  'revision',
  'profile',
  'v',
  'log-file',
  'chunk-size',
  'subresource',
  'field-manager',
  'wait-for',
]);
const KUBECTL_VALUED_SHORT = new Set(['n', 'l', 'f', 'k', 'o', 's', 'c', 'v']);

/** Reads kubectl / helm argv: options anywhere (before or after the verb), positionals in order. */
export function kubeInvocation(argv: string[]): KubeInvocation {
  const options = new Map<string, string[]>();
  const order = new Map<string, number>();
  const positionals: string[] = [];
  let seen = 0;
  const add = (name: string, value: string) => {
    options.set(name, [...(options.get(name) ?? []), value]);
    order.set(name, seen++);
  };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--') && a.length > 2) {
      const eq = a.indexOf('=');
      const name = eq === -1 ? a.slice(2) : a.slice(2, eq);
      if (eq !== -1) add(name, a.slice(eq + 1));
      else if (KUBECTL_VALUED_LONG.has(name) && i + 1 < argv.length) add(name, argv[++i]);
      else add(name, '');
      continue;
    }
    if (a.startsWith('-') && a.length > 1 && a !== '-') {
      const letters = a.slice(1);
      for (let j = 0; j < letters.length; j++) {
        const l = letters[j];
        if (KUBECTL_VALUED_SHORT.has(l)) {
          let rest = letters.slice(j + 1);
          if (rest.startsWith('=')) rest = rest.slice(1);
          if (rest) add(l, rest);
          else if (i + 1 < argv.length) add(l, argv[++i]);
          else add(l, '');
          break;
        }
        add(l, '');
      }
      continue;
    }
    positionals.push(a);
  }
  const [verb, ...rest] = positionals;
  return { verb, positionals: rest, options, order };
}

export const optionOf = (inv: KubeInvocation, ...names: string[]): string[] => names.flatMap((n) => inv.options.get(n) ?? []);

/** The value kubectl/helm use for an option given several times (or under several names): the last. */
export function lastOption(inv: KubeInvocation, ...names: string[]): string | undefined {
  let last: string | undefined;
  let at = -1;
  for (const n of names) {
    const index = inv.order.get(n);
    if (index !== undefined && index > at) {
      at = index;
      const values = inv.options.get(n) ?? [];
      last = values[values.length - 1];
    }
  }
  return last;
}

/** A boolean flag is on when its last occurrence is not `=false`/`=0`. */
export const hasOption = (inv: KubeInvocation, ...names: string[]): boolean => {
  const value = lastOption(inv, ...names);
  return value !== undefined && !/^(false|0)$/i.test(value);
};
