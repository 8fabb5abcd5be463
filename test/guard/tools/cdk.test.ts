import { allow, block, table } from './tool-table.js';

const D = 'terraform-destroy';
const DESTROY_OK = 'User approved the teardown. Destroy it.';

table('tools: cdk', [
  block('cdk destroy --force', D),
  block('cdk destroy ApiStack --force', D),
  block('cdk destroy --all -f', D),
  block('cdk --profile prod destroy --force', D),
  block('npx cdk destroy --force', D),
  block('npx aws-cdk destroy --all --force', D),
  block('npx --yes aws-cdk@2 destroy --force', D),
  block('yarn cdk destroy --force', D),
  block('pnpm cdk destroy --all --force', D),
  block('pnpm exec cdk destroy --force', D),
  block('npm exec -- cdk destroy --force', D),
  block('cdk destroy --force', D, null),
  block('cdk destroy Prod-Stack --force', D, 'Approved: destroy the dev stacks.'),
  block('cdk deploy --all', 'approval-gate', null),
  allow('cdk diff'),
  allow('cdk synth', null),
  allow('cdk ls', null),
  allow('cdk diff ApiStack', null),
  allow('cdk deploy --all'),
  allow('cdk destroy --force', DESTROY_OK),
  allow('npx cdk destroy DevStack --force', DESTROY_OK),
]);
