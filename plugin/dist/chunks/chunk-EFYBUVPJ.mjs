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

export {
  environmentsNamed
};
