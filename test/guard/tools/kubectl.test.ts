// The kubectl module's table; kubectl-delete-prod.test.ts holds the full delete contract.
import { allow, block, table } from './tool-table.js';

const K = 'kubectl-delete-prod';
const G = 'approval-gate';
const DELETE_OK = 'Approved. Delete the old pods.';

table('tools: kubectl, oc', [
  block('kubectl delete ns production', K),
  block('kubectl delete pods --all -n dev', K),
  block('oc delete project payments-prod', K),
  block('kubectl get deploy -n prod -o yaml | kubectl delete -f -', K),
  block('kubectl apply -f k8s/', G, null),
  block('kubectl rollout restart deploy/web -n dev', G, null),
  block('kubectl apply -f overlays/prod', G, 'Approved for staging. Go ahead.'),
  allow('kubectl get pods -A', null),
  allow('kubectl describe deploy web -n prod', null),
  allow('kubectl diff -f k8s/', null),
  allow('kubectl apply -f k8s/ --dry-run=server', null),
  allow('kubectl delete pod web-1 -n dev --context dev-cluster'),
  allow('kubectl delete pod web-1 -n prod', DELETE_OK),
  allow('kubectl apply -f overlays/staging', 'Approved for staging. Go ahead.'),
]);
