// Security tiers (docs/guard-rules.md, "Security tiers and the approval gate"): T0 reads state, T1 validates locally, T2
// simulates, T3 changes live state. Unknown commands are T1, or T3 in strict mode.
import { SHELLS } from '../shell/interpreters.js';
import type { SimpleCommand } from '../shell/types.js';
import type { Policy } from './policy.js';
import { isDryRun } from './environment-names.js';
import { toolTier } from './tools/index.js';
import type { Tier } from './types.js';

const RANK: Record<Tier, number> = { T0: 0, T1: 1, T2: 2, T3: 3 };
export const maxTier = (a: Tier, b: Tier): Tier => (RANK[a] >= RANK[b] ? a : b);

/** Programs that only read or print. */
const READERS = new Set(
  (
    'ls ll la cat tac head tail less more grep egrep fgrep rg ag ack find fd wc echo printf pwd cd pushd popd dirs which type whereis ' +
    'command hash printenv date cal whoami id groups uname hostname file stat du df free uptime ps pgrep top htop jq yq sort uniq cut ' +
    'tr awk gawk column diff cmp comm tree realpath readlink dirname basename true false test [ [[ sleep history man help info ' +
    'export set unset shopt alias unalias declare local readonly source . shift return exit break continue wait jobs fg bg read ' +
    'mapfile getopts trap umask ulimit md5sum sha1sum sha256sum shasum base64 xxd od hexdump strings nl fold fmt paste join expand ' +
    'unexpand rev seq yes tput clear reset stty tty env nproc lscpu lsblk lsof netstat ss ip ifconfig ping dig nslookup host ' +
    'traceroute whois openssl gpg bat exa eza batcat fzf zcat zgrep zless bzcat xzcat lsattr getfacl locale iconv column logname ' +
    'kubectx kubens tfenv tgenv sops vault-status git-lfs vim vi nano emacs code open xdg-open pbcopy pbpaste tee time sed'
  ).split(/\s+/),
);

/** Local tools: build, test, format, install, run scripts. They change files, not live systems. */
const LOCAL = new Set(
  (
    'mkdir rmdir touch cp mv rm ln chmod chown chgrp install tar zip unzip gzip gunzip bzip2 xz unxz 7z patch make cmake ninja ' +
    'gcc g++ cc clang go cargo rustc rustup javac java mvn gradle gradlew ant dotnet node deno bun npm npx yarn pnpm corepack nvm ' +
    'python python3 python2 pip pip3 pipx poetry uv pytest tox ruby gem bundle rake rails php composer perl lua tsc eslint prettier ' +
    'vitest jest mocha esbuild webpack vite rollup black ruff flake8 mypy pylint isort shellcheck shfmt hadolint yamllint ' +
    'markdownlint tflint tfsec checkov trivy terrascan kustomize kubeval kubeconform conftest opa pre-commit ' +
    'direnv asdf mise brew apt apt-get apt-cache dnf yum apk pacman curl wget http ssh-keygen ssh-add git-crypt ' +
    'docker-compose kind minikube k3d skaffold tilt helmfile packer vagrant ansible-lint ansible-inventory mktemp truncate ' +
    'split csplit shred dd rsync scp sftp ssh sudo xargs nohup nice timeout watch stdbuf script'
  ).split(/\s+/),
);

function packageTier(argv: string[]): Tier {
  const sub = argv.slice(1).find((a) => !a.startsWith('-'));
  if (sub === 'publish' || sub === 'unpublish' || sub === 'deprecate' || sub === 'owner' || (sub === 'dist-tag' && argv.includes('add'))) {
    return isDryRun(argv) ? 'T2' : 'T3';
  }
  return 'T1';
}

function otherKnownTier(name: string, argv: string[]): Tier | undefined {
  const sub = argv.slice(1).find((a) => !a.startsWith('-'));
  switch (name) {
    case 'ansible-playbook':
      return argv.includes('--check') || argv.includes('-C') ? 'T2' : 'T3';
    case 'ansible':
      return 'T3';
    case 'twine':
      return sub === 'upload' ? 'T3' : 'T1';
    case 'cargo':
    case 'gem':
    case 'poetry':
      return sub === 'publish' || sub === 'push' || sub === 'yank' ? 'T3' : 'T1';
    case 'kustomize':
    case 'tflint':
    case 'helmfile':
      return name === 'helmfile' && ['apply', 'sync', 'destroy', 'delete'].includes(sub ?? '')
        ? 'T3'
        : name === 'helmfile' && sub === 'diff'
          ? 'T2'
          : 'T1';
    case 'skaffold':
      return sub === 'run' || sub === 'deploy' || sub === 'delete' || sub === 'apply' ? 'T3' : 'T1';
    case 'vercel':
    case 'netlify':
    case 'firebase':
    case 'wrangler':
      return sub === 'deploy' ||
        sub === 'publish' ||
        sub === 'destroy' ||
        sub === 'delete' ||
        sub === 'releases:rollback' ||
        argv.includes('--prod')
        ? 'T3'
        : 'T1';
    case 'kill':
    case 'killall':
    case 'pkill':
      return 'T1'; // local processes
    case 'systemctl':
    case 'service':
    case 'reboot':
    case 'shutdown':
      return name === 'systemctl' && ['status', 'list-units', 'show', 'is-active', 'cat'].includes(sub ?? '') ? 'T0' : 'T3';
  }
  return undefined;
}

/** The tier of one simple command bash would run. */
export function tierOf(cmd: SimpleCommand, policy: Policy): Tier {
  const name = cmd.argv[0];
  if (name === undefined || name === '') return 'T0'; // assignments only
  // `npx cdk deploy`, `bunx x`: the tier of the package's command.
  if ((name === 'npx' || name === 'bunx' || name === 'pnpx') && cmd.argv.length > 1) {
    const rest = cmd.argv.slice(1).filter((a, i, all) => !a.startsWith('-') || all.slice(0, i).some((b) => !b.startsWith('-')));
    if (rest.length > 0 && rest[0] !== name) return tierOf({ ...cmd, argv: rest, dynamic: rest.map(() => false) }, policy);
  }
  // Tools with their own module (src/guard/tools) declare their tiers there.
  const known = toolTier(cmd);
  if (known) return known;
  switch (name) {
    case 'npm':
    case 'yarn':
    case 'pnpm':
      return packageTier(cmd.argv);
    case 'sed':
      return cmd.argv.some((a) => /^-[a-zA-Z]*i/.test(a) || a.startsWith('--in-place')) ? 'T1' : 'T0';
  }
  const other = otherKnownTier(name, cmd.argv);
  if (other) return other;
  if (READERS.has(name)) return 'T0';
  if (LOCAL.has(name) || SHELLS.has(name)) return 'T1';
  // Project scripts (./scripts/x.sh) and unknown programs; a --dry-run only simulates.
  if (isDryRun(cmd.argv)) return 'T2';
  return policy.mode === 'strict' ? 'T3' : 'T1';
}
