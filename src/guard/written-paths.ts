// What a simple command writes, as far as a static reading can tell: the words naming its targets
// (resolved against the folder by the protected-path rule), and whether the write reaches a whole
// tree (`rm -r`, `tar -x -C`, `mv DIR`) or one path. Pure: argv in, targets out.
import { posix } from 'node:path';
import type { SimpleCommand } from '../shell/types.js';

export interface WriteTarget {
  /** The word naming the target, as the analysis gives it (may hold `$VAR`, `~`, a glob). */
  word: string;
  /** The word holds an expansion the analysis could not resolve. */
  dynamic: boolean;
  /** The write reaches everything below the path too (recursive removal, extraction, a moved folder). */
  tree: boolean;
  /**
   * A git command that rewrites the work tree of the repository holding `word` (the folder git
   * runs in): which files it writes depends on revisions, so the rule asks git (injected I/O).
   */
  gitTree?: GitTreeChange;
  /**
   * For a tree write: it reaches only entries whose name matches every one of these patterns
   * (`find … -name '*.tfplan' -delete`); `i:` marks a case-insensitive one.
   */
  names?: string[];
}

/**
 * How a git command changes the work tree. `diff`: the files whose entries differ between the
 * trees `from` and `to` (`A...B` is their merge base), plus, with `force`, any file on disk that
 * differs from `to`; `maybeRev`: `to` may be a path rather than a revision (`git checkout x`), in
 * which case the path target next to it covers it. `unknown`: cannot be narrowed (pull, stash,
 * checkout-index -a, read-tree -u, --abort): everything protected in the repository counts.
 */
export type GitTreeChange =
  | { kind: 'diff'; from: string; to: string; force: boolean; untracked?: boolean; maybeRev?: boolean; what: string }
  | { kind: 'stash'; ref: string; what: string }
  | { kind: 'unknown'; what: string };

/** Options that take a value, per program (so the value is not read as an operand). */
const VALUED: Record<string, string[]> = {
  cp: ['-t', '--target-directory', '-S', '--suffix'],
  mv: ['-t', '--target-directory', '-S', '--suffix'],
  install: ['-t', '--target-directory', '-m', '--mode', '-o', '--owner', '-g', '--group', '-S', '--suffix'],
  ln: ['-t', '--target-directory', '-S', '--suffix'],
  tee: [],
  rm: [],
  rmdir: [],
  truncate: ['-s', '--size', '-r', '--reference'],
  touch: ['-d', '--date', '-r', '--reference', '-t'],
  chmod: ['--reference'],
  chown: ['--reference', '--from'],
  chgrp: ['--reference'],
  mkdir: ['-m', '--mode'],
  sed: ['-e', '--expression', '-f', '--file', '-l', '--line-length'],
  rsync: [
    '-e',
    '--rsh',
    '--exclude',
    '--include',
    '--filter',
    '-f',
    '--exclude-from',
    '--include-from',
    '--files-from',
    '--log-file',
    '--partial-dir',
    '--temp-dir',
    '-T',
    '--backup-dir',
    '--chmod',
    '--chown',
  ],
  scp: ['-P', '-i', '-o', '-F', '-c', '-l', '-J', '-S'],
};

interface Parsed {
  operands: { word: string; dynamic: boolean }[];
  options: Map<string, { word: string; dynamic: boolean }[]>;
  flags: Set<string>;
}

/** Splits argv into operands and options (`-t DIR`, `--target-directory=DIR`, bundled `-rf`). */
function parse(cmd: SimpleCommand, valued: string[] = []): Parsed {
  const out: Parsed = { operands: [], options: new Map(), flags: new Set() };
  const add = (name: string, word: string, dynamic: boolean) =>
    out.options.set(name, [...(out.options.get(name) ?? []), { word, dynamic }]);
  let options = true;
  for (let i = 1; i < cmd.argv.length; i++) {
    const word = cmd.argv[i];
    const dynamic = cmd.dynamic[i] ?? false;
    if (options && word === '--') {
      options = false;
      continue;
    }
    if (options && word.startsWith('--') && word.length > 2) {
      const eq = word.indexOf('=');
      const name = eq === -1 ? word : word.slice(0, eq);
      if (eq !== -1) add(name, word.slice(eq + 1), dynamic);
      else if (valued.includes(name)) add(name, cmd.argv[++i] ?? '', cmd.dynamic[i] ?? false);
      else out.flags.add(name);
      continue;
    }
    if (options && word.startsWith('-') && word.length > 1) {
      for (let j = 1; j < word.length; j++) {
        const name = `-${word[j]}`;
        if (valued.includes(name)) {
          const rest = word.slice(j + 1);
          if (rest) add(name, rest, dynamic);
          else add(name, cmd.argv[++i] ?? '', cmd.dynamic[i] ?? false);
          break;
        }
        out.flags.add(name);
      }
      continue;
    }
    out.operands.push({ word, dynamic });
  }
  return out;
}

const has = (p: Parsed, ...names: string[]) => names.some((n) => p.flags.has(n) || p.options.has(n));
const opt = (p: Parsed, ...names: string[]) => names.flatMap((n) => p.options.get(n) ?? []);
const under = (dir: { word: string; dynamic: boolean }, name: string) => ({
  word: posix.join(dir.word, posix.basename(name)),
  dynamic: dir.dynamic,
});

/** `cp`/`install`/`ln`-style: sources into the last operand (or `-t DIR`). */
function copyLike(p: Parsed, tree: boolean, sourcesToo: boolean): WriteTarget[] {
  const targets: WriteTarget[] = [];
  const dirs = opt(p, '-t', '--target-directory');
  let sources = p.operands;
  let dest = dirs[0];
  if (!dest && !has(p, '-T', '--no-target-directory') && sources.length >= 1) {
    dest = sources[sources.length - 1];
    sources = sources.slice(0, -1);
  } else if (!dest && sources.length >= 2) {
    dest = sources[sources.length - 1];
    sources = sources.slice(0, -1);
  }
  if (dest) targets.push({ ...dest, tree });
  for (const src of sources) {
    if (dest) {
      const base = posix.basename(src.word);
      // `cp -r x/. dest` merges x's contents into dest: a write to the whole of dest.
      if (base === '.' || base === '..' || base === '' || src.dynamic)
        targets.push({ ...dest, dynamic: dest.dynamic || src.dynamic, tree: true });
      else targets.push({ ...under(dest, src.word), tree });
    }
    if (sourcesToo) targets.push({ ...src, tree: true });
  }
  return targets;
}

const REDIRECT_WRITE = /^(\d*>|\d*>>|&>|&>>|>\||\d*>\||\d*>&)$/;

/** Programs writeTargets reads in full (their other operands are sources, scripts or data). */
export const KNOWN_WRITERS = new Set([
  'cp',
  'install',
  'ln',
  'mv',
  'rm',
  'chmod',
  'chown',
  'chgrp',
  'setfacl',
  'chattr',
  'rmdir',
  'unlink',
  'shred',
  'truncate',
  'touch',
  'tee',
  'mkdir',
  'mkfifo',
  'dd',
  'sed',
  'awk',
  'gawk',
  'mawk',
  'nawk',
  'tar',
  'bsdtar',
  'unzip',
  'cpio',
  'rsync',
  'scp',
  'curl',
  'wget',
  'git',
  'find',
  'perl',
  'ruby',
  'patch',
]);

/** git's options before the subcommand that take a value. */
const GIT_GLOBAL_VALUED = /^(-C|-c|--git-dir|--work-tree|--namespace|--exec-path|--config-env|--super-prefix)$/;
/** Per subcommand, options that take a separate value (so it is not read as an operand). */
const GIT_VALUED: Record<string, string[]> = {
  checkout: ['-b', '-B', '--orphan', '--conflict', '--pathspec-from-file'],
  switch: ['-c', '-C', '--create', '--force-create', '--orphan', '--conflict'],
  restore: ['-s', '--source', '--conflict', '--pathspec-from-file'],
  reset: ['--pathspec-from-file'],
  stash: ['-m', '--message', '--pathspec-from-file'],
  merge: ['-m', '-F', '--file', '-s', '--strategy', '-X', '--strategy-option', '--into-name', '-S', '--gpg-sign', '--cleanup'],
  rebase: ['--onto', '-s', '--strategy', '-X', '--strategy-option', '-x', '--exec', '-S', '--gpg-sign', '-C', '--empty'],
  'cherry-pick': ['-m', '--mainline', '-s', '--strategy', '-X', '--strategy-option', '-S', '--gpg-sign', '--cleanup'],
  revert: ['-m', '--mainline', '-s', '--strategy', '-X', '--strategy-option', '-S', '--gpg-sign', '--cleanup'],
  'checkout-index': ['--prefix', '--stage'],
  'read-tree': ['--prefix', '--index-output', '--exclude-per-directory'],
  clean: ['-e', '--exclude'],
  clone: [
    '-b',
    '--branch',
    '-o',
    '--origin',
    '--depth',
    '--reference',
    '--template',
    '-c',
    '--config',
    '--separate-git-dir',
    '-j',
    '--jobs',
    '-u',
    '--upload-pack',
    '--filter',
  ],
  pull: ['-m', '-s', '--strategy', '-X', '--strategy-option', '--depth', '-j', '--jobs', '--upload-pack', '--recurse-submodules'],
};

/** The words after `git SUB`, split at `--` into options, operands and pathspecs. */
function gitArgs(words: { word: string; dynamic: boolean }[], valued: string[]) {
  const flags = new Set<string>();
  const values = new Map<string, string>();
  const operands: { word: string; dynamic: boolean }[] = [];
  let pathspecs: { word: string; dynamic: boolean }[] | undefined;
  for (let i = 0; i < words.length; i++) {
    const { word } = words[i];
    if (pathspecs) {
      pathspecs.push(words[i]);
      continue;
    }
    if (word === '--') {
      pathspecs = [];
      continue;
    }
    if (word.startsWith('--') && word.includes('=')) {
      values.set(word.slice(0, word.indexOf('=')), word.slice(word.indexOf('=') + 1));
      continue;
    }
    if (valued.includes(word)) {
      values.set(word, words[++i]?.word ?? '');
      continue;
    }
    if (word.startsWith('--')) {
      flags.add(word);
      continue;
    }
    if (word.startsWith('-') && word.length > 1) {
      // Bundled short flags (`-fd`); a valued one takes the rest or the next word.
      for (let j = 1; j < word.length; j++) {
        const name = `-${word[j]}`;
        if (valued.includes(name)) {
          values.set(name, word.slice(j + 1) || (words[++i]?.word ?? ''));
          break;
        }
        flags.add(name);
      }
      continue;
    }
    operands.push(words[i]);
  }
  return { flags, values, operands, pathspecs };
}

/** A word that can only be a path for git, never a revision. */
const pathLike = (w: string) => w === '.' || w === '..' || /^(\.{1,2}\/|\/|:)/.test(w) || /[*?[]/.test(w);

/**
 * What a git command writes in the work tree: pathspecs (each the whole tree below it), and the
 * commands that rewrite the work tree wholesale (checkout/switch/reset --hard to a revision,
 * merge, rebase, pull, cherry-pick, revert, stash, checkout-index -a, read-tree -u), whose files
 * depend on revisions (see GitTreeChange).
 */
function gitWrites(cmd: SimpleCommand): WriteTarget[] {
  const words = cmd.argv.map((word, i) => ({ word, dynamic: cmd.dynamic[i] ?? false }));
  let at = 1;
  let base: { word: string; dynamic: boolean } | undefined;
  let workTree: { word: string; dynamic: boolean } | undefined;
  for (; at < words.length; at++) {
    const w = words[at].word;
    if (!w.startsWith('-')) break;
    if (GIT_GLOBAL_VALUED.test(w)) {
      const v = words[++at];
      if (w === '-C' && v) base = base ? { word: posix.join(base.word, v.word), dynamic: base.dynamic || v.dynamic } : v;
      if (w === '--work-tree' && v) workTree = v;
    } else if (w.startsWith('--work-tree=')) workTree = { word: w.slice(12), dynamic: words[at].dynamic };
  }
  const sub = words[at]?.word;
  if (sub === undefined) return [];
  const folder = (o: { word: string; dynamic: boolean }) =>
    base && !posix.isAbsolute(o.word) ? { word: posix.join(base.word, o.word), dynamic: o.dynamic || base.dynamic } : o;
  // The folder git runs in: its repository's work tree is what a wholesale change rewrites.
  const where = workTree ? folder(workTree) : (base ?? { word: '.', dynamic: false });
  const a = gitArgs(words.slice(at + 1), GIT_VALUED[sub] ?? []);
  // `git checkout -` / `git switch -` / `git merge -`: the branch checked out before.
  for (const o of a.operands) if (o.word === '-') o.word = '@{-1}';
  const out: WriteTarget[] = [];
  const paths = (list: { word: string; dynamic: boolean }[]) => {
    for (const o of list) out.push({ ...folder(o), tree: true });
  };
  const whole = (change: GitTreeChange) => out.push({ ...where, tree: true, gitTree: change });
  const has = (...names: string[]) => names.some((n) => a.flags.has(n) || a.values.has(n));
  switch (sub) {
    case 'rm':
      paths([...a.operands, ...(a.pathspecs ?? [])]);
      if (!has('-r')) for (const t of out) t.tree = false;
      break;
    case 'mv':
      paths([...a.operands, ...(a.pathspecs ?? [])]);
      break;
    case 'restore':
      // `--staged` alone changes the index only.
      if (has('--staged', '-S') && !has('--worktree', '-W')) break;
      paths([...a.operands, ...(a.pathspecs ?? [])]);
      break;
    case 'checkout': {
      if (has('-p', '--patch')) {
        paths(a.pathspecs ?? a.operands);
        break;
      }
      const force = has('-f', '--force');
      const start = a.values.get('-b') ?? a.values.get('-B') ?? a.values.get('--orphan');
      if (a.pathspecs) {
        // `git checkout [REV] -- PATHS`: those paths, from the index or REV.
        paths(a.pathspecs);
        break;
      }
      if (start !== undefined) {
        // `checkout -b NEW [START]`: the tree changes only when START differs from HEAD.
        if (a.operands[0]) whole({ kind: 'diff', from: 'HEAD', to: a.operands[0].word, force, what: 'git checkout -b' });
        break;
      }
      const [first, ...rest] = a.operands;
      if (!first) {
        if (force) whole({ kind: 'diff', from: 'HEAD', to: 'HEAD', force, what: 'git checkout -f' });
        break;
      }
      if (pathLike(first.word)) {
        paths(a.operands);
        break;
      }
      if (rest.length > 0) {
        // `git checkout REV PATH…`
        paths(rest);
        break;
      }
      // A branch, or a path named without `--`: git decides; the rule asks whether it is a revision.
      paths([first]);
      whole({ kind: 'diff', from: 'HEAD', to: first.word, force, maybeRev: true, what: `git checkout ${first.word}` });
      break;
    }
    case 'switch': {
      const force = has('-f', '--force', '--discard-changes');
      if (has('--orphan')) whole({ kind: 'unknown', what: 'git switch --orphan' });
      else if (a.operands[0] || !has('-c', '-C', '--create', '--force-create'))
        whole({ kind: 'diff', from: 'HEAD', to: a.operands[0]?.word ?? '@{-1}', force, what: 'git switch' });
      break;
    }
    case 'reset':
      if (has('--hard', '--merge', '--keep'))
        whole({ kind: 'diff', from: 'HEAD', to: a.operands[0]?.word ?? 'HEAD', force: has('--hard'), what: 'git reset --hard' });
      break;
    case 'merge':
    case 'rebase': {
      if (has('--abort', '--quit', '--continue', '--skip', '--onto', '-i', '--interactive', '--root') || a.operands.length !== 1) {
        if (!(sub === 'merge' && a.operands.length > 1))
          whole({ kind: 'unknown', what: `git ${sub}${a.operands.length === 0 ? '' : ' with these options'}` });
        else for (const o of a.operands) whole({ kind: 'diff', from: `HEAD...${o.word}`, to: o.word, force: false, what: `git ${sub}` });
        break;
      }
      const rev = a.operands[0].word;
      whole({ kind: 'diff', from: `HEAD...${rev}`, to: rev, force: false, what: `git ${sub} ${rev}` });
      break;
    }
    case 'cherry-pick':
    case 'revert': {
      if (has('--abort', '--quit', '--continue', '--skip') || a.operands.length === 0 || a.operands.some((o) => o.word.includes('..'))) {
        whole({ kind: 'unknown', what: `git ${sub}` });
        break;
      }
      for (const o of a.operands) whole({ kind: 'diff', from: `${o.word}^`, to: o.word, force: false, what: `git ${sub} ${o.word}` });
      break;
    }
    case 'pull': {
      // What it merges is judged by the remote-tracking branch as last fetched (an agent's own
      // push updates it); a refspec with `:` or an option that changes what is merged cannot be.
      const [remote, branch, ...more] = a.operands;
      const to = !remote
        ? '@{upstream}'
        : branch && !branch.word.includes(':') && more.length === 0
          ? `${remote.word}/${branch.word}`
          : undefined;
      if (to === undefined || remote?.dynamic || branch?.dynamic || has('--all'))
        whole({ kind: 'unknown', what: 'git pull (run `git fetch`, then `git merge REV`)' });
      else whole({ kind: 'diff', from: `HEAD...${to}`, to, force: false, what: `git pull (${to})` });
      break;
    }
    case 'stash': {
      const action = a.operands[0]?.word ?? 'push';
      if (['list', 'show', 'drop', 'clear', 'create', 'store'].includes(action)) break;
      const untracked = has('-u', '--include-untracked', '-a', '--all');
      const specs = a.pathspecs ?? (action === 'push' ? a.operands.slice(1) : []);
      if ((action === 'push' || action === 'save') && specs.length > 0) paths(specs);
      else if (action === 'push' || action === 'save' || a.operands.length === 0)
        // Saving resets the tracked files to HEAD (and with -u/-a removes the others).
        whole({ kind: 'diff', from: 'HEAD', to: 'HEAD', force: true, untracked, what: `git stash${untracked ? ' -u' : ''}` });
      else if (action === 'pop' || action === 'apply') {
        const ref = a.operands[1]?.word ?? 'stash@{0}';
        whole({ kind: 'stash', ref: /^\d+$/.test(ref) ? `stash@{${ref}}` : ref, what: `git stash ${action}` });
      } else whole({ kind: 'unknown', what: `git stash ${action}` });
      break;
    }
    case 'checkout-index': {
      const prefix = a.values.get('--prefix');
      if (prefix !== undefined) out.push({ ...folder({ word: prefix.replace(/[^/]*$/, '') || '.', dynamic: false }), tree: true });
      if (has('-a', '--all', '--stdin')) whole({ kind: 'unknown', what: 'git checkout-index --all' });
      else paths([...a.operands, ...(a.pathspecs ?? [])]);
      break;
    }
    case 'read-tree':
      if (has('-u')) whole({ kind: 'unknown', what: 'git read-tree -u' });
      break;
    case 'clean':
      if (has('-n', '--dry-run')) break;
      if (a.operands.length || a.pathspecs?.length) paths([...a.operands, ...(a.pathspecs ?? [])]);
      else out.push({ ...where, tree: true });
      break;
    case 'apply':
      if (has('--check', '--stat', '--numstat', '--summary', '--cached')) break;
      out.push({ ...where, tree: true });
      break;
    case 'am':
      out.push({ ...where, tree: true });
      break;
    case 'bisect':
      if (a.operands[0] && !['log', 'view', 'visualize', 'terms'].includes(a.operands[0].word))
        whole({ kind: 'unknown', what: 'git bisect' });
      break;
    case 'clone': {
      const ops = a.operands;
      // Without DIR, git names the folder after the URL's last part (static even when the host part is not).
      const named = ops[0] ? posix.basename(ops[0].word.replace(/\/+$/, '')).replace(/\.git$/, '') : '';
      const dir = ops[1] ?? (ops[0] ? { word: named, dynamic: /[$`*?[]/.test(named) } : undefined);
      if (dir) out.push({ ...folder(dir), tree: true });
      break;
    }
  }
  return out;
}

/**
 * The name patterns every entry a `find` expression selects must match: the `-name`/`-iname`
 * tests joined by the implicit AND. Anything that could widen the selection (`-o`, `!`, `-not`,
 * parentheses, `-path`, `-regex`, a dynamic word) gives undefined: the whole tree counts.
 */
function findNames(expression: string[]): string[] | undefined {
  const names: string[] = [];
  for (let i = 0; i < expression.length; i++) {
    const w = expression[i];
    if (/^(-o|-or|!|-not|\(|\)|,|-path|-ipath|-wholename|-iwholename|-regex|-iregex|-lname|-ilname)$/.test(w)) return undefined;
    if (w === '-name' || w === '-iname') {
      const pattern = expression[++i];
      if (pattern === undefined || /[$`]/.test(pattern)) return undefined;
      names.push(w === '-iname' ? `i:${pattern}` : pattern);
    }
  }
  return names.length > 0 ? names : undefined;
}

/** Every target the simple command writes. */
export function writeTargets(cmd: SimpleCommand): WriteTarget[] {
  const targets: WriteTarget[] = [];
  for (const r of cmd.redirects) {
    // `2>&1` duplicates a descriptor; `>&file` writes file.
    if (REDIRECT_WRITE.test(r.op) && !/^(\d+|-)$/.test(r.target) && !/^\/dev\/(null|stdout|stderr|tty|fd\/\d+)$/.test(r.target)) {
      targets.push({ word: r.target, dynamic: /[$`*?[]/.test(r.target), tree: false });
    }
  }
  const program = cmd.argv[0] ?? '';
  const p = parse(cmd, VALUED[program] ?? []);
  const recursive = has(p, '-r', '-R', '--recursive', '-a', '--archive');
  const all = (tree: boolean) => p.operands.map((o) => ({ ...o, tree }));
  switch (program) {
    case 'cp':
    case 'install':
      if (program === 'install' && has(p, '-d', '--directory')) targets.push(...all(false));
      else targets.push(...copyLike(p, recursive, false));
      break;
    case 'ln':
      // A link pointing into a protected folder is a way to write there later: its source counts too.
      targets.push(...copyLike(p, false, true));
      break;
    case 'mv':
      // Moving something away changes it (`mv .claude .claude.off`): sources count as whole trees.
      targets.push(...copyLike(p, false, true));
      break;
    case 'rm':
    case 'chmod':
    case 'chown':
    case 'chgrp':
    case 'setfacl':
    case 'chattr': {
      const ops = program === 'rm' ? p.operands : p.operands.slice(1); // chmod MODE FILE…
      targets.push(...ops.map((o) => ({ ...o, tree: recursive })));
      break;
    }
    case 'rmdir':
    case 'unlink':
    case 'shred':
    case 'truncate':
    case 'touch':
    case 'tee':
    case 'mkdir':
    case 'mkfifo':
      targets.push(...all(false));
      break;
    case 'dd':
      targets.push(
        ...p.operands.filter((o) => o.word.startsWith('of=')).map((o) => ({ word: o.word.slice(3), dynamic: o.dynamic, tree: false })),
      );
      break;
    case 'sed': {
      const inPlace = [...p.flags].some((f) => f === '-i' || f === '--in-place') || cmd.argv.some((a) => /^(-i.+|--in-place=.*)$/.test(a));
      const scripts = opt(p, '-e', '--expression');
      const files = scripts.length > 0 || opt(p, '-f', '--file').length > 0 ? p.operands : p.operands.slice(1);
      if (scripts.length === 0 && p.operands[0]) scripts.push(p.operands[0]);
      if (inPlace) targets.push(...files.map((o) => ({ ...o, tree: false })));
      // The `w FILE` command and the `w` flag of `s///` write FILE.
      for (const s of scripts) {
        for (const m of s.word.matchAll(/(?:^|[;\n{}]|\/[gpIiMme0-9]*)\s*w\s+([^;\n}]+)/g))
          targets.push({ word: m[1].trim(), dynamic: s.dynamic, tree: false });
      }
      break;
    }
    case 'awk':
    case 'gawk':
    case 'mawk':
    case 'nawk': {
      const body = cmd.argv.slice(1).find((a, i) => !a.startsWith('-') && cmd.argv[i] !== '-f' && cmd.argv[i] !== '-v') ?? '';
      for (const m of body.matchAll(/(?:print|printf)[^;}>|]*>>?\s*("([^"]*)"|[^\s;}]+)/g)) {
        targets.push(m[2] !== undefined ? { word: m[2], dynamic: false, tree: false } : { word: `$${m[1]}`, dynamic: true, tree: false });
      }
      if (cmd.argv.some((a, i) => a === 'inplace' && cmd.argv[i - 1] === '-i'))
        targets.push(...p.operands.slice(1).map((o) => ({ ...o, tree: false })));
      break;
    }
    case 'tar':
    case 'bsdtar': {
      const first = cmd.argv[1] ?? '';
      const extract = has(p, '-x', '--extract', '--get') || (/^[a-zA-Z]+$/.test(first) && first.includes('x'));
      const create = has(p, '-c', '--create', '-r', '--append', '-u', '--update') || (/^[a-zA-Z]+$/.test(first) && /[cru]/.test(first));
      const dirs = [...cmd.argv.entries()]
        .filter(([i]) => cmd.argv[i - 1] === '-C' || cmd.argv[i - 1] === '--directory')
        .map(([i, w]) => ({ word: w, dynamic: cmd.dynamic[i] ?? false }));
      for (const [i, w] of cmd.argv.entries())
        if (w.startsWith('--directory=')) dirs.push({ word: w.slice(12), dynamic: cmd.dynamic[i] ?? false });
      if (extract) {
        targets.push(...(dirs.length ? dirs : [{ word: '.', dynamic: false }]).map((d) => ({ ...d, tree: true })));
        if (has(p, '-P', '--absolute-names')) targets.push({ word: '/', dynamic: false, tree: true });
      }
      if (create) {
        const file = [...cmd.argv.entries()].find(([i]) => /^-[a-zA-Z]*f$/.test(cmd.argv[i - 1] ?? '') || cmd.argv[i - 1] === '--file');
        if (file) targets.push({ word: file[1], dynamic: cmd.dynamic[file[0]] ?? false, tree: false });
      }
      break;
    }
    case 'unzip': {
      if (has(p, '-l', '-p', '-t', '-v', '-Z')) break;
      const dir = cmd.argv.indexOf('-d');
      targets.push(
        dir !== -1
          ? { word: cmd.argv[dir + 1] ?? '', dynamic: cmd.dynamic[dir + 1] ?? false, tree: true }
          : { word: '.', dynamic: false, tree: true },
      );
      break;
    }
    case 'cpio': {
      const extract = has(p, '-i', '--extract') || cmd.argv.some((a) => /^-[a-zA-Z]*i/.test(a));
      const pass = has(p, '-p', '--pass-through') || cmd.argv.some((a) => /^-[a-zA-Z]*p/.test(a));
      const dir = cmd.argv.findIndex((a) => a === '-D' || a === '--directory');
      const base = dir !== -1 ? { word: cmd.argv[dir + 1] ?? '', dynamic: cmd.dynamic[dir + 1] ?? false } : { word: '.', dynamic: false };
      if (extract) targets.push({ ...base, tree: true });
      if (pass) targets.push(...p.operands.slice(-1).map((o) => ({ ...o, tree: true })));
      break;
    }
    case 'rsync':
    case 'scp': {
      const dest = p.operands[p.operands.length - 1];
      if (dest && p.operands.length >= 2 && !/^[^/]*:/.test(dest.word)) targets.push({ ...dest, tree: true });
      break;
    }
    case 'curl': {
      for (const [i, w] of cmd.argv.entries()) {
        const prev = cmd.argv[i - 1];
        if (
          prev === '-o' ||
          prev === '--output' ||
          prev === '--output-dir' ||
          prev === '-c' ||
          prev === '--cookie-jar' ||
          prev === '-D' ||
          prev === '--dump-header'
        ) {
          targets.push({ word: w, dynamic: cmd.dynamic[i] ?? false, tree: prev === '--output-dir' });
        } else if (/^-o./.test(w) && !w.startsWith('--')) targets.push({ word: w.slice(2), dynamic: cmd.dynamic[i] ?? false, tree: false });
        else if (/^--output(-dir)?=/.test(w))
          targets.push({ word: w.slice(w.indexOf('=') + 1), dynamic: cmd.dynamic[i] ?? false, tree: w.startsWith('--output-dir') });
      }
      if (has(p, '-O', '--remote-name', '--remote-name-all') || cmd.argv.some((a) => /^-[a-zA-Z]*O/.test(a) && !a.startsWith('--'))) {
        for (const o of p.operands)
          if (/^[a-z]+:\/\//i.test(o.word))
            targets.push({ word: posix.basename(o.word.replace(/[?#].*$/, '')) || '.', dynamic: o.dynamic, tree: false });
      }
      break;
    }
    case 'wget': {
      let named = false;
      for (const [i, w] of cmd.argv.entries()) {
        const prev = cmd.argv[i - 1];
        if (
          prev === '-O' ||
          prev === '--output-document' ||
          prev === '-P' ||
          prev === '--directory-prefix' ||
          prev === '-o' ||
          prev === '--output-file' ||
          prev === '-a'
        ) {
          targets.push({ word: w, dynamic: cmd.dynamic[i] ?? false, tree: prev === '-P' || prev === '--directory-prefix' });
          named ||= prev === '-O' || prev === '--output-document';
        } else if (/^(-O|-P).+/.test(w)) {
          targets.push({ word: w.slice(2), dynamic: cmd.dynamic[i] ?? false, tree: w.startsWith('-P') });
          named ||= w.startsWith('-O');
        } else if (/^--(output-document|directory-prefix)=/.test(w)) {
          targets.push({ word: w.slice(w.indexOf('=') + 1), dynamic: cmd.dynamic[i] ?? false, tree: w.startsWith('--directory-prefix') });
          named ||= w.startsWith('--output-document');
        }
      }
      if (!named)
        for (const o of p.operands)
          if (/^[a-z]+:\/\//i.test(o.word))
            targets.push({ word: posix.basename(o.word.replace(/[?#].*$/, '')) || '.', dynamic: o.dynamic, tree: true });
      break;
    }
    case 'perl':
    case 'ruby': {
      // `perl -pi -e 's/a/b/' FILE`: in place. The -e bodies are not files.
      if (!cmd.argv.some((a) => /^-[a-zA-Z]*i/.test(a) && !a.startsWith('--'))) break;
      const files = cmd.argv
        .map((w, i) => ({ word: w, dynamic: cmd.dynamic[i] ?? false }))
        .filter((o, i) => i > 0 && !o.word.startsWith('-') && !/^-[a-zA-Z]*[eE]$/.test(cmd.argv[i - 1] ?? ''));
      targets.push(...files.map((o) => ({ ...o, tree: false })));
      break;
    }
    case 'patch': {
      // The files a patch changes are named inside it: the whole folder it runs in (or -d DIR).
      const dir = opt(
        parse(cmd, ['-d', '--directory', '-p', '-i', '--input', '-o', '--output', '-r', '-B', '-z', '-F', '-V', '-D']),
        '-d',
        '--directory',
      )[0];
      targets.push({ ...(dir ?? { word: '.', dynamic: false }), tree: true });
      break;
    }
    case 'git':
      targets.push(...gitWrites(cmd));
      break;
    case 'find': {
      if (!cmd.argv.includes('-delete')) break;
      const roots = cmd.argv.slice(1).map((w, k) => ({ word: w, dynamic: cmd.dynamic[k + 1] ?? false }));
      const end = roots.findIndex((r) => /^[-(!]/.test(r.word));
      const paths = end === -1 ? roots : roots.slice(0, end);
      const names = findNames(cmd.argv.slice(1 + (end === -1 ? roots.length : end)));
      targets.push(
        ...(paths.length ? paths : [{ word: '.', dynamic: false }]).map((r) => ({ ...r, tree: true, ...(names ? { names } : {}) })),
      );
      break;
    }
  }
  // `tee >(grep x)`: a process substitution is a pipe the shell opens, not a file.
  for (let i = targets.length - 1; i >= 0; i--) if (/^[<>]\(/.test(targets[i].word)) targets.splice(i, 1);
  // `find … -exec rm {} \;`, `xargs rm`: the operands are found at run time.
  if (targets.length > 0 && cmd.via.some((v) => v.startsWith('find') || v.startsWith('xargs'))) {
    for (const t of targets) if (t.word.includes('{}') || t.word.includes('{xargs')) t.dynamic = true;
  }
  return targets;
}
