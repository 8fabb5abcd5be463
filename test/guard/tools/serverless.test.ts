import { allow, block, table } from './tool-table.js';

const D = 'terraform-destroy';
const DESTROY_OK = 'User approved the teardown. Destroy it.';

table('tools: serverless', [
  block('serverless remove', D),
  block('sls remove', D),
  block('sls remove --stage prod', D),
  block('serverless remove -s dev --region eu-west-1', D, null),
  block('npx serverless remove --stage dev', D),
  block('sls remove --stage prod', D, 'Approved: destroy the dev stage.'),
  block('serverless deploy --stage dev', 'approval-gate', null),
  allow('serverless info', null),
  allow('sls print', null),
  allow('sls package', null),
  allow('sls invoke local -f hello', null),
  allow('serverless deploy --stage dev'),
  allow('sls remove --stage dev', DESTROY_OK),
]);
