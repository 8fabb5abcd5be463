import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  BUILTIN_ALIASES
} from "./chunk-H5RYQ4RP.mjs";

// src/guard/policy.ts
var EXECUTOR_ONLY_DEFAULTS = [
  "~/.aws",
  "~/.config/gcloud",
  "~/.azure",
  "~/.kube",
  "~/.terraform.d/credentials.tfrc.json",
  "~/.ssh",
  "~/.git-credentials",
  "~/.docker"
];
var DEFAULT_CONTAINED = {
  executorOnly: [...EXECUTOR_ONLY_DEFAULTS],
  stateFolders: [],
  controlPlaneHosts: [],
  planCredentials: { env: {} }
};
var DEFAULT_POLICY = {
  mode: "default",
  productionNames: ["prod", "production", "prd"],
  localContexts: ["kind", "minikube", "dev-cluster", "docker-desktop", "k3d", "localhost"],
  protectedBranches: ["main", "master", "develop", "production", "prod", "release/*"],
  commit: { headerMaxLength: 100, extraTypes: [], forbiddenTrailers: [] },
  aliases: { ...BUILTIN_ALIASES },
  approvalMinutes: 30,
  readKubeContext: false,
  hookAllow: "silent",
  approvals: { reviewers: {}, planLock: false }
};

export {
  EXECUTOR_ONLY_DEFAULTS,
  DEFAULT_CONTAINED,
  DEFAULT_POLICY
};
