// The paths whose change (or, for keys, reading) would let an agent switch execguard off or forge
// an approval, as data, and the pure questions the rules ask about them. No file-system calls:
// symlinks are resolved by a function the caller injects (resolveLinks).
import { posix } from 'node:path';

/** Paths whose change (or, for keys, reading) would let an agent switch execguard off. Data, not I/O. */
export interface ProtectedPaths {
  /** execguard's state folder (grants, keys, decisions, runs). */
  stateHome: string;
  /** The plugin's root (CLAUDE_PLUGIN_ROOT), the whole folder. */
  pluginRoot?: string;
  /** The user's home, for `~` and `$HOME`. */
  homeDir: string;
  /** The project root (CLAUDE_PROJECT_DIR), whose `.claude/` and `.execguard.yaml` are protected. */
  projectDir?: string;
  /** Claude Code managed settings files (e.g. /etc/claude-code/managed-settings.json). */
  managedSettings: string[];
  /** Files the agent may not even read (the grant signing key, the helper secret). */
  readDenied: string[];
  /** More folders protected like the state folder: the default state folder, CLAUDE_PLUGIN_DATA, real paths behind symlinks. */
  alsoProtected?: string[];
  /** Folders inside the protected ones that this caller writes itself (the executor's runs folder). Never set for an agent. */
  writable?: string[];
}

/**
 * What the protected-path rule asks git about a repository (injected I/O; never runs hooks,
 * filters or the fsmonitor). Paths are relative to the work tree's top.
 */
export interface GitTreeIo {
  /** The top of the work tree holding `dir` (the nearest folder with a `.git`), or undefined. */
  top(dir: string): string | undefined;
  /** `mode sha` per file of `rev`'s tree under `paths` (`A...B`: their merge base); undefined when `rev` is not a revision. */
  tree(top: string, rev: string, paths: string[]): Map<string, string> | undefined;
  /** The same for the files on disk, hashed as git hashes them. */
  worktree(top: string, paths: string[]): Map<string, string>;
}

const { isAbsolute, join, normalize, relative, resolve, basename, sep } = posix;

export const inside = (child: string, parent: string): boolean => {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

const POLICY_FILE = /^\.execguard\.ya?ml$/;

/** Why an absolute, normalized path is protected (it or something inside it), or null. */
export function protectedWhy(path: string, pp: ProtectedPaths): string | null {
  if (pp.writable?.some((w) => inside(path, w))) return null;
  for (const home of [pp.stateHome, ...(pp.alsoProtected ?? [])]) {
    if (inside(path, home)) return "execguard's state folder (grants, keys, decisions)";
  }
  if (pp.pluginRoot && inside(path, pp.pluginRoot)) return 'the execguard plugin (its hooks and bundles)';
  if (pp.managedSettings.some((m) => inside(path, m))) return 'Claude Code managed settings';
  const parts = path.split(sep);
  if (parts.includes('.claude')) return 'Claude Code settings (.claude/, which can switch hooks off)';
  if (POLICY_FILE.test(basename(path))) return 'the execguard policy file';
  if (path === join(pp.homeDir, '.claude.json')) return "Claude Code's user configuration";
  return null;
}

/** Protected paths a tree-wide write at some ancestor (`rm -rf ~`, `mv plugin plugin.off`) would reach. */
export function protectedRoots(pp: ProtectedPaths, cwd?: string): string[] {
  const roots = [
    pp.stateHome,
    ...(pp.alsoProtected ?? []),
    ...pp.managedSettings,
    join(pp.homeDir, '.claude'),
    join(pp.homeDir, '.claude.json'),
  ];
  if (pp.pluginRoot) roots.push(pp.pluginRoot);
  // The project's .claude/ and policy file; without a known project, the folder the command runs in.
  for (const dir of [pp.projectDir ?? cwd]) {
    if (dir && isAbsolute(dir)) roots.push(join(dir, '.claude'), join(dir, '.execguard.yaml'), join(dir, '.execguard.yml'));
  }
  return roots;
}

/** Names of the files that make Claude Code settings and execguard's policy, and of the things in them. */
const SETTINGS_NAMES = [
  '.claude',
  '.claude.json',
  'settings.json',
  'settings.local.json',
  'CLAUDE.md',
  'SKILL.md',
  '.execguard.yaml',
  '.execguard.yml',
  '.mcp.json',
];
/** The kinds of file Claude Code reads from .claude/ (settings, agents, commands, skills, hook scripts). */
const SETTINGS_EXTENSIONS = new Set([
  'json',
  'jsonl',
  'md',
  'yaml',
  'yml',
  'sh',
  'bash',
  'zsh',
  'py',
  'js',
  'mjs',
  'cjs',
  'ts',
  'txt',
  'toml',
]);
const SETTINGS_ROOT = /^(\.claude|\.claude\.json|\.execguard\.ya?ml)$/;

/**
 * Could entries whose names match every pattern (`find -name`, `i:` = `-iname`) be settings or
 * policy files? A literal name must be one of them; a pattern ending in a literal extension must
 * name a kind of file Claude Code reads; anything else could match them.
 */
function namesCouldBeSettings(patterns: string[]): boolean {
  return patterns.every((raw) => {
    const insensitive = raw.startsWith('i:');
    const p = insensitive ? raw.slice(2).toLowerCase() : raw;
    if (SETTINGS_NAMES.some((n) => globMatches(p, insensitive ? n.toLowerCase() : n))) return true;
    if (!GLOB.test(p)) return false;
    const ext = /\.([A-Za-z0-9]+)$/.exec(p)?.[1];
    return ext === undefined || SETTINGS_EXTENSIONS.has(ext.toLowerCase());
  });
}

/**
 * The protected roots a tree-wide write at `path` reaches. With `names` (a name filter), the
 * settings and policy roots count only when the filter could match their files; the state
 * folder and the plugin (files of any name) always count.
 */
export function protectedInTree(path: string, pp: ProtectedPaths, cwd?: string, names?: string[]): string[] {
  const roots = protectedRoots(pp, cwd).filter((root) => inside(root, path));
  if (!names || namesCouldBeSettings(names)) return roots;
  return roots.filter((root) => !SETTINGS_ROOT.test(basename(root)));
}

export type Resolved =
  | { kind: 'path'; path: string }
  | { kind: 'glob'; dir: string; patterns: string[] }
  | { kind: 'unknown'; why: string };

const GLOB = /[*?[]/;

/**
 * A word as a path: `~`, `$HOME`, `$PWD`/`$(pwd)` and the tracked `cd` resolved; anything else
 * dynamic (a variable, `$(…)`) is unknown; a glob keeps its static folder and its patterns.
 */
export function resolveWord(word: string, dynamic: boolean, cwd: string | undefined, pp: ProtectedPaths, homeKnown = true): Resolved {
  let w = word;
  // `HOME=… ; cp f ~/x`: a command that changes HOME moves `~` too.
  if (w === '~' || w.startsWith('~/')) {
    if (!homeKnown) return { kind: 'unknown', why: `\`${word}\` depends on a HOME this command changes` };
    w = pp.homeDir + w.slice(1);
  } else if (w.startsWith('~')) return { kind: 'unknown', why: `\`${word}\` is another user's home` };
  if (homeKnown) w = w.replace(/\$\{HOME\}|\$HOME(?![A-Za-z0-9_])/g, pp.homeDir);
  if (cwd) w = w.replace(/\$\{PWD\}|\$PWD(?![A-Za-z0-9_])|\$\(pwd\)|`pwd`/g, cwd);
  if (/[$`]/.test(w) || /^<\(|^>\(/.test(w)) return { kind: 'unknown', why: `\`${word}\` cannot be resolved statically` };
  // Dynamic for another reason (`{}` of find -exec, xargs input): found at run time.
  if (dynamic && w === word && !GLOB.test(w)) return { kind: 'unknown', why: `\`${word}\` is only known at run time` };
  if (!isAbsolute(w) && !cwd) return { kind: 'unknown', why: `\`${word}\` is relative to a folder that cannot be resolved statically` };
  const absolute = normalize(resolve(cwd ?? '/', w));
  if (!dynamic || !GLOB.test(w)) return { kind: 'path', path: absolute };
  const parts = absolute.split(sep).filter(Boolean);
  const first = parts.findIndex((p) => GLOB.test(p));
  if (first === -1) return { kind: 'path', path: absolute };
  return { kind: 'glob', dir: `/${parts.slice(0, first).join('/')}`, patterns: parts.slice(first) };
}

/** Does a bash glob component match a name? (a leading dot must be matched literally) */
export function globMatches(pattern: string, name: string): boolean {
  if (name.startsWith('.') && !pattern.startsWith('.')) return false;
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') re += '.*';
    else if (c === '?') re += '.';
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end === -1) re += '\\[';
      else {
        re += `[${pattern
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  try {
    return new RegExp(`^${re}$`, 's').test(name);
  } catch {
    return true; // a pattern we cannot read could match anything
  }
}

/** Could a glob reach something protected? Returns why, or null. */
export function globWhy(dir: string, patterns: string[], pp: ProtectedPaths, cwd?: string): string | null {
  const why = protectedWhy(dir, pp);
  if (why) return why;
  // Names protected wherever they are: `rm -rf */.claude`, `mv .cl* x`.
  for (const p of patterns) {
    if (globMatches(p, '.claude')) return 'Claude Code settings (.claude/, which can switch hooks off)';
    if (globMatches(p, '.execguard.yaml') || globMatches(p, '.execguard.yml')) return 'the execguard policy file';
  }
  for (const root of protectedRoots(pp, cwd)) {
    if (!inside(root, dir) || root === dir) continue;
    const rel = relative(dir, root).split(sep);
    const n = Math.min(rel.length, patterns.length);
    if (rel.slice(0, n).every((name, i) => globMatches(patterns[i], name))) return protectedWhy(root, pp) ?? `it could match ${root}`;
  }
  return null;
}

/** Text that names a protected place: used for interpreter bodies (`python -c "…"`), which the guard cannot follow. */
export function namesProtected(text: string, pp: ProtectedPaths): string | null {
  const needles = [pp.stateHome, ...(pp.alsoProtected ?? []), ...pp.managedSettings, '.local/state/execguard', 'managed-settings.json'];
  if (pp.pluginRoot) needles.push(pp.pluginRoot);
  for (const n of needles) if (n && text.includes(n)) return `it names ${n}`;
  if (/(^|[^\w.-])\.claude(\/|['"\s,)]|$)/m.test(text)) return 'it names a .claude folder';
  if (/\.execguard\.ya?ml/.test(text)) return 'it names the execguard policy file';
  if (/grant-signing\.(key|pub)|helper\.secret/.test(text)) return "it names execguard's keys";
  return null;
}

const INTERPRETER = /^(python[\d.]*|node|nodejs|perl|ruby|php|deno|bun|Rscript|lua|tclsh)$/;

/** Does the command run an interpreter (itself, or as the wrapper of what its program spawns: via `python -c`)? */
export const runsInterpreter = (commands: { argv: string[]; via: string[] }[]): boolean =>
  commands.some((c) => INTERPRETER.test(c.argv[0] ?? '') || c.via.some((v) => INTERPRETER.test(v.split(' ')[0])));
