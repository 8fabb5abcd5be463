import { allow, block, table } from './tool-table.js';

const X = 'irreversible-delete';
const DELETE_OK = 'Approved. Delete it.';

table('tools: argocd', [
  block('argocd app delete payments-prod', X),
  block('argocd app delete payments-prod --yes', X),
  block('argocd app delete web --cascade=false -y', X),
  block('argocd --server argocd.example.com app delete web -y', X, null),
  block('argocd appset delete team-apps -y', X),
  block('argocd proj delete payments', X),
  block('argocd cluster rm https://prod.k8s.example.com', X),
  block('argocd app delete payments-prod -y', X, 'Approved: delete the dev app.'),
  allow('argocd app delete payments-dev -y', DELETE_OK),
  allow('argocd app get x'),
  allow('argocd app get payments-prod', null),
  allow('argocd app list', null),
  allow('argocd app diff web', null),
  allow('argocd app history web', null),
  allow('argocd app sync web'),
  allow('argocd app sync web --dry-run', null),
  block('argocd app sync web', 'approval-gate', null),
]);
