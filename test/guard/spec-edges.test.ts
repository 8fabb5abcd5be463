// Edges of docs/guard-rules.md that are easy to get wrong in either direction.
import { allow, block, table, type Case } from './table.js';

const S = 'secret-in-command';
const C = 'commit-convention';
const K = 'kubectl-delete-prod';

const cases: Case[] = [
  // credential flags
  block('kubectl create secret docker-registry regcred --docker-username=bot --docker-password=hunter2', S),
  block('az ad sp create-for-rbac --client-secret s3cr3tvalue', S),
  block('some-cli --api-key abcdef123456', S),
  block('vault login --token=s.abcdefghij', S),
  block('aws configure set aws_secret_access_key abc123', S),
  block('docker run -e POSTGRES_PASSWORD=secret postgres:16', S),
  block('curl -H "Authorization: Basic dXNlcjpwYXNzd29yZA==" https://x', S),
  block('psql "postgresql://admin:secret@db:5432/app"', S),
  block('mongosh "mongodb+srv://user:pa55@cluster0.example.net/db"', S),
  allow('kubectl --token=$KUBE_TOKEN get pods', null),
  allow('gh auth login --with-token < token.txt', null),
  allow('python3 gen.py --max-tokens 512', null),
  allow('terraform plan --secret-name db-creds', null),
  allow('some-cli --use-token true', null),
  allow('aws configure get aws_secret_access_key', null),
  allow('gcloud secrets versions access latest --secret=db-password', null),
  allow('TOKEN_URL=https://auth.example.com/token ./login.sh', null),
  allow('export SECRET_STORE=vault VAULT_ADDR=https://vault:8200', null),
  allow('PASSWORD_MIN_LENGTH=12 npm test', null),
  allow('az keyvault secret show --vault-name kv --name db-password', null),
  allow('grep aws_secret_access_key ~/.aws/credentials', null),
  allow('docker run -e POSTGRES_PASSWORD_FILE=/run/secrets/pg postgres:16', null),
  allow('curl -H "Authorization: Bearer $TOKEN" https://api.example.com', null),
  // commit options around -m
  block('git commit -S -m "bad subject"', C, null),
  block('git commit -s -m "bad subject"', C, null),
  block('git commit -n -m "bad subject"', C, null),
  block('git commit --no-verify -m "bad subject"', C, null),
  block('git commit -v -a -m "bad subject"', C, null),
  block('git commit --trailer "Reviewed-by: A" -m "bad subject"', C, null),
  block('git commit --author "A <a@b.c>" -m "bad subject"', C, null),
  allow('git commit -S -m "feat: signed"', null),
  allow('git commit -uno -m "fix: x"', null),
  // kubectl dry-run forms
  allow('kubectl delete ns prod --dry-run=client'),
  allow('kubectl delete ns prod --dry-run=server'),
  block('kubectl delete ns prod --dry-run=none', K),
  block('kubectl delete ns prod --dry-run', K),
  block('kubectl delete pod x -n dev --dry-run=none', K),
  block('kubectl delete pod x --dry-run=none', K),
  block('redis-cli -u redis://:s3cret@cache:6379 ping', S),
  allow('redis-cli -u redis://cache:6379 ping', null),
  allow('helm uninstall api -n prod --dry-run'),
  // protected-branch patterns
  block('git push origin --delete release/2024-01', 'git-force-push'),
  allow('git push origin --delete releases-old'),
  allow('git push origin --delete feature/main-menu'),
  allow('git push origin :feature/main'),
  block('git push origin --delete refs/heads/main', 'git-force-push'),
];

table('spec edges', cases);
