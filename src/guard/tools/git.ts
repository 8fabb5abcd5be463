// git: the grammar (global options before the subcommand, `-c key=value` settings, `-c alias.X=…`
// expanded into what it runs) and the tier of each subcommand: reads (status, log, diff, show…),
// local work (commit, branch, config, rebase…), and pushes (T3; `-n`/`--dry-run` simulate).
// Force pushes and protected-branch deletions are judged by the git-force-push rule, commit
// messages by commit-convention; GIT_CONFIG_* are already `-c` settings in argv
// (src/shell/tool-env.ts).
import type { Tier } from '../types.js';
import type { ToolModule } from './types.js';

export interface GitInvocation {
  sub?: string;
  /** Arguments after the subcommand (an alias already expanded). */
  args: string[];
  /** `-c key=value` settings given before the subcommand. */
  configs: string[];
}

const GIT_VALUED_GLOBALS = new Set([
  '-C',
  '-c',
  '--git-dir',
  '--work-tree',
  '--namespace',
  '--exec-path',
  '--config-env',
  '--super-prefix',
  '--list-cmds',
  '--attr-source',
]);

/** Splits an alias value the way git does for non-shell aliases (quotes respected). */
function splitAlias(value: string): string[] {
  const out: string[] = [];
  const re = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(value))) out.push(m[1] ?? m[2] ?? m[3]);
  return out;
}

/** `extraConfigs`: `key=value` settings in force from earlier commands (aliases defined by `git config`). */
export function gitInvocation(argv: string[], extraConfigs: string[] = []): GitInvocation {
  const configs: string[] = [...extraConfigs];
  let i = 1;
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('-')) break;
    if (a === '--') {
      i++;
      break;
    }
    const eq = a.indexOf('=');
    const name = a.startsWith('--') && eq !== -1 ? a.slice(0, eq) : a;
    if (GIT_VALUED_GLOBALS.has(name)) {
      if (name === '-c' || name === '--config-env') configs.push(eq !== -1 && a.startsWith('--') ? a.slice(eq + 1) : (argv[i + 1] ?? ''));
      if (!(a.startsWith('--') && eq !== -1)) i++;
    } else if (/^-c./.test(a)) {
      configs.push(a.slice(2)); // -ckey=value
    } else if (/^-C./.test(a)) {
      // -Cdir
    }
  }
  let sub = argv[i];
  let args = argv.slice(i + 1);
  if (sub !== undefined) {
    // `git -c alias.X='push --force' X`: run what the alias stands for.
    for (const c of [...configs].reverse()) {
      const m = /^alias\.([^=]+)=(.*)$/is.exec(c);
      if (!m || m[1].toLowerCase() !== sub.toLowerCase()) continue;
      let value = m[2].trim();
      if (value.startsWith('!')) {
        value = value.slice(1).trim();
        const words = splitAlias(value);
        if (words[0] === 'git') words.shift();
        [sub, ...args] = [...words, ...args];
      } else {
        const words = splitAlias(value);
        [sub, ...args] = [...words, ...args];
      }
      break;
    }
  }
  return { sub, args, configs };
}

function tier(argv: string[]): Tier {
  const { sub, args } = gitInvocation(argv);
  if (!sub) return 'T0';
  if (
    [
      'status',
      'log',
      'diff',
      'show',
      'blame',
      'reflog',
      'describe',
      'shortlog',
      'grep',
      'ls-files',
      'ls-tree',
      'ls-remote',
      'rev-parse',
      'rev-list',
      'cat-file',
      'whatchanged',
      'help',
      'version',
      'var',
      'check-ignore',
      'name-rev',
      'for-each-ref',
      'show-ref',
      'count-objects',
      'fsck',
      'range-diff',
      'difftool',
      'cherry',
      'merge-base',
      'config',
      'remote',
      'branch',
      'tag',
      'stash',
      'worktree',
      'submodule',
      'notes',
      'bisect',
      'lfs',
    ].includes(sub)
  ) {
    if (
      sub === 'config' ||
      sub === 'remote' ||
      sub === 'branch' ||
      sub === 'tag' ||
      sub === 'stash' ||
      sub === 'worktree' ||
      sub === 'submodule' ||
      sub === 'notes' ||
      sub === 'bisect' ||
      sub === 'lfs'
    ) {
      return sub === 'lfs' && args[0] === 'push' ? 'T3' : 'T1';
    }
    return 'T0';
  }
  if (sub === 'push' || sub === 'send-pack' || (sub === 'svn' && args[0] === 'dcommit')) {
    // --dry-run or an unambiguous prefix of it (git accepts `--dr`), or -n in a cluster
    const dry = args.some((a) => /^--dr(y(-(r(un?)?)?)?)?$/.test(a) || (/^-[a-zA-Z]*n[a-zA-Z]*$/.test(a) && !a.includes('o')));
    return dry && !args.includes('--no-dry-run') ? 'T2' : 'T3';
  }
  return 'T1';
}

export const git: ToolModule = {
  id: 'git',
  programs: ['git'],
  env: ['GIT_CONFIG_PARAMETERS', 'GIT_CONFIG_COUNT', 'GIT_CONFIG_KEY_<n>', 'GIT_CONFIG_VALUE_<n>', 'GIT_DIR', 'GIT_WORK_TREE'],
  tier,
};
