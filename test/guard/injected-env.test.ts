// docs/guard-rules.md, third edition, "Code injected through the environment": NODE_OPTIONS loaders,
// LD_PRELOAD, LD_AUDIT, BASH_ENV, ENV, PERL5OPT, RUBYOPT, PYTHONSTARTUP and a PYTHONPATH carrying a
// sitecustomize make a program run code the guard does not see: denied in front of execguard's CLI
// or a guarded tool, unreadable (ask; deny in strict mode) elsewhere. And env-clearing is every
// spelling GNU env accepts. Written from the contract; attack strings are data fed to the guard.
import { describe, expect, it } from 'vitest';
import { verdict } from './launch-support.js';
import { allow, ask, block, table } from './table.js';

const U = 'unreadable';
const T = 'terraform-destroy';
const NONE = null;
const STRICT = { policy: { mode: 'strict' as const } };

table('injected code in front of a guarded tool or execguard is denied', [
  block('NODE_OPTIONS=--require=./x.cjs terraform apply', U),
  block("NODE_OPTIONS='--require ./x.cjs' terraform plan", U),
  block('NODE_OPTIONS=-r./hook.js kubectl get pods', U),
  block("NODE_OPTIONS='--import ./loader.mjs' execguard execute plans/vpc.yaml", U),
  block("NODE_OPTIONS='--experimental-loader ./l.mjs' npx execguard execute plans/vpc.yaml", U),
  block("NODE_OPTIONS='--loader=./l.mjs' node /opt/execguard-plugin/dist/cli.cjs execute p.yaml", U),
  block('LD_PRELOAD=./evil.so kubectl get pods', U),
  block('LD_PRELOAD=/tmp/x.so git status', U),
  block('LD_AUDIT=/tmp/audit.so helm list', U),
  block('BASH_ENV=./x.sh terraform plan', U),
  block('ENV=/tmp/rc.sh terraform plan', U),
  block('PERL5OPT=-Mevil git log', U),
  block('RUBYOPT=-r./x.rb gh pr list', U),
  block('PYTHONSTARTUP=./x.py aws s3 ls', U),
  block("echo 'import os' > /tmp/p/sitecustomize.py && PYTHONPATH=/tmp/p aws s3 ls", U),
  // every route: export, env, sudo, a wrapper, a shell in between
  block('export NODE_OPTIONS=--require=./x.cjs; terraform plan', U),
  block('export LD_PRELOAD=./x.so && kubectl get ns', U),
  block('env LD_PRELOAD=./x.so terraform plan', U),
  block('sudo LD_PRELOAD=./x.so kubectl get pods', U),
  block('LD_PRELOAD=./x.so timeout 60 terraform plan', U),
  block("LD_PRELOAD=./x.so bash -c 'terraform plan'", U),
  block("BASH_ENV=./x.sh bash -c 'git status'", U),
  block('LD_PRELOAD=$LIB terraform plan', U),
  block('LD_PRELOAD=./x.so prlimit -n1024 terraform plan', U),
  // obfuscated spellings of the variable's value or the tool
  block('NODE_OPTIONS="--require=./x.cjs" /usr/local/bin/terraform plan', U),
  block("NODE_OPTIONS='--max-old-space-size=4096 -r ./x.cjs' tf plan", U),
  block('LD_PRELOAD=./x.so \\kubectl get pods', U),
]);

table('injected code elsewhere is unreadable: ask, deny in strict mode', [
  ask("NODE_OPTIONS='--require ./x.cjs' node build.js", U, NONE),
  ask('NODE_OPTIONS=--import=./x.mjs npm test', U, NONE),
  ask('LD_PRELOAD=./x.so python3 script.py', U, NONE),
  ask("BASH_ENV=./x.sh bash -c 'make build'", U, NONE),
  ask('PERL5OPT=-d:Trace perl script.pl', U, NONE),
  ask('RUBYOPT=-rdebug ruby app.rb', U, NONE),
  ask('LD_AUDIT=./a.so make test', U, NONE),
  block("NODE_OPTIONS='--require ./x.cjs' node build.js", U, NONE, STRICT),
  block('LD_PRELOAD=./x.so make build', U, NONE, STRICT),

  allow('NODE_OPTIONS=--max-old-space-size=4096 node build.js', NONE),
  allow('NODE_OPTIONS=--max-old-space-size=4096 terraform plan', NONE),
  allow('NODE_ENV=production node build.js', NONE),
  allow('ENV=prod make build', NONE),
  allow('ENV=staging terraform plan', NONE),
  allow('RUBYOPT=-W0 bundle exec rspec', NONE),
  allow('PYTHONPATH=src pytest -q', NONE),
  allow('PYTHONPATH=. python3 script.py', NONE),
  allow('LD_LIBRARY_PATH=/opt/lib ./app', NONE),
  allow('LD_PRELOAD= make build', NONE),
  allow("echo 'NODE_OPTIONS=--require=./x.cjs terraform apply' >> notes.md", NONE),
  allow("git commit -m 'docs: LD_PRELOAD=./x.so is refused in front of terraform'", NONE),
  allow("grep -rn 'LD_PRELOAD' src", NONE),
]);

describe('env-clearing: every spelling GNU env accepts', () => {
  const clears = [
    'env -i execguard execute plan.yaml',
    'env - execguard execute plan.yaml',
    'env --ignore-environment execguard execute plan.yaml',
    'env --ignore-e execguard execute plan.yaml',
    'env --ignore-en execguard execute plan.yaml',
    'env -iv execguard execute plan.yaml',
    'env -vi execguard execute plan.yaml',
    'env -u HOME -i PATH=/usr/bin execguard execute plan.yaml',
    'env -C /tmp -i execguard execute plan.yaml',
    'sudo env -0i execguard execute plan.yaml',
    "bash -c 'env -iv execguard execute plan.yaml'",
    'env -iv',
    'env --ignore-env',
  ];
  it.each(clears)('denies %s in an agent session (session-env)', async (command) => {
    const d = await verdict(command, true);
    expect(d.decision, d.reason).toBe('deny');
    expect(d.rules.map((r) => r.id)).toContain('session-env');
  });

  it.each([
    'env',
    'env -v make build',
    'env --ignore-signal=PIPE make build',
    'env --debug make build',
    'env -u TERM make build',
    'env NODE_ENV=test npm test',
    'echo "env -i is how to clear the environment"',
  ])('allows %s in an agent session', async (command) => {
    const d = await verdict(command, true);
    expect(
      d.rules.map((r) => r.id),
      d.reason,
    ).not.toContain('session-env');
  });

  it('the command after any clearing spelling is still judged', async () => {
    for (const command of ['env --ignore-e terraform destroy', 'env -iv terraform destroy', 'env - terraform destroy']) {
      const d = await verdict(command, false);
      expect(d.decision, command).toBe('deny');
      expect(d.rules.map((r) => r.id)).toContain(T);
    }
  });
});
