// irreversible-delete: deleting a data-bearing or top-level cloud resource needs an approval that
// says "delete", in any environment. Per-tool tables in test/guard/tools/ hold the full lists.
import { allow, block, table, type Case } from './table.js';

const X = 'irreversible-delete';
const DELETE_OK = 'Approved. Delete it.';

const mustBlock: Case[] = [
  block('aws rds delete-db-instance --db-instance-identifier orders --skip-final-snapshot', X),
  block('aws s3 rb s3://acme-logs --force', X),
  block('aws s3 rm s3://acme-logs --recursive', X),
  block('aws dynamodb delete-table --table-name sessions', X),
  block('gcloud container clusters delete web --region europe-west1 --quiet', X),
  block('az aks delete -g rg -n aks1 --yes', X),
  block('flux delete kustomization apps --silent', X),
  block('flux uninstall --silent', X),
  block('argocd app delete payments-prod -y', X),
  // wrapped, prefixed, obfuscated
  block('sudo aws s3 rb s3://acme-logs --force', X),
  block('bash -c "aws dynamodb delete-table --table-name sessions"', X),
  block('AWS_PROFILE=dev aws s3 rm s3://acme-logs --recursive', X),
  block('a""ws s3 rb s3://acme-logs --force', X),
  block('aws s3 ls && aws s3 rb s3://acme-logs --force', X),
  block('python3 -c \'import subprocess; subprocess.run(["aws", "s3", "rb", "s3://b", "--force"])\'', X),
  // not lifted by a generic approval, nor by one for another environment
  block('aws s3 rb s3://acme-logs --force', X, 'LGTM, ship it'),
  block('aws s3 rb s3://acme-logs --force', X, 'Approved. Destroy it.'),
  block('aws rds delete-db-instance --db-instance-identifier orders-prod', X, 'Approved: delete the staging database.'),
  block('aws dynamodb delete-table --table-name t', X, 'Approved, but do not delete anything.'),
];

const mustAllow: Case[] = [
  allow('aws s3 rm s3://b/one-key'),
  allow('aws s3 ls s3://acme-logs'),
  allow('gcloud projects list'),
  allow('az group show -n rg'),
  allow('flux get kustomizations'),
  allow('argocd app get payments-prod'),
  allow('aws s3 rb s3://acme-logs --force', DELETE_OK),
  allow('aws rds delete-db-instance --db-instance-identifier orders-staging', 'Approved: delete the staging database.'),
  allow('echo "aws s3 rb s3://acme-logs --force"', null),
  allow('grep -rn "flux uninstall" docs/', null),
];

table('irreversible-delete: must block', mustBlock);
table('irreversible-delete: must allow', mustAllow);
