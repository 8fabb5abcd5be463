import { allow, block, table } from './tool-table.js';

const D = 'terraform-destroy';
const DESTROY_OK = 'User approved the teardown. Destroy it.';

table('tools: sam', [
  block('sam delete', D),
  block('sam delete --no-prompts', D),
  block('sam delete --stack-name payments-prod --no-prompts --region eu-west-1', D),
  block('sam delete --stack-name api-dev --no-prompts', D, null),
  block('sam delete --stack-name api-prod --no-prompts', D, 'Approved: destroy the dev stack.'),
  block('sam deploy --no-confirm-changeset', 'approval-gate', null),
  allow('sam build', null),
  allow('sam validate --lint', null),
  allow('sam local invoke Fn', null),
  allow('sam list resources --stack-name api', null),
  allow('sam logs -n Fn --stack-name api', null),
  allow('sam deploy --no-execute-changeset', null),
  allow('sam deploy --no-confirm-changeset'),
  allow('sam delete --stack-name api-dev --no-prompts', DESTROY_OK),
]);
