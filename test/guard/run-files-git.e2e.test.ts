// Git runs what its configuration says (docs/guard-rules.md, third edition): aliases, configured push
// refspecs, hooks, editors, external diffs, filters, ssh commands and credential helpers, read from
// real repositories (local, global and included configuration) through decide() with the real I/O.
// Nothing here runs the commands judged.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RuleId, Verdict } from '../../src/guard/types.js';
import { tempDir } from '../helpers/tmp.js';
import { envFor, expectVerdict, type FileSpec, GENERIC, homeOf, type Options, project, verdict } from './run-files-support.js';

interface Repo {
  /** Local configuration, key -> value (several values: an array). */
  config?: Record<string, string | string[]>;
  /** The user's global configuration (~/.gitconfig). */
  global?: Record<string, string>;
  files?: Record<string, FileSpec>;
}

/**
 * The history every row's repository starts from, made once: an empty first commit, made with no
 * hooks, and a bare origin it tracks (pushed to), so a pull has an upstream the guard can read.
 */
let base: { dir: string; origin: string } | undefined;
function baseRepo(): { dir: string; origin: string } {
  if (base) return base;
  // Inside one temporary folder, with its origin and home beside it.
  const dir = join(tempDir('eg-run-files-base-'), 'repo');
  const env = envFor(homeOf(dir));
  execFileSync('git', ['init', '-q', '-b', 'main', dir], { env });
  execFileSync(
    'git',
    [
      '-c',
      'user.name=t',
      '-c',
      'user.email=t@t',
      '-c',
      'core.hooksPath=/dev/null',
      '-c',
      'core.fsmonitor=false',
      'commit',
      '-q',
      '--allow-empty',
      '--no-verify',
      '-m',
      'init',
    ],
    { cwd: dir, env },
  );
  const origin = `${dir}-origin.git`;
  execFileSync('git', ['init', '-q', '--bare', '-b', 'main', origin], { env });
  execFileSync('git', ['-c', 'core.hooksPath=/dev/null', 'remote', 'add', 'origin', origin], { cwd: dir, env });
  execFileSync('git', ['-c', 'core.hooksPath=/dev/null', 'push', '-q', '-u', 'origin', 'main'], { cwd: dir, env });
  base = { dir, origin };
  return base;
}

/**
 * A repository as real ones are: the base history (copied, so the setup runs nothing at all in
 * the row's repository), its own origin, then the row's configuration.
 */
function repo(spec: Repo): string {
  const dir = project(spec.files ?? {});
  const home = homeOf(dir);
  mkdirSync(home, { recursive: true });
  const env = envFor(home);
  const from = baseRepo();
  // Files the row plants under .git (hooks, scripts) stay: the base fills in only what is missing.
  cpSync(join(from.dir, '.git'), join(dir, '.git'), { recursive: true, force: false, errorOnExist: false });
  const origin = `${dir}-origin.git`;
  cpSync(from.origin, origin, { recursive: true });
  const config = join(dir, '.git', 'config');
  const text = readFileSync(config, 'utf8');
  if (!text.includes(`url = ${from.origin}\n`)) throw new Error(`the base repository's origin is not in ${config}`);
  writeFileSync(config, text.replace(`url = ${from.origin}\n`, `url = ${origin}\n`));
  for (const [key, value] of Object.entries(spec.config ?? {})) {
    for (const v of Array.isArray(value) ? value : [value]) execFileSync('git', ['config', '--add', key, v], { cwd: dir, env });
  }
  for (const [key, value] of Object.entries(spec.global ?? {})) execFileSync('git', ['config', '--global', key, value], { cwd: dir, env });
  return dir;
}

interface Row {
  cmd: string;
  expect: Verdict;
  rule?: RuleId;
  repo: Repo;
  options?: Options;
}

const row = (repoSpec: Repo, cmd: string, expect: Verdict, rule?: RuleId, options?: Options): Row => ({
  cmd,
  expect,
  rule,
  repo: repoSpec,
  options,
});

function table(name: string, rows: Row[]): void {
  describe(name, () => {
    for (const r of rows) {
      it(`${r.expect}${r.rule ? ` [${r.rule}]` : ''}: ${r.cmd}${r.options?.approval ? ` (${r.options.approval})` : ''}`, async () => {
        expectVerdict(await verdict(repo(r.repo), r.cmd, r.options), r.expect, r.rule);
      });
    }
  });
}

const EMPTY: Repo = {};
const SHIP: Repo = { config: { 'alias.ship': 'push --force origin main' } };
const NUKE: Repo = { config: { 'alias.nuke': '!terraform destroy -auto-approve' } };
const CHAIN: Repo = { config: { 'alias.a': 'b', 'alias.b': 'push -f' } };
const GLOBAL_SHIP: Repo = { global: { 'alias.ship': 'push --force-with-lease origin main' } };
const INCLUDED: Repo = {
  config: { 'include.path': '../shared.gitconfig' },
  files: { 'shared.gitconfig': '[alias]\n\tship = push --mirror origin\n' },
};
const FORCED_REFSPEC: Repo = { config: { 'remote.origin.url': '../origin.git', 'remote.origin.push': '+HEAD:refs/heads/main' } };
const MIRROR: Repo = { config: { 'remote.origin.url': '../origin.git', 'remote.origin.mirror': 'true' } };
const SSH: Repo = { config: { 'core.sshCommand': 'terraform destroy -auto-approve; ssh' } };
const FSMONITOR: Repo = {
  config: { 'core.fsmonitor': '.git/fsmon.sh' },
  files: { '.git/fsmon.sh': { text: '#!/bin/sh\nkubectl delete namespace payments-prod\n', mode: 0o755 } },
};
const PRE_COMMIT_PUSH: Repo = { files: { '.git/hooks/pre-commit': { text: '#!/bin/sh\ngit push --force origin main\n', mode: 0o755 } } };
const HOOKS_PATH: Repo = {
  config: { 'core.hooksPath': '.githooks' },
  files: { '.githooks/pre-push': { text: '#!/usr/bin/env bash\nkubectl delete ns payments-prod\n', mode: 0o755 } },
};
const UNSET_HOOKS: Repo = { files: { '.githooks/pre-commit': { text: '#!/bin/sh\nterraform destroy -auto-approve\n', mode: 0o755 } } };
const EDITOR: Repo = { config: { 'core.editor': 'terraform destroy -auto-approve;' } };
const SEQUENCE: Repo = { config: { 'sequence.editor': 'git push --force origin main;' } };
const EXT_DIFF: Repo = { config: { 'diff.external': 'terraform destroy -auto-approve;' } };
const FILTER: Repo = { config: { 'filter.x.clean': 'terraform destroy -auto-approve' } };
const CREDENTIAL: Repo = { config: { 'credential.helper': '!terraform destroy -auto-approve' } };
const NON_EXECUTABLE_HOOK: Repo = { files: { '.git/hooks/pre-commit': { text: '#!/bin/sh\ngit push --force\n', mode: 0o644 } } };
const PYTHON_HOOK: Repo = { files: { '.git/hooks/pre-commit': { text: '#!/usr/bin/env python3\nimport os\n', mode: 0o755 } } };

const DESTROY = 'User approved. Destroy the stack.';

table('git runs its aliases', [
  row(EMPTY, "git config alias.ship 'push --force origin main'", 'deny', 'git-force-push'),
  row(EMPTY, 'git config --global alias.ship "push --force origin main"', 'deny', 'git-force-push'),
  row(EMPTY, "git config set alias.ship 'push -f'", 'deny', 'git-force-push'),
  row(EMPTY, "git config alias.nuke '!terraform destroy -auto-approve'", 'deny', 'terraform-destroy'),
  row(EMPTY, "git config alias.ship 'push --force origin main' && git ship", 'deny', 'git-force-push'),
  row(SHIP, 'git ship', 'deny', 'git-force-push'),
  row(SHIP, 'git ship', 'deny', 'git-force-push', { approval: GENERIC }),
  row(SHIP, 'git -C . ship', 'deny', 'git-force-push'),
  row(SHIP, 'cd . && git ship', 'deny', 'git-force-push'),
  row(NUKE, 'git nuke', 'deny', 'terraform-destroy'),
  row(NUKE, 'git nuke', 'allow', undefined, { approval: DESTROY }),
  row(CHAIN, 'git a', 'deny', 'git-force-push'),
  row(GLOBAL_SHIP, 'git ship', 'deny', 'git-force-push'),
  row(INCLUDED, 'git ship', 'deny', 'git-force-push'),
  row(EMPTY, "git -c alias.x='!terraform apply -auto-approve' x", 'deny', 'approval-gate'),
  row(EMPTY, "git -c alias.x='!terraform apply -auto-approve' status", 'deny', 'approval-gate'),
  row(SHIP, 'git status', 'allow'),
  row(EMPTY, "F='!terraform destroy -auto-approve' git --config-env=alias.x=F x", 'deny', 'terraform-destroy'),
]);

describe('a configuration file included from the command line is read', () => {
  it('git -c include.path=FILE ship', async () => {
    const dir = repo({ files: { 'evil.gitconfig': '[alias]\n\tship = push --force origin main\n' } });
    expectVerdict(await verdict(dir, `git -c include.path=${join(dir, 'evil.gitconfig')} ship`), 'deny', 'git-force-push');
  });
});

table('a configured push refspec or mirror makes a plain push a force push', [
  row(EMPTY, "git config remote.origin.push '+HEAD:refs/heads/main'", 'deny', 'git-force-push'),
  row(EMPTY, 'git config remote.origin.mirror true', 'deny', 'git-force-push'),
  row(FORCED_REFSPEC, 'git push', 'deny', 'git-force-push', { approval: GENERIC }),
  row(FORCED_REFSPEC, 'git push origin', 'deny', 'git-force-push', { approval: GENERIC }),
  row(FORCED_REFSPEC, 'git push origin feature', 'allow', undefined, { approval: GENERIC }),
  row(MIRROR, 'git push', 'deny', 'git-force-push', { approval: GENERIC }),
  row(EMPTY, 'git push origin feature', 'allow', undefined, { approval: GENERIC }),
]);

table('git runs commands from its configuration and environment', [
  row(SSH, 'git fetch', 'deny', 'terraform-destroy'),
  row(SSH, 'git status', 'allow'),
  row(EMPTY, "GIT_SSH_COMMAND='terraform destroy -auto-approve' git fetch", 'deny', 'terraform-destroy'),
  row(EMPTY, "git -c core.sshCommand='terraform destroy -auto-approve' pull", 'deny', 'terraform-destroy'),
  row(FSMONITOR, 'git status', 'deny', 'kubectl-delete-prod'),
  row(EMPTY, "git -c core.fsmonitor='terraform destroy -auto-approve' status", 'deny', 'terraform-destroy'),
  row(EMPTY, "git config core.fsmonitor 'terraform destroy -auto-approve'", 'deny', 'terraform-destroy'),
  row(EDITOR, 'git commit', 'deny', 'terraform-destroy'),
  row(EDITOR, 'git commit --amend', 'deny', 'terraform-destroy'),
  row(EDITOR, 'git commit -m "feat: add x"', 'allow'),
  row(EMPTY, "GIT_EDITOR='terraform destroy -auto-approve;' git commit", 'deny', 'terraform-destroy'),
  row(SEQUENCE, 'git rebase -i HEAD~2', 'deny', 'git-force-push'),
  row(EMPTY, "git -c sequence.editor='git push --force origin main;' rebase -i HEAD~2", 'deny', 'git-force-push'),
  row(EXT_DIFF, 'git diff', 'deny', 'terraform-destroy'),
  row(EXT_DIFF, 'git diff --no-ext-diff', 'allow'),
  row(EMPTY, "GIT_EXTERNAL_DIFF='terraform destroy -auto-approve;' git diff", 'deny', 'terraform-destroy'),
  row(FILTER, 'git add .', 'deny', 'terraform-destroy'),
  row(CREDENTIAL, 'git fetch', 'deny', 'terraform-destroy'),
  row(EMPTY, "git config credential.helper '!terraform destroy -auto-approve'", 'deny', 'terraform-destroy'),
]);

table('git runs its hooks', [
  row(PRE_COMMIT_PUSH, 'git commit -m "feat: add x"', 'deny', 'git-force-push'),
  row(PRE_COMMIT_PUSH, 'git commit --no-verify -m "feat: add x"', 'allow'),
  row(HOOKS_PATH, 'git push origin feature', 'deny', 'kubectl-delete-prod', { approval: GENERIC }),
  row(UNSET_HOOKS, 'git config core.hooksPath .githooks', 'deny', 'terraform-destroy'),
  row(UNSET_HOOKS, 'git -c core.hooksPath=.githooks commit -m "feat: add x"', 'deny', 'terraform-destroy'),
  row(NON_EXECUTABLE_HOOK, 'git commit -m "feat: add x"', 'allow'),
  row(PYTHON_HOOK, 'git commit -m "feat: add x"', 'ask', 'unreadable'),
  row(PYTHON_HOOK, 'git commit -m "feat: add x"', 'deny', 'unreadable', { strict: true }),
]);

/** Ordinary repositories: usual aliases, lint hooks (plain, husky, pre-commit, git-lfs), editors. */
const ORDINARY: Repo = {
  config: {
    'alias.co': 'checkout',
    'alias.br': 'branch',
    'alias.ci': 'commit',
    'alias.st': 'status -sb',
    'alias.lg': 'log --graph --oneline --decorate',
    'alias.last': 'log -1 HEAD',
    'alias.unstage': 'reset HEAD --',
    'alias.amend': 'commit --amend --no-edit',
    'alias.root': '!git rev-parse --show-toplevel',
    'core.editor': 'vim',
    'core.sshCommand': 'ssh -i ~/.ssh/deploy_key -o IdentitiesOnly=yes',
    'credential.helper': ['store', '!gh auth git-credential'],
    'filter.lfs.clean': 'git-lfs clean -- %f',
    'filter.lfs.smudge': 'git-lfs smudge -- %f',
    'filter.lfs.process': 'git-lfs filter-process',
    'remote.origin.url': 'git@github.com:acme/app.git',
    'remote.origin.fetch': '+refs/heads/*:refs/remotes/origin/*',
  },
  files: {
    'package.json': JSON.stringify({ name: 'app', scripts: { lint: 'eslint .', test: 'vitest run' } }),
    '.git/hooks/pre-commit': { text: '#!/bin/sh\nnpm run lint\n', mode: 0o755 },
    '.git/hooks/pre-push': {
      text: '#!/bin/sh\ncommand -v git-lfs >/dev/null 2>&1 || { printf >&2 "\\nThis repository is configured for Git LFS.\\n"; exit 2; }\ngit lfs pre-push "$@"\n',
      mode: 0o755,
    },
    '.git/hooks/commit-msg.sample': { text: '#!/bin/sh\nexit 0\n', mode: 0o755 },
  },
};
const HUSKY: Repo = {
  config: { 'core.hooksPath': '.husky/_' },
  files: {
    'package.json': JSON.stringify({ name: 'app', scripts: { lint: 'eslint .' } }),
    '.husky/_/pre-commit': { text: '#!/usr/bin/env sh\n. "$(dirname "$0")/h"\n', mode: 0o755 },
    '.husky/_/h': { text: '#!/usr/bin/env sh\n[ "$HUSKY" = "2" ] && set -x\n', mode: 0o755 },
    '.husky/pre-commit': 'npx lint-staged\nnpm test --if-present\n',
  },
};
const HUSKY_8: Repo = {
  config: { 'core.hooksPath': '.husky' },
  files: {
    '.husky/pre-commit': { text: '#!/usr/bin/env sh\n. "$(dirname -- "$0")/_/husky.sh"\n\nnpx lint-staged\n', mode: 0o755 },
    '.husky/_/husky.sh': '#!/usr/bin/env sh\nsh -e "$0" "$@"\n',
  },
};
const PRE_COMMIT_FRAMEWORK: Repo = {
  files: {
    '.git/hooks/pre-commit': {
      text: [
        '#!/usr/bin/env bash',
        '# File generated by pre-commit: https://pre-commit.com',
        '# ID: 138fd403232d2ddd5efb44317e38bf03',
        '',
        '# start templated',
        'INSTALL_PYTHON=/usr/bin/python3',
        'ARGS=(hook-impl --config=.pre-commit-config.yaml --hook-type=pre-commit)',
        '# end templated',
        '',
        'HERE="$(cd "$(dirname "$0")" && pwd)"',
        'ARGS+=(--hook-dir "$HERE" -- "$@")',
        '',
        'if [ -x "$INSTALL_PYTHON" ]; then',
        '    exec "$INSTALL_PYTHON" -mpre_commit "${ARGS[@]}"',
        'elif command -v pre-commit > /dev/null; then',
        '    exec pre-commit "${ARGS[@]}"',
        'else',
        "    echo '`pre-commit` not found.  Did you forget to activate your virtualenv?' 1>&2",
        '    exit 1',
        'fi',
        '',
      ].join('\n'),
      mode: 0o755,
    },
  },
};

table('ordinary git work is not asked', [
  row(ORDINARY, 'git co main', 'allow'),
  row(ORDINARY, 'git br -a', 'allow'),
  row(ORDINARY, 'git st', 'allow'),
  row(ORDINARY, 'git lg', 'allow'),
  row(ORDINARY, 'git last', 'allow'),
  row(ORDINARY, 'git unstage src/app.ts', 'allow'),
  row(ORDINARY, 'git root', 'allow'),
  row(ORDINARY, 'git status', 'allow'),
  row(ORDINARY, 'git diff', 'allow'),
  row(ORDINARY, 'git log -p', 'allow'),
  row(ORDINARY, 'git add -A', 'allow'),
  row(ORDINARY, 'git fetch', 'allow'),
  row(ORDINARY, 'git commit -m "feat: add login"', 'allow'),
  row(ORDINARY, 'git ci -m "fix: typo"', 'allow'),
  row(ORDINARY, 'git commit', 'allow'),
  row(ORDINARY, 'git amend', 'allow'),
  row(ORDINARY, 'git checkout -b feature/x', 'allow'),
  row(ORDINARY, 'git stash', 'allow'),
  row(ORDINARY, 'git push origin feature/x', 'allow', undefined, { approval: GENERIC }),
  row(ORDINARY, 'git pull', 'allow', undefined, { approval: GENERIC }),
  row(HUSKY, 'git commit -m "feat: add login"', 'allow'),
  row(HUSKY_8, 'git commit -m "feat: add login"', 'allow'),
  row(PRE_COMMIT_FRAMEWORK, 'git commit -m "feat: add login"', 'allow'),
  row(EMPTY, 'git config user.name "A Person"', 'allow'),
  row(EMPTY, 'git config alias.co checkout', 'allow'),
  row(EMPTY, 'git config core.editor "code --wait"', 'allow'),
  row(EMPTY, 'git --version', 'allow'),
  row(ORDINARY, 'git checkout main && git pull', 'allow', undefined, { approval: GENERIC }),
  row(ORDINARY, 'git stash && git pull && git stash pop', 'allow', undefined, { approval: GENERIC }),
]);

table('git configuration changed earlier in the same command is not trusted', [
  row(EMPTY, "echo '[alias]' >> .git/config && git ship", 'ask', 'unreadable'),
  row(ORDINARY, 'git config alias.co checkout && git co main', 'ask', 'unreadable'),
  row(EMPTY, 'cp /tmp/x .git/hooks/pre-commit && git commit -m "feat: x"', 'ask', 'unreadable'),
]);

describe('reading the configuration runs nothing from the repository', () => {
  it('an fsmonitor command configured in the repository does not run while the guard reads', async () => {
    const dir = repo({
      config: { 'core.fsmonitor': 'touch fsmonitor-ran' },
      files: { '.git/hooks/post-index-change': { text: '#!/bin/sh\ntouch hook-ran\n', mode: 0o755 } },
    });
    await verdict(dir, 'git status');
    await verdict(dir, 'git log');
    expect(existsSync(join(dir, 'fsmonitor-ran'))).toBe(false);
    expect(existsSync(join(dir, 'hook-ran'))).toBe(false);
  });
});
