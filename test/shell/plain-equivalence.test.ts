// The plain fast path and tree-sitter must agree on every command the fast path accepts.
import { describe, expect, it } from 'vitest';
import { analyzeWithLexer } from '../../src/shell/analyze.js';
import { isPlain } from '../../src/shell/lexer-plain.js';

const PLAIN_CORPUS = [
  'terraform destroy',
  'terraform destroy -auto-approve',
  'terraform -chdir=envs/prod destroy',
  'terraform apply -destroy=true',
  '  terraform   plan\t-out=tf.plan  ',
  'tf destroy',
  'k delete ns prod',
  'kubectl --context=gke_acme_prd delete ns payments-prod',
  'kubectl delete ns -n x --all',
  '/usr/local/bin/terraform destroy',
  './bin/terraform fmt',
  'git push origin +main',
  'git push -uf origin main',
  'git push origin :release/1.2',
  'git -C repo -c user.name=x push --force-with-lease',
  'TF_WORKSPACE=prod terraform destroy',
  'A=1 B=2 env C=3 terraform plan',
  'X=1',
  'X+=1 terraform plan',
  'sudo -u root terraform destroy',
  'sudo -E env TF_LOG=debug timeout 10m nice -n 5 terraform destroy',
  'nohup stdbuf -oL terraform apply',
  'time terraform plan',
  'command terraform destroy',
  'command -v terraform',
  'exec kubectl delete ns prod',
  'xargs kubectl delete ns',
  'xargs -n 1 -P 4 terraform destroy',
  'watch -n 5 kubectl get pods',
  'find . -name main.tf -exec terraform fmt',
  'aws-vault exec prod -- terraform destroy',
  'doppler run -- terraform apply',
  'ssh -i key bastion terraform destroy',
  'ssh host',
  'docker exec -it tools terraform destroy',
  'docker run --rm -w /w hashicorp/terraform:1.9 destroy',
  'docker push registry.example.com/app:1.0',
  'kubectl exec -n x pod -- kubectl delete ns prod',
  'bash -c terraform',
  'bash -lc terraform',
  'sh deploy.sh',
  'eval terraform destroy',
  'python3 -c print',
  'node -e 1',
  'cd envs/prod',
  'export TF_WORKSPACE=prod',
  'export A=1 B',
  'declare -x X=1',
  'local x=2',
  'readonly Y',
  'unset X',
  'alias t=terraform',
  'echo terraform destroy',
  'printf %s destroy',
  'helm uninstall app -n prod',
  'gh pr merge 12 --squash',
  'npm publish',
  'git commit -m feat:x',
  'mysql -uroot -psecret',
  'curl -u user:pass https://x.example.com/a',
  'echo 1 2 3 %1 @x a,b a:b a=b',
  'terragrunt run --all destroy',
  // Single-quoted strings are literal in bash: the fast path takes them too.
  "git commit -m 'feat(api): add the orders endpoint' -- src/api.ts",
  "git config --get-regexp '^user[.]'",
  "git rev-list --count abc '^HEAD'",
  "bash -c 'terraform destroy -auto-approve'",
  'sh -c \'git push "$@"\' sh --force origin main',
  "'terraform' destroy",
  "terra'form' destroy",
  "A='x y' terraform plan",
  "'A=b' terraform plan",
  "git commit -m ''",
  "echo '$HOME * ; | & > ( ) { } ~ # \\'",
  "kubectl delete ns 'prod'",
  "'if' x",
  'python3 -c \'import os; os.system("terraform destroy")\'',
];

describe('plain fast path vs tree-sitter', () => {
  it('accepts every command of the corpus (otherwise the test proves nothing)', () => {
    for (const command of PLAIN_CORPUS) expect(isPlain(command), command).toBe(true);
  });

  it.each(PLAIN_CORPUS)('%s', async (command) => {
    const fast = await analyzeWithLexer(command, undefined, 'auto');
    const tree = await analyzeWithLexer(command, undefined, 'tree');
    expect(fast).toEqual(tree);
    expect(fast.boundHit).toBe(false);
  });

  it.each(['echo $HOME', 'a;b', "a 'b", "a 'b\nc'", 'a "b"', 'a # b', 'a\nb', 'a~b', 'if x', 'for', 'a*'])(
    'sends %j through tree-sitter',
    (command) => {
      expect(isPlain(command)).toBe(false);
    },
  );
});
