// Files that will run are read (docs/guard-rules.md, third edition): a script given to a shell or run by
// its path, make targets, package scripts, just recipes, tasks, terraform test files, and what git
// runs from its configuration. What they hold is analysed like the command itself and added to the
// analysis as more simple commands (their `via` says where from, their text carries "[from
// FILE:LINE]"), so the same rules judge them. Recursive (a script calling make calling a script),
// bounded by files and bytes read. What cannot be read is `hidden-script`: asked, or denied in
// strict mode, never allowed silently. All reading goes through the injected I/O.
import { posix } from 'node:path';
import { analyze } from '../../shell/analyze.js';
import type { Analysis, SimpleCommand, Unreadable } from '../../shell/types.js';
import { writeTargets } from '../written-paths.js';
import { gitRuns } from './git.js';
import { justRun } from './justfile.js';
import { makeRequest } from './make-args.js';
import { makeRun } from './makefile.js';
import { packageScripts, quote, scriptLine, scriptRequest } from './package-scripts.js';
import { scriptArgs, shellShebang } from './scripts.js';
import { taskRun } from './taskfile.js';
import { terraformTestRuns } from './tftest.js';
import type { FileRead, Found, GitConfigRead, Source } from './types.js';

export type { FileRead, GitConfigRead } from './types.js';

/** Bounds of one decision's reading (docs/guard-rules.md: 8 files and 1 MB). */
const READ_LIMITS = { files: 8, bytes: 1024 * 1024, sources: 400, commands: 4000 };

export interface RunFileIo {
  /** Reads a file (absolute path) as text, at most `maxBytes`. */
  readFile: (path: string, maxBytes: number) => FileRead;
  /** Lists a folder (absolute path); undefined when it cannot be listed. */
  listDir?: (path: string) => string[] | undefined;
  /** The configuration git would use in `dir`, with `env` (the command's) in force. */
  readGitConfig?: (dir: string, env: Record<string, string>) => Promise<GitConfigRead>;
  /** The caller's environment (what the command inherits): GIT_SSH_COMMAND, GIT_EDITOR, HOME, … */
  env?: Record<string, string | undefined>;
}

export interface ExpandOptions {
  /** The folder the command starts in, absolute. */
  cwd: string;
  homeDir?: string;
  aliases?: Record<string, string>;
  io?: RunFileIo;
}

/** Programs whose invocation may run a file this module reads. */
const RUNNERS = new Set([
  'bash',
  'sh',
  'zsh',
  'dash',
  'ksh',
  'mksh',
  'ash',
  'source',
  '.',
  'make',
  'gmake',
  'npm',
  'pnpm',
  'yarn',
  'bun',
  'just',
  'task',
  'go-task',
  'terraform',
  'tofu',
  'git',
]);

/** Shared by the readers: the bounded file reads of one decision. */
export class Reader {
  files = 0;
  bytes = 0;
  private readonly seen = new Map<string, FileRead>();
  exhausted?: string;

  constructor(
    readonly io: RunFileIo | undefined,
    readonly cwd: string,
  ) {}

  /** Paths earlier commands of the same command line write (a tree: everything below it too). */
  writes: Array<{ path: string; tree: boolean; workTree?: boolean }> = [];

  /** Does an earlier command change `path` (or, for a folder, anything in it)? */
  changed(path: string, folder = false, configuration = false): boolean {
    // a checkout or pull changes tracked files, not the git folder (config, hooks) nor git's configuration files
    const inGitFolder = configuration || /(^|\/)\.git(\/|$)/.test(path);
    return this.writes.some(
      (w) =>
        !(w.workTree && inGitFolder) &&
        (w.path === path || (w.tree && path.startsWith(`${w.path}/`)) || (folder && w.path.startsWith(`${path}/`))),
    );
  }

  read(path: string): FileRead {
    if (this.changed(path)) return { unreadable: 'changed by an earlier part of the same command' };
    const cached = this.seen.get(path);
    if (cached) return cached;
    if (!this.io) return { unreadable: 'not readable here (the guard was given no file access)' };
    if (this.files >= READ_LIMITS.files) {
      this.exhausted = `more than ${READ_LIMITS.files} files to read`;
      return { unreadable: `beyond the guard's bound of ${READ_LIMITS.files} files read for one command` };
    }
    const got = this.io.readFile(path, READ_LIMITS.bytes);
    if ('text' in got) {
      this.files++;
      this.bytes += got.text.length;
      if (this.bytes > READ_LIMITS.bytes) {
        this.exhausted = `more than ${READ_LIMITS.bytes} bytes to read`;
        const over = { unreadable: `beyond the guard's bound of ${READ_LIMITS.bytes} bytes read for one command` };
        this.seen.set(path, over);
        return over;
      }
    }
    this.seen.set(path, got);
    return got;
  }

  list(path: string): string[] | undefined {
    return this.io?.listDir?.(path);
  }

  /** A path for messages: relative to the folder the command starts in when inside it. */
  show = (path: string): string => {
    if (path === this.cwd) return '.';
    return path.startsWith(`${this.cwd}/`) ? path.slice(this.cwd.length + 1) : path;
  };
}

/** The folder a command runs in, absolute; undefined when a `cd` to it cannot be read. */
function folderOf(cmd: SimpleCommand, cwd: string, home: string | undefined): string | undefined {
  const dir = cmd.cwd;
  if (dir === undefined) return cwd;
  if (dir.includes('$') || dir.includes('`')) return undefined;
  if (dir === '~' || dir.startsWith('~/')) return home ? posix.join(home, dir.slice(1)) : undefined;
  if (dir.startsWith('~')) return undefined;
  return posix.resolve(cwd, dir);
}

export async function expandRunFiles(analysis: Analysis, options: ExpandOptions): Promise<Analysis> {
  const reader = new Reader(options.io, options.cwd);
  const home = options.homeDir ?? options.io?.env?.HOME;
  const commands = [...analysis.commands];
  const unreadable: Unreadable[] = [...analysis.unreadable];
  const note = (detail: string, command: string) => {
    if (!unreadable.some((u) => u.kind === 'hidden-script' && u.detail === detail))
      unreadable.push({ kind: 'hidden-script', detail, command });
  };
  // `earlier`: the commands that run before this one (a file's commands: those before its runner, then its own)
  const queue: Array<{ cmd: SimpleCommand; earlier: SimpleCommand[]; dir: string | undefined }> = analysis.commands.map((cmd, index) => ({
    cmd,
    earlier: analysis.commands.slice(0, index),
    dir: folderOf(cmd, options.cwd, home),
  }));
  let analysed = 0;
  const done = new Set<string>();
  while (queue.length > 0) {
    const item = queue.shift() as (typeof queue)[number];
    const { cmd } = item;
    if (cmd.path === undefined && !RUNNERS.has(cmd.argv[0] ?? '')) continue;
    const { earlier } = item;
    reader.writes = writesOf(earlier, options.cwd, home);
    const found = await whatRuns(cmd, item.dir, earlier, reader, options);
    for (const detail of found.unreadable) note(detail, cmd.text);
    for (const source of found.sources) {
      const key = `${source.origin}\u0000${source.text}\u0000${source.dir}\u0000${(source.positional ?? []).join('\u0000')}`;
      if (done.has(key)) continue;
      done.add(key);
      if (++analysed > READ_LIMITS.sources || commands.length > READ_LIMITS.commands) {
        note(`\`${cmd.text.slice(0, 80)}\` runs more than the guard reads for one command`, cmd.text);
        queue.length = 0;
        break;
      }
      const inner = await analyseSource(source, cmd, options);
      for (const u of inner.unreadable) {
        const detail = `${u.detail} (in ${source.origin})`;
        if (!unreadable.some((x) => x.detail === detail))
          unreadable.push({ ...u, detail, command: u.command || source.text.slice(0, 200) });
      }
      const siblings: SimpleCommand[] = [];
      for (const c of inner.commands) {
        const placed = place(c, source, cmd, reader.show);
        commands.push(placed);
        queue.push({ cmd: placed, earlier: [...earlier, ...siblings], dir: folderOf(placed, options.cwd, home) });
        siblings.push(placed);
      }
    }
  }
  if (reader.exhausted) note(`the command runs files beyond the guard's bound (${reader.exhausted})`, '');
  return { commands, unreadable, boundHit: analysis.boundHit };
}

/** Analyses a source's text with its positional parameters and environment in force. */
async function analyseSource(source: Source, cmd: SimpleCommand, options: ExpandOptions): Promise<Analysis> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(cmd.assignments)) if (value !== '' && /^[A-Za-z_]\w*$/.test(name)) env[name] = value;
  Object.assign(env, source.env ?? {});
  const prelude: string[] = [];
  const names = Object.keys(env);
  if (names.length > 0) prelude.push(`export ${names.map((n) => `${n}=${quote(env[n])}`).join(' ')}`);
  // a script gets its own $0, $1…: run it as `bash -c TEXT PATH ARGS…` so the analysis binds them
  const body = source.positional ? ['bash -c', quote(source.text), ...source.positional.map(quote)].join(' ') : source.text;
  const text = prelude.length > 0 ? `${prelude.join('\n')}\n${body}` : body;
  const result = await analyze(text, { aliases: options.aliases });
  if (result.boundHit) {
    return {
      commands: [],
      unreadable: [{ kind: 'hidden-script', detail: `${source.origin} is too large or too deeply nested to analyse`, command: '' }],
      boundHit: false,
    };
  }
  return { ...result, commands: result.commands.slice(prelude.length) };
}

/** A command found in a source, as the rules see it: where it runs, what ran it, where it is written. */
function place(c: SimpleCommand, source: Source, outer: SimpleCommand, show: (p: string) => string): SimpleCommand {
  const dir = c.cwd === undefined ? source.dir : c.cwd.includes('$') || c.cwd.startsWith('~') ? c.cwd : posix.resolve(source.dir, c.cwd);
  let line = source.line;
  const at = source.text.indexOf(c.text);
  if (at >= 0 && source.file !== undefined) line = (source.line ?? 1) + source.text.slice(0, at).split('\n').length - 1;
  const where = source.file !== undefined && line !== undefined ? `${source.file}:${line}` : source.origin;
  const shownDir = dir.startsWith('/') ? show(dir) : dir;
  const out: SimpleCommand = {
    ...c,
    via: [...outer.via, source.label, ...c.via],
    text: `${c.text} [from ${where}, run by: ${outer.text.slice(0, 80)}]`,
  };
  if (shownDir !== '.') out.cwd = shownDir;
  else delete out.cwd;
  return out;
}

/** What one command will run from files, or could not read. */
async function whatRuns(
  cmd: SimpleCommand,
  dir: string | undefined,
  earlier: SimpleCommand[],
  reader: Reader,
  options: ExpandOptions,
): Promise<Found> {
  const program = cmd.argv[0] ?? '';
  const none: Found = { sources: [], unreadable: [] };
  if (cmd.dynamic[0]) return none;
  const needDir = (what: string): Found => ({ sources: [], unreadable: [`${what}: the folder it runs in cannot be read statically`] });
  if (cmd.path !== undefined && !RUNNERS.has(program)) {
    if (!dir) return needDir(cmd.text);
    if (replacedEarlier(earlier, posix.resolve(dir, expandHome(cmd.path, options.homeDir)), options.cwd, options.homeDir)) return none;
    return pathProgram(cmd, posix.resolve(dir, expandHome(cmd.path, options.homeDir)), dir, reader);
  }
  const script = scriptArgs(cmd);
  if (script) {
    if (script.file === undefined) return none;
    if (!dir) return needDir(cmd.text);
    const path = posix.resolve(dir, expandHome(script.file, options.homeDir));
    if (replacedEarlier(earlier, path, options.cwd, options.homeDir)) return none;
    const got = reader.read(path);
    if (!('text' in got))
      return { sources: [], unreadable: [`\`${cmd.text.slice(0, 80)}\` runs ${reader.show(path)}, which is ${got.unreadable}`] };
    return {
      sources: [
        {
          label: `${program} ${script.file}`,
          origin: reader.show(path),
          file: reader.show(path),
          line: 1,
          text: got.text,
          dir,
          positional: [script.file, ...script.args],
        },
      ],
      unreadable: [],
    };
  }
  if (program === 'make' || program === 'gmake') {
    const request = makeRequest(cmd.argv, cmd.dynamic);
    if (!request) return none;
    if ('unreadable' in request) return { sources: [], unreadable: [request.unreadable] };
    if (!dir) return needDir(cmd.text);
    const makeDir = request.dirs.reduce((d, c) => posix.resolve(d, expandHome(c, options.homeDir)), dir);
    let file: string | undefined;
    const files = request.files.map((f) => posix.resolve(makeDir, expandHome(f, options.homeDir)));
    if (files.length > 0) file = files[0];
    else {
      for (const name of ['GNUmakefile', 'makefile', 'Makefile']) {
        const candidate = posix.join(makeDir, name);
        if ('text' in reader.read(candidate)) {
          file = candidate;
          break;
        }
      }
    }
    if (!file) return { sources: [], unreadable: [`\`${cmd.text.slice(0, 80)}\`: no Makefile can be read in ${reader.show(makeDir)}`] };
    // MAKEFILES in the environment names makefiles make reads first
    const extra = (cmd.assignments.MAKEFILES ?? options.io?.env?.MAKEFILES ?? '').split(/\s+/).filter(Boolean);
    return makeRun(
      {
        file,
        files: files.length > 0 ? files : [file],
        before: extra.map((f) => posix.resolve(makeDir, expandHome(f, options.homeDir))),
        dir: makeDir,
        targets: request.targets,
        vars: request.vars,
        dryRun: request.dryRun,
        show: reader.show,
      },
      (p) => reader.read(p),
    );
  }
  if (program === 'npm' || program === 'pnpm' || program === 'yarn' || program === 'bun') {
    const request = scriptRequest(cmd.argv);
    if (!request) return none;
    if (!dir) return needDir(cmd.text);
    return packageRun(cmd, request, dir, reader, options);
  }
  if (program === 'just') return justRun(cmd, dir, reader, options.homeDir);
  if (program === 'task' || program === 'go-task') return taskRun(cmd, dir, reader);
  if (program === 'terraform' || program === 'tofu') return terraformTestRuns(cmd, dir, reader);
  if (program === 'git') return gitRuns(cmd, dir, reader, options);
  return none;
}

/** `./deploy.sh`, `scripts/run`, `/opt/x/tool`: a text file with a shell shebang (or none) is a shell script. */
function pathProgram(cmd: SimpleCommand, path: string, dir: string, reader: Reader): Found {
  const got = reader.read(path);
  if (!('text' in got)) {
    if (got.binary) return { sources: [], unreadable: [] }; // a program: judged by its name and arguments
    return { sources: [], unreadable: [`\`${cmd.text.slice(0, 80)}\` runs ${reader.show(path)}, which is ${got.unreadable}`] };
  }
  const shell = shellShebang(got.text);
  if (shell === false) return { sources: [], unreadable: [] }; // another interpreter: a program like any other
  return {
    sources: [
      {
        label: `script ${cmd.path}`,
        origin: reader.show(path),
        file: reader.show(path),
        line: 1,
        text: got.text,
        // a script runs in the folder it is started from, not its own
        dir,
        positional: [cmd.path ?? path, ...cmd.argv.slice(1)],
      },
    ],
    unreadable: [],
  };
}

async function packageRun(
  cmd: SimpleCommand,
  request: NonNullable<ReturnType<typeof scriptRequest>>,
  dir: string,
  reader: Reader,
  options: ExpandOptions,
): Promise<Found> {
  const shown = `\`${cmd.text.slice(0, 80)}\``;
  if (request.allWorkspaces)
    return { sources: [], unreadable: [`${shown} runs scripts in every workspace, which the guard does not follow`] };
  let base = request.dir ? posix.resolve(dir, expandHome(request.dir, options.homeDir)) : dir;
  if (request.workspace !== undefined) {
    const candidate = posix.resolve(base, request.workspace);
    if (!request.workspace.includes('/') || !('text' in reader.read(posix.join(candidate, 'package.json')))) {
      return { sources: [], unreadable: [`${shown} runs a script of workspace ${request.workspace}, which the guard does not resolve`] };
    }
    base = candidate;
  }
  // npm and the others use the nearest package.json at or above the folder
  let file: string | undefined;
  let got: FileRead = { unreadable: 'missing' };
  for (let d = base; ; d = posix.dirname(d)) {
    got = reader.read(posix.join(d, 'package.json'));
    if ('text' in got || got.unreadable !== 'missing') {
      file = posix.join(d, 'package.json');
      break;
    }
    if (posix.dirname(d) === d || d === options.homeDir) break;
  }
  if (!file || !('text' in got)) {
    if (!request.main) return { sources: [], unreadable: [] }; // a bare install with no package.json does nothing
    const why = 'text' in got ? 'missing' : got.unreadable;
    return { sources: [], unreadable: [`${shown} runs script ${request.main} of a package.json that is ${why}`] };
  }
  const scripts = packageScripts(got.text);
  if ('unreadable' in scripts) return { sources: [], unreadable: [`${shown}: ${reader.show(file)} is ${scripts.unreadable}`] };
  const unreadable: string[] = [];
  const sources: Source[] = [];
  const packageDir = posix.dirname(file);
  const main = request.main;
  if (main !== undefined && !Object.hasOwn(scripts, main) && !request.ifPresent) {
    // npm restart without a restart script runs stop then start
    if (request.manager === 'npm' && main === 'restart')
      request.scripts.push('prestop', 'stop', 'poststop', 'prestart', 'start', 'poststart');
    // `yarn tsc`, `pnpm eslint .`: with no such script they run the installed program of that name
    else if (request.manager !== 'npm' && reader.list(posix.join(packageDir, 'node_modules', '.bin'))?.includes(main))
      return { sources: [], unreadable: [] };
    // `bun run index.ts`: a file, not a script
    else if (request.manager === 'bun' && /[./]/.test(main)) return { sources: [], unreadable: [] };
    else unreadable.push(`${shown}: ${reader.show(file)} defines no script \`${main}\``);
  }
  for (const name of request.scripts) {
    if (!Object.hasOwn(scripts, name)) continue;
    const args = name === main ? request.args.map(quote).join(' ') : '';
    sources.push({
      label: `${request.manager} run ${name}`,
      origin: `${reader.show(file)} script "${name}"`,
      file: reader.show(file),
      line: scriptLine(got.text, name),
      text: args ? `${scripts[name]} ${args}` : scripts[name],
      dir: packageDir,
    });
  }
  return { sources, unreadable };
}

/**
 * The script was written whole earlier in the same command (`> x.sh`, `tee x.sh`): the shell
 * analysis reads what was written, so the file on disk is not what runs.
 */
function replacedEarlier(earlier: SimpleCommand[], path: string, cwd: string, home: string | undefined): boolean {
  return earlier.some((c) => {
    const dir = folderOf(c, cwd, home);
    if (!dir) return false;
    const at = (word: string) => !/[$`*?[]/.test(word) && posix.resolve(dir, expandHome(word, home)) === path;
    if (c.redirects.some((r) => /^(>|>\||1>|&>)$/.test(r.op) && at(r.target))) return true;
    return c.argv[0] === 'tee' && !c.argv.includes('-a') && !c.argv.includes('--append') && c.argv.slice(1).some(at);
  });
}

const TREE_CHANGERS =
  /^(pull|merge|reset|stash|rebase|am|apply|cherry-pick|revert|restore|config|checkout|switch|worktree|submodule|clone|init|update-ref|read-tree|checkout-index)$/;

/** What a git command changes for files read later: the work tree, the configuration, or nothing. */
function changesWorkTree(argv: string[]): 'work tree' | 'configuration' | undefined {
  const i = argv.findIndex((a, k) => k > 0 && !a.startsWith('-') && !/^(-C|-c|--git-dir|--work-tree)$/.test(argv[k - 1]));
  const sub = argv[i];
  if (!sub || !TREE_CHANGERS.test(sub)) return undefined;
  const rest = argv.slice(i + 1);
  if (sub === 'config') {
    const reads = rest.some((a) => /^(--get|--get-all|--get-regexp|--list|-l|get|list)$/.test(a));
    return !reads && rest.filter((a) => !a.startsWith('-')).length >= 2 ? 'configuration' : undefined;
  }
  if (sub === 'init' || sub === 'clone' || sub === 'submodule' || sub === 'worktree') return 'configuration';
  // a new branch at HEAD changes no file
  if (
    (sub === 'checkout' || sub === 'switch') &&
    rest.some((a) => /^-[bBcC]$/.test(a)) &&
    rest.filter((a) => !a.startsWith('-')).length <= 1
  )
    return undefined;
  if (sub === 'stash' && (rest.length === 0 || /^(push|save|list|show)$/.test(rest[0]))) return undefined;
  return 'work tree';
}

/** What earlier commands write, resolved; an unresolvable target stands for everything. */
function writesOf(earlier: SimpleCommand[], cwd: string, home: string | undefined): Reader['writes'] {
  const out: Reader['writes'] = [];
  for (const c of earlier) {
    const dir = folderOf(c, cwd, home);
    // git commands that rewrite the work tree or the configuration: any file of the repository may differ
    const git = c.argv[0] === 'git' ? changesWorkTree(c.argv) : undefined;
    if (git) out.push({ path: '', tree: true, workTree: git === 'work tree' });
    // what git writes outside `git config`/`init`/`clone` (checkout, pull, stash) is tracked files, never the git folder
    const workTree = c.argv[0] === 'git' && git !== 'configuration' ? { workTree: true } : {};
    for (const t of writeTargets(c)) {
      const word = expandHome(t.word, home);
      if (!dir || t.dynamic || word.startsWith('~')) out.push({ path: '', tree: true, ...workTree });
      else out.push({ path: posix.resolve(dir, word), tree: t.tree, ...workTree });
    }
  }
  return out;
}

function expandHome(path: string, home: string | undefined): string {
  if (home && (path === '~' || path.startsWith('~/'))) return posix.join(home, path.slice(1));
  return path;
}
