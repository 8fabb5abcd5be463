import { allow, block, table } from './tool-table.js';

const X = 'irreversible-delete';
const DELETE_OK = 'Approved. Delete it.';

table('tools: doctl', [
  block('doctl kubernetes cluster delete prod-k8s --force', X),
  block('doctl k8s cluster delete dev-1 -f', X),
  block('doctl databases delete 9cc10173-e9ea-4176-9dbc-a4cee4c4ff30 --force', X),
  block('doctl compute droplet delete web-1 --force', X),
  block('doctl compute volume delete vol-1 -f', X, null),
  allow('doctl compute droplet delete web-1 --force', DELETE_OK),
  allow('doctl kubernetes cluster list', null),
  allow('doctl databases get 9cc10173', null),
  allow('doctl account get', null),
  allow('doctl compute droplet create web-2 --size s-1vcpu-1gb --image ubuntu-22-04-x64'),
  block('doctl compute droplet create web-2 --size s-1vcpu-1gb --image ubuntu-22-04-x64', 'approval-gate', null),
]);
