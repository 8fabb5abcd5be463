// Names -> what they point at: production, a local cluster, an environment. Names are split into
// segments on any non-alphanumeric character, and a segment must match exactly, so `payments-prod`
// is production and `product-catalog` / `nonprod` are not.
import type { Environment } from '../approval/types.js';
import type { Policy } from './policy.js';

export function segments(value: string): string[] {
  return value
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

export function isProductionName(value: string | undefined, policy: Policy): boolean {
  if (!value) return false;
  const names = new Set(policy.productionNames.map((n) => n.toLowerCase()));
  return segments(value).some((s) => names.has(s));
}

/** A local cluster context: `kind`, `kind-foo`, `minikube`, `dev-cluster`, `k3d-x`, ... */
export function isLocalContext(value: string | undefined, policy: Policy): boolean {
  if (!value) return false;
  const v = value.toLowerCase();
  return policy.localContexts.some((local) => {
    const l = local.toLowerCase();
    return v === l || v.startsWith(`${l}-`) || v.startsWith(`${l}_`) || v.startsWith(`${l}.`) || v.startsWith(`${l}@`);
  });
}

const ENV_SEGMENTS: Record<string, Environment> = {
  dev: 'dev',
  development: 'dev',
  staging: 'staging',
  stage: 'staging',
  stg: 'staging',
  prod: 'prod',
  production: 'prod',
  prd: 'prod',
};

/** The environments a name mentions (`envs/prod`, `staging.tfvars`, `payments-dev`). */
export function environmentsOf(value: string | undefined, policy?: Policy): Environment[] {
  if (!value) return [];
  const found = new Set<Environment>();
  const prodNames = new Set((policy?.productionNames ?? []).map((n) => n.toLowerCase()));
  for (const s of segments(value)) {
    const env = ENV_SEGMENTS[s] ?? (prodNames.has(s) ? 'prod' : undefined);
    if (env) found.add(env);
  }
  return [...found];
}

/**
 * Values of an option: `--name X`, `--name=X`, and for single letters `-n X`, `-nX`, `-n=X`.
 * `long` are names without dashes.
 */
export function optionValues(argv: string[], long: string[], short: string[] = []): string[] {
  const values: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') break;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      if (!long.includes(name)) continue;
      if (eq !== -1) values.push(arg.slice(eq + 1));
      else if (i + 1 < argv.length) values.push(argv[++i]);
    } else if (arg.startsWith('-') && arg.length >= 2 && short.includes(arg[1])) {
      const rest = arg.slice(2);
      if (rest.startsWith('=')) values.push(rest.slice(1));
      else if (rest) values.push(rest);
      else if (i + 1 < argv.length) values.push(argv[++i]);
    }
  }
  return values;
}

export function hasFlag(argv: string[], ...flags: string[]): boolean {
  return argv.some(
    (a, i) => i > 0 && (flags.includes(a) || flags.some((f) => f.startsWith('--') && a.startsWith(`${f}=`) && !/=(false|0)$/i.test(a))),
  );
}

/** `--dry-run`, `--dry-run=client|server|true`: a simulation. `--dry-run=none|false` is real. */
export function isDryRun(argv: string[]): boolean {
  let dry = false;
  for (const a of argv) {
    if (a === '--dry-run') dry = true;
    else if (a.startsWith('--dry-run=')) dry = !/^(none|false|0)$/i.test(a.slice('--dry-run='.length));
  }
  return dry;
}
