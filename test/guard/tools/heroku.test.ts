import { allow, block, table } from './tool-table.js';

const D = 'terraform-destroy';
const X = 'irreversible-delete';
const DESTROY_OK = 'User approved the teardown. Destroy it.';
const DELETE_OK = 'Approved. Delete it.';

table('tools: heroku, fly', [
  block('heroku apps:destroy --app payments-prod --confirm payments-prod', D),
  block('heroku apps:destroy -a web-staging --confirm web-staging', D, null),
  block('fly apps destroy web-prod --yes', D),
  block('flyctl apps destroy web-dev -y', D),
  allow('heroku apps:destroy --app web-review-42 --confirm web-review-42', DESTROY_OK),
  block('heroku pg:reset DATABASE_URL --app web --confirm web', X),
  block('heroku addons:destroy heroku-postgresql --app web --confirm web', X),
  block('fly volumes destroy vol_123 --yes', X),
  block('fly postgres destroy web-db --yes', X),
  allow('heroku pg:reset DATABASE_URL --app web-review-42 --confirm web-review-42', DELETE_OK),
  allow('heroku apps:info --app web', null),
  allow('heroku logs --tail --app web', null),
  allow('heroku releases --app web', null),
  allow('fly status', null),
  allow('fly logs -a web', null),
  allow('fly deploy'),
  block('fly deploy', 'approval-gate', null),
  block('heroku releases:rollback v42 --app web', 'approval-gate', null),
  block('heroku config:set FEATURE=on --app web', 'approval-gate', null),
]);
