// The terraform fixture every test shares: the demo project (examples/terraform-demo, one
// terraform_data resource named by `var.name`), the plan that changes it, and configurations
// with more terraform_data resources. Change the demo plan here, never in a test.
import { join } from 'node:path';
import { repoRoot } from '../helpers/plugin-folder.js';

/** The demo project's folder: copy it into a workspace (`infra/app` by convention). */
export const TERRAFORM_DEMO = join(repoRoot, 'examples', 'terraform-demo');

export interface DemoPlanOptions {
  /** The folder the plan applies in; default `infra/app`. */
  workdir?: string;
  /** The commit message; default `feat(infra): change the demo app`. */
  message?: string;
  /** The `terraform:` section's lines after `vars`, e.g. `init: { reconfigure: true }`. */
  terraform?: string[];
  /** Check the applied output (`terraform output -raw app_name` is `demo`); default true. */
  verify?: boolean;
}

/** The plan that applies the demo project with `name = demo`, committing its main.tf. */
export function demoPlan(options: DemoPlanOptions = {}): string {
  const workdir = options.workdir ?? 'infra/app';
  return [
    'operation: terraform',
    `workdir: ${workdir}`,
    'git:',
    `  files: [${workdir}/main.tf]`,
    `  message: "${options.message ?? 'feat(infra): change the demo app'}"`,
    'terraform:',
    '  vars: { name: demo }',
    ...(options.terraform ?? []).map((line) => `  ${line}`),
    ...(options.verify === false
      ? []
      : ['verify:', '  - run: terraform output -raw app_name', '    expect: { exitCode: 0, stdoutMatches: "^demo$" }']),
    '',
  ].join('\n');
}

/** A terraform configuration with N terraform_data resources; local-exec commands per resource. */
export function tfConfig(resources: { name: string; command?: string; dependsOn?: string }[], name = 'demo'): string {
  return [
    'terraform {\n  backend "local" {}\n}',
    `variable "name" {\n  type    = string\n  default = "${name}"\n}`,
    ...resources.map((r) =>
      [
        `resource "terraform_data" "${r.name}" {`,
        `  input = { name = var.name }`,
        ...(r.dependsOn ? [`  depends_on = [terraform_data.${r.dependsOn}]`] : []),
        ...(r.command ? [`  provisioner "local-exec" {\n    command = ${JSON.stringify(r.command)}\n  }`] : []),
        '}',
      ].join('\n'),
    ),
    `output "app_name" {\n  value = var.name\n}`,
    '',
  ].join('\n\n');
}
