// The terraform module's table; terraform-destroy.test.ts holds the full destroy contract.
import { allow, block, table } from './tool-table.js';

const D = 'terraform-destroy';
const G = 'approval-gate';
const DESTROY_OK = 'User approved the teardown. Destroy it.';

table('tools: terraform, tofu, terragrunt', [
  block('terraform destroy -auto-approve', D),
  block('tofu -chdir=envs/dev destroy', D),
  block('terragrunt run --all destroy', D),
  block('terraform apply -destroy -auto-approve', D),
  block('terraform plan -destroy -out=d.tfplan && terraform apply d.tfplan', D),
  block('TF_CLI_ARGS_apply=-destroy terraform apply -auto-approve', D),
  block('terraform -chdir=envs/prod destroy', D, 'Approved: destroy the dev environment.'),
  block('terraform workspace select prod && terraform destroy', D, 'Approved: destroy dev.'),
  block('terraform apply -auto-approve', G, null),
  block('terraform state rm aws_instance.web', G, null),
  allow('terraform plan -destroy', null),
  allow('terraform plan -out=tf.plan', null),
  allow('terraform show', null),
  allow('terraform state list', null),
  allow('terraform validate', null),
  allow('terraform fmt -recursive', null),
  allow('terraform apply -destroy -destroy=false -auto-approve'),
  allow('terraform apply -auto-approve'),
  allow('terraform destroy -auto-approve', DESTROY_OK),
  allow('terraform -chdir=envs/dev destroy -auto-approve', 'Approved: destroy the dev environment.'),
]);
