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

export {
  ENVIRONMENT_WORDS
};
