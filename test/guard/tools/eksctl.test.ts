import { allow, block, table } from './tool-table.js';

const D = 'terraform-destroy';
const DESTROY_OK = 'User approved the teardown. Destroy it.';

table('tools: eksctl', [
  block('eksctl delete cluster --name prod-main', D),
  block('eksctl delete cluster --name prod-main --region eu-west-1 --wait', D),
  block('eksctl delete cluster -n dev-1', D),
  block('eksctl delete cluster -f cluster.yaml', D),
  block('eksctl delete cluster staging-1', D, null),
  block('eksctl --profile prod delete cluster --name main', D),
  block('eksctl delete cluster --name prod-main', D, 'Approved: destroy the dev cluster.'),
  block('eksctl scale nodegroup --cluster c --name ng --nodes 3', 'approval-gate', null),
  allow('eksctl get cluster', null),
  allow('eksctl get nodegroup --cluster prod-main', null),
  allow('eksctl create cluster -f c.yaml --dry-run', null),
  allow('eksctl delete nodegroup --cluster dev --name ng-1'),
  allow('eksctl delete cluster --name dev-1', DESTROY_OK),
]);
