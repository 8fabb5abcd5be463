import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  duration,
  executorKind,
  nonEmpty,
  relPath,
  terraformLikeKind
} from "./chunk-XDDEP7ZQ.mjs";
import {
  _default,
  _minLength,
  _positive,
  _regex,
  array,
  int,
  optional,
  strictObject,
  string
} from "./chunk-P37WMGKB.mjs";

// src/exec/kinds/app.ts
var appKind = executorKind({
  summary: "test, build, commit and push an application change, optionally merge its PR",
  section: strictObject({
    test: optional(nonEmpty()),
    build: optional(nonEmpty()),
    pr: optional(int().check(_positive()))
  }),
  template: {
    workdir: ".",
    files: ["src/index.js"],
    message: "fix(app): handle the empty input",
    body: `app:                            # every field is optional
  test: npm test
  build: npm run build
  # pr: 42                      # merge this pull request with gh after the push
verify: []
`
  },
  environmentNames: () => [],
  paths: () => [],
  commands: (s, at) => [...s.test ? [at(s.test)] : [], ...s.build ? [at(s.build)] : [], ...s.pr ? [`gh pr merge ${s.pr}`] : []],
  rollbackPath: () => "the app executor's rollback (execguard rollback RUN_ID)",
  target: () => void 0,
  load: async () => (await import("./app-GUDHX6VT.mjs")).appOperation
});

// src/exec/kinds/gitops.ts
var gitopsKind = executorKind({
  summary: "commit and push manifests, then reconcile Flux and wait for it to be ready",
  section: strictObject({
    kustomization: nonEmpty(),
    helmRelease: optional(nonEmpty()),
    namespace: _default(nonEmpty(), "flux-system"),
    timeout: _default(duration, "5m")
  }),
  template: {
    workdir: "clusters/dev",
    files: ["clusters/dev/apps/podinfo.yaml"],
    message: "feat(clusters): roll out podinfo to dev",
    body: `gitops:
  kustomization: apps           # the Flux Kustomization to reconcile (required)
  # helmRelease: podinfo        # optional: a HelmRelease to wait for as well
  namespace: flux-system        # default: flux-system
  timeout: 5m                   # default: 5m
verify: []
`
  },
  environmentNames: (s) => [s.kustomization, s.helmRelease ?? ""],
  paths: () => [],
  commands: (s) => [
    `flux reconcile kustomization ${s.kustomization} -n ${s.namespace}${s.helmRelease ? ` (and helmrelease ${s.helmRelease})` : ""}`
  ],
  rollbackPath: () => "the gitops executor's rollback (execguard rollback RUN_ID)",
  target: () => void 0,
  load: async () => (await import("./gitops-BMMQ2JWI.mjs")).gitopsOperation
});

// src/exec/kinds/kubectl.ts
var kubectlKind = executorKind({
  summary: "server-side dry run, apply the manifests, wait for the rollouts",
  section: strictObject({
    manifests: array(relPath).check(_minLength(1)),
    namespace: nonEmpty(),
    context: optional(nonEmpty()),
    rollouts: _default(array(string().check(_regex(/^[a-z]+\/[A-Za-z0-9._-]+$/, "kind/name"))), []),
    timeout: _default(duration, "120s")
  }),
  template: {
    workdir: ".",
    files: ["k8s/web.yaml"],
    message: "feat(k8s): deploy web to dev",
    body: `kubectl:
  manifests: [k8s/web.yaml]     # required, at least one
  namespace: dev                # required
  context: kind-dev             # optional: the kube context (a production name needs a destroy-level approval to delete)
  rollouts: [deployment/web]    # default: none; each is waited for with \`kubectl rollout status\`
  timeout: 120s                 # default: 120s
verify: []
`
  },
  environmentNames: (s) => [s.namespace, s.context ?? "", ...s.manifests],
  // Manifests are repository paths (not relative to the workdir).
  paths: (s) => s.manifests.map((m, i) => ({ key: ["kubectl", "manifests", i], path: m, input: true })),
  commands: (s) => [
    `kubectl apply ${s.manifests.map((m) => `-f ${m}`).join(" ")} -n ${s.namespace}${s.context ? ` --context ${s.context}` : ""}`,
    ...s.rollouts.map((r) => `kubectl rollout status ${r} -n ${s.namespace} --timeout ${s.timeout}`)
  ],
  rollbackPath: () => "the kubectl executor's rollback (execguard rollback RUN_ID)",
  target: (s) => s.context,
  load: async () => (await import("./kubectl-UMQ2CEJ7.mjs")).kubectlOperation
});

// src/exec/kinds/terraform.ts
var terraformKind = terraformLikeKind("terraform", {
  summary: "plan to a saved file, apply exactly that file, verify",
  template: {
    workdir: "infra                  # the Terraform root module",
    files: ["infra/main.tf"],
    message: "feat(infra): apply the terraform example",
    body: `terraform:                      # may be omitted: every field has a default
  vars: {}                      # -var name=value pairs, e.g. { name: demo }
  varFiles: []                  # -var-file paths, relative to workdir
  workspace: default
# Checks after the apply; a failed check rolls back what can be rolled back.
verify: []
#  - run: terraform output -json
#    expect: { exitCode: 0, stdoutMatches: "demo" }
`
  },
  load: async () => (await import("./terraform-Y4MHG5FZ.mjs")).terraformOperation
});

// src/exec/kinds/terragrunt.ts
var terragruntKind = terraformLikeKind("terragrunt", {
  summary: "the same phases as terraform, run through terragrunt in one unit",
  template: {
    workdir: "live/dev/app           # the terragrunt unit (holds terragrunt.hcl)",
    files: ["live/dev/app/terragrunt.hcl"],
    message: "feat(live): roll out the dev app unit",
    body: `terragrunt:
  vars: {}
  varFiles: []
  workspace: default
verify: []
`
  },
  load: async () => (await import("./terragrunt-WSXM4HJK.mjs")).terragruntOperation
});

// src/exec/kinds/index.ts
var KINDS = {
  terraform: terraformKind,
  terragrunt: terragruntKind,
  gitops: gitopsKind,
  kubectl: kubectlKind,
  app: appKind
};
var OPERATION_TYPES = Object.keys(KINDS);
var kindOf = (type) => KINDS[type];
async function loadOperation(type) {
  return Object.hasOwn(KINDS, type) ? KINDS[type].load() : void 0;
}

export {
  KINDS,
  OPERATION_TYPES,
  kindOf,
  loadOperation
};
