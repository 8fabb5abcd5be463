import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  BUILTIN_ALIASES
} from "./chunk-H5RYQ4RP.mjs";

// src/guard/policy.ts
var DEFAULT_POLICY = {
  mode: "default",
  productionNames: ["prod", "production", "prd"],
  localContexts: ["kind", "minikube", "dev-cluster", "docker-desktop", "k3d", "localhost"],
  protectedBranches: ["main", "master", "develop", "production", "prod", "release/*"],
  commit: { headerMaxLength: 100, extraTypes: [], forbiddenTrailers: [] },
  aliases: { ...BUILTIN_ALIASES },
  approvalMinutes: 30,
  readKubeContext: false,
  hookAllow: "silent"
};

export {
  DEFAULT_POLICY
};
