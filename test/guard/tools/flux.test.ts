import { allow, block, table } from './tool-table.js';

const X = 'irreversible-delete';
const DELETE_OK = 'Approved. Delete it.';

table('tools: flux', [
  block('flux delete kustomization apps', X),
  block('flux delete kustomization apps --silent', X),
  block('flux delete helmrelease web -n production --silent', X),
  block('flux delete source git app', X),
  block('flux --context prod delete ks infra -s', X),
  block('flux uninstall', X),
  block('flux uninstall --silent', X),
  block('flux uninstall --namespace flux-system --silent', X, null),
  block('flux delete kustomization apps -n prod', X, 'Approved: delete the dev kustomization.'),
  allow('flux delete kustomization apps -n dev --silent', DELETE_OK),
  allow('flux uninstall --dry-run'),
  allow('flux get kustomizations'),
  allow('flux get all -A', null),
  allow('flux logs --level=error', null),
  allow('flux diff kustomization apps --path ./k8s', null),
  allow('flux reconcile kustomization apps --with-source'),
  block('flux reconcile kustomization apps', 'approval-gate', null),
]);
