import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);

// src/shell/aliases.ts
var BUILTIN_ALIASES = { tf: "terraform", k: "kubectl" };

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
  BUILTIN_ALIASES,
  DEFAULT_POLICY
};
