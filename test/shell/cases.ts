import { expect } from 'vitest';
// Table of shell commands and the simple commands bash would execute for each.
import type { Analysis } from '../../src/shell/types.js';

export interface Case {
  cmd: string;
  /** Expected argv of every executed command, in order. */
  argv: string[][];
  /** Expected `via` per command, when it matters. */
  via?: string[][];
  /** The analysis must say it is incomplete (true) or complete (false). Default: complete. */
  unreadable?: boolean;
  check?: (analysis: Analysis) => void;
}

const Q = "'";
const sq = (text: string): string => Q + text + Q;

export const LISTS: Case[] = [
  { cmd: 'terraform destroy', argv: [['terraform', 'destroy']] },
  {
    cmd: 'terraform plan; terraform destroy',
    argv: [
      ['terraform', 'plan'],
      ['terraform', 'destroy'],
    ],
  },
  { cmd: 'make && terraform destroy', argv: [['make'], ['terraform', 'destroy']] },
  { cmd: 'false || terraform destroy', argv: [['false'], ['terraform', 'destroy']] },
  {
    cmd: 'sleep 1 & terraform destroy',
    argv: [
      ['sleep', '1'],
      ['terraform', 'destroy'],
    ],
  },
  {
    cmd: 'echo a\nterraform destroy',
    argv: [
      ['echo', 'a'],
      ['terraform', 'destroy'],
    ],
  },
  {
    cmd: 'terraform show | grep x | tee out',
    argv: [
      ['terraform', 'show'],
      ['grep', 'x'],
      ['tee', 'out'],
    ],
  },
  {
    cmd: '(cd infra && terraform destroy)',
    argv: [
      ['cd', 'infra'],
      ['terraform', 'destroy'],
    ],
  },
  { cmd: '{ terraform destroy; }', argv: [['terraform', 'destroy']] },
  { cmd: '! terraform destroy', argv: [['terraform', 'destroy']] },
  {
    cmd: 'echo $(terraform destroy)',
    argv: [
      ['terraform', 'destroy'],
      ['echo', '$(terraform destroy)'],
    ],
  },
  {
    cmd: 'echo `terraform destroy`',
    argv: [
      ['terraform', 'destroy'],
      ['echo', '`terraform destroy`'],
    ],
  },
  {
    cmd: 'echo "result: $(terraform destroy)"',
    argv: [
      ['terraform', 'destroy'],
      ['echo', 'result: $(terraform destroy)'],
    ],
  },
  { cmd: 'X=$(terraform destroy)', argv: [['terraform', 'destroy']] },
  {
    cmd: 'export X="$(kubectl delete ns prod)"',
    argv: [
      ['kubectl', 'delete', 'ns', 'prod'],
      ['export', 'X=$(kubectl delete ns prod)'],
    ],
  },
  {
    cmd: 'diff <(terraform destroy) b',
    argv: [
      ['terraform', 'destroy'],
      ['diff', '<(terraform destroy)', 'b'],
    ],
  },
  {
    cmd: 'echo $(echo $(terraform destroy))',
    argv: [
      ['terraform', 'destroy'],
      ['echo', '$(terraform destroy)'],
      ['echo', '$(echo $(terraform destroy))'],
    ],
  },
  {
    cmd: 'for d in a b; do terraform -chdir=$d destroy; done',
    argv: [
      ['terraform', '-chdir=a', 'destroy'],
      ['terraform', '-chdir=b', 'destroy'],
    ],
  },
  {
    cmd: 'for ns in prod staging; do kubectl delete ns $ns; done',
    argv: [
      ['kubectl', 'delete', 'ns', 'prod'],
      ['kubectl', 'delete', 'ns', 'staging'],
    ],
  },
  { cmd: 'while true; do terraform destroy; done', argv: [['true'], ['terraform', 'destroy']] },
  { cmd: 'until false; do terraform destroy; done', argv: [['false'], ['terraform', 'destroy']] },
  {
    cmd: 'if [ -d x ]; then terraform destroy; else echo no; fi',
    argv: [
      ['terraform', 'destroy'],
      ['echo', 'no'],
    ],
  },
  { cmd: 'case $1 in prod) terraform destroy;; *) echo;; esac', argv: [['terraform', 'destroy'], ['echo']] },
  {
    cmd: 'select x in a b; do terraform destroy; done',
    argv: [
      ['terraform', 'destroy'],
      ['terraform', 'destroy'],
    ],
  },
  { cmd: 'for ((i=0;i<2;i++)); do terraform destroy; done', argv: [['terraform', 'destroy']] },
  { cmd: 'f() { terraform destroy; }; f', argv: [['terraform', 'destroy']], via: [['f()']] },
  { cmd: 'function g { kubectl delete ns prod; }; g', argv: [['kubectl', 'delete', 'ns', 'prod']] },
  { cmd: 'f() { terraform destroy; }', argv: [] },
  { cmd: 'f() { terraform $1; }; f destroy', argv: [['terraform', 'destroy']] },
  { cmd: 'f() { f; }; f', argv: [['f']] }, // recursion stops at the first repeat
  { cmd: 'f() { terraform destroy; }; sudo f', argv: [['terraform', 'destroy']], via: [['sudo', 'f()']] },
  { cmd: '[[ $(terraform destroy) ]]', argv: [['terraform', 'destroy']] },
  {
    cmd: 'echo $((1 + $(terraform destroy)))',
    argv: [
      ['terraform', 'destroy'],
      ['echo', '$((1 + $(terraform destroy)))'],
    ],
  },
  { cmd: 'x=1 y=2', argv: [] },
  { cmd: '', argv: [] },
  { cmd: '   ', argv: [] },
];

export const WRAPPERS: Case[] = [
  { cmd: 'sudo terraform destroy', argv: [['terraform', 'destroy']], via: [['sudo']] },
  { cmd: 'sudo -u root -E terraform destroy', argv: [['terraform', 'destroy']], via: [['sudo']] },
  { cmd: 'sudo -iu deploy kubectl delete ns prod', argv: [['kubectl', 'delete', 'ns', 'prod']] },
  { cmd: 'env terraform destroy', argv: [['terraform', 'destroy']], via: [['env']] },
  { cmd: 'env -i PATH=/bin terraform destroy', argv: [['terraform', 'destroy']], check: (a) => expectEnv(a, { PATH: '/bin' }) },
  {
    cmd: 'env -u HOME TF_WORKSPACE=prod terraform destroy',
    argv: [['terraform', 'destroy']],
    check: (a) => expectEnv(a, { TF_WORKSPACE: 'prod' }),
  },
  { cmd: 'command terraform destroy', argv: [['terraform', 'destroy']], via: [['command']] },
  { cmd: 'command -v terraform', argv: [['command', '-v', 'terraform']] },
  { cmd: 'exec terraform destroy', argv: [['terraform', 'destroy']], via: [['exec']] },
  { cmd: 'time terraform destroy', argv: [['terraform', 'destroy']], via: [['time']] },
  { cmd: 'nohup terraform destroy &', argv: [['terraform', 'destroy']], via: [['nohup']] },
  { cmd: 'nice -n 10 terraform destroy', argv: [['terraform', 'destroy']], via: [['nice']] },
  { cmd: 'nice -5 terraform destroy', argv: [['terraform', 'destroy']] },
  { cmd: 'timeout 5m terraform destroy', argv: [['terraform', 'destroy']], via: [['timeout']] },
  { cmd: 'timeout -s KILL -k 10 60 terraform destroy', argv: [['terraform', 'destroy']] },
  { cmd: 'stdbuf -oL -eL terraform destroy', argv: [['terraform', 'destroy']], via: [['stdbuf']] },
  { cmd: 'stdbuf -o L terraform destroy', argv: [['terraform', 'destroy']] },
  {
    cmd: 'echo prod | xargs kubectl delete ns',
    argv: [
      ['echo', 'prod'],
      ['kubectl', 'delete', 'ns', 'prod'],
    ],
    via: [[], ['xargs']],
  },
  {
    cmd: 'echo a b | xargs -n 1 -P 4 kubectl delete ns',
    argv: [
      ['echo', 'a', 'b'],
      ['kubectl', 'delete', 'ns', 'a', 'b'],
    ],
  },
  {
    cmd: 'printf "a\\nb\\n" | xargs -I{} terraform -chdir={} destroy',
    argv: [
      ['printf', 'a\\nb\\n'],
      ['terraform', '-chdir=a', 'destroy'],
      ['terraform', '-chdir=b', 'destroy'],
    ],
  },
  {
    cmd: 'ls | xargs -0 terraform destroy',
    argv: [['ls'], ['terraform', 'destroy', '{xargs input}']],
    check: (a) => expect(a.commands[1].dynamic[2]).toBe(true),
  },
  { cmd: 'watch -n 5 terraform plan', argv: [['terraform', 'plan']], via: [['watch']] },
  { cmd: "watch -n 5 'kubectl delete pod x'", argv: [['kubectl', 'delete', 'pod', 'x']] },
  { cmd: "find . -name '*.tf' -exec terraform destroy {} \\;", argv: [['terraform', 'destroy', '{}']], via: [['find -exec']] },
  { cmd: 'find envs -type d -execdir terraform destroy {} +', argv: [['terraform', 'destroy', '{}']] },
  { cmd: "script -q -c 'terraform destroy' /dev/null", argv: [['terraform', 'destroy']], via: [['script -c']] },
  { cmd: 'aws-vault exec prod -- terraform destroy', argv: [['terraform', 'destroy']], via: [['aws-vault exec']] },
  { cmd: 'aws-vault exec --duration=1h prod -- kubectl delete ns x', argv: [['kubectl', 'delete', 'ns', 'x']] },
  { cmd: 'doppler run -- terraform destroy', argv: [['terraform', 'destroy']], via: [['doppler run']] },
  { cmd: "doppler run --command 'terraform destroy'", argv: [['terraform', 'destroy']] },
  { cmd: "ssh bastion 'terraform destroy'", argv: [['terraform', 'destroy']], via: [['ssh']] },
  { cmd: 'ssh -i key -p 22 user@host terraform destroy', argv: [['terraform', 'destroy']] },
  {
    cmd: "ssh host 'cd /srv/prod && terraform destroy'",
    argv: [
      ['cd', '/srv/prod'],
      ['terraform', 'destroy'],
    ],
    check: (a) => expect(a.commands[1].cwd).toBe('/srv/prod'),
  },
  { cmd: 'ssh host', argv: [['ssh', 'host']] },
  { cmd: 'docker exec -it tools terraform destroy', argv: [['terraform', 'destroy']], via: [['docker exec']] },
  { cmd: 'docker exec -e A=b -w /x tools kubectl delete ns prod', argv: [['kubectl', 'delete', 'ns', 'prod']] },
  {
    cmd: 'docker run --rm -v $PWD:/w -w /w hashicorp/terraform:1.9 destroy -auto-approve',
    argv: [['terraform', 'destroy', '-auto-approve']],
    via: [['docker run']],
  },
  { cmd: 'docker run -it hashicorp/terraform destroy', argv: [['terraform', 'destroy']] },
  { cmd: 'docker run --entrypoint kubectl img delete ns prod', argv: [['kubectl', 'delete', 'ns', 'prod']] },
  { cmd: 'docker run alpine sh -c "terraform destroy"', argv: [['terraform', 'destroy']], via: [['docker run', 'sh -c']] },
  { cmd: 'docker push img', argv: [['docker', 'push', 'img']] },
  { cmd: "kubectl exec -n x pod -- sh -c 'terraform destroy'", argv: [['terraform', 'destroy']], via: [['kubectl exec', 'sh -c']] },
  { cmd: 'kubectl -n x exec -it pod -c app -- kubectl delete ns prod', argv: [['kubectl', 'delete', 'ns', 'prod']] },
  {
    cmd: 'sudo env -i timeout 5 nice -n 1 nohup terraform destroy',
    argv: [['terraform', 'destroy']],
    via: [['sudo', 'env -i', 'timeout', 'nice', 'nohup']],
  },
  {
    cmd: "echo x | sudo xargs -I{} bash -c 'terraform destroy'",
    argv: [
      ['echo', 'x'],
      ['terraform', 'destroy'],
    ],
    via: [[], ['sudo', 'xargs', 'bash -c']],
  },
  { cmd: 'sudo', argv: [['sudo']] },
];

export const INTERPRETERS: Case[] = [
  { cmd: "bash -c 'terraform destroy'", argv: [['terraform', 'destroy']], via: [['bash -c']] },
  { cmd: 'sh -c "terraform destroy"', argv: [['terraform', 'destroy']], via: [['sh -c']] },
  { cmd: "zsh -c 'terraform destroy'", argv: [['terraform', 'destroy']] },
  { cmd: "bash -lc 'terraform destroy'", argv: [['terraform', 'destroy']] },
  { cmd: "bash -ec 'terraform destroy'", argv: [['terraform', 'destroy']] },
  { cmd: "bash -xc 'terraform destroy'", argv: [['terraform', 'destroy']] },
  { cmd: "bash -o pipefail -c 'terraform destroy'", argv: [['terraform', 'destroy']] },
  { cmd: "/bin/bash -c 'terraform destroy'", argv: [['terraform', 'destroy']] },
  { cmd: 'bash -c \'bash -c "terraform destroy"\'', argv: [['terraform', 'destroy']], via: [['bash -c', 'bash -c']] },
  { cmd: "bash -c '$0 destroy' terraform", argv: [['terraform', 'destroy']] },
  { cmd: "bash -c 'terraform $1' _ destroy", argv: [['terraform', 'destroy']] },
  { cmd: 'bash -c "$CMD"', argv: [['bash', '-c', '$CMD']], unreadable: true },
  { cmd: 'bash deploy.sh', argv: [['bash', 'deploy.sh']] },
  {
    cmd: 'bash <(echo terraform destroy)',
    argv: [
      ['echo', 'terraform', 'destroy'],
      ['terraform', 'destroy'],
    ],
    via: [[], ['bash <()']],
  },
  {
    cmd: 'bash <(curl -s https://x/i.sh)',
    argv: [
      ['curl', '-s', 'https://x/i.sh'],
      ['bash', '<(curl -s https://x/i.sh)'],
    ],
    unreadable: true,
  },
  { cmd: 'bash /dev/stdin <<< "terraform destroy"', argv: [['terraform', 'destroy']], via: [['bash stdin']] },
  {
    cmd: "sh <(printf 'terraform $1') destroy",
    argv: [
      ['printf', 'terraform $1'],
      ['terraform', 'destroy'],
    ],
  },
  { cmd: 'eval terraform destroy', argv: [['terraform', 'destroy']], via: [['eval']] },
  { cmd: 'eval "terraform destroy"', argv: [['terraform', 'destroy']] },
  { cmd: 'X=destroy; eval terraform $X', argv: [['terraform', 'destroy']] },
  { cmd: 'eval "$(curl -s x)"', argv: [['curl', '-s', 'x'], ['curl', '-s', 'x'], ['$(curl -s x)']], unreadable: true },
  { cmd: 'eval "f() { terraform destroy; }"; f', argv: [['terraform', 'destroy']] },
  {
    cmd: 'source <(echo terraform destroy)',
    argv: [
      ['echo', 'terraform', 'destroy'],
      ['terraform', 'destroy'],
    ],
    via: [[], ['source']],
  },
  {
    cmd: '. <(printf "terraform destroy")',
    argv: [
      ['printf', 'terraform destroy'],
      ['terraform', 'destroy'],
    ],
  },
  {
    cmd: 'source <(curl -s https://x)',
    argv: [
      ['curl', '-s', 'https://x'],
      ['source', '<(curl -s https://x)'],
    ],
    unreadable: true,
  },
  { cmd: 'source venv/bin/activate', argv: [['source', 'venv/bin/activate']] },
  { cmd: 'source "$ENV_FILE"', argv: [['source', '$ENV_FILE']], unreadable: true },
  { cmd: 'bash "$SCRIPT" prod', argv: [['bash', '$SCRIPT', 'prod']], unreadable: true },
  {
    cmd: 'echo "terraform destroy" | bash',
    argv: [
      ['echo', 'terraform destroy'],
      ['terraform', 'destroy'],
    ],
    via: [[], ['bash stdin']],
  },
  {
    cmd: 'echo "terraform destroy" | sh -s',
    argv: [
      ['echo', 'terraform destroy'],
      ['terraform', 'destroy'],
    ],
  },
  {
    cmd: 'printf "terraform destroy\\n" | sh',
    argv: [
      ['printf', 'terraform destroy\\n'],
      ['terraform', 'destroy'],
    ],
  },
  { cmd: 'sh <<EOF\nterraform destroy\nEOF', argv: [['terraform', 'destroy']], via: [['sh stdin']] },
  { cmd: "bash <<'EOF'\nkubectl delete ns prod\nEOF", argv: [['kubectl', 'delete', 'ns', 'prod']] },
  { cmd: 'cat <<EOF | sh\nterraform destroy\nEOF', argv: [['cat'], ['terraform', 'destroy']] },
  { cmd: 'cat <<-EOF | bash\n\tterraform destroy\n\tEOF', argv: [['cat'], ['terraform', 'destroy']] },
  { cmd: 'bash <<< "terraform destroy"', argv: [['terraform', 'destroy']] },
  { cmd: 'curl -s https://x/install.sh | sh', argv: [['curl', '-s', 'https://x/install.sh'], ['sh']], unreadable: true },
  {
    cmd: 'echo dGVycmFmb3JtIGRlc3Ryb3k= | base64 -d | sh',
    argv: [
      ['echo', 'dGVycmFmb3JtIGRlc3Ryb3k='],
      ['base64', '-d'],
      ['terraform', 'destroy'],
    ],
  },
  {
    cmd: 'echo dGVycmFmb3JtIGRlc3Ryb3k= | base64 --decode | bash',
    argv: [
      ['echo', 'dGVycmFmb3JtIGRlc3Ryb3k='],
      ['base64', '--decode'],
      ['terraform', 'destroy'],
    ],
  },
  {
    cmd: 'base64 -d <<< dGVycmFmb3JtIGRlc3Ryb3k= | sh',
    argv: [
      ['base64', '-d'],
      ['terraform', 'destroy'],
    ],
  },
  {
    cmd: 'echo "$(echo dGVycmFmb3JtIGRlc3Ryb3k= | base64 -d)" | sh',
    argv: [
      ['echo', 'dGVycmFmb3JtIGRlc3Ryb3k='],
      ['base64', '-d'],
      ['echo', 'terraform destroy'],
      ['terraform', 'destroy'],
    ],
  },
  { cmd: 'echo "not base64!" | base64 -d | sh', argv: [['echo', 'not base64!'], ['base64', '-d'], ['sh']], unreadable: true },
  {
    cmd: `python3 -c ${sq('import subprocess; subprocess.run(["terraform", "destroy"])')}`,
    argv: [['terraform', 'destroy']],
    via: [['python -c']],
  },
  { cmd: `python -c ${sq('import os; os.system("terraform destroy -auto-approve")')}`, argv: [['terraform', 'destroy', '-auto-approve']] },
  {
    cmd: `python3 -c ${sq('import subprocess; subprocess.check_call("kubectl delete ns prod", shell=True)')}`,
    argv: [['kubectl', 'delete', 'ns', 'prod']],
  },
  { cmd: `python3 -c ${sq('import os; os.popen("terraform destroy").read()')}`, argv: [['terraform', 'destroy']] },
  { cmd: `python3 -c ${sq('from subprocess import run; run(["git", "push", "--force"])')}`, argv: [['git', 'push', '--force']] },
  {
    cmd: `python3 -c ${sq('import subprocess, sys; subprocess.run(sys.argv[1:])')} terraform destroy`,
    argv: [['python3', '-c', 'import subprocess, sys; subprocess.run(sys.argv[1:])', 'terraform', 'destroy']],
    unreadable: true,
  },
  { cmd: `python3 -c ${sq('print("terraform destroy")')}`, argv: [['python3', '-c', 'print("terraform destroy")']] },
  {
    cmd: `python3 -c ${sq('import json; print(json.dumps({"a": 1}))')}`,
    argv: [['python3', '-c', 'import json; print(json.dumps({"a": 1}))']],
  },
  { cmd: `python3 - <<'EOF'\nimport os\nos.system("terraform destroy")\nEOF`, argv: [['terraform', 'destroy']] },
  { cmd: `node -e "require('child_process').execSync('terraform destroy')"`, argv: [['terraform', 'destroy']], via: [['node -e']] },
  {
    cmd: `node -e "const cp = require('child_process'); cp.spawnSync('kubectl', ['delete', 'ns', 'prod'])"`,
    argv: [['kubectl', 'delete', 'ns', 'prod']],
  },
  {
    cmd: `node -e "require('child_process').exec(process.argv[1])"`,
    argv: [['node', '-e', "require('child_process').exec(process.argv[1])"]],
    unreadable: true,
  },
  { cmd: `node -e "console.log('terraform destroy')"`, argv: [['node', '-e', "console.log('terraform destroy')"]] },
  { cmd: 'python3 script.py', argv: [['python3', 'script.py']] },
];

export const NORMALISATION: Case[] = [
  { cmd: 'terra""form destroy', argv: [['terraform', 'destroy']] },
  { cmd: "terra''form destroy", argv: [['terraform', 'destroy']] },
  { cmd: 'terraform "destroy"', argv: [['terraform', 'destroy']] },
  { cmd: 't\\erraform d\\estroy', argv: [['terraform', 'destroy']] },
  { cmd: 'terra\\\nform de\\\nstroy', argv: [['terraform', 'destroy']] },
  { cmd: 'terraform \\\n  destroy \\\n  -auto-approve', argv: [['terraform', 'destroy', '-auto-approve']] },
  { cmd: '"terraform" \'destroy\'', argv: [['terraform', 'destroy']] },
  { cmd: "$'terraform' $'\\x64estroy'", argv: [['terraform', 'destroy']] },
  { cmd: "$'terraform\\x20destroy'", argv: [['terraform', 'destroy']] }, // a blank in a program name is read as words (fail closed)
  { cmd: "echo $'a\\tb\\nc\\101\\u00e9'", argv: [['echo', 'a\tb\ncAé']] },
  { cmd: '/usr/local/bin/terraform destroy', argv: [['terraform', 'destroy']] },
  { cmd: './bin/terraform destroy', argv: [['terraform', 'destroy']] },
  { cmd: '\\git push --force', argv: [['git', 'push', '--force']] },
  { cmd: 'TF_LOG=debug terraform destroy', argv: [['terraform', 'destroy']], check: (a) => expectEnv(a, { TF_LOG: 'debug' }) },
  { cmd: 'A=1 B="x y" terraform destroy', argv: [['terraform', 'destroy']], check: (a) => expectEnv(a, { A: '1', B: 'x y' }) },
  { cmd: 'TF=terraform; $TF destroy', argv: [['terraform', 'destroy']] },
  { cmd: 'X=destroy; terraform $X', argv: [['terraform', 'destroy']] },
  { cmd: 'X=destroy; terraform ${X}', argv: [['terraform', 'destroy']] },
  { cmd: 'X=destroy; terraform "$X"', argv: [['terraform', 'destroy']] },
  {
    cmd: 'export X=destroy; terraform $X',
    argv: [
      ['export', 'X=destroy'],
      ['terraform', 'destroy'],
    ],
  },
  { cmd: 'T="terraform destroy"; $T', argv: [['terraform', 'destroy']] },
  { cmd: 'T="terraform destroy"; "$T"', argv: [['terraform', 'destroy']] }, // blanks in a program name: read as words (fail closed)
  { cmd: 'A=terra; B=form; $A$B destroy', argv: [['terraform', 'destroy']] },
  { cmd: 'X=des; X+=troy; terraform $X', argv: [['terraform', 'destroy']] },
  {
    cmd: 'terraform ${X:-destroy}',
    argv: [['terraform', '${X:-destroy}']],
    unreadable: true,
    check: (a) => expect(a.commands[0].dynamic).toEqual([false, true]),
  },
  { cmd: 'X=destroy; terraform ${X:-plan}', argv: [['terraform', 'destroy']] },
  {
    cmd: 'terraform $(echo destroy)',
    argv: [
      ['echo', 'destroy'],
      ['terraform', 'destroy'],
    ],
  },
  {
    cmd: 'terraform $(printf destroy)',
    argv: [
      ['printf', 'destroy'],
      ['terraform', 'destroy'],
    ],
  },
  {
    cmd: "terraform $(printf '%s' destroy)",
    argv: [
      ['printf', '%s', 'destroy'],
      ['terraform', 'destroy'],
    ],
  },
  {
    cmd: '$(echo terraform) destroy',
    argv: [
      ['echo', 'terraform'],
      ['terraform', 'destroy'],
    ],
  },
  {
    cmd: 'git commit -m "$(cat <<\'EOF\'\nfeat: x\n\nbody line\nEOF\n)"',
    argv: [['cat'], ['git', 'commit', '-m', 'feat: x\n\nbody line']],
  },
  { cmd: 'tf destroy', argv: [['terraform', 'destroy']] },
  { cmd: 'k delete ns prod', argv: [['kubectl', 'delete', 'ns', 'prod']] },
  { cmd: 'sudo tf destroy', argv: [['terraform', 'destroy']] },
  {
    cmd: 'alias t=terraform; t destroy',
    argv: [
      ['alias', 't=terraform'],
      ['terraform', 'destroy'],
    ],
  },
  {
    cmd: "alias kp='kubectl --context prod'; kp delete ns x",
    argv: [
      ['alias', 'kp=kubectl --context prod'],
      ['kubectl', '--context', 'prod', 'delete', 'ns', 'x'],
    ],
  },
  {
    cmd: "alias nuke='cd infra && terraform destroy'; nuke -auto-approve",
    argv: [
      ['alias', 'nuke=cd infra && terraform destroy'],
      ['cd', 'infra'],
      ['terraform', 'destroy', '-auto-approve'],
    ],
  },
  {
    cmd: 'terraform $HOME',
    argv: [['terraform', '$HOME']],
    unreadable: true,
    check: (a) => expect(a.commands[0].dynamic).toEqual([false, true]),
  },
  {
    cmd: 'terraform $(curl -s x)',
    argv: [
      ['curl', '-s', 'x'],
      ['terraform', '$(curl -s x)'],
    ],
    unreadable: true,
    check: (a) => expect(a.commands[1].dynamic).toEqual([false, true]),
  },
  { cmd: 'rm *.tf', argv: [['rm', '*.tf']], check: (a) => expect(a.commands[0].dynamic).toEqual([false, true]) },
  { cmd: 'echo {a,b}', argv: [['echo', 'a', 'b']] },
  { cmd: 'terraform de{stroy,}', argv: [['terraform', 'destroy', 'de']] },
  { cmd: 'kubectl delete ns {dev,prod}-{eu,us}', argv: [['kubectl', 'delete', 'ns', 'dev-eu', 'dev-us', 'prod-eu', 'prod-us']] },
  { cmd: 'echo x{1..3}', argv: [['echo', 'x1', 'x2', 'x3']] },
  { cmd: 'echo {a,"b c"}', argv: [['echo', '{a,b c}']], check: (a) => expect(a.commands[0].dynamic).toEqual([false, true]) },
  { cmd: 'find . -exec rm {} +', argv: [['rm', '{}']] },
  { cmd: '$TOOL destroy', argv: [['$TOOL', 'destroy']], unreadable: true },
  {
    cmd: '$(which terraform) destroy',
    argv: [
      ['which', 'terraform'],
      ['terraform', 'destroy'],
    ],
  },
  {
    cmd: '$(which "$T") destroy',
    argv: [
      ['which', '$T'],
      ['$(which "$T")', 'destroy'],
    ],
    unreadable: true,
  },
  { cmd: 'for x in $(ls); do terraform $x; done', argv: [['ls'], ['terraform', '$(ls)']], unreadable: true },
  {
    cmd: 'cd envs/prod && terraform destroy',
    argv: [
      ['cd', 'envs/prod'],
      ['terraform', 'destroy'],
    ],
    check: (a) => expect(a.commands[1].cwd).toBe('envs/prod'),
  },
  {
    cmd: 'cd envs; cd prod; terraform destroy',
    argv: [
      ['cd', 'envs'],
      ['cd', 'prod'],
      ['terraform', 'destroy'],
    ],
    check: (a) => expect(a.commands[2].cwd).toBe('envs/prod'),
  },
  {
    cmd: 'pushd /srv/staging && terraform destroy',
    argv: [
      ['pushd', '/srv/staging'],
      ['terraform', 'destroy'],
    ],
    check: (a) => expect(a.commands[1].cwd).toBe('/srv/staging'),
  },
  {
    cmd: '(cd prod && terraform plan); terraform destroy',
    argv: [
      ['cd', 'prod'],
      ['terraform', 'plan'],
      ['terraform', 'destroy'],
    ],
    check: (a) => {
      expect(a.commands[1].cwd).toBe('prod');
      expect(a.commands[2].cwd).toBeUndefined();
    },
  },
  {
    cmd: 'export TF_WORKSPACE=prod; terraform destroy',
    argv: [
      ['export', 'TF_WORKSPACE=prod'],
      ['terraform', 'destroy'],
    ],
    check: (a) => expectEnv(a, { TF_WORKSPACE: 'prod' }, 1),
  },
  {
    cmd: 'KUBECONFIG=~/.kube/prod.yaml kubectl delete pod x',
    argv: [['kubectl', '--kubeconfig=~/.kube/prod.yaml', 'delete', 'pod', 'x']],
    check: (a) => expectEnv(a, { KUBECONFIG: '~/.kube/prod.yaml' }),
  },
];

export const DATA: Case[] = [
  { cmd: 'echo "terraform destroy"', argv: [['echo', 'terraform destroy']] },
  { cmd: "printf 'kubectl delete ns prod\\n'", argv: [['printf', 'kubectl delete ns prod\\n']] },
  { cmd: 'grep -r "terraform destroy" .', argv: [['grep', '-r', 'terraform destroy', '.']] },
  { cmd: "rg 'git push --force'", argv: [['rg', 'git push --force']] },
  { cmd: 'git log --grep="terraform destroy"', argv: [['git', 'log', '--grep=terraform destroy']] },
  {
    cmd: 'git commit -m "docs: explain terraform destroy; kubectl delete ns prod"',
    argv: [['git', 'commit', '-m', 'docs: explain terraform destroy; kubectl delete ns prod']],
  },
  {
    cmd: "cat > notes.md <<'EOF'\nterraform destroy\nkubectl delete ns prod\nEOF",
    argv: [['cat']],
    check: (a) => {
      expect(a.commands[0].stdin).toEqual({ kind: 'heredoc', text: 'terraform destroy\nkubectl delete ns prod\n' });
      expect(a.commands[0].redirects).toEqual([{ op: '>', target: 'notes.md' }]);
    },
  },
  {
    cmd: 'kubectl apply -f - <<EOF\napiVersion: v1\nkind: Namespace\nEOF',
    argv: [['kubectl', 'apply', '-f', '-']],
    check: (a) => expect(a.commands[0].stdin).toEqual({ kind: 'heredoc', text: 'apiVersion: v1\nkind: Namespace\n' }),
  },
  {
    cmd: 'git commit -F - <<EOF\nfeat: add x\nEOF',
    argv: [['git', 'commit', '-F', '-']],
    check: (a) => expect(a.commands[0].stdin?.text).toBe('feat: add x\n'),
  },
  { cmd: '# terraform destroy', argv: [] },
  { cmd: 'ls # && terraform destroy', argv: [['ls']] },
  { cmd: 'touch terraform-destroy.log', argv: [['touch', 'terraform-destroy.log']] },
  {
    cmd: 'echo "$(terraform destroy)"',
    argv: [
      ['terraform', 'destroy'],
      ['echo', '$(terraform destroy)'],
    ],
  },
  { cmd: 'cat <<EOF > x\n$(terraform destroy)\nEOF', argv: [['terraform', 'destroy'], ['cat']] },
  { cmd: "cat <<'EOF' > x\n$(terraform destroy)\nEOF", argv: [['cat']] },
  {
    cmd: 'gh pr create --title "terraform destroy" --body "rm -rf"',
    argv: [['gh', 'pr', 'create', '--title', 'terraform destroy', '--body', 'rm -rf']],
  },
  {
    cmd: 'kubectl annotate pod x note="kubectl delete ns prod"',
    argv: [['kubectl', 'annotate', 'pod', 'x', 'note=kubectl delete ns prod']],
  },
  { cmd: 'echo hi > "terraform destroy"', argv: [['echo', 'hi']] },
];

export const MORE_WRAPPERS: Case[] = [
  { cmd: "trap 'terraform destroy' EXIT", argv: [['terraform', 'destroy']], via: [['trap']] },
  { cmd: 'trap - EXIT', argv: [['trap', '-', 'EXIT']] },
  { cmd: "su -c 'terraform destroy' deploy", argv: [['terraform', 'destroy']], via: [['su -c']] },
  { cmd: "sudo su - root -c 'kubectl delete ns prod'", argv: [['kubectl', 'delete', 'ns', 'prod']], via: [['sudo', 'su -c']] },
  { cmd: 'flock /tmp/lock terraform destroy', argv: [['terraform', 'destroy']], via: [['flock']] },
  { cmd: "flock -n /tmp/lock -c 'terraform destroy'", argv: [['terraform', 'destroy']] },
  { cmd: 'chroot /srv terraform destroy', argv: [['terraform', 'destroy']] },
  { cmd: 'setsid -f terraform destroy', argv: [['terraform', 'destroy']] },
  { cmd: 'op run --env-file=.env -- terraform destroy', argv: [['terraform', 'destroy']], via: [['op run']] },
  { cmd: 'infisical run --env=prod -- kubectl delete ns x', argv: [['kubectl', 'delete', 'ns', 'x']] },
  { cmd: 'chamber exec app -- terraform destroy', argv: [['terraform', 'destroy']] },
  { cmd: 'direnv exec envs/prod terraform destroy', argv: [['terraform', 'destroy']] },
  { cmd: 'mise exec terraform@1.9 -- terraform destroy', argv: [['terraform', 'destroy']] },
  { cmd: "nix-shell --run 'terraform destroy'", argv: [['terraform', 'destroy']] },
  { cmd: 'perl -e \'system("terraform destroy")\'', argv: [['terraform', 'destroy']], via: [['perl -e']] },
  { cmd: "perl -e 'print `kubectl delete ns prod`'", argv: [['kubectl', 'delete', 'ns', 'prod']] },
  { cmd: 'ruby -e \'system("kubectl", "delete", "ns", "prod")\'', argv: [['kubectl', 'delete', 'ns', 'prod']] },
  {
    cmd: 'ruby -e \'system("terraform #{ARGV[0]}")\' destroy',
    argv: [['ruby', '-e', 'system("terraform #{ARGV[0]}")', 'destroy']],
    unreadable: true,
  },
  { cmd: "perl -e 'print 1+1'", argv: [['perl', '-e', 'print 1+1']] },
];

export const EXPANSIONS: Case[] = [
  { cmd: 'a=(terraform destroy -auto-approve); "${a[@]}"', argv: [['terraform', 'destroy', '-auto-approve']] },
  { cmd: 'a=(terraform destroy); ${a[0]} ${a[1]}', argv: [['terraform', 'destroy']] },
  { cmd: 'a=(kubectl delete); a+=(ns prod); "${a[@]}"', argv: [['kubectl', 'delete', 'ns', 'prod']] },
  { cmd: 'X=TERRAFORM; ${X,,} destroy', argv: [['terraform', 'destroy']] },
  { cmd: 'X=terraform-plan; ${X%-plan} destroy', argv: [['terraform', 'destroy']] },
  { cmd: 'X=tXrraform; ${X/X/e} destroy', argv: [['terraform', 'destroy']] },
  { cmd: 'X=xterraformx; ${X:1:9} destroy', argv: [['terraform', 'destroy']] },
  {
    cmd: 'X=destroy; terraform ${X:+$X}',
    argv: [['terraform', '${X:+$X}']],
    unreadable: true,
    check: (a) => expect(a.commands[0].dynamic[1]).toBe(true),
  },
  { cmd: 'Y=; echo ${Y:-a} ${Y-b} ${Y:+c}', argv: [['echo', 'a']] },
  {
    cmd: 'printf -v T %s terraform; $T destroy',
    argv: [
      ['printf', '-v', 'T', '%s', 'terraform'],
      ['terraform', 'destroy'],
    ],
  },
  {
    cmd: 'read T <<< "terraform destroy"; $T',
    argv: [
      ['read', 'T'],
      ['terraform', 'destroy'],
    ],
  },
  {
    cmd: 'read -r A B <<< "terraform destroy now"; $A $B',
    argv: [
      ['read', '-r', 'A', 'B'],
      ['terraform', 'destroy', 'now'],
    ],
  },
  {
    cmd: 'printf "dev\\nprod\\n" | while read ns; do kubectl delete ns $ns; done',
    argv: [
      ['printf', 'dev\\nprod\\n'],
      ['read', 'ns'],
      ['kubectl', 'delete', 'ns', 'dev prod'],
    ],
    check: (a) => expect(a.commands[2].dynamic[3]).toBe(true),
  },
  {
    cmd: 'curl x | while read ns; do kubectl delete ns $ns; done',
    argv: [
      ['curl', 'x'],
      ['read', 'ns'],
      ['kubectl', 'delete', 'ns', '$ns'],
    ],
  },
  {
    cmd: 'git commit -m "$(printf \'feat: x\\n\\nbody\')"',
    argv: [
      ['printf', 'feat: x\\n\\nbody'],
      ['git', 'commit', '-m', 'feat: x\n\nbody'],
    ],
  },
  { cmd: 'git commit -m "$(cat <<EOF\nfix: $SCOPE thing\nEOF\n)"', argv: [['cat'], ['git', 'commit', '-m', 'fix: $SCOPE thing']] },
];

export const CONTEXT: Case[] = [
  {
    cmd: 'kubectl apply -f - < deploy.yaml',
    argv: [['kubectl', 'apply', '-f', '-']],
    check: (a) => expect(a.commands[0].stdin).toEqual({ kind: 'file', from: 'deploy.yaml' }),
  },
  {
    cmd: 'git commit -F - <<< "fix: y"',
    argv: [['git', 'commit', '-F', '-']],
    check: (a) => expect(a.commands[0].stdin).toEqual({ kind: 'herestring', text: 'fix: y\n' }),
  },
  {
    cmd: 'echo "feat: z" | git commit -F -',
    argv: [
      ['echo', 'feat: z'],
      ['git', 'commit', '-F', '-'],
    ],
    check: (a) => expect(a.commands[1].stdin).toEqual({ kind: 'pipe', from: 'echo', producer: ['echo', 'feat: z'], text: 'feat: z\n' }),
  },
  {
    cmd: 'curl x | kubectl apply -f -',
    argv: [
      ['curl', 'x'],
      ['kubectl', 'apply', '-f', '-'],
    ],
    check: (a) => expect(a.commands[1].stdin).toEqual({ kind: 'pipe', from: 'curl', producer: ['curl', 'x'] }),
  },
  {
    cmd: 'terraform destroy > log 2>&1',
    argv: [['terraform', 'destroy']],
    check: (a) =>
      expect(a.commands[0].redirects).toEqual([
        { op: '>', target: 'log' },
        { op: '2>&', target: '1' },
      ]),
  },
  {
    cmd: 'sudo terraform destroy',
    argv: [['terraform', 'destroy']],
    check: (a) => expect(a.commands[0].text).toBe('sudo terraform destroy'),
  },
  { cmd: 'A=1; B=$A; terraform $B', argv: [['terraform', '1']] },
  { cmd: 'cat <<EOF && terraform destroy\nhello\nEOF', argv: [['cat'], ['terraform', 'destroy']] },
];

export const HEREDOC_LINE: Case[] = [
  {
    cmd: 'kubectl apply -f - <<EOF -n prod\na: 1\nEOF',
    argv: [['kubectl', 'apply', '-f', '-', '-n', 'prod']],
    check: (a) => expect(a.commands[0].stdin).toEqual({ kind: 'heredoc', text: 'a: 1\n' }),
  },
  {
    cmd: 'cat <<EOF > out.txt\nterraform destroy\nEOF',
    argv: [['cat']],
    check: (a) => expect(a.commands[0].redirects).toEqual([{ op: '>', target: 'out.txt' }]),
  },
  { cmd: 'kubectl apply -f- <<EOF\na: 1\nEOF', argv: [['kubectl', 'apply', '-f-']] },
  { cmd: 'coproc terraform destroy', argv: [['terraform', 'destroy']], via: [['coproc']] },
  { cmd: 'exec 3< <(terraform destroy)', argv: [['terraform', 'destroy'], ['exec']] },
];

export const ERRORS: Case[] = [
  { cmd: 'echo "unterminated', argv: [['echo']], unreadable: true },
  { cmd: 'terraform destroy )', argv: [['terraform', 'destroy']], unreadable: true },
  { cmd: 'if true; then terraform destroy', argv: [['true'], ['terraform', 'destroy']], unreadable: true },
];

function expectEnv(a: Analysis, env: Record<string, string>, index?: number): void {
  const command = a.commands[index ?? a.commands.length - 1];
  expect(command.assignments).toMatchObject(env);
}
