import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);

// src/approval/environment-words.ts
var ENVIRONMENT_WORDS = {
  dev: "dev",
  development: "dev",
  staging: "staging",
  stage: "staging",
  stg: "staging",
  prod: "prod",
  production: "prod",
  prd: "prod"
};
function environmentsNamed(value, productionNames = []) {
  const found = /* @__PURE__ */ new Set();
  const prod = new Set(productionNames.map((n) => n.toLowerCase()));
  for (const segment of value.toLowerCase().split(/[^a-z0-9]+/)) {
    const env = ENVIRONMENT_WORDS[segment] ?? (segment && prod.has(segment) ? "prod" : void 0);
    if (env) found.add(env);
  }
  return [...found];
}
var LIVE_AS_PRODUCTION = /(?<=\b(?:for|to|in|on|into|onto|but|except|not|and|or|than|minus|excluding)\s+)live\b(?![\w-])|\blive(?=\s+(?:env(?:ironment)?s?|stack|cluster|site|system|account|servers?|database|db|workspace|namespace)\b)/gi;
var NON_PRODUCTION_ENVIRONMENTS = {
  qa: "name",
  uat: "name",
  sandbox: "name",
  sandboxes: "name",
  sbx: "name",
  recette: "name",
  abnahme: "name",
  test: "word",
  testing: "word",
  preview: "word",
  integration: "word",
  perf: "word",
  demo: "word",
  sit: "word",
  e2e: "word",
  ephemeral: "word",
  int: "noun",
  performance: "noun",
  review: "noun",
  canary: "slice",
  lab: "noun",
  local: "noun"
};
var wordsOf = (...kinds) => Object.entries(NON_PRODUCTION_ENVIRONMENTS).filter(([, kind]) => kinds.includes(kind)).map(([word]) => word).join("|");
var NON_PRODUCTION_WORDS = wordsOf("name", "word", "noun", "slice");
var ENV_NOUN = String.raw`(?:env(?:ironment)?s?|stack|cluster|account|namespace|workspace|project|tenant)`;
var NAMED_NON_PRODUCTION = new RegExp(
  String.raw`\b(?:${wordsOf("name")}|(?:the|an?)\s+(?!(?:whole|entire|same|current|right|target|new|live|dev|staging|prod)\b)[a-z][\w-]*\s+env(?:ironment)?s?|(?:${wordsOf("word", "noun")})(?=\s+(?:${ENV_NOUN}|only)\b)|(?<=\b(?:for|to|in|on|into|onto|the|and|but|except|not)\s+)(?:${wordsOf("word")})(?![\w-]))\b`,
  "i"
);
var namesKey = "";
var namesPattern = /$^/;
function productionNamesPattern(names) {
  const key = names.join("\n");
  if (key !== namesKey) {
    namesKey = key;
    const words = names.map((n) => n.trim().toLowerCase()).filter((n) => /^[a-z0-9][a-z0-9_.-]*$/.test(n) && !(n in ENVIRONMENT_WORDS)).map((n) => n.replace(/[.-]/g, "\\$&"));
    namesPattern = words.length ? new RegExp(String.raw`(?<![\w-])(?:${words.join("|")})(?![\w-])`, "gi") : /$^/g;
  }
  return namesPattern;
}

export {
  environmentsNamed,
  LIVE_AS_PRODUCTION,
  NON_PRODUCTION_WORDS,
  NAMED_NON_PRODUCTION,
  productionNamesPattern
};
