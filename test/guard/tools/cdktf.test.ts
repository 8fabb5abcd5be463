import { allow, block, table } from './tool-table.js';

const D = 'terraform-destroy';
const DESTROY_OK = 'User approved the teardown. Destroy it.';

table('tools: cdktf', [
  block('cdktf destroy', D),
  block('cdktf destroy --auto-approve', D),
  block('cdktf destroy prod-stack --auto-approve', D),
  block('npx cdktf destroy --auto-approve', D),
  block('npx cdktf-cli destroy', D),
  block('cdktf destroy', D, null),
  block('cdktf deploy --auto-approve', 'approval-gate', null),
  allow('cdktf diff', null),
  allow('cdktf plan', null),
  allow('cdktf synth', null),
  allow('cdktf list', null),
  allow('cdktf deploy --auto-approve'),
  allow('cdktf destroy --auto-approve', DESTROY_OK),
]);
