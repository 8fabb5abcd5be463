// operation: terragrunt — the same phases as terraform, run through terragrunt in one unit.
import { terraformLikeKind } from './terraform-like.js';

export const terragruntKind = terraformLikeKind('terragrunt', {
  summary: 'the same phases as terraform, run through terragrunt in one unit',
  template: {
    workdir: 'live/dev/app           # the terragrunt unit (holds terragrunt.hcl)',
    files: ['live/dev/app/terragrunt.hcl'],
    message: 'feat(live): roll out the dev app unit',
    body: `terragrunt:
  vars: {}
  varFiles: []
  workspace: default
verify: []
`,
  },
  load: async () => (await import('../operations/terragrunt.js')).terragruntOperation,
});
