// The words that name an environment, shared by the approval reader (what an answer or a request
// names) and the guard (what a command targets), so both read `stage` or `prd` the same way.
import type { Environment } from './types.js';

export const ENVIRONMENT_WORDS: Readonly<Record<string, Environment>> = {
  dev: 'dev',
  development: 'dev',
  staging: 'staging',
  stage: 'staging',
  stg: 'staging',
  prod: 'prod',
  production: 'prod',
  prd: 'prod',
};
