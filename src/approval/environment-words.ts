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

/**
 * "live" where an environment is named ("the live environment", "for live", "every environment but
 * live"): production. Elsewhere ("I can live with that") it is an ordinary word.
 */
export const LIVE_AS_PRODUCTION =
  /(?<=\b(?:for|to|in|on|into|onto|but|except|not|and|or|than|minus|excluding)\s+)live\b(?![\w-])|\blive(?=\s+(?:env(?:ironment)?s?|stack|cluster|site|system|account|servers?|database|db|workspace|namespace)\b)/gi;

/** An environment noun: what makes a word with other meanings ("test", "preview") an environment's name. */
const ENV_NOUN = String.raw`(?:env(?:ironment)?s?|stack|cluster|account|namespace|workspace|project|tenant)`;
/**
 * Named environments that are not production and have no word of their own in a grant (qa, uat,
 * sandbox, preview, test …), and "the foo environment": an approval naming one covers the
 * non-production environments only; one excluding it cannot be held by a grant. Unambiguous names
 * count anywhere; words with other meanings ("test", "preview") only where an environment is named.
 */
export const NAMED_NON_PRODUCTION = new RegExp(
  String.raw`\b(?:qa|uat|sandbox(?:es)?|sbx|(?:the|an?)\s+(?!(?:whole|entire|same|current|right|target|new|live|dev|staging|prod)\b)[a-z][\w-]*\s+env(?:ironment)?s?|(?:test|testing|preview|integration|int|perf|performance|demo|sit|e2e|ephemeral|review)(?=\s+(?:${ENV_NOUN}|only)\b)|(?<=\b(?:for|to|in|on|into|onto|the|and|but|except|not)\s+)(?:test|testing|preview|integration|perf|demo|sit|e2e|ephemeral)(?![\w-]))\b`,
  'i',
);

let namesKey = '';
let namesPattern = /$^/;
/**
 * The policy's production names as whole words of a prompt ("approved for live2", "not pci-east"):
 * read as production, like "prod". Names that are already environment words add nothing.
 */
export function productionNamesPattern(names: readonly string[]): RegExp {
  const key = names.join('\n');
  if (key !== namesKey) {
    namesKey = key;
    const words = names
      .map((n) => n.trim().toLowerCase())
      .filter((n) => /^[a-z0-9][a-z0-9_.-]*$/.test(n) && !(n in ENVIRONMENT_WORDS))
      .map((n) => n.replace(/[.-]/g, '\\$&'));
    namesPattern = words.length ? new RegExp(String.raw`(?<![\w-])(?:${words.join('|')})(?![\w-])`, 'gi') : /$^/g;
  }
  return namesPattern;
}
