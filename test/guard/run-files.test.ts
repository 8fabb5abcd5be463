// Files that will run are read (GUARD-RULES.md, third edition): scripts, make targets and package
// scripts in real project folders, through decide() with the real I/O.
import { describe, it } from 'vitest';
import type { RuleId, Verdict } from '../../src/guard/types.js';
import { expectVerdict, type FileSpec, GENERIC, type Options, project, verdict } from './run-files-support.js';

const DESTROY_APPROVAL = 'User approved. Destroy the stack.';

/** A project whose files hold infrastructure changes. */
const DANGEROUS: Record<string, FileSpec> = {
  'deploy.sh': { text: '#!/usr/bin/env bash\nset -euo pipefail\ncd infra\nterraform destroy -auto-approve\n', mode: 0o755 },
  'apply.sh': { text: '#!/bin/sh\nterraform -chdir=infra apply -auto-approve\n', mode: 0o755 },
  'push.sh': { text: '#!/bin/bash\ngit push --force origin main\n', mode: 0o755 },
  'noshebang.sh': { text: 'terraform destroy -auto-approve\n', mode: 0o755 },
  'bin/release': { text: '#!/usr/bin/env bash\nkubectl delete namespace payments-prod\n', mode: 0o755 },
  'scripts/args.sh': { text: '#!/bin/bash\nterraform "$1" -auto-approve\n', mode: 0o755 },
  'scripts/outer.sh': { text: '#!/bin/bash\nmake -C infra/envs/prod destroy\n', mode: 0o755 },
  Makefile: [
    'TF := terraform',
    'CHDIR = -chdir=infra',
    'AUTO := -auto-approve',
    '',
    '.PHONY: build test apply destroy plan release all',
    'build:',
    '\tnpm run build',
    '',
    'test: build',
    '\tnpm test',
    '',
    'apply:',
    '\t$(TF) $(CHDIR) apply $(AUTO)',
    '',
    'destroy: plan',
    '\t@$(TF) destroy -auto-approve',
    '',
    'plan:',
    '\tterraform plan',
    '',
    'release: tag',
    '\techo released',
    '',
    'tag:',
    '\tgit push --force origin v1',
    '',
    'nested:',
    '\t$(MAKE) apply',
    '',
  ].join('\n'),
  'infra/envs/prod/Makefile': 'destroy:\n\tterraform destroy -auto-approve\n',
  'package.json': JSON.stringify(
    {
      name: 'x',
      scripts: {
        build: 'tsc -p .',
        test: 'vitest run',
        deploy: 'terraform apply -auto-approve',
        destroy: 'terraform destroy',
        'teardown:prod': 'kubectl delete ns payments-prod',
        release: 'npm run build',
        prepublishit: 'echo ok',
        predev: 'git push --force',
        dev: 'vite',
        'via-script': 'bash deploy.sh',
      },
    },
    null,
    2,
  ),
};

interface Row {
  cmd: string;
  expect: Verdict;
  rule?: RuleId;
  options?: Options;
  files?: Record<string, FileSpec>;
}

const row = (cmd: string, expect: Verdict, rule?: RuleId, options?: Options, files?: Record<string, FileSpec>): Row => ({
  cmd,
  expect,
  rule,
  options,
  files,
});

function table(name: string, rows: Row[], files: Record<string, FileSpec>): void {
  describe(name, () => {
    for (const r of rows) {
      const label = `${r.expect}${r.rule ? ` [${r.rule}]` : ''}: ${r.cmd}${r.options?.approval ? ` (${r.options.approval})` : ''}${r.options?.strict ? ' (strict)' : ''}`;
      it(label, async () => {
        const dir = project(r.files ?? files);
        expectVerdict(await verdict(dir, r.cmd, r.options), r.expect, r.rule);
      });
    }
  });
}

table(
  'scripts run by a shell or by path are read',
  [
    row('bash deploy.sh', 'deny', 'terraform-destroy'),
    row('./deploy.sh', 'deny', 'terraform-destroy'),
    row('sh deploy.sh', 'deny', 'terraform-destroy'),
    row('source deploy.sh', 'deny', 'terraform-destroy'),
    row('. ./deploy.sh', 'deny', 'terraform-destroy'),
    row('bash -e -x ./deploy.sh', 'deny', 'terraform-destroy'),
    row('zsh deploy.sh', 'deny', 'terraform-destroy'),
    row('sudo ./deploy.sh', 'deny', 'terraform-destroy'),
    row('timeout 60 bash deploy.sh', 'deny', 'terraform-destroy'),
    row('cd . && ./deploy.sh', 'deny', 'terraform-destroy'),
    row('bash -c "./deploy.sh"', 'deny', 'terraform-destroy'),
    row('./noshebang.sh', 'deny', 'terraform-destroy'),
    row('bin/release', 'deny', 'kubectl-delete-prod'),
    row('./push.sh', 'deny', 'git-force-push'),
    row('./push.sh', 'deny', 'git-force-push', { approval: GENERIC }),
    row('./apply.sh', 'deny', 'approval-gate'),
    row('./apply.sh', 'allow', undefined, { approval: GENERIC }),
    row('bash scripts/args.sh destroy', 'deny', 'terraform-destroy'),
    row('bash scripts/args.sh plan', 'allow'),
    row('./deploy.sh', 'deny', 'terraform-destroy', { approval: GENERIC }),
    row('./deploy.sh', 'allow', undefined, { approval: DESTROY_APPROVAL }),
    row('bash scripts/outer.sh', 'deny', 'terraform-destroy'),
    // missing or unreadable: never allowed silently
    row('bash missing.sh', 'ask', 'unreadable'),
    row('./missing.sh', 'ask', 'unreadable'),
    row('bash missing.sh', 'deny', 'unreadable', { strict: true }),
    row('source missing.sh', 'ask', 'unreadable'),
  ],
  DANGEROUS,
);

table(
  'make targets are read',
  [
    row('make apply', 'deny', 'approval-gate'),
    row('make apply', 'allow', undefined, { approval: GENERIC }),
    row('make destroy', 'deny', 'terraform-destroy'),
    row('make -s destroy', 'deny', 'terraform-destroy'),
    row('make -C infra/envs/prod destroy', 'deny', 'terraform-destroy'),
    row('make --directory=infra/envs/prod destroy', 'deny', 'terraform-destroy'),
    row('make -f infra/envs/prod/Makefile destroy', 'deny', 'terraform-destroy'),
    row('make release', 'deny', 'git-force-push'),
    row('make nested', 'deny', 'approval-gate'),
    row('make TF=echo apply', 'allow'),
    row('make -n destroy', 'allow'),
    row('make build test', 'allow'),
    row('make nothing-here', 'ask', 'unreadable'),
    row('make nothing-here', 'deny', 'unreadable', { strict: true }),
    row('make -C nowhere destroy', 'ask', 'unreadable'),
    row('make destroy', 'ask', 'unreadable', {}, {}),
    row('make -C infra/envs/prod destroy', 'ask', 'unreadable', {}, {}),
  ],
  DANGEROUS,
);

table(
  'package scripts are read',
  [
    row('npm run deploy', 'deny', 'approval-gate'),
    row('npm run deploy', 'allow', undefined, { approval: GENERIC }),
    row('npm run destroy -- --stack prod', 'deny', 'terraform-destroy'),
    row('pnpm run destroy', 'deny', 'terraform-destroy'),
    row('pnpm destroy', 'deny', 'terraform-destroy'),
    row('yarn destroy', 'deny', 'terraform-destroy'),
    row('yarn teardown:prod', 'deny', 'kubectl-delete-prod'),
    row('bun run deploy', 'deny', 'approval-gate'),
    row('npm run dev', 'deny', 'git-force-push'),
    row('npm run via-script', 'deny', 'terraform-destroy'),
    row('npm --prefix . run destroy', 'deny', 'terraform-destroy'),
    row('npm run release', 'allow'),
    row('npm test', 'allow'),
    row('npm run missing-script', 'ask', 'unreadable'),
    row('yarn teardown:prod', 'ask', 'unreadable', {}, {}),
    row('npm run destroy -- --stack prod', 'ask', 'unreadable', {}, {}),
    row('npm run destroy', 'deny', 'unreadable', { strict: true }, {}),
  ],
  DANGEROUS,
);

/** Ordinary work in ordinary project shapes: no asks, no denies. */
const ORDINARY: Record<string, FileSpec> = {
  Makefile: [
    'GO ?= go',
    'BIN := bin/app',
    'VERSION := $(shell git describe --tags --always)',
    'LDFLAGS := -X main.version=$(VERSION)',
    '',
    '.PHONY: all build test lint fmt clean',
    'all: build',
    '',
    'build:',
    '\t$(GO) build -ldflags "$(LDFLAGS)" -o $(BIN) ./cmd/app',
    '',
    'test:',
    '\t$(GO) test ./...',
    '',
    'lint:',
    '\tgolangci-lint run',
    '\t@echo lint ok',
    '',
    'fmt:',
    '\tgofmt -w .',
    '',
    'clean:',
    '\trm -rf bin/',
    '',
    '%.o: %.c',
    '\t$(CC) $(CFLAGS) -c $< -o $@',
    '',
  ].join('\n'),
  'package.json': JSON.stringify(
    {
      name: 'web',
      scripts: {
        build: 'tsc -p . && vite build',
        dev: 'vite',
        test: 'vitest run',
        pretest: 'npm run lint',
        lint: 'eslint . && prettier --check .',
        start: 'node dist/server.js',
        typecheck: 'tsc --noEmit',
      },
    },
    null,
    2,
  ),
  'scripts/build.sh': {
    text: '#!/usr/bin/env bash\nset -euo pipefail\nnpm ci\nnpm run build\nmkdir -p out\ncp -r dist out/\necho "built"\n',
    mode: 0o755,
  },
  'scripts/test.sh': { text: '#!/bin/sh\nset -e\nfor d in pkg1 pkg2; do\n  (cd "$d" && go test ./...)\ndone\n', mode: 0o755 },
  'hello.py': { text: '#!/usr/bin/env python3\nprint("hi")\n', mode: 0o755 },
  'pkg1/go.mod': 'module pkg1\n',
  'pkg2/go.mod': 'module pkg2\n',
};

table(
  'ordinary work is not asked',
  [
    row('make', 'allow'),
    row('make build', 'allow'),
    row('make test', 'allow'),
    row('make lint', 'allow'),
    row('make -j4 build test', 'allow'),
    row('make clean && make', 'allow'),
    row('make main.o', 'allow'),
    row('npm test', 'allow'),
    row('npm run build', 'allow'),
    row('npm run dev', 'allow'),
    row('npm start', 'allow'),
    row('npm run typecheck && npm run lint', 'allow'),
    row('pnpm build', 'allow'),
    row('yarn test', 'allow'),
    row('yarn install', 'allow'),
    row('npm ci', 'allow'),
    row('npm install', 'allow'),
    row('npm install lodash', 'allow'),
    row('bash scripts/build.sh', 'allow'),
    row('./scripts/build.sh', 'allow'),
    row('sh scripts/test.sh', 'allow'),
    row('./hello.py', 'allow'),
    row('make build', 'allow', undefined, { strict: true }),
  ],
  ORDINARY,
);

const RUNNERS: Record<string, FileSpec> = {
  justfile: [
    'env := "dev"',
    'tf := "terraform"',
    '',
    'default: build',
    '',
    'build:',
    '    go build ./...',
    '',
    'test: build',
    '    go test ./...',
    '',
    'destroy stack:',
    '    cd infra/{{stack}} && {{tf}} destroy -auto-approve',
    '',
    'deploy: test && notify',
    '    @terraform apply -auto-approve',
    '',
    'notify:',
    '    echo deployed',
    '',
    'push:',
    '    #!/usr/bin/env bash',
    '    set -e',
    '    git push --force origin main',
    '',
  ].join('\n'),
  'infra/prod/main.tf': '',
  'Taskfile.yml': [
    "version: '3'",
    'vars:',
    '  TF: terraform',
    'includes:',
    '  infra: ./infra/Taskfile.yml',
    'tasks:',
    '  default:',
    '    cmds:',
    '      - task: build',
    '  build:',
    '    cmds:',
    '      - go build ./...',
    '  lint:',
    '    deps: [build]',
    '    cmds:',
    '      - golangci-lint run',
    '  apply:',
    '    cmds:',
    '      - "{{.TF}} apply -auto-approve"',
    '  release:',
    '    cmds:',
    '      - task: push',
    '  push:',
    '    cmds:',
    '      - cmd: git push --force origin main',
    '',
  ].join('\n'),
  'infra/Taskfile.yml': "version: '3'\ntasks:\n  destroy:\n    dir: prod\n    cmds:\n      - terraform destroy -auto-approve\n",
  'mod/main.tf': 'resource "terraform_data" "x" {}\n',
  'mod/tests/apply.tftest.hcl':
    'run "creates" {\n  # command = plan\n  assert {\n    condition     = true\n    error_message = "x"\n  }\n}\n',
  'plan-only/main.tf': '',
  'plan-only/tests/plan.tftest.hcl':
    'run "plans" {\n  command = plan\n}\n\nrun "also plans" {\n  command = plan\n  variables {\n    command = "apply"\n  }\n}\n',
  'mixed/main.tf': '',
  'mixed/basic.tftest.hcl': 'run "setup" {\n  command = plan\n}\n\nrun "real" {\n  command = apply\n}\n',
};

table(
  'just recipes, tasks and terraform test files are read',
  [
    row('just', 'allow'),
    row('just build test', 'allow'),
    row('just destroy prod', 'deny', 'terraform-destroy'),
    row('just destroy prod', 'deny', 'terraform-destroy', { approval: 'User approved. Destroy the dev stack.' }),
    row('just deploy', 'deny', 'approval-gate'),
    row('just deploy', 'allow', undefined, { approval: GENERIC }),
    row('just push', 'deny', 'git-force-push'),
    row('just -n push', 'allow'),
    row('just --list', 'allow'),
    row('just nothing', 'ask', 'unreadable'),
    row('just destroy prod', 'ask', 'unreadable', {}, {}),
    row('task', 'allow'),
    row('task lint', 'allow'),
    row('task apply', 'deny', 'approval-gate'),
    row('task release', 'deny', 'git-force-push'),
    row('task infra:destroy', 'deny', 'terraform-destroy'),
    row('task TF=echo apply', 'allow'),
    row('task nothing', 'ask', 'unreadable'),
    row('task infra:destroy', 'ask', 'unreadable', {}, {}),
    row('terraform -chdir=mod test', 'deny', 'approval-gate'),
    row('cd mod && terraform test', 'deny', 'approval-gate'),
    row('cd mod && tofu test', 'deny', 'approval-gate'),
    row('terraform -chdir=mod test', 'allow', undefined, { approval: GENERIC }),
    row('terraform -chdir=plan-only test', 'allow'),
    row('terraform -chdir=mixed test', 'deny', 'approval-gate'),
    row('terraform -chdir=mixed test -filter=basic.tftest.hcl', 'deny', 'approval-gate'),
    row('terraform -chdir=infra/prod test', 'allow'),
  ],
  RUNNERS,
);
