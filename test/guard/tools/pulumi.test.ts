import { allow, block, table } from './tool-table.js';

const D = 'terraform-destroy';
const G = 'approval-gate';
const DESTROY_OK = 'User approved the teardown. Destroy it.';

table('tools: pulumi', [
  // destroys, whatever global options come first
  block('pulumi destroy --yes', D),
  block('pulumi destroy -y --skip-preview', D),
  block('pulumi -C infra/prod destroy --yes', D),
  block('pulumi -C infra/prod destroy --yes', D, null),
  block('pulumi --cwd infra/prod destroy --yes', D),
  block('pulumi --cwd=infra destroy -s dev --yes', D),
  block('pulumi destroy -s acme/payments/prod --yes', D),
  block('pulumi --non-interactive destroy --yes', D),
  block('pulumi down --yes', D),
  block('pulumi stack rm prod --yes', D),
  block('pulumi stack rm --force --yes', D),
  block('PULUMI_CONFIG_PASSPHRASE_FILE=/run/p pulumi destroy --yes', D),
  block('cd infra && pulumi destroy --yes', D),
  block('bash -c "pulumi destroy --yes --stack dev"', D),
  block('npx pulumi destroy --yes', D),
  // a destroy approval for another environment does not cover it
  block('pulumi destroy -s prod --yes', D, 'Approved: destroy the dev stack.'),
  block('pulumi -C infra/prod destroy --yes', D, 'Approved: destroy the dev stack.'),
  // changes need the gate
  block('pulumi up --yes', G, null),
  block('pulumi refresh --yes', G, null),
  // allowed
  allow('pulumi preview'),
  allow('pulumi preview --diff -s prod', null),
  allow('pulumi destroy --preview-only', null),
  allow('pulumi stack ls', null),
  allow('pulumi stack output --json', null),
  allow('pulumi whoami', null),
  allow('pulumi config get region', null),
  allow('pulumi up --yes'),
  allow('pulumi destroy --yes', DESTROY_OK),
  allow('pulumi -C infra/dev destroy --yes -s dev', 'Approved: destroy the dev stack.'),
  allow('pulumi stack rm dev --yes', DESTROY_OK),
]);
