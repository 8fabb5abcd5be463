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
// Stryker disable next-line ArrayDeclaration: equivalent, a default name with a space never equals a segment (segments have none)
export function environmentsNamed(value: string, productionNames: readonly string[] = []): Environment[] {
  const found = new Set<Environment>();
  const prod = new Set(productionNames.map((n) => n.toLowerCase()));
  // Stryker disable next-line Regex: equivalent, splitting at each separator only adds empty segments, which name nothing
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

/**
 * The one vocabulary of non-production environments a grant has no word for (the guard names a
 * command's environment by dev / staging / prod only). How surely each word names an environment:
 * `name` wherever it stands (qa, uat, sandbox, recette, Abnahme); `word` only next to an environment
 * noun or "only", or after for / to / in / on ("in test", "the preview env"); `noun` only next to
 * an environment noun or "only" ("the review env": "for review" is no environment); `slice` is an
 * environment a grant cannot name that is often a slice of production (a canary), so naming it
 * covers neither production nor the non-production environments: "canary only" grants nothing.
 */
const NON_PRODUCTION_ENVIRONMENTS: Readonly<Record<string, 'name' | 'word' | 'noun' | 'slice'>> = {
  qa: 'name',
  uat: 'name',
  sandbox: 'name',
  sandboxes: 'name',
  sbx: 'name',
  recette: 'name',
  abnahme: 'name',
  test: 'word',
  testing: 'word',
  preview: 'word',
  integration: 'word',
  perf: 'word',
  demo: 'word',
  sit: 'word',
  e2e: 'word',
  ephemeral: 'word',
  int: 'noun',
  performance: 'noun',
  review: 'noun',
  canary: 'slice',
  lab: 'noun',
  local: 'noun',
};
const wordsOf = (...kinds: string[]) =>
  Object.entries(NON_PRODUCTION_ENVIRONMENTS)
    .filter(([, kind]) => kinds.includes(kind))
    .map(([word]) => word)
    .join('|');
/** The one exported vocabulary: every non-production environment word above, as one alternation for the reader's patterns. */
export const NON_PRODUCTION_WORDS = wordsOf('name', 'word', 'noun', 'slice');

/** An environment noun: what makes a word with other meanings ("test", "preview") an environment's name. */
const ENV_NOUN = String.raw`(?:env(?:ironment)?s?|stack|cluster|account|namespace|workspace|project|tenant)`;
/**
 * A named non-production environment (NON_PRODUCTION_ENVIRONMENTS), and "the foo environment": an
 * approval naming one covers the non-production environments only; one excluding it cannot be held
 * by a grant.
 */
export const NAMED_NON_PRODUCTION = new RegExp(
  String.raw`\b(?:${wordsOf('name')}|(?:the|an?)\s+(?!(?:whole|entire|same|current|right|target|new|live|dev|staging|prod)\b)[a-z][\w-]*\s+env(?:ironment)?s?|(?:${wordsOf('word', 'noun')})(?=\s+(?:${ENV_NOUN}|only)\b)|(?<=\b(?:for|to|in|on|into|onto|the|and|but|except|not)\s+)(?:${wordsOf('word')})(?![\w-]))\b`,
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
  // Stryker disable next-line ConditionalExpression: equivalent, the cache only saves rebuilding the same pattern
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
