// Files the agent must not change, because changing them would switch execguard off or forge an
// approval: the project policy, the plugin's hook registrations, Claude Code's settings (which can
// disable hooks) and execguard's state folder (grants, decisions).
import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { SimpleCommand } from '../shell/types.js';

export interface ProtectedContext {
  /** The session's working directory, for relative paths. */
  cwd: string;
  /** The plugin's root (CLAUDE_PLUGIN_ROOT), when known. */
  pluginRoot?: string;
  /** execguard's state folder. */
  stateHome: string;
  /** Home directory, for `~/` paths. */
  homeDir?: string;
}

const inside = (child: string, parent: string) => {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/** The path with symlinks resolved as far as it exists (a link to a protected file is protected). */
function realPath(path: string): string {
  let existing = path;
  const rest: string[] = [];
  while (!existsSync(existing)) {
    const parent = dirname(existing);
    if (parent === existing) return path;
    rest.unshift(basename(existing));
    existing = parent;
  }
  try {
    return join(realpathSync(existing), ...rest);
  } catch {
    return path;
  }
}

function describe(path: string, ctx: ProtectedContext): string | null {
  const name = basename(path);
  if (name === '.execguard.yaml' || name === '.execguard.yml') return 'the execguard policy file';
  if (basename(dirname(path)) === '.claude' && /^settings(\..+)?\.json$/.test(name)) {
    return 'Claude Code settings (they can switch hooks off)';
  }
  if (ctx.pluginRoot) {
    const root = realPath(resolve(ctx.pluginRoot));
    if (path === join(root, 'hooks', 'hooks.json')) return "execguard's hook registrations";
  }
  if (inside(path, realPath(resolve(ctx.stateHome)))) return "execguard's state folder (grants and decisions)";
  return null;
}

/** Why `file` is protected, or null when the agent may change it. */
export function protectedReason(file: string, ctx: ProtectedContext, cwd: string = ctx.cwd): string | null {
  let path = file;
  if (ctx.homeDir && (path === '~' || path.startsWith('~/'))) path = join(ctx.homeDir, path.slice(1));
  const absolute = resolve(cwd, path);
  return describe(absolute, ctx) ?? describe(realPath(absolute), ctx);
}

/** Programs that change every path they are given. */
const WRITES_EVERY_ARG = new Set(['rm', 'rmdir', 'unlink', 'shred', 'truncate', 'touch', 'chmod', 'chown', 'chgrp', 'tee', 'mv', 'setfacl', 'chattr']);
/** Programs that write to their last path argument (or to `-t DIR`). */
const WRITES_LAST_ARG = new Set(['cp', 'install', 'ln', 'rsync', 'scp']);
/** Programs that rewrite files in place with -i. */
const IN_PLACE = new Set(['sed', 'perl', 'ruby']);

function operands(argv: string[]): string[] {
  const out: string[] = [];
  let options = true;
  for (const word of argv.slice(1)) {
    if (options && word === '--') {
      options = false;
      continue;
    }
    if (options && word.startsWith('-') && word !== '-') continue;
    out.push(word);
  }
  return out;
}

/** The paths a simple command would write, as far as a static reading can tell. */
export function writeTargets(command: SimpleCommand): string[] {
  const targets = command.redirects.filter((r) => r.op.includes('>')).map((r) => r.target);
  const [program = '', ...args] = command.argv;
  const staticArgv = command.argv.filter((_, i) => !command.dynamic[i]);
  if (WRITES_EVERY_ARG.has(program)) targets.push(...operands(staticArgv));
  if (WRITES_LAST_ARG.has(program)) {
    const ops = operands(staticArgv);
    const dest = ops[ops.length - 1];
    const flagDir = args.find((a, i) => args[i - 1] === '-t' || a.startsWith('--target-directory='));
    const dir = flagDir?.replace(/^--target-directory=/, '');
    if (dir) targets.push(...ops.map((src) => join(dir, basename(src))));
    else if (dest) {
      targets.push(dest);
      // `cp settings.json .claude/` writes .claude/settings.json.
      targets.push(...ops.slice(0, -1).map((src) => join(dest, basename(src))));
    }
  }
  if (IN_PLACE.has(program) && args.some((a) => /^-[a-zA-Z]*i/.test(a) || a.startsWith('--in-place'))) {
    targets.push(...operands(staticArgv));
  }
  if (program === 'dd') targets.push(...args.filter((a) => a.startsWith('of=')).map((a) => a.slice(3)));
  return targets.filter((t) => t.length > 0);
}

/** The first protected file a list of analysed commands would write, with why it is protected. */
export function protectedWrite(commands: SimpleCommand[], ctx: ProtectedContext): { path: string; what: string } | null {
  for (const command of commands) {
    const cwd = command.cwd ? resolve(ctx.cwd, command.cwd) : ctx.cwd;
    for (const target of writeTargets(command)) {
      const what = protectedReason(target, ctx, cwd);
      if (what) return { path: target, what };
    }
  }
  return null;
}
