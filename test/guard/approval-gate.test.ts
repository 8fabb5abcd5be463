import { describe, expect, it } from 'vitest';
import { allow, ask, block, decide, GENERIC, table, type Case } from './table.js';

const A = 'approval-gate';
const STRICT = { policy: { mode: 'strict' as const } };

// T3 commands: denied without an approval, allowed with the generic one.
const T3 = [
  'terraform apply',
  'terraform apply -auto-approve',
  'tofu apply -auto-approve',
  'terragrunt run-all apply',
  'terraform import aws_s3_bucket.b my-bucket',
  'terraform state mv a.b a.c',
  'terraform state rm aws_instance.old',
  'terraform taint aws_instance.web',
  'kubectl apply -f k8s/',
  'kubectl create deployment web --image=nginx',
  'kubectl replace -f web.yaml',
  'kubectl patch deploy web -p \'{"spec":{"replicas":2}}\'',
  'kubectl scale deploy web --replicas=0',
  'kubectl set image deploy/web web=nginx:1.27',
  'kubectl rollout restart deploy/web',
  'kubectl rollout undo deploy/web',
  'kubectl drain node-1 --ignore-daemonsets',
  'kubectl cordon node-1',
  'kubectl delete pod web-1 -n dev',
  'helm install web ./chart',
  'helm upgrade --install web ./chart -n dev',
  'helm rollback web 2',
  'helm uninstall web -n dev',
  'flux reconcile kustomization apps',
  'flux suspend kustomization apps',
  'flux resume helmrelease web',
  'flux create source git app --url=https://github.com/acme/app',
  'flux create kustomization apps --source=GitRepository/app --path=./k8s', // flux delete is an irreversible delete
  'git push',
  'git push origin main',
  'gh pr merge 42 --squash',
  'npm publish',
  'docker push ghcr.io/acme/web:1.0',
  'k apply -f web.yaml',
  'tf apply',
  'bash -c "terraform apply -auto-approve"',
  'cd infra && terraform apply -auto-approve',
  'make build && kubectl apply -f dist/',
];

const t3Cases: Case[] = [
  ...T3.map((cmd) => block(cmd, A, null)),
  ...T3.map((cmd) => allow(cmd, GENERIC)),
  ...T3.slice(0, 12).map((cmd) => allow(cmd, 'User approved deployment. Proceed.')),
  ...T3.slice(12, 24).map((cmd) => allow(cmd, 'Approved. Execute terraform apply.')),
  ...T3.slice(24).map((cmd) => allow(cmd, 'LGTM, ship it')),
];

// Refusals and non-approvals keep the gate shut.
const refusals = [
  'not approved',
  'Do not proceed.',
  "Don't apply yet.",
  'Hold off on this.',
  'Rejected.',
  'Deny.',
  'No.',
  'No, wait until Monday.',
  'Should I proceed?',
  'Looks risky; I do not approve.',
  'Cancel the deployment.',
  'not yet',
  'I need to think about it.',
  '',
];
const refusalCases: Case[] = refusals.map((text) => block('terraform apply -auto-approve', A, text));

// Environment conflicts.
const envCases: Case[] = [
  block('kubectl apply -f web.yaml -n prod', A, 'Approved for staging.'),
  block('kubectl apply -f web.yaml --context eks-prod', A, 'Approved. Deploy to dev.'),
  block('cd envs/prod && terraform apply -auto-approve', A, 'Approved for dev'),
  block('terraform -chdir=envs/production apply', A, 'Approved, staging only'),
  block('terraform apply -var-file=prod.tfvars', A, 'Apply to staging. Approved.'),
  block('TF_WORKSPACE=prod terraform apply', A, 'Approved for dev.'),
  block('terraform workspace select prod && terraform apply', A, 'approved for staging'),
  block('helm upgrade web ./chart -n production', A, 'Approved: staging release'),
  block('terragrunt apply --terragrunt-working-dir live/prod', A, 'Go ahead in dev'),
  block('kubectl apply -k overlays/production', A, 'Approved for staging'),
  block('kubectl apply -f web.yaml -n prod', A, 'Approved, but not in prod'),
  allow('kubectl apply -f web.yaml -n staging', 'Approved for staging.'),
  allow('kubectl apply -f web.yaml', 'Approved for staging.'),
  allow('cd envs/dev && terraform apply -auto-approve', 'Approved for dev'),
  allow('terraform -chdir=envs/prod apply', 'Approved for production.'),
  allow('terraform apply -var-file=prod.tfvars', 'Approved. Apply to prod.'),
  allow('kubectl apply -f web.yaml -n staging', 'Approved, but not in prod'),
  allow('kubectl get pods -n prod', 'Approved for staging.'),
  allow('terraform plan -var-file=prod.tfvars', 'Approved for dev'),
];

// T0-T2 never need an approval.
const lowTier = [
  'ls -la',
  'cat README.md',
  'grep -r TODO src/',
  'find . -name "*.tf"',
  'git status',
  'git diff --stat',
  'git log --oneline -10',
  'git add src/',
  'git fetch origin',
  'git pull --rebase',
  'git checkout -b feature/x',
  'git stash',
  'npm test',
  'npm ci',
  'npm run build',
  'npm install --save-dev vitest',
  'npx vitest run',
  'node scripts/build.mjs',
  'python3 scripts/report.py',
  'pytest -q',
  'make test',
  'go test ./...',
  'cargo build',
  'terraform plan',
  'terraform plan -out=tfplan',
  'terraform validate',
  'terraform fmt -recursive',
  'terraform init -upgrade',
  'terraform show -json tfplan',
  'terraform output',
  'terraform state list',
  'tflint --recursive',
  'terragrunt plan',
  'kubectl get pods -A',
  'kubectl describe node node-1',
  'kubectl logs -f deploy/web',
  'kubectl diff -f k8s/',
  'kubectl apply -f k8s/ --dry-run=client',
  'kubectl apply -f k8s/ --dry-run=server',
  'kubectl config get-contexts',
  'kubectl config current-context',
  'kubectl version --client',
  'kustomize build overlays/dev',
  'helm lint ./chart',
  'helm template web ./chart',
  'helm status web',
  'helm list -n dev',
  'helm upgrade web ./chart --dry-run',
  'helm diff upgrade web ./chart',
  'flux get kustomizations',
  'flux logs --follow',
  'docker ps',
  'docker build -t web .',
  'docker images',
  'aws sts get-caller-identity',
  'aws s3 ls',
  'aws ec2 describe-instances',
  'gcloud compute instances list',
  'az group list',
  'gh pr view 42',
  'gh pr list',
  'gh pr create --title "feat: x" --body "y"',
  'jq .foo data.json',
  'curl -s https://example.com/health',
  'echo hello',
  'pwd',
  'env',
  'which terraform',
  'git push --dry-run',
  'npm publish --dry-run',
];
const lowTierCases: Case[] = lowTier.map((cmd) => allow(cmd, null));

// Strict mode: unknown commands are T3.
const strictCases: Case[] = [
  block('./deploy.sh', A, null, STRICT),
  block('some-unknown-tool --do-things', A, null, STRICT),
  allow('./deploy.sh', GENERIC, STRICT),
  allow('./deploy.sh', null),
  allow('ls -la', null, STRICT),
  allow('terraform plan', null, STRICT),
  allow('git status', null, STRICT),
  allow('npm test', null, STRICT),
];

table('approval-gate: T3 commands', t3Cases);
table('approval-gate: refusals keep the gate shut', refusalCases);
table('approval-gate: environments', envCases);
table('approval-gate: T0-T2 need no approval', lowTierCases);
table('approval-gate: strict mode', strictCases);

describe('approval-gate: tiers and the reason', () => {
  it('reports the highest tier of a compound command', async () => {
    expect((await decide(allow('ls && terraform plan && terraform apply', GENERIC))).tier).toBe('T3');
    expect((await decide(allow('ls && terraform plan', null))).tier).toBe('T2');
    expect((await decide(allow('terraform validate && ls', null))).tier).toBe('T1');
    expect((await decide(allow('kubectl get pods; cat x', null))).tier).toBe('T0');
  });
  it('tells the agent to present its plan and end with PLAN_STATUS: PENDING_APPROVAL', async () => {
    const d = await decide(block('terraform apply', A, null));
    expect(d.reason).toContain('PLAN_STATUS: PENDING_APPROVAL');
    expect(d.reason).toContain('terraform apply');
  });
  it('names the first rule in RULE_ORDER when several fire', async () => {
    const d = await decide(block('terraform destroy && git push --force', 'terraform-destroy', null));
    expect(d.rules.map((r) => r.id)).toEqual(['terraform-destroy', 'git-force-push', 'approval-gate']);
    expect(d.reason.startsWith('terraform-destroy:')).toBe(true);
  });
  it('a grant id is reported when a T3 decision relied on it', async () => {
    const { evaluate } = await import('../../src/guard/evaluate.js');
    const { parseApproval } = await import('../../src/approval/scope.js');
    const d = await evaluate('terraform apply', { approval: parseApproval(GENERIC), grantId: 'g-123' });
    expect(d).toMatchObject({ decision: 'allow', tier: 'T3', grantId: 'g-123' });
    const low = await evaluate('ls', { approval: parseApproval(GENERIC), grantId: 'g-123' });
    expect(low.grantId).toBeUndefined();
  });
  it('ask is used for unreadable commands in default mode', async () => {
    expect((await decide(ask('eval "$(some-tool)"', 'unreadable'))).decision).toBe('ask');
  });
});
