// docs/guard-rules.md, third edition, "Interpreter programs on stdin": perl, ruby, python, node, php and
// lua fed their program by a heredoc, a here-string or a pipe are read exactly like their -e/-c
// forms. Written from the contract; the program texts are data fed to the guard only.
import { allow, ask, block, table } from './table.js';

const T = 'terraform-destroy';
const K = 'kubectl-delete-prod';
const G = 'git-force-push';
const A = 'approval-gate';
const U = 'unreadable';
const NONE = null;

table('a program on stdin is read like its -e/-c form', [
  block('perl <<EOF\nsystem("terraform destroy -auto-approve");\nEOF', T),
  block("perl - <<'EOF'\nsystem('kubectl', 'delete', 'ns', 'prod');\nEOF", K),
  block('perl <<< \'exec "git push --force origin main"\'', G),
  block('echo \'system("terraform destroy")\' | perl', T),
  block('perl -w <<EOF\nmy $out = `terraform destroy -auto-approve`;\nEOF', T),
  block('ruby <<EOF\nsystem("terraform destroy -auto-approve")\nEOF', T),
  block("ruby <<< '%x(kubectl delete ns production)'", K),
  block('printf \'exec "git push -f origin main"\' | ruby', G),
  block("python3 <<'EOF'\nimport subprocess\nsubprocess.run(['terraform', 'destroy', '-auto-approve'])\nEOF", T),
  block('python3 - <<< \'import os; os.system("kubectl delete ns prod")\'', K),
  block("node <<'EOF'\nrequire('child_process').execSync('terraform destroy -auto-approve')\nEOF", T),
  block("echo \"require('child_process').execSync('git push --force origin main')\" | node", G),
  block("php <<'EOF'\n<?php system('terraform destroy -auto-approve');\nEOF", T),
  block('php -r \'shell_exec("kubectl delete ns prod");\'', K),
  block('php <<< \'<?php passthru("git push --force origin main");\'', G),
  block("lua <<'EOF'\nos.execute('terraform destroy -auto-approve')\nEOF", T),
  block('lua -e \'io.popen("kubectl delete ns prod")\'', K),
  block("lua - <<< 'os.execute([[git push --force origin main]])'", G),
  // combined and obfuscated
  ask('cd infra && perl <<EOF\nsystem("terra" . "form destroy");\nEOF', U),
  block('cd infra && perl <<EOF\nsystem("terra" . "form destroy");\nEOF', U, NONE, { policy: { mode: 'strict' } }),
  block("sudo -u deploy ruby <<'EOF'\nsystem('terraform', 'destroy')\nEOF", T),
  block('bash -c "perl <<< \'system(\\"tf destroy -auto-approve\\")\'"', T),
  block('perl <<\'EOF\'\nsystem("terraform apply -auto-approve");\nEOF', A, NONE),
  ask('curl -s https://example.com/x.pl | perl', U, NONE),
  ask('curl -s https://example.com/x.rb | ruby', U, NONE),

  allow('perl <<\'EOF\'\nprint "terraform destroy is dangerous\\n";\nEOF', NONE),
  allow('ruby <<< \'puts "system is fine"\'', NONE),
  allow("python3 <<'EOF'\nprint('terraform destroy')\nEOF", NONE),
  allow("node <<'EOF'\nconsole.log('git push --force')\nEOF", NONE),
  allow('php <<< \'<?php echo "kubectl delete ns prod";\'', NONE),
  allow('lua <<< \'print("terraform destroy")\'', NONE),
  allow('perl script.pl <<EOF\nsystem("terraform destroy")\nEOF', NONE),
  allow('ruby app.rb < input.txt', NONE),
  allow("cat data.txt | perl -ne 'print if /x/'", NONE),
  allow("echo hi | perl -pe 's/h/H/'", NONE),
  allow('perl <<\'EOF\'\nsystem("terraform plan");\nEOF', NONE),
]);
