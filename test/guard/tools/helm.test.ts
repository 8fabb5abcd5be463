import { allow, block, table } from './tool-table.js';

const K = 'kubectl-delete-prod';
const G = 'approval-gate';
const DELETE_OK = 'Approved. Delete the old pods.';

table('tools: helm', [
  block('helm uninstall web -n production', K),
  block('helm delete web --kube-context prod-eu', K),
  block('HELM_NAMESPACE=payments-prod helm uninstall api', K),
  block('helm upgrade --install web ./chart -n dev', G, null),
  block('helm upgrade web ./chart --kube-context prod', G, 'Approved for staging. Go ahead.'),
  allow('helm list -A', null),
  allow('helm status web -n prod', null),
  allow('helm template web ./chart', null),
  allow('helm lint ./chart', null),
  allow('helm upgrade web ./chart --dry-run', null),
  allow('helm upgrade --install web ./chart -n dev'),
  allow('helm uninstall web -n dev'),
  allow('helm uninstall web -n production', DELETE_OK),
]);
