// Git runs what its configuration says (docs/guard-rules.md, third edition). For one git command: the
// alias it names (a `!` alias is shell text, a plain one a git command), a `+` refspec or mirror
// that turns a plain `git push` into a force push, the hooks it fires, the editor it opens, the
// external diff, filters, ssh command, fsmonitor and credential helpers it runs. Writing such a key
// (`git config KEY VALUE`, `git -c KEY=VALUE`, GIT_SSH_COMMAND=… on the command) is judged as the
// command it defines. Everything found is shell text (a Source) the analysis reads like the rest.
import { posix } from 'node:path';
import type { SimpleCommand } from '../../shell/types.js';
import type { ExpandOptions, Reader } from './index.js';
import { quote } from './package-scripts.js';
import { shellShebang } from './scripts.js';
import type { Found, GitConfigEntry, Source } from './types.js';

/** git's own commands: an alias of the same name is never used. */
const BUILTIN = new Set(
  (
    'add am annotate apply archive bisect blame branch bugreport bundle cat-file check-attr check-ignore check-mailmap ' +
    'check-ref-format checkout checkout-index cherry cherry-pick citool clean clone column commit commit-graph commit-tree ' +
    'config count-objects credential credential-cache credential-store daemon describe diagnose diff diff-files diff-index ' +
    'diff-tree difftool fast-export fast-import fetch fetch-pack filter-branch fmt-merge-msg for-each-ref for-each-repo ' +
    'format-patch fsck fsmonitor--daemon gc get-tar-commit-id grep gui hash-object help hook http-backend http-fetch ' +
    'http-push imap-send index-pack init init-db instaweb interpret-trailers log ls-files ls-remote ls-tree mailinfo ' +
    'mailsplit maintenance merge merge-base merge-file merge-index merge-one-file merge-tree mergetool mktag mktree ' +
    'multi-pack-index mv name-rev notes p4 pack-objects pack-redundant pack-refs patch-id prune prune-packed pull push ' +
    'range-diff read-tree rebase receive-pack reflog remote repack replace replay request-pull rerere reset restore ' +
    'rev-list rev-parse revert rm scalar send-email send-pack sh-i18n shortlog show show-branch show-index show-ref ' +
    'sparse-checkout stage stash status stripspace submodule svn switch symbolic-ref tag unpack-file unpack-objects ' +
    'update-index update-ref update-server-info upload-archive upload-pack var verify-commit verify-pack verify-tag version ' +
    'whatchanged worktree write-tree cvsexportcommit cvsimport cvsserver refs'
  ).split(' '),
);

const NETWORK = new Set(['push', 'fetch', 'pull', 'clone', 'ls-remote', 'remote', 'submodule', 'archive', 'fetch-pack', 'send-pack']);
const INDEX_READERS = new Set(
  (
    'status diff add commit checkout switch restore reset stash merge pull rebase rm mv ls-files clean grep update-index ' +
    'cherry-pick revert am apply describe worktree sparse-checkout'
  ).split(' '),
);
const FILTERING = new Set(
  'add commit checkout switch restore reset stash merge pull rebase cherry-pick revert status diff clone am archive worktree'.split(' '),
);
const REF_UPDATERS = new Set(
  'commit merge pull push fetch branch tag reset rebase cherry-pick revert stash checkout switch am update-ref worktree clone'.split(' '),
);

/** The hooks a subcommand fires (besides reference-transaction and post-index-change). */
function hooksFor(sub: string, args: string[]): string[] {
  const noVerify =
    args.includes('--no-verify') || (sub === 'commit' && args.some((a) => /^-[a-zA-Z]*n[a-zA-Z]*$/.test(a) && !a.startsWith('--')));
  const hooks: string[] = [];
  switch (sub) {
    case 'commit':
      if (!noVerify) hooks.push('pre-commit', 'commit-msg');
      hooks.push('prepare-commit-msg', 'post-commit');
      if (args.includes('--amend')) hooks.push('post-rewrite');
      break;
    case 'push':
      if (!noVerify) hooks.push('pre-push');
      break;
    case 'merge':
      if (!noVerify) hooks.push('pre-merge-commit', 'commit-msg');
      hooks.push('prepare-commit-msg', 'post-merge');
      break;
    case 'pull':
      if (!noVerify) hooks.push('pre-merge-commit', 'commit-msg');
      hooks.push('prepare-commit-msg', 'post-merge', 'pre-rebase', 'post-rewrite', 'post-checkout');
      break;
    case 'checkout':
    case 'switch':
    case 'clone':
      hooks.push('post-checkout');
      break;
    case 'worktree':
      if (args[0] === 'add') hooks.push('post-checkout');
      break;
    case 'rebase':
      hooks.push('pre-rebase', 'post-rewrite', 'post-checkout', 'prepare-commit-msg');
      break;
    case 'am':
      hooks.push('applypatch-msg', 'pre-applypatch', 'post-applypatch', 'post-rewrite');
      break;
    case 'cherry-pick':
    case 'revert':
      hooks.push('prepare-commit-msg', 'commit-msg', 'post-rewrite');
      break;
    case 'gc':
      if (args.includes('--auto')) hooks.push('pre-auto-gc');
      break;
    case 'send-email':
      hooks.push('sendemail-validate');
      break;
  }
  if (REF_UPDATERS.has(sub)) hooks.push('reference-transaction');
  if (INDEX_READERS.has(sub)) hooks.push('post-index-change');
  return hooks;
}

/** Does the command open an editor? 'sequence' for an interactive rebase (both editors). */
function opensEditor(sub: string, args: string[]): 'editor' | 'sequence' | undefined {
  const has = (...flags: string[]) => args.some((a) => flags.some((f) => a === f || a.startsWith(`${f}=`)));
  const shortHas = (letter: string) => args.some((a) => /^-[a-zA-Z]+$/.test(a) && a.includes(letter));
  switch (sub) {
    case 'commit': {
      if (has('-e', '--edit')) return 'editor';
      if (has('--no-edit', '-m', '--message', '-F', '--file', '-C', '--reuse-message', '--fixup') || shortHas('m') || shortHas('F'))
        return undefined;
      return 'editor';
    }
    case 'tag':
      return (has('-a', '--annotate', '-s', '--sign', '-u') || shortHas('a') || shortHas('s')) &&
        !has('-m', '--message', '-F', '--file') &&
        !shortHas('m')
        ? 'editor'
        : has('-e', '--edit')
          ? 'editor'
          : undefined;
    case 'rebase':
      if (has('-i', '--interactive', '--edit-todo') || shortHas('i')) return 'sequence';
      return undefined;
    case 'config':
      return has('-e', '--edit') || args[0] === 'edit' ? 'editor' : undefined;
    case 'add':
      return has('-e', '--edit', '-p', '--patch', '-i', '--interactive') ? 'editor' : undefined;
    case 'merge':
    case 'pull':
    case 'revert':
    case 'cherry-pick':
      return has('-e', '--edit') ? 'editor' : undefined;
    case 'notes':
      return (args[0] === 'add' || args[0] === 'edit' || args[0] === 'append') && !has('-m', '--message', '-F', '--file', '-C', '-c')
        ? 'editor'
        : undefined;
    default:
      return undefined;
  }
}

/** Keys whose value is a shell command git runs (when the subcommand uses it). */
const SHELL_KEYS: Array<{ key: RegExp; when: (sub: string, args: string[]) => boolean; bang?: boolean }> = [
  { key: /^core\.sshcommand$/, when: (s) => NETWORK.has(s) },
  { key: /^core\.gitproxy$/, when: (s) => NETWORK.has(s) },
  { key: /^core\.askpass$/, when: (s) => NETWORK.has(s) },
  { key: /^credential\.(.+\.)?helper$/, when: (s) => NETWORK.has(s), bang: true },
  { key: /^remote\..+\.receivepack$/, when: (s) => s === 'push' },
  { key: /^remote\..+\.uploadpack$/, when: (s) => s === 'fetch' || s === 'pull' || s === 'clone' || s === 'ls-remote' },
  { key: /^core\.fsmonitor$/, when: (s) => INDEX_READERS.has(s) },
  { key: /^diff\.external$/, when: (s, a) => (s === 'diff' && !a.includes('--no-ext-diff')) || a.includes('--ext-diff') },
  { key: /^diff\..+\.(command|textconv)$/, when: (s) => ['diff', 'log', 'show', 'blame', 'grep', 'format-patch', 'cat-file'].includes(s) },
  { key: /^merge\..+\.driver$/, when: (s) => ['merge', 'pull', 'rebase', 'cherry-pick', 'revert', 'stash', 'am'].includes(s) },
  { key: /^filter\..+\.(clean|smudge|process)$/, when: (s) => FILTERING.has(s) },
  { key: /^difftool\..+\.cmd$/, when: (s) => s === 'difftool' },
  { key: /^mergetool\..+\.cmd$/, when: (s) => s === 'mergetool' },
  {
    key: /^gpg(\..+)?\.program$/,
    when: (s, a) =>
      ['commit', 'tag', 'merge', 'verify-commit', 'verify-tag'].includes(s) && a.some((x) => /^-S|^--gpg-sign|^-s$|^--sign/.test(x)),
  },
];
/** Keys that define a command when written, whatever runs next. */
const DEFINING =
  /^(alias\..+|remote\..+\.(push|mirror|receivepack|uploadpack)|core\.(sshcommand|gitproxy|askpass|fsmonitor|editor|hookspath|pager)|sequence\.editor|diff\.external|diff\..+\.(command|textconv)|merge\..+\.driver|filter\..+\.(clean|smudge|process)|credential\.(.+\.)?helper|difftool\..+\.cmd|mergetool\..+\.cmd|gpg(\..+)?\.program|pager\..+|sendemail\..+cmd|uploadpack\.packobjectshook)$/;

const ENV_COMMANDS = [
  'GIT_SSH_COMMAND',
  'GIT_SSH',
  'GIT_EDITOR',
  'GIT_SEQUENCE_EDITOR',
  'GIT_EXTERNAL_DIFF',
  'GIT_ASKPASS',
  'GIT_PROXY_COMMAND',
  'GIT_PAGER',
];

interface Parsed {
  dirs: string[];
  configs: Array<[string, string]>;
  /** --config-env KEY=ENVVAR settings, resolved against the environment. */
  configEnv: Array<[string, string]>;
  gitDir?: string;
  workTree?: string;
  sub?: string;
  args: string[];
  globals: string[];
}

function parse(argv: string[]): Parsed {
  const out: Parsed = { dirs: [], configs: [], configEnv: [], args: [], globals: [] };
  let i = 1;
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('-')) break;
    if (a === '--') {
      i++;
      break;
    }
    const eq = a.indexOf('=');
    const name = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    const inline = a.startsWith('--') && eq > 0 ? a.slice(eq + 1) : undefined;
    const value = () => inline ?? argv[++i] ?? '';
    if (name === '-C') out.dirs.push(value());
    else if (/^-C./.test(a)) out.dirs.push(a.slice(2));
    else if (name === '-c') out.configs.push(splitSetting(value()));
    else if (/^-c./.test(a)) out.configs.push(splitSetting(a.slice(2)));
    else if (name === '--git-dir') out.gitDir = value();
    else if (name === '--work-tree') out.workTree = value();
    else if (name === '--config-env') {
      // --config-env=KEY=ENVVAR: the value comes from the environment; resolved by the caller
      const setting = value();
      const eq = setting.lastIndexOf('=');
      if (eq > 0) out.configEnv.push([normalKey(setting.slice(0, eq)), setting.slice(eq + 1)]);
    } else if (['--namespace', '--exec-path', '--super-prefix', '--list-cmds', '--attr-source'].includes(name)) {
      if (inline === undefined && name !== '--exec-path') i++;
    } else out.globals.push(a);
  }
  out.sub = argv[i];
  out.args = argv.slice(i + 1);
  return out;
}

function splitSetting(text: string): [string, string] {
  const eq = text.indexOf('=');
  return eq < 0 ? [text.toLowerCase(), 'true'] : [normalKey(text.slice(0, eq)), text.slice(eq + 1)];
}

/** Section and variable names are case-insensitive, a subsection is not. */
function normalKey(key: string): string {
  const first = key.indexOf('.');
  const last = key.lastIndexOf('.');
  if (first < 0) return key.toLowerCase();
  if (first === last) return key.toLowerCase();
  return `${key.slice(0, first).toLowerCase()}${key.slice(first, last)}${key.slice(last).toLowerCase()}`;
}

class Config {
  constructor(readonly entries: Array<{ key: string; value: string; origin: string }>) {}
  get(key: string): { value: string; origin: string } | undefined {
    const k = normalKey(key);
    for (let i = this.entries.length - 1; i >= 0; i--) if (normalKey(this.entries[i].key) === k) return this.entries[i];
    return undefined;
  }
  matching(pattern: RegExp): Array<{ key: string; value: string; origin: string }> {
    const seen = new Map<string, { key: string; value: string; origin: string }>();
    for (const e of this.entries) if (pattern.test(normalKey(e.key))) seen.set(normalKey(e.key), e);
    return [...seen.values()];
  }
  all(key: string): Array<{ value: string; origin: string }> {
    const k = normalKey(key);
    return this.entries.filter((e) => normalKey(e.key) === k);
  }
}

const originShown = (origin: string, show: (p: string) => string) =>
  origin.startsWith('file:') ? show(origin.slice(5)) : origin.replace(/:$/, '') || 'the command line';

/** What defining `key` as `value` makes git run: shell text, or nothing. */
function definedCommand(key: string, value: string, gitPrefix: string): string | undefined {
  const k = normalKey(key);
  if (k.startsWith('alias.')) {
    const v = value.trim();
    return v.startsWith('!') ? v.slice(1) : `${gitPrefix} ${v}`;
  }
  const push = /^remote\.(.+)\.push$/.exec(k);
  if (push) return `${gitPrefix} push ${quote(push[1])} ${quote(value.trim())}`;
  const mirror = /^remote\.(.+)\.mirror$/.exec(k);
  if (mirror) return /^(true|yes|on|1)$/i.test(value.trim()) ? `${gitPrefix} push --mirror ${quote(mirror[1])}` : undefined;
  if (/^credential\.(.+\.)?helper$/.test(k)) return value.trim().startsWith('!') ? value.trim().slice(1) : undefined;
  if (k === 'core.fsmonitor' && /^(true|false|yes|no|on|off|0|1|)$/i.test(value.trim())) return undefined;
  if (k === 'core.hookspath') return undefined; // read as the hooks it holds
  if (/^(core\.pager|pager\..+)$/.test(k) && !/[;&|`$]/.test(value)) return undefined;
  return value;
}

export async function gitRuns(cmd: SimpleCommand, dir: string | undefined, reader: Reader, options: ExpandOptions): Promise<Found> {
  const parsed = parse(cmd.argv);
  const found: Found = { sources: [], unreadable: [] };
  const shown = `\`${cmd.text.slice(0, 80)}\``;
  for (const [key, name] of parsed.configEnv) {
    const value = cmd.assignments[name] ?? options.io?.env?.[name];
    if (value === undefined || value === '')
      found.unreadable.push(`${shown}: --config-env ${key} takes its value from ${name}, which cannot be read`);
    else parsed.configs.push([key, value]);
  }
  if (!dir) return { sources: [], unreadable: [`${shown}: the folder git runs in cannot be read statically`] };
  const where = parsed.dirs.reduce((d, c) => posix.resolve(d, c), dir);
  // what the configuration runs is placed in `where` already: no -C again
  const prefix = 'git';
  const add = (text: string, label: string, origin: string, runDir = where, extra: Partial<Source> = {}) =>
    found.sources.push({ label, origin, text, dir: runDir, ...extra });

  // Written on this command: -c settings, GIT_* variables set for it, `git config KEY VALUE`.
  for (const [key, value] of parsed.configs) {
    if (!DEFINING.test(normalKey(key))) continue;
    const text = definedCommand(key, value, prefix);
    if (text) add(text, `git -c ${key}`, `git -c ${key}`);
  }
  for (const name of ENV_COMMANDS) {
    const value = cmd.assignments[name];
    if (value === undefined || value === '') continue;
    add(name === 'GIT_SSH' ? quote(value) : value, `${name}=`, `${name} set on the command`);
  }
  if (parsed.sub === 'config') definedByConfigWrite(parsed.args, prefix, where, reader, found, add);
  const sub = parsed.sub;
  if (sub === undefined || sub === 'version' || sub === 'help' || sub === 'config' || parsed.args.includes('--help')) return found;

  // Read what the configuration makes this command run.
  const io = options.io;
  if (!io?.readGitConfig) {
    found.unreadable.push(`${shown}: git's configuration cannot be read here`);
    return found;
  }
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(cmd.assignments)) if (v !== '' && /^(GIT_|HOME$|XDG_CONFIG_HOME$)/.test(k)) env[k] = v;
  if (parsed.gitDir) env.GIT_DIR = posix.resolve(where, parsed.gitDir);
  // -c settings go to git too, so that an `include.path` among them is followed as git follows it
  if (parsed.configs.length > 0) {
    env.GIT_CONFIG_COUNT = String(parsed.configs.length);
    parsed.configs.forEach(([key, value], k) => {
      env[`GIT_CONFIG_KEY_${k}`] = key;
      env[`GIT_CONFIG_VALUE_${k}`] = value;
    });
  }
  if (parsed.workTree) env.GIT_WORK_TREE = posix.resolve(where, parsed.workTree);
  const read = await io.readGitConfig(where, env);
  // `git -C missing …` fails before it runs anything, unless an earlier part of the command makes the folder
  if ('unreadable' in read && read.missingFolder && !reader.changed(where, true)) return found;
  if ('unreadable' in read) {
    found.unreadable.push(`${shown}: git's configuration cannot be read (${read.unreadable})`);
    return found;
  }
  // a file of the configuration (or the repository's git folder) changed earlier in the same command
  const changedFile = read.entries.map((e) => e.origin).find((o) => o.startsWith('file:') && reader.changed(o.slice(5), false, true));
  if (changedFile || (read.commonDir && reader.changed(read.commonDir, true, true))) {
    found.unreadable.push(`${shown}: git's configuration or hooks are changed by an earlier part of the same command`);
    return found;
  }
  const config = new Config([
    ...read.entries.map((e: GitConfigEntry) => ({ ...e, key: normalKey(e.key) })),
    ...parsed.configs.map(([key, value]) => ({ key, value, origin: 'command line:' })),
  ]);
  const show = (o: string) => originShown(o, reader.show);
  const top = read.topLevel ?? where;

  // An alias (git's own commands win over an alias of the same name).
  if (!BUILTIN.has(sub)) {
    const alias = config.get(`alias.${sub}`);
    if (alias && alias.origin !== 'command line:') {
      const value = alias.value.trim();
      const rest = parsed.args.map(quote).join(' ');
      if (value.startsWith('!'))
        add(`${value.slice(1)}${rest ? ` ${rest}` : ''}`, `git alias ${sub}`, `alias.${sub} in ${show(alias.origin)}`, top);
      else add(`${prefix} ${value}${rest ? ` ${rest}` : ''}`, `git alias ${sub}`, `alias.${sub} in ${show(alias.origin)}`);
    }
    return found; // an alias runs what it stands for; anything else is not a git command
  }

  // A plain push takes its refspecs (and mirroring) from the remote's configuration.
  if (sub === 'push') pushFromConfig(parsed.args, config, prefix, show, add);

  // Commands from the configuration and the inherited environment.
  for (const { key, when, bang } of SHELL_KEYS) {
    if (!when(sub, parsed.args)) continue;
    for (const e of config.matching(key)) {
      if (e.origin === 'command line:') continue; // judged above as written
      const text = bang ? (e.value.trim().startsWith('!') ? e.value.trim().slice(1) : undefined) : definedCommand(e.key, e.value, prefix);
      if (text) add(text, `git ${e.key}`, `${e.key} in ${show(e.origin)}`);
    }
  }
  const inherited = (name: string) => (cmd.assignments[name] === undefined ? options.io?.env?.[name] : undefined);
  if (NETWORK.has(sub)) {
    for (const name of ['GIT_SSH_COMMAND', 'GIT_PROXY_COMMAND']) {
      const v = inherited(name);
      if (v) add(v, `${name}`, `${name} in the environment`);
    }
    for (const name of ['GIT_SSH', 'GIT_ASKPASS']) {
      const v = inherited(name);
      if (v) add(quote(v), `${name}`, `${name} in the environment`);
    }
  }
  if ((sub === 'diff' && !parsed.args.includes('--no-ext-diff')) || parsed.args.includes('--ext-diff')) {
    const v = inherited('GIT_EXTERNAL_DIFF');
    if (v) add(v, 'GIT_EXTERNAL_DIFF', 'GIT_EXTERNAL_DIFF in the environment');
  }
  const editing = opensEditor(sub, parsed.args);
  if (editing) {
    const editor =
      (inherited('GIT_EDITOR') && { value: inherited('GIT_EDITOR') as string, origin: 'GIT_EDITOR in the environment' }) ||
      (config.get('core.editor') && {
        value: config.get('core.editor')?.value as string,
        origin: `core.editor in ${show(config.get('core.editor')?.origin ?? '')}`,
      }) ||
      (inherited('VISUAL') && { value: inherited('VISUAL') as string, origin: 'VISUAL in the environment' }) ||
      (inherited('EDITOR') && { value: inherited('EDITOR') as string, origin: 'EDITOR in the environment' });
    if (editor && config.get('core.editor')?.origin !== 'command line:')
      add(`${editor.value} .git/COMMIT_EDITMSG`, 'git editor', editor.origin);
    if (editing === 'sequence') {
      const sequence =
        (inherited('GIT_SEQUENCE_EDITOR') && {
          value: inherited('GIT_SEQUENCE_EDITOR') as string,
          origin: 'GIT_SEQUENCE_EDITOR in the environment',
        }) ||
        (config.get('sequence.editor') && {
          value: config.get('sequence.editor')?.value as string,
          origin: `sequence.editor in ${show(config.get('sequence.editor')?.origin ?? '')}`,
        });
      if (sequence && config.get('sequence.editor')?.origin !== 'command line:')
        add(`${sequence.value} .git/rebase-merge/git-rebase-todo`, 'git sequence editor', sequence.origin);
    }
  }

  // The hooks it fires.
  const hooksPath = config.get('core.hookspath');
  let hooksDir: string | undefined;
  if (hooksPath?.value) {
    const v = hooksPath.value.trim();
    hooksDir = v.startsWith('~/') && options.homeDir ? posix.join(options.homeDir, v.slice(2)) : posix.resolve(top, v);
  } else if (read.commonDir) hooksDir = posix.join(read.commonDir, 'hooks');
  if (hooksDir) {
    for (const hook of hooksFor(sub, parsed.args)) readHook(posix.join(hooksDir, hook), hook, top, reader, found);
  }
  return found;
}

/** `git config [--global|--file F|…] [--add|--replace-all] KEY VALUE`, `git config set KEY VALUE`. */
function definedByConfigWrite(
  args: string[],
  prefix: string,
  where: string,
  reader: Reader,
  found: Found,
  add: (text: string, label: string, origin: string, runDir?: string) => void,
): void {
  const words: string[] = [];
  let mode: 'write' | 'read' = 'write';
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (/^--(file|blob|type|default|comment|value)$/.test(a) || a === '-f') {
      i++;
      continue;
    }
    if (
      /^--(get|get-all|get-regexp|get-urlmatch|list|unset|unset-all|rename-section|remove-section|edit|get-color|get-colorbool|show-origin|show-scope|name-only)$/.test(
        a,
      ) ||
      a === '-l' ||
      a === '-e'
    )
      mode = 'read';
    if (a.startsWith('-')) continue;
    words.push(a);
  }
  if (['get', 'list', 'unset', 'rename-section', 'remove-section', 'edit'].includes(words[0] ?? '')) return;
  if (words[0] === 'set') words.shift();
  if (mode === 'read' || words.length < 2) return;
  const [key, ...rest] = words;
  const value = rest.length > 1 && !DEFINING.test(normalKey(key)) ? rest[0] : rest.join(' ');
  if (normalKey(key) === 'core.hookspath') {
    // the hooks that folder holds will run from now on
    const dir = posix.resolve(where, value);
    for (const name of reader.list(dir) ?? []) if (HOOK_NAMES.has(name)) readHook(posix.join(dir, name), name, where, reader, found);
    return;
  }
  if (!DEFINING.test(normalKey(key))) return;
  const text = definedCommand(key, value, prefix);
  if (text) add(text, `git config ${key}`, `git config ${key}`);
}

const HOOK_NAMES = new Set(
  (
    'applypatch-msg pre-applypatch post-applypatch pre-commit pre-merge-commit prepare-commit-msg commit-msg post-commit ' +
    'pre-rebase post-checkout post-merge pre-push pre-receive update proc-receive post-receive post-update ' +
    'reference-transaction push-to-checkout pre-auto-gc post-rewrite sendemail-validate fsmonitor-watchman p4-changelist ' +
    'p4-prepare-changelist p4-post-changelist p4-pre-submit post-index-change'
  ).split(' '),
);

function pushFromConfig(
  args: string[],
  config: Config,
  prefix: string,
  show: (o: string) => string,
  add: (text: string, label: string, origin: string) => void,
): void {
  const positionals: string[] = [];
  const kept: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('-')) {
      if (/^--(all|branches|mirror|tags|delete)$/.test(a) || /^-[a-zA-Z]*d/.test(a)) return; // refspecs come from the options
      if (/^--(repo|receive-pack|exec|push-option)$/.test(a) || a === '-o') i++;
      if (/^(-n|--dry-run)$/.test(a)) kept.push(a);
      continue;
    }
    positionals.push(a);
  }
  if (positionals.length > 1) return; // refspecs given: the configured ones are not used
  const remotes = positionals.length === 1 ? [positionals[0]] : candidates(config);
  for (const remote of remotes) {
    for (const spec of config.all(`remote.${remote}.push`)) {
      if (!spec.value.trim().startsWith('+')) continue;
      add(
        [prefix, 'push', ...kept, quote(remote), quote(spec.value.trim())].join(' '),
        `git push (remote.${remote}.push)`,
        `remote.${remote}.push in ${show(spec.origin)}`,
      );
    }
    const mirror = config.get(`remote.${remote}.mirror`);
    if (mirror && /^(true|yes|on|1)$/i.test(mirror.value.trim())) {
      add(
        [prefix, 'push', ...kept, '--mirror', quote(remote)].join(' '),
        `git push (remote.${remote}.mirror)`,
        `remote.${remote}.mirror in ${show(mirror.origin)}`,
      );
    }
  }
}

/** The remotes a plain `git push` may use: the branch's push remote, remote.pushDefault, its remote, origin. */
function candidates(config: Config): string[] {
  const out = new Set<string>();
  for (const e of config.matching(/^branch\..+\.(pushremote|remote)$/)) out.add(e.value.trim());
  const d = config.get('remote.pushdefault');
  if (d) out.add(d.value.trim());
  out.add('origin');
  return [...out].filter(Boolean);
}

/** A hook file: missing or not executable, git skips it; a script is read; anything else is unreadable. */
function readHook(path: string, hook: string, top: string, reader: Reader, found: Found): void {
  const got = reader.read(path);
  if (!('text' in got)) {
    if (got.unreadable === 'missing' || got.unreadable === 'a directory') return;
    if (got.binary && got.executable === false) return;
    found.unreadable.push(`the ${hook} hook ${reader.show(path)} is ${got.unreadable}`);
    return;
  }
  if (!got.executable) return;
  let text = got.text;
  if (!shellShebang(text)) {
    found.unreadable.push(
      `the ${hook} hook ${reader.show(path)} is a program the guard does not read (${text.split('\n')[0].slice(0, 60)})`,
    );
    return;
  }
  const hookDir = posix.dirname(path);
  // husky: the stub in .husky/_ runs the project's .husky/<hook>; older husky sources its runtime first
  if (/(^|\/)\.husky\/_$/.test(hookDir)) {
    const user = posix.join(posix.dirname(hookDir), hook);
    const script = reader.read(user);
    if ('text' in script) text = script.text;
    else if (script.unreadable === 'missing') return;
    else {
      found.unreadable.push(`the ${hook} hook ${reader.show(user)} is ${script.unreadable}`);
      return;
    }
    path = user;
  }
  text = text
    .split('\n')
    .filter((line) => !/^\s*\.\s+"\$\(dirname\s+(--\s+)?"\$0"\)\/_\/husky\.sh"\s*$/.test(line))
    .join('\n')
    .replaceAll('$(dirname -- "$0")', posix.dirname(path))
    .replaceAll('$(dirname "$0")', posix.dirname(path));
  found.sources.push({
    label: `git hook ${hook}`,
    origin: reader.show(path),
    file: reader.show(path),
    line: 1,
    text,
    dir: top,
    positional: [path],
  });
}
