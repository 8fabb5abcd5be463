// Names -> what they point at: production, a local cluster, an environment. Names are split into
// segments on any non-alphanumeric character, and a segment must match exactly, so `payments-prod`
// is production and `product-catalog` / `nonprod` are not.
import type { Environment } from '../approval/types.js';
import type { Policy } from './policy.js';
import { environmentsNamed } from '../approval/environment-words.js';

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

/** The environments a name mentions (`envs/prod`, `staging.tfvars`, `payments-dev`). */
export function environmentsOf(value: string | undefined, policy?: Policy): Environment[] {
  return value ? environmentsNamed(value, policy?.productionNames) : [];
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
