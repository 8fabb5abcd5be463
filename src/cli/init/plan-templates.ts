// The example plans `execguard init` writes to plans/: one per operation type, each valid as
// written (test/plugin/init.test.ts parses every one) and commented so a user can adapt it.
// `execguard plan --reference` (docs/plan-reference.md) lists every key and default.

const HEADER = (operation: string, what: string) => `# An example ${operation} plan: ${what}
# Check it:    execguard plan plans/${operation}.yaml      (pre-flight + dry run, prints the plan digest)
# Run it:      inside Claude Code, after the user approved: execguard execute plans/${operation}.yaml
#              outside any agent session: execguard execute plans/${operation}.yaml --approval "..."
# Paths are relative to the repository root. Every key, its type and default: execguard plan --reference
# Edit: workdir, git.files, git.message (the placeholder is refused until you replace it), the vars.
# This file may be committed here or left untracked: it never blocks its own run.
`;

const GIT = (files: string[], message: string) => `# Only these files are staged and committed before the change is applied; any other
# uncommitted change in the repository blocks the run. \`git\` is required.
git:
  files: [${files.join(', ')}]
  message: "EDIT ME: ${message}"  # replace with your Conventional Commit; the commit rule refuses this placeholder
  remote: origin                # default: origin
  branch: main                  # default: main
`;

export const PLAN_TEMPLATES: Record<string, string> = {
  terraform: `${HEADER('terraform', 'plan to a saved file, apply exactly that file, verify')}
id: terraform-example           # default: the file name
operation: terraform
workdir: infra                  # the Terraform root module
${GIT(['infra/main.tf'], 'feat(infra): apply the terraform example')}
terraform:                      # may be omitted: every field has a default
  vars: {}                      # -var name=value pairs, e.g. { name: demo }
  varFiles: []                  # -var-file paths, relative to workdir
  workspace: default
# Checks after the apply; a failed check rolls back what can be rolled back.
verify: []
#  - run: terraform output -json
#    expect: { exitCode: 0, stdoutMatches: "demo" }
`,
  terragrunt: `${HEADER('terragrunt', 'the same phases as terraform, run through terragrunt in one unit')}
id: terragrunt-example
operation: terragrunt
workdir: live/dev/app           # the terragrunt unit (holds terragrunt.hcl)
${GIT(['live/dev/app/terragrunt.hcl'], 'feat(live): roll out the dev app unit')}
terragrunt:
  vars: {}
  varFiles: []
  workspace: default
verify: []
`,
  gitops: `${HEADER('gitops', 'commit and push manifests, then reconcile Flux and wait for it to be ready')}
id: gitops-example
operation: gitops
workdir: clusters/dev
${GIT(['clusters/dev/apps/podinfo.yaml'], 'feat(clusters): roll out podinfo to dev')}
gitops:
  kustomization: apps           # the Flux Kustomization to reconcile (required)
  # helmRelease: podinfo        # optional: a HelmRelease to wait for as well
  namespace: flux-system        # default: flux-system
  timeout: 5m                   # default: 5m
verify: []
`,
  kubectl: `${HEADER('kubectl', 'server-side dry run, apply the manifests, wait for the rollouts')}
id: kubectl-example
operation: kubectl
workdir: .
${GIT(['k8s/web.yaml'], 'feat(k8s): deploy web to dev')}
kubectl:
  manifests: [k8s/web.yaml]     # required, at least one
  namespace: dev                # required
  context: kind-dev             # optional: the kube context (a production name needs a destroy-level approval to delete)
  rollouts: [deployment/web]    # default: none; each is waited for with \`kubectl rollout status\`
  timeout: 120s                 # default: 120s
verify: []
`,
  app: `${HEADER('app', 'test, build, commit and push an application change, optionally merge its PR')}
id: app-example
operation: app
workdir: .
${GIT(['src/index.js'], 'fix(app): handle the empty input')}
app:                            # every field is optional
  test: npm test
  build: npm run build
  # pr: 42                      # merge this pull request with gh after the push
verify: []
`,
};
