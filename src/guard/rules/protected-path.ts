// protected-path: the agent may not change what keeps it in check (execguard's state folder, the
// plugin, Claude Code settings, managed settings, the policy file) nor read execguard's keys. A
// write whose target cannot be resolved statically and could reach them is denied: fail closed.
// Not lifted by any approval. Pure: paths come as data, symlinks through ctx.resolveLinks.
import { posix } from 'node:path';
import type { SimpleCommand } from '../../shell/types.js';
import {
  globMatches,
  globWhy,
  inside,
  namesProtected,
  type ProtectedPaths,
  protectedInTree,
  protectedRoots,
  protectedWhy,
  resolveWord,
  runsInterpreter,
} from '../protected-path-checks.js';
import type { GuardContext, Rule, RuleHit } from '../types.js';

const { relative } = posix;
import { type GitTreeChange, KNOWN_WRITERS, writeTargets } from '../written-paths.js';

const INTERPRETERS = new Set([
  'python',
  'python2',
  'python3',
  'node',
  'nodejs',
  'perl',
  'ruby',
  'php',
  'deno',
  'bun',
  'Rscript',
  'lua',
  'tclsh',
]);
const BODY_FLAGS = new Set(['-c', '-e', '-E', '--eval', '-p', '--print', '-r', '-x']);
/** Programs whose arguments are data, not files: `echo ~/.local/state/execguard` reads nothing. */
const DATA = new Set([
  'echo',
  'printf',
  'true',
  ':',
  'test',
  '[',
  '[[',
  'export',
  'local',
  'declare',
  'typeset',
  'readonly',
  'cd',
  'pushd',
  'basename',
  'dirname',
]);
/** Readers that take a whole folder: pointed at the state folder, they read its keys too. */
const TREE_READERS = new Set([
  'cp',
  'tar',
  'bsdtar',
  'zip',
  '7z',
  'rsync',
  'scp',
  'grep',
  'egrep',
  'rg',
  'ag',
  'find',
  'du',
  'cpio',
  'base64',
  'xxd',
  'od',
  'strings',
  'git',
]);

/** Programs that only read or print their operands. */
const READERS = new Set([
  'cat',
  'less',
  'more',
  'head',
  'tail',
  'grep',
  'egrep',
  'fgrep',
  'rg',
  'ag',
  'ls',
  'stat',
  'wc',
  'diff',
  'cmp',
  'file',
  'jq',
  'bat',
  'tree',
  'du',
  'readlink',
  'realpath',
  'sha256sum',
  'sha1sum',
  'sha512sum',
  'md5sum',
  'cksum',
  'b2sum',
  'od',
  'hexdump',
  'strings',
  'column',
  'cut',
  'nl',
  'uniq',
  'tr',
  'pwd',
  'which',
  'type',
  'command',
  'false',
  'popd',
  'unset',
  'base64',
  'xxd',
  'execguard',
  'execguard.mjs',
]);
/** Programs whose first operand is a script they run (not a file they change). */
const RUNNERS = new Set([
  'bash',
  'sh',
  'zsh',
  'dash',
  'ksh',
  'fish',
  'source',
  '.',
  'node',
  'nodejs',
  'python',
  'python2',
  'python3',
  'deno',
  'bun',
  'tsx',
  'php',
  'lua',
  'Rscript',
  'tclsh',
]);

const TAIL =
  " An agent may not change execguard's state, the plugin, Claude Code settings or the policy file, nor read execguard's keys; describe the change and ask the user to make it.";

/** The interpreter's program text (`python3 -c BODY`, `node -e BODY`, `python3 - <<EOF`), if any. */
function interpreterBody(cmd: SimpleCommand): string | undefined {
  const [program = '', ...args] = cmd.argv;
  if (!INTERPRETERS.has(program.replace(/[\d.]+$/, '')) && !INTERPRETERS.has(program)) return undefined;
  const bodies: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (BODY_FLAGS.has(args[i]) && args[i + 1] !== undefined) bodies.push(args[i + 1]);
    else if (/^--eval=/.test(args[i])) bodies.push(args[i].slice(7));
  }
  if (cmd.stdin?.text && (args.includes('-') || !args.some((a) => !a.startsWith('-')))) bodies.push(cmd.stdin.text);
  return bodies.length ? bodies.join('\n') : undefined;
}

/** The folder a command runs in: the tracked `cd`, else the caller's; undefined when unknown. */
function folderOf(cmd: SimpleCommand, index: number, ctx: GuardContext, pp: ProtectedPaths, homeKnown = true): string | undefined {
  const start = ctx.cwd;
  // CDPATH makes `cd name` land anywhere.
  if (/\bCDPATH\b/.test(ctx.raw) && ctx.analysis.commands.slice(0, index).some((c) => /^(cd|pushd)$/.test(c.argv[0] ?? '')))
    return undefined;
  if (cmd.cwd === undefined) {
    // `cd -` / `popd` leave the folder unknown: the analysis drops it. (A `cd` in a subshell that
    // ended also leaves no folder: the command runs where the caller started.)
    const moved = ctx.analysis.commands
      .slice(0, index)
      .some((c) => c.argv[0] === 'popd' || (/^(cd|pushd)$/.test(c.argv[0] ?? '') && c.argv.includes('-')));
    return moved ? undefined : start;
  }
  const r = resolveWord(cmd.cwd, /[$`*?[]/.test(cmd.cwd), start, pp, homeKnown);
  return r.kind === 'path' ? r.path : undefined;
}

const INDEX_WRITE = /^--(cacheinfo|index-info|add|replace)$/;

/**
 * Does an earlier git command in this command put arbitrary entries into the index
 * (`update-index --cacheinfo`, `read-tree`, `apply --cached`)? Then what a later checkout writes
 * (links included) cannot be known from the trees on disk.
 */
/** The git subcommand of a simple command (`git -C x stash` -> `stash`), or undefined. */
const gitSub = (c: SimpleCommand): string | undefined =>
  c.argv[0] === 'git'
    ? c.argv.find((a, i) => i > 0 && !a.startsWith('-') && !/^(-C|-c|--git-dir|--work-tree)$/.test(c.argv[i - 1] ?? ''))
    : undefined;

/** git subcommands that can create files (links included) in the work tree. */
const CREATES = new Set(['checkout', 'restore', 'checkout-index', 'mv', 'apply', 'am', 'clone', 'stash', 'reset', 'switch']);

function indexTouchedBefore(ctx: GuardContext, index: number): boolean {
  return ctx.analysis.commands.slice(0, index).some((c) => {
    if (c.argv[0] !== 'git') return false;
    const sub = gitSub(c);
    if (sub === 'update-index') return c.argv.some((a) => INDEX_WRITE.test(a));
    if (sub === 'read-tree') return true;
    if (sub === 'apply') return c.argv.includes('--cached') || c.argv.includes('--index');
    return false;
  });
}

/** Paths an earlier git command in this command checked out one by one: they may now be links. */
function checkedOutBefore(ctx: GuardContext, index: number, pp: ProtectedPaths, homeKnown: boolean): string[] {
  const out: string[] = [];
  for (const [i, c] of ctx.analysis.commands.slice(0, index).entries()) {
    if (!CREATES.has(gitSub(c) ?? '')) continue;
    const cwd = folderOf(c, i, ctx, pp, homeKnown);
    for (const t of writeTargets(c)) {
      if (t.gitTree) continue;
      const r = resolveWord(t.word, t.dynamic, cwd, pp, homeKnown);
      if (r.kind === 'path') out.push(r.path);
    }
  }
  return out;
}

/** The revisions earlier git commands in this command check out wholesale, each with its work tree's top. */
function wholesaleBefore(ctx: GuardContext, index: number, pp: ProtectedPaths, homeKnown: boolean): { top: string; rev: string }[] {
  const git = ctx.git;
  if (!git) return [];
  const out: { top: string; rev: string }[] = [];
  for (const [i, c] of ctx.analysis.commands.slice(0, index).entries()) {
    if (c.argv[0] !== 'git') continue;
    const cwd = folderOf(c, i, ctx, pp, homeKnown);
    for (const t of writeTargets(c)) {
      const change = t.gitTree;
      if (!change || change.kind === 'unknown') continue;
      const r = resolveWord(t.word, t.dynamic, cwd, pp, homeKnown);
      const top = r.kind === 'path' ? git.top(r.path) : undefined;
      if (top) out.push({ top, rev: change.kind === 'stash' ? change.ref : change.to });
    }
  }
  return out;
}

/**
 * Would a revision checked out earlier in this command put a symlink at `path` or one of its
 * folders? Then a write there lands wherever the link points, which the guard cannot see yet.
 */
function linkFromRevision(path: string, revs: { top: string; rev: string }[], ctx: GuardContext): string | null {
  for (const { top, rev } of revs) {
    if (!inside(path, top) || path === top) continue;
    const parts = relative(top, path).split('/');
    const prefixes = parts.map((_, k) => parts.slice(0, k + 1).join('/'));
    const entries = ctx.git?.tree(top, rev, prefixes);
    const link = prefixes.find((p) => entries?.get(p)?.startsWith('120000 '));
    if (link) return `${link} in ${rev}`;
  }
  return null;
}

/** Did an earlier command in this command save a stash (so `stash pop` re-applies what is on disk now)? */
function stashedBefore(ctx: GuardContext, index: number): boolean {
  return ctx.analysis.commands
    .slice(0, index)
    .some((c) => c.argv[0] === 'git' && writeTargets(c).some((t) => t.gitTree?.what.startsWith('git stash') && t.gitTree.kind === 'diff'));
}

type Entries = Map<string, string>;
const changedBetween = (from: Entries, to: Entries) =>
  [...new Set([...from.keys(), ...to.keys()])].filter((n) => from.get(n) !== to.get(n));

/** A git command that rewrites the work tree of `base`'s repository: which protected files it could write. */
function gitTreeHit(
  cmd: SimpleCommand,
  change: GitTreeChange | undefined,
  base: string,
  ctx: GuardContext,
  pp: ProtectedPaths,
  indexTouched: boolean,
  stashed: boolean,
): string | null {
  const git = ctx.git;
  // Without the repository reader (a caller that injects none) only the paths themselves count.
  if (!git) return null;
  const top = git.top(base);
  if (!top) return null; // not in a repository: git refuses
  const text = cmd.text.slice(0, 160);
  const topWhy = protectedWhy(top, pp);
  if (topWhy) return `\`${text}\` rewrites files in ${top}, ${topWhy}.`;
  // The protected places in this work tree: execguard's own (project settings and policy, the
  // user's ~/.claude, the state folder, the plugin) wherever they sit in it, and the repository's
  // own .claude/ and policy file when it has them.
  const own = ['.claude', '.execguard.yaml', '.execguard.yml'];
  const rel = new Set(
    protectedRoots(pp, top)
      .filter((r) => inside(r, top) && r !== top)
      .map((r) => relative(top, r)),
  );
  const present = new Set([...git.worktree(top, own).keys(), ...(git.tree(top, 'HEAD', own)?.keys() ?? [])]);
  for (const name of own) if ([...present].some((p) => p === name || p.startsWith(`${name}/`))) rel.add(name);
  if (rel.size === 0) return null;
  const list = [...rel].sort();
  const what = change?.what ?? cmd.argv.slice(0, 3).join(' ');
  const blocked = (why: string) =>
    `\`${text}\` ${why}; the work tree of ${top} holds ${list.join(', ')}, which an agent may not change. Leave them out (name the paths you need, e.g. \`git checkout REV -- src/\`, \`git stash push -- src/\`) or ask the user to run it.`;
  if (!change || change.kind === 'unknown' || indexTouched)
    return blocked(
      `rewrites the work tree in a way the guard cannot narrow (${what}${indexTouched ? ' after the index was written directly' : ''})`,
    );
  let effective = change;
  // `git stash && … && git stash pop`: the pop re-applies what is on disk now.
  if (change.kind === 'stash' && stashed) effective = { kind: 'diff', from: 'HEAD', to: 'HEAD', force: true, what };
  const changed: string[] = [];
  if (effective.kind === 'stash') {
    const from = git.tree(top, `${effective.ref}^1`, list);
    const to = git.tree(top, effective.ref, list);
    if (!from || !to) return blocked(`applies ${effective.ref}, which the guard cannot read`);
    changed.push(...changedBetween(from, to), ...(git.tree(top, `${effective.ref}^3`, list)?.keys() ?? []));
  } else if (effective.kind === 'diff') {
    const to = git.tree(top, effective.to, list);
    if (!to) return effective.maybeRev ? null : blocked(`rewrites the work tree to ${effective.to}, which the guard cannot read`);
    const from = git.tree(top, effective.from, list);
    if (!from) return blocked(`rewrites the work tree from ${effective.from}, which the guard cannot read`);
    changed.push(...changedBetween(from, to));
    if (effective.force) {
      const disk = git.worktree(top, list);
      const names = new Set([...from.keys(), ...to.keys(), ...(effective.untracked ? disk.keys() : [])]);
      for (const n of names) if (disk.get(n) !== to.get(n) && !changed.includes(n)) changed.push(n);
    }
  }
  if (changed.length === 0) return null;
  return blocked(`would change ${changed.slice(0, 3).join(', ')} (${what})`);
}

function writeHit(cmd: SimpleCommand, index: number, ctx: GuardContext, pp: ProtectedPaths, homeKnown: boolean): string | null {
  const cwd = folderOf(cmd, index, ctx, pp, homeKnown);
  const links = ctx.resolveLinks ?? ((p: string) => p);
  const isGit = cmd.argv[0] === 'git';
  const indexTouched = isGit && indexTouchedBefore(ctx, index);
  const stashed = isGit && stashedBefore(ctx, index);
  const fresh = isGit ? [] : checkedOutBefore(ctx, index, pp, homeKnown);
  const revs = isGit ? [] : wholesaleBefore(ctx, index, pp, homeKnown);
  // GIT_WORK_TREE names the work tree a git command rewrites.
  const workTree = isGit ? cmd.assignments.GIT_WORK_TREE : undefined;
  for (const target of writeTargets(cmd)) {
    const word = target.gitTree && workTree !== undefined ? workTree || '$GIT_WORK_TREE' : target.word;
    const r = resolveWord(word, target.dynamic, cwd, pp, homeKnown);
    if (r.kind === 'unknown') {
      return `\`${cmd.text.slice(0, 160)}\` writes to a place the guard cannot resolve statically (${r.why}); it could reach execguard's own files, so it is blocked. Write to a literal path inside the project instead.`;
    }
    if (r.kind === 'glob') {
      const why = globWhy(r.dir, r.patterns, pp, cwd);
      if (why) return `\`${cmd.text.slice(0, 160)}\` writes through a pattern that could match ${why}.`;
      if (indexTouched) {
        const hit = gitTreeHit(cmd, undefined, r.dir, ctx, pp, true, false);
        if (hit) return hit;
      }
      continue;
    }
    if (target.gitTree || indexTouched) {
      const hit = gitTreeHit(cmd, target.gitTree, r.path, ctx, pp, indexTouched, stashed);
      if (hit) return hit;
      if (target.gitTree) continue;
    }
    const real = links(r.path);
    const why = protectedWhy(r.path, pp) ?? protectedWhy(real, pp);
    if (why) return `\`${cmd.text.slice(0, 160)}\` would change ${r.path}, ${why}.`;
    const link = revs.length > 0 ? linkFromRevision(r.path, revs, ctx) : null;
    if (link)
      return `\`${cmd.text.slice(0, 160)}\` writes to ${r.path} after git checked out a revision in which ${link} is a symbolic link: the write would land wherever it points. Run the checkout on its own first.`;
    if (fresh.some((f) => inside(r.path, f)))
      return `\`${cmd.text.slice(0, 160)}\` writes to ${r.path}, which git checked out earlier in this command: it may be a link (into .claude/ or execguard's state) that the guard cannot see yet. Run the checkout on its own first.`;
    if (target.tree) {
      const root = protectedInTree(r.path, pp, cwd, target.names)[0] ?? protectedInTree(real, pp, cwd, target.names)[0];
      if (root)
        return `\`${cmd.text.slice(0, 160)}\` writes to the whole of ${r.path}, which holds ${root} (${protectedWhy(root, pp) ?? 'protected'}).`;
    }
  }
  return null;
}

/** Any other program given a protected file as an operand (`ex -sc wq .claude/settings.json`, `vim`, `jq … -i`): it may change it. */
function otherHit(cmd: SimpleCommand, index: number, ctx: GuardContext, pp: ProtectedPaths, homeKnown: boolean): string | null {
  const program = cmd.argv[0] ?? '';
  if (KNOWN_WRITERS.has(program) || READERS.has(program) || DATA.has(program)) return null;
  // Readers unless told to write: `yq -i`, `sort -o FILE`.
  if (program === 'yq' && !cmd.argv.some((a) => /^(-[a-zA-Z]*i|--inplace)$/.test(a))) return null;
  if (program === 'sort' && !cmd.argv.some((a) => /^(-[a-zA-Z]*o|--output)/.test(a))) return null;
  const cwd = folderOf(cmd, index, ctx, pp, homeKnown);
  const links = ctx.resolveLinks ?? ((p: string) => p);
  let skipScript = RUNNERS.has(program.replace(/[\d.]+$/, '')) || RUNNERS.has(program);
  for (let i = 1; i < cmd.argv.length; i++) {
    if (cmd.dynamic[i]) continue;
    const raw = cmd.argv[i];
    const word = raw.startsWith('-') ? (/^--?[\w-]+=(.+)$/.exec(raw)?.[1] ?? '') : raw;
    if (!word) continue;
    if (skipScript && !raw.startsWith('-')) {
      skipScript = false;
      continue;
    }
    // Only words that clearly name a place: absolute, under `~`, or naming a protected name
    // (`gh pr checks` names no file `pr`; `kubectl get deployment/web` no file either).
    if (!/^[/~]/.test(word) && !/(^|\/)(\.claude|\.execguard\.ya?ml)(\/|$)/.test(word)) continue;
    const r = resolveWord(word, false, cwd, pp, homeKnown);
    if (r.kind !== 'path') continue;
    const why = protectedWhy(r.path, pp) ?? protectedWhy(links(r.path), pp);
    if (why) return `\`${cmd.text.slice(0, 160)}\` gives ${r.path} (${why}) to \`${program}\`, which may change it.`;
  }
  return null;
}

/** A word a reader is given, and the folder it is read from (undefined: not known statically). */
interface Member {
  word: string;
  dynamic: boolean;
  base: string | undefined;
}

/**
 * The words a reader is given, each with the folder it is read from: the command's folder, except
 * that `tar -C DIR` / `--directory=DIR` reads the members named after it from DIR
 * (`tar -czf x.tgz -C ~/.local/state execguard` archives the state folder, keys included).
 */
function membersOf(cmd: SimpleCommand, cwd: string | undefined, pp: ProtectedPaths, homeKnown: boolean): Member[] {
  const tar = cmd.argv[0] === 'tar' || cmd.argv[0] === 'bsdtar';
  const out: Member[] = [];
  let base = cwd;
  for (let i = 1; i < cmd.argv.length; i++) {
    const word = cmd.argv[i];
    const dynamic = cmd.dynamic[i] ?? false;
    const separate = tar && (word === '-C' || word === '--directory') && i + 1 < cmd.argv.length;
    const dir = separate ? cmd.argv[++i] : tar ? /^(?:-C|--directory=)(.+)$/.exec(word)?.[1] : undefined;
    if (dir !== undefined) {
      const r = resolveWord(dir, cmd.dynamic[i] ?? false, base, pp, homeKnown);
      if (r.kind === 'path') base = r.path;
      out.push({ word: dir, dynamic: cmd.dynamic[i] ?? false, base });
      continue;
    }
    out.push({ word: word.replace(/^--?[\w-]+=/, ''), dynamic, base });
  }
  return out;
}

function readHit(cmd: SimpleCommand, index: number, ctx: GuardContext, pp: ProtectedPaths, homeKnown: boolean): string | null {
  if (pp.readDenied.length === 0 || DATA.has(cmd.argv[0] ?? '')) return null;
  const cwd = folderOf(cmd, index, ctx, pp, homeKnown);
  const links = ctx.resolveLinks ?? ((p: string) => p);
  const words = membersOf(cmd, cwd, pp, homeKnown);
  for (const r of cmd.redirects)
    if (r.op.includes('<') && !r.op.includes('<<')) words.push({ word: r.target, dynamic: /[$`*?[]/.test(r.target), base: cwd });
  for (const { word, dynamic, base } of words) {
    if (word.startsWith('-') || word === '') continue;
    const r = resolveWord(word, dynamic, base, pp, homeKnown);
    if (r.kind === 'path') {
      const real = links(r.path);
      if (pp.readDenied.some((k) => inside(r.path, k) || inside(real, k)))
        return `\`${cmd.text.slice(0, 160)}\` reads ${r.path}, execguard's keys.`;
      if (
        TREE_READERS.has(cmd.argv[0] ?? '') &&
        // The state folder or any folder holding it (`tar -C ~/.local -cf - state`), short of `/`.
        pp.readDenied.some((k) => inside(k, r.path) && r.path !== '/')
      ) {
        return `\`${cmd.text.slice(0, 160)}\` reads the whole of ${r.path}, which holds execguard's keys.`;
      }
    } else if (r.kind === 'glob') {
      for (const k of pp.readDenied) {
        if (inside(r.dir, k)) return `\`${cmd.text.slice(0, 160)}\` reads through a pattern inside execguard's keys.`;
        if (!inside(k, r.dir)) continue;
        const rel = k.slice(r.dir.length).split('/').filter(Boolean);
        const n = Math.min(rel.length, r.patterns.length);
        if (rel.slice(0, n).every((name, i) => globMatches(r.patterns[i], name)))
          return `\`${cmd.text.slice(0, 160)}\` reads through a pattern that could match execguard's keys.`;
      }
    }
  }
  return null;
}

export const protectedPath: Rule = (ctx) => {
  const pp = ctx.protectedPaths;
  if (!pp) return [];
  const hits: RuleHit[] = [];
  const deny = (why: string) => hits.push({ id: 'protected-path', decision: 'deny', reason: `protected-path: blocked: ${why}${TAIL}` });
  // Key files named anywhere in the text (a variable holding the path, a script): fail closed.
  const keyText =
    pp.readDenied.find((k) => ctx.raw.includes(k)) ?? /\bgrant-signing\.key\b|\bhelper\.secret\b|execguard\/keys\b/.exec(ctx.raw)?.[0];
  if (keyText && ctx.analysis.commands.some((c) => !DATA.has(c.argv[0] ?? ''))) deny(`the command names execguard's keys (${keyText}).`);
  const homeKnown = !/(^|[\s;&|(`'"])HOME\+?=/m.test(ctx.raw) && !/\bunset\b[^;&|\n]*\bHOME\b/.test(ctx.raw);
  // A program run by an interpreter may have been written in this same command (`echo '…' > x.py && python3 x.py`).
  if (hits.length === 0 && runsInterpreter(ctx.analysis.commands)) {
    const named = namesProtected(ctx.raw, pp);
    if (named) deny(`the command runs an interpreter and ${named}; the guard cannot tell what the program does to execguard's own files.`);
  }
  for (const [index, cmd] of ctx.analysis.commands.entries()) {
    if (hits.length > 0) break;
    const hit =
      writeHit(cmd, index, ctx, pp, homeKnown) ?? readHit(cmd, index, ctx, pp, homeKnown) ?? otherHit(cmd, index, ctx, pp, homeKnown);
    if (hit) {
      deny(hit);
      continue;
    }
    const body = interpreterBody(cmd);
    const named = body === undefined ? null : namesProtected(body, pp);
    if (named)
      deny(
        `\`${cmd.argv[0]}\` runs a program whose text names execguard's own files (${named}); the guard cannot tell what it does to them.`,
      );
  }
  return hits;
};
