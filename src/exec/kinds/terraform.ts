// operation: terraform — plan to a saved file, apply exactly that file, verify.
import { terraformLikeKind } from './terraform-like.js';

export const terraformKind = terraformLikeKind('terraform', {
  summary: 'plan to a saved file, apply exactly that file, verify',
  template: {
    workdir: 'infra                  # the Terraform root module',
    files: ['infra/main.tf'],
    message: 'feat(infra): apply the terraform example',
    body: `terraform:                      # may be omitted: every field has a default
  vars: {}                      # -var name=value pairs, e.g. { name: demo }
  varFiles: []                  # -var-file paths, relative to workdir
  workspace: default
# Checks after the apply; a failed check rolls back what can be rolled back.
verify: []
#  - run: terraform output -json
#    expect: { exitCode: 0, stdoutMatches: "demo" }
`,
  },
  load: async () => (await import('../operations/terraform.js')).terraformOperation,
});
