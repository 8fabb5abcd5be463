import { allow, block, table } from './tool-table.js';

const X = 'irreversible-delete';
const DELETE_OK = 'Approved. Delete it.';

table('tools: vault', [
  block('vault kv destroy -versions=1,2 secret/app', X),
  block('vault kv metadata delete secret/app', X),
  block('vault kv metadata delete -mount=secret app', X),
  block('vault secrets disable kv-prod/', X),
  block('vault -address=https://vault.prod:8200 secrets disable secret/', X, null),
  allow('vault kv metadata delete secret/tmp', DELETE_OK),
  allow('vault kv get secret/app', null),
  allow('vault kv list secret/', null),
  allow('vault read sys/mounts', null),
  allow('vault status', null),
  allow('vault kv delete secret/app'),
  allow('vault kv put secret/db password=@/run/secrets/db'),
  allow('vault kv put secret/db password=-'),
  block('vault kv put secret/app ttl=1h', 'approval-gate', null),
]);
