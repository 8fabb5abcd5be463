// The words that name an environment, and the one reading of a name or command line for them,
// shared by the approval reader (what an answer or a request names) and the guard (what a command
// targets), so both read `stage`, `prd` or `payments-dev` the same way.
import type { Environment } from './types.js';

const ENVIRONMENT_WORDS: Readonly<Record<string, Environment>> = {
  dev: 'dev',
  development: 'dev',
  staging: 'staging',
  stage: 'staging',
  stg: 'staging',
  prod: 'prod',
  production: 'prod',
  prd: 'prod',
};

/**
 * The environments a name or command line mentions in any segment (`envs/prod`, `staging.tfvars`,
 * `payments-dev`, `-chdir=infra/prod`). Segments split on any non-alphanumeric character and must
 * match whole; `productionNames` (the policy's) also mark production.
 */
export function environmentsNamed(value: string, productionNames: readonly string[] = []): Environment[] {
  const found = new Set<Environment>();
  const prod = new Set(productionNames.map((n) => n.toLowerCase()));
  for (const segment of value.toLowerCase().split(/[^a-z0-9]+/)) {
    const env = ENVIRONMENT_WORDS[segment] ?? (segment && prod.has(segment) ? 'prod' : undefined);
    if (env) found.add(env);
  }
  return [...found];
}
