// Known launchers (docs/guard-rules.md, third edition, "Known launchers"): programs that run another
// command are read like `env`, their own options stripped, the rest is the command. Programs that
// run a command given in one of their options (`tar --to-command`, `git rebase --exec`, sed's `e`,
// `make -f -`) keep running themselves and also run that text.
import type { Word } from './context.js';
import { makefileTexts } from './makefile-text.js';
import { presumedInOptions } from './presumed.js';
import { sedExecs } from './sed-script.js';
import type { StdinSource } from './types.js';
import { type InnerCommand, type RunText, type Unwrapped, argv, joined, runText, set, skipOptions, tail } from './unwrap-kit.js';
import { splitAssignment } from './variables.js';

type Launcher = (words: Word[], stdin: StdinSource | undefined) => Unwrapped | undefined;

/** The program keeps running with `consumed` words taken out, and also runs `texts`/`commands`. */
function also(label: string, words: Word[], consumed: Set<number>, texts: RunText[], commands: InnerCommand[] = []): Unwrapped | undefined {
  if (texts.length === 0 && commands.length === 0) return undefined;
  return { kind: 'also', label, self: words.filter((_, k) => !consumed.has(k)), texts, commands };
}

/** Skips options where every option takes its value attached (`--x=y`) or none; stops at `--`. */
const plainOptions = (words: Word[], start: number) => skipOptions(words, start, { withArg: set() });

/** `TOOL SUB [opts] CMD…` (asdf exec, bundle exec, pipenv run, poetry run): the command after the options. */
function subcommandLauncher(label: string, subs: string[], spec = { withArg: set() as Set<string>, longWithArg: set() }) {
  return (words: Word[]): Unwrapped | undefined => {
    const at = words.findIndex((w, k) => k >= 1 && !w.text.startsWith('-'));
    if (at < 0 || !subs.includes(words[at].text)) return undefined;
    return argv(label, words.slice(skipOptions(words, at + 1, spec)));
  };
}

/** npx / npm exec / pnpm dlx: `-c CMD` / `--call=CMD` is a shell string; otherwise the command after the options. */
function packageRunner(label: string, words: Word[], start: number, valued: Set<string>, longValued: Set<string>): Unwrapped | undefined {
  let i = start;
  while (i < words.length) {
    const t = words[i].text;
    if (t === '--') {
      i += 1;
      break;
    }
    if (t === '-c' || t === '--call' || t === '--shell-mode') return joined(`${label} -c`, words.slice(i + 1, i + 2));
    if (t.startsWith('--call=')) return joined(`${label} -c`, [tail(words[i], '--call='.length)]);
    if (!t.startsWith('-')) break;
    if (t.startsWith('--')) i += !t.includes('=') && longValued.has(t.slice(2)) ? 2 : 1;
    else i += t.length === 2 && valued.has(t[1]) ? 2 : 1;
  }
  return argv(label, words.slice(i));
}

const NPX_VALUED = set('p');
const NPX_LONG_VALUED = set('package', 'prefix', 'workspace', 'registry', 'cache', 'userconfig');

/** Index of a package manager's subcommand, past its global options (`pnpm -r --filter x exec`). */
function pmSubcommand(words: Word[], longValued: Set<string>, valued: Set<string>): number {
  for (let i = 1; i < words.length; i++) {
    const t = words[i].text;
    if (!t.startsWith('-')) return i;
    if (t.startsWith('--') ? !t.includes('=') && longValued.has(t.slice(2)) : t.length === 2 && valued.has(t[1])) i += 1;
  }
  return -1;
}

const PM_LONG_VALUED = set('prefix', 'workspace', 'filter', 'dir', 'cwd', 'registry', 'userconfig', 'cache', 'loglevel', 'reporter');
const PM_VALUED = set('w', 'C', 'F');

function npm(words: Word[]): Unwrapped | undefined {
  const at = pmSubcommand(words, PM_LONG_VALUED, PM_VALUED);
  if (at < 0 || (words[at].text !== 'exec' && words[at].text !== 'x')) return undefined;
  return packageRunner('npm exec', words, at + 1, NPX_VALUED, NPX_LONG_VALUED);
}

function pnpmOrYarn(name: string, words: Word[]): Unwrapped | undefined {
  const at = pmSubcommand(words, PM_LONG_VALUED, PM_VALUED);
  if (at < 0) return undefined;
  const sub = words[at].text;
  if (sub !== 'exec' && sub !== 'dlx') return undefined;
  return packageRunner(`${name} ${sub}`, words, at + 1, NPX_VALUED, NPX_LONG_VALUED);
}

function bun(words: Word[]): Unwrapped | undefined {
  const at = pmSubcommand(words, PM_LONG_VALUED, PM_VALUED);
  if (at < 0 || words[at].text !== 'x') return undefined;
  return packageRunner('bun x', words, at + 1, NPX_VALUED, NPX_LONG_VALUED);
}

const UV_LONG_VALUED = set(
  'with',
  'with-editable',
  'with-requirements',
  'python',
  'project',
  'directory',
  'env-file',
  'extra',
  'group',
  'only-group',
  'no-group',
  'package',
  'index',
  'default-index',
  'index-url',
  'extra-index-url',
  'from',
  'cache-dir',
  'config-file',
  'color',
);

function uv(words: Word[]): Unwrapped | undefined {
  let at = pmSubcommand(words, UV_LONG_VALUED, set('p'));
  if (at < 0) return undefined;
  if (words[at].text === 'tool' && words[at + 1]?.text === 'run') at += 1;
  else if (words[at].text !== 'run') return undefined;
  return argv('uv run', words.slice(skipOptions(words, at + 1, { withArg: set('p', 'w'), longWithArg: UV_LONG_VALUED })));
}

const uvx = (words: Word[]) => argv('uvx', words.slice(skipOptions(words, 1, { withArg: set('p', 'w'), longWithArg: UV_LONG_VALUED })));

function poetry(words: Word[]): Unwrapped | undefined {
  const at = pmSubcommand(words, set('directory', 'project'), set('C', 'P'));
  if (at < 0 || words[at].text !== 'run') return undefined;
  return argv('poetry run', words.slice(plainOptions(words, at + 1)));
}

/** bwrap options and how many values each takes. */
const BWRAP_ARITY: Record<string, number> = {
  '--args': 1,
  '--argv0': 1,
  '--userns': 1,
  '--userns2': 1,
  '--pidns': 1,
  '--uid': 1,
  '--gid': 1,
  '--hostname': 1,
  '--chdir': 1,
  '--unsetenv': 1,
  '--lock-file': 1,
  '--sync-fd': 1,
  '--remount-ro': 1,
  '--exec-label': 1,
  '--file-label': 1,
  '--proc': 1,
  '--dev': 1,
  '--tmpfs': 1,
  '--mqueue': 1,
  '--dir': 1,
  '--seccomp': 1,
  '--add-seccomp-fd': 1,
  '--block-fd': 1,
  '--userns-block-fd': 1,
  '--info-fd': 1,
  '--json-status-fd': 1,
  '--cap-add': 1,
  '--cap-drop': 1,
  '--perms': 1,
  '--size': 1,
  '--overlay-src': 1,
  '--setenv': 2,
  '--bind': 2,
  '--bind-try': 2,
  '--dev-bind': 2,
  '--dev-bind-try': 2,
  '--ro-bind': 2,
  '--ro-bind-try': 2,
  '--bind-fd': 2,
  '--ro-bind-fd': 2,
  '--file': 2,
  '--bind-data': 2,
  '--ro-bind-data': 2,
  '--symlink': 2,
  '--chmod': 2,
  '--tmp-overlay': 1,
  '--ro-overlay': 1,
  '--overlay': 3,
};

function bwrap(words: Word[]): Unwrapped | undefined {
  const assignments: NonNullable<InnerCommand['assignments']> = [];
  let i = 1;
  while (i < words.length) {
    const t = words[i].text;
    if (t === '--') {
      i += 1;
      break;
    }
    if (!t.startsWith('-')) break;
    const arity = BWRAP_ARITY[t] ?? 0;
    if (t === '--setenv' && words[i + 1] && words[i + 2]) {
      assignments.push({ name: words[i + 1].text, append: false, value: words[i + 2] });
    }
    i += 1 + arity;
  }
  return argv('bwrap', words.slice(i), { assignments });
}

function strace(label: string, valued: Set<string>, words: Word[]): Unwrapped | undefined {
  const assignments: NonNullable<InnerCommand['assignments']> = [];
  const i = skipOptions(words, 1, {
    withArg: valued,
    longWithArg: set('output', 'attach', 'user', 'env', 'string-limit', 'trace', 'signal'),
  });
  for (let k = 1; k < i; k++) {
    // -E VAR=VAL puts VAR in the traced program's environment
    if (words[k].text === '-E' && words[k + 1]) {
      const parsed = splitAssignment(words[k + 1].text);
      if (parsed) assignments.push({ name: parsed.name, append: false, value: { text: parsed.value, dynamic: words[k + 1].dynamic } });
    }
  }
  return argv(label, words.slice(i), { assignments });
}

/** gdb: `-ex 'shell CMD'` / `-ex '!CMD'` run CMD; `--args PROG ARGS` runs PROG ARGS. */
function gdb(words: Word[]): Unwrapped | undefined {
  const texts: RunText[] = [];
  const consumed = new Set<number>();
  const commands: InnerCommand[] = [];
  for (let i = 1; i < words.length; i++) {
    const t = words[i].text;
    if (t === '--args' || t === '-args') {
      commands.push({ words: words.slice(i + 1) });
      for (let k = i; k < words.length; k++) consumed.add(k);
      break;
    }
    let value: Word | undefined;
    if (/^--?(ex|iex|eval-command|init-eval-command)$/.test(t)) {
      value = words[i + 1];
      consumed.add(i).add(i + 1);
      i += 1;
    } else if (/^--?(eval-command|init-eval-command|ex|iex)=/.test(t)) {
      value = tail(words[i], t.indexOf('=') + 1);
      consumed.add(i);
    }
    if (!value) continue;
    const shell = /^\s*(?:shell\s+|!\s*|pipe\s+.*?\|\s*|\|\s*.*?\|\s*)([\s\S]*)$/.exec(value.text);
    if (shell) texts.push({ text: value.dynamic ? undefined : shell[1], source: value.text });
  }
  return also(
    'gdb',
    words,
    consumed,
    texts,
    commands.filter((c) => c.words.length > 0),
  );
}

/** faketime [-m] [-f] [--exclude-monotonic] [--date-prog PROG] TIMESTAMP CMD… */
function faketime(words: Word[]): Unwrapped | undefined {
  const i = skipOptions(words, 1, { withArg: set('p'), longWithArg: set('date-prog') });
  return argv('faketime', words.slice(i + 1)); // words[i] is the timestamp
}

/** entr [-acdnprsz] UTILITY [ARGS…]; with -s the utility is a shell string. */
function entr(words: Word[]): Unwrapped | undefined {
  const i = skipOptions(words, 1, { withArg: set() });
  const shell = words.slice(1, i).some((w) => /^-[a-z]*s/.test(w.text));
  return shell ? joined('entr -s', words.slice(i, i + 1)) : argv('entr', words.slice(i));
}

/** expect -c 'spawn CMD …; exec CMD' (Tcl): the commands it spawns or execs. */
function expectScript(words: Word[]): Unwrapped | undefined {
  const texts: RunText[] = [];
  const consumed = new Set<number>();
  for (let i = 1; i < words.length; i++) {
    if (words[i].text !== '-c') continue;
    const body = words[i + 1];
    if (!body) break;
    consumed.add(i).add(i + 1);
    if (body.dynamic) {
      texts.push({ text: undefined, source: body.text });
      continue;
    }
    for (const statement of body.text.split(/[;\n]/)) {
      const m = /^\s*(?:spawn|exec|system)\s+(?:-\S+\s+)*([\s\S]+)$/.exec(statement);
      if (m) texts.push({ text: m[1].replace(/[{}]/g, ''), source: statement });
    }
  }
  return also('expect -c', words, consumed, texts);
}

/** rsync -e/--rsh CMD runs CMD locally; --rsync-path runs on the remote side. */
function rsync(words: Word[]): Unwrapped | undefined {
  const texts: RunText[] = [];
  const consumed = new Set<number>();
  for (let i = 1; i < words.length; i++) {
    const t = words[i].text;
    if (t === '--') break;
    if (t === '-e' || t === '--rsh' || t === '--rsync-path') {
      if (words[i + 1]) texts.push(runText(words[i + 1], t === '--rsync-path'));
      consumed.add(i).add(i + 1);
      i += 1;
    } else if (/^--(rsh|rsync-path)=/.test(t)) {
      texts.push(runText(tail(words[i], t.indexOf('=') + 1), t.startsWith('--rsync-path')));
      consumed.add(i);
    } else if (/^-[a-zA-Z]*e./.test(t) && !t.startsWith('--')) {
      // -avze'ssh -p 22': the rest of the cluster after e is the command
      texts.push(runText(tail(words[i], t.indexOf('e', 1) + 1)));
      consumed.add(i);
    } else if (/^-[a-zA-Z]*e$/.test(t)) {
      if (words[i + 1]) texts.push(runText(words[i + 1]));
      consumed.add(i + 1);
      i += 1;
    }
  }
  return also('rsync -e', words, consumed, texts);
}

const TAR_VALUED = /^--(to-command|use-compress-program|info-script|new-volume-script|rsh-command)$/;
/** GNU tar accepts an unambiguous prefix of a long option: the shortest of each that names it. */
const TAR_PREFIXES: Array<[string, string]> = [
  ['to-c', 'to-command'],
  ['use', 'use-compress-program'],
  ['checkpoint-a', 'checkpoint-action'],
  ['info', 'info-script'],
  ['new-', 'new-volume-script'],
  ['rsh', 'rsh-command'],
];

/** A tar long option written as a prefix, spelled out (`--to-com=x` -> `--to-command=x`). */
function tarLong(text: string): string {
  if (!text.startsWith('--')) return text;
  const eq = text.indexOf('=');
  const name = text.slice(2, eq < 0 ? undefined : eq);
  const full = TAR_PREFIXES.find(([min, option]) => name.startsWith(min) && option.startsWith(name))?.[1];
  return full ? `--${full}${eq < 0 ? '' : text.slice(eq)}` : text;
}

/** tar --to-command, -I/--use-compress-program, --checkpoint-action=exec=, --info-script/-F, --rsh-command. */
function tar(words: Word[]): Unwrapped | undefined {
  const texts: RunText[] = [];
  const consumed = new Set<number>();
  for (let i = 1; i < words.length; i++) {
    const t = tarLong(words[i].text);
    if (t === '-I' || t === '-F' || TAR_VALUED.test(t)) {
      if (words[i + 1]) texts.push(runText(words[i + 1]));
      consumed.add(i).add(i + 1);
      i += 1;
      continue;
    }
    const long = /^--(to-command|use-compress-program|info-script|new-volume-script|rsh-command)=/.exec(t);
    if (long) {
      texts.push(runText(tail(words[i], words[i].text.indexOf('=') + 1)));
      consumed.add(i);
      continue;
    }
    const action = /^--checkpoint-action=(?:exec|sleep)?=?/.exec(t);
    if (action && /^--checkpoint-action=exec=/.test(t)) {
      texts.push(runText(tail(words[i], words[i].text.indexOf('=exec=') + '=exec='.length)));
      consumed.add(i);
      continue;
    }
    if (/^-[a-zA-Z]*[IF].+/.test(t) && !t.startsWith('--')) {
      // -Izstd, -xIzstd: the rest of the cluster after I/F is the program
      const at = t.search(/[IF]/);
      texts.push(runText(tail(words[i], at + 1)));
      consumed.add(i);
    } else if (/^-[a-zA-Z]*[IF]$/.test(t) && !t.startsWith('--')) {
      if (words[i + 1]) texts.push(runText(words[i + 1]));
      consumed.add(i + 1);
      i += 1;
    }
  }
  return also('tar', words, consumed, texts);
}

/** zip -TT CMD / --unzip-command CMD: the command that tests the archive. */
function zip(words: Word[]): Unwrapped | undefined {
  const texts: RunText[] = [];
  const consumed = new Set<number>();
  for (let i = 1; i < words.length; i++) {
    const t = words[i].text;
    if (t === '-TT' || t === '--unzip-command') {
      if (words[i + 1]) texts.push(runText(words[i + 1]));
      consumed.add(i).add(i + 1);
      i += 1;
    } else if (t.startsWith('--unzip-command=') || (t.startsWith('-TT') && t.length > 3)) {
      texts.push(runText(tail(words[i], t.startsWith('-TT') ? 3 : '--unzip-command='.length)));
      consumed.add(i);
    }
  }
  return also('zip -TT', words, consumed, texts);
}

const GIT_VALUED = new Set(['-C', '-c', '--git-dir', '--work-tree', '--namespace', '--exec-path', '--config-env', '--super-prefix']);

/** git rebase --exec/-x CMD, git bisect run CMD…, git submodule foreach CMD. */
function git(words: Word[]): Unwrapped | undefined {
  let at = 1;
  for (; at < words.length; at++) {
    const t = words[at].text;
    if (!t.startsWith('-')) break;
    if (GIT_VALUED.has(t)) at += 1;
  }
  const sub = words[at]?.text;
  if (sub === 'bisect' && words[at + 1]?.text === 'run') {
    return also(
      'git bisect run',
      words.slice(0, at + 2),
      new Set(),
      [],
      [{ words: words.slice(at + 2) }].filter((c) => c.words.length > 0),
    );
  }
  if (sub === 'submodule') {
    const each = words.findIndex((w, k) => k > at && w.text === 'foreach');
    if (each < 0) return undefined;
    const body = words.slice(skipOptions(words, each + 1, { withArg: set() }));
    const consumed = new Set(body.map((w) => words.indexOf(w)));
    const text = joined('git submodule foreach', body);
    return text?.kind === 'text' ? also('git submodule foreach', words, consumed, [{ text: text.text, source: text.source }]) : undefined;
  }
  if (sub !== 'rebase') return undefined;
  const texts: RunText[] = [];
  const consumed = new Set<number>();
  for (let i = at + 1; i < words.length; i++) {
    const t = words[i].text;
    if (t === '--') break;
    if (/^-[a-zA-Z]*x$/.test(t) || t === '--exec' || (t.startsWith('--') && t.length > 3 && '--exec'.startsWith(t))) {
      if (words[i + 1]) texts.push(runText(words[i + 1]));
      consumed.add(i).add(i + 1);
      i += 1;
    } else if (t.startsWith('--exec=') || /^-[a-zA-Z]*x./.test(t)) {
      const from = t.startsWith('--exec=') ? '--exec='.length : t.indexOf('x') + 1;
      texts.push(runText(tail(words[i], from)));
      consumed.add(i);
    }
  }
  return also('git rebase --exec', words, consumed, texts);
}

/** vim/vi/ex/nvim/view: `-c CMD`, `+CMD`, `--cmd CMD` run ex commands; `!CMD` and system() run a shell. */
function vim(words: Word[]): Unwrapped | undefined {
  const texts: RunText[] = [];
  const consumed = new Set<number>();
  for (let i = 1; i < words.length; i++) {
    const t = words[i].text;
    let value: Word | undefined;
    if (t === '-c' || t === '--cmd' || t === '-S') {
      value = t === '-S' ? undefined : words[i + 1];
      consumed.add(i).add(i + 1);
      i += 1;
    } else if (t.startsWith('+') && t.length > 1) {
      value = tail(words[i], 1);
      consumed.add(i);
    } else if (t === '--') break;
    if (!value) continue;
    for (const command of value.text.split('|')) {
      const bang = /^[\s:]*(?:silent!?\s*|[%.$,\d\s']*|r(?:ead)?\s*|w(?:rite)?\s*)*!([\s\S]*)$/.exec(command);
      const call = /\b(?:system|systemlist|jobstart|termopen)\s*\(\s*(['"])([\s\S]*?)\1/.exec(command);
      const terminal = /^[\s:]*ter(?:m(?:inal)?)?\s+(?:\+\+\w+\s+)*([\s\S]+)$/.exec(command);
      const text = bang?.[1] ?? call?.[2] ?? terminal?.[1];
      if (text !== undefined) texts.push({ text: value.dynamic ? undefined : text, source: value.text });
    }
  }
  return also('vim -c', words, consumed, texts);
}

/** make -f - (the makefile on stdin) and --eval=TEXT: recipes, `$(shell …)` and inline rules run. */
function make(words: Word[], stdin: StdinSource | undefined): Unwrapped | undefined {
  const texts: RunText[] = [];
  const consumed = new Set<number>();
  const makefiles: Array<string | undefined> = [];
  for (let i = 1; i < words.length; i++) {
    const t = words[i].text;
    const file = /^(-f|--file|--makefile)$/.test(t) ? words[i + 1]?.text : /^(--file=|--makefile=|-f)(.+)$/.exec(t)?.[2];
    if (file === '-' || file === '/dev/stdin') {
      makefiles.push(stdin && stdin.kind !== 'file' ? stdin.text : undefined);
      continue;
    }
    if (t === '--eval' || t === '-E') {
      const value = words[i + 1];
      if (value) makefiles.push(value.dynamic ? undefined : value.text);
      consumed.add(i).add(i + 1);
      i += 1;
    } else if (t.startsWith('--eval=')) {
      makefiles.push(words[i].dynamic ? undefined : t.slice('--eval='.length));
      consumed.add(i);
    }
  }
  for (const text of makefiles) {
    if (text === undefined) texts.push({ text: undefined, source: 'a makefile on stdin or in --eval' });
    else for (const recipe of makefileTexts(text)) texts.push({ text: recipe, source: recipe });
  }
  if (makefiles.length > 0 && texts.length === 0) texts.push({ text: '', source: '' });
  return also('make -f -', words, consumed, texts);
}

/** sed's `e` command and `s///e` flag run shell text (GNU sed; `--sandbox` refuses them). */
function sed(words: Word[]): Unwrapped | undefined {
  if (words.some((w) => w.text === '--sandbox')) return undefined;
  const scripts: Array<{ index: number; word: Word }> = [];
  let explicit = false;
  let firstOperand = -1;
  for (let i = 1; i < words.length; i++) {
    const t = words[i].text;
    // GNU sed takes any prefix of --expression (--e, --ex, …) and of --file (--f, --fi, …)
    const long = /^--(e[a-z]*|f[a-z]*)(=|$)/.exec(t);
    const expression = long && 'expression'.startsWith(long[1]);
    if (t === '-e' || (expression && long[2] === '')) {
      explicit = true;
      if (words[i + 1]) scripts.push({ index: i + 1, word: words[i + 1] });
      i += 1;
    } else if (expression) {
      explicit = true;
      scripts.push({ index: i, word: tail(words[i], t.indexOf('=') + 1) });
    } else if (long && 'file'.startsWith(long[1])) {
      explicit = true;
      if (long[2] === '') i += 1;
    } else if (/^-[a-zA-Z]*e./.test(t) && !t.startsWith('--') && !/^-[a-zA-Z]*[fl]/.test(t)) {
      explicit = true;
      scripts.push({ index: i, word: tail(words[i], t.indexOf('e', 1) + 1) });
    } else if (/^-[a-zA-Z]*e$/.test(t) && !t.startsWith('--')) {
      explicit = true;
      if (words[i + 1]) scripts.push({ index: i + 1, word: words[i + 1] });
      i += 1;
    } else if (t === '-f') {
      explicit = true;
      i += 1;
    } else if (t === '-l' || t === '--line-length') i += 1;
    else if (!t.startsWith('-') && firstOperand < 0) firstOperand = i;
  }
  if (!explicit && firstOperand > 0) scripts.push({ index: firstOperand, word: words[firstOperand] });
  const texts: RunText[] = [];
  const consumed = new Set<number>();
  for (const { index, word: script } of scripts) {
    const execs = sedExecs(script.text);
    if (script.dynamic) {
      // a script with an unresolved part that runs a command: which one cannot be read
      if ((execs?.length ?? 0) > 0 || presumedInOptions([script]).length > 0) texts.push({ text: undefined, source: script.text });
      continue;
    }
    if (execs === undefined) {
      // a script this reader does not follow, naming a guarded act: it may run it
      if (presumedInOptions([script]).length > 0) texts.push({ text: undefined, source: script.text });
      continue;
    }
    consumed.add(index);
    // a bare `e` runs the input line itself, which the guard does not read
    for (const text of execs)
      texts.push(text === '' ? { text: undefined, source: `${script.text} (runs its input lines)` } : { text, source: script.text });
  }
  return texts.length > 0 ? also('sed e', words, new Set(), texts) : undefined;
}

/** sops exec-env FILE 'CMD' / exec-file FILE 'CMD {}'. */
function sops(words: Word[]): Unwrapped | undefined {
  const at = words.findIndex((w, k) => k >= 1 && (w.text === 'exec-env' || w.text === 'exec-file'));
  if (at < 0) return undefined;
  const operands = words.slice(at + 1).filter((w) => !w.text.startsWith('-'));
  const command = operands[1];
  if (!command) return undefined;
  return joined(`sops ${words[at].text}`, [{ ...command, text: command.text.replace(/\{\}/g, '/dev/fd/3') }]);
}

/** runuser -u USER [--] CMD…, or the su form with -c. */
function runuser(words: Word[]): Unwrapped | undefined {
  for (let i = 1; i < words.length; i++) {
    const t = words[i].text;
    if (t === '-c' || t === '--command' || t === '--session-command') return joined('runuser -c', words.slice(i + 1, i + 2));
    if (/^--(session-)?command=/.test(t)) return joined('runuser -c', [tail(words[i], t.indexOf('=') + 1)]);
  }
  const user = words.findIndex((w) => w.text === '-u' || w.text === '--user');
  if (user < 0) return undefined;
  const i = skipOptions(words, 1, {
    withArg: set('u', 'g', 'G', 'w', 's'),
    longWithArg: set('user', 'group', 'supp-group', 'whitelist-environment', 'shell'),
  });
  return argv('runuser', words.slice(i));
}

export const LAUNCHERS: Record<string, Launcher> = {
  prlimit(words) {
    let i = 1;
    while (i < words.length) {
      const t = words[i].text;
      if (t === '--') {
        i += 1;
        break;
      }
      if (!t.startsWith('-') || t === '-') break;
      i += /^(-p|--pid|-o|--output)$/.test(t) ? 2 : 1;
    }
    return argv('prlimit', words.slice(i));
  },
  setpriv: (words) =>
    argv(
      'setpriv',
      words.slice(
        skipOptions(words, 1, {
          withArg: set(),
          longWithArg: set(
            'reuid',
            'regid',
            'ruid',
            'rgid',
            'euid',
            'egid',
            'groups',
            'inh-caps',
            'ambient-caps',
            'bounding-set',
            'securebits',
            'pdeathsig',
            'selinux-label',
            'apparmor-profile',
            'landlock-access',
            'landlock-rule',
            'seccomp-filter',
          ),
        }),
      ),
    ),
  unshare: (words) =>
    argv(
      'unshare',
      words.slice(
        skipOptions(words, 1, {
          withArg: set('S', 'G', 'R', 'w', 'l'),
          longWithArg: set(
            'setuid',
            'setgid',
            'root',
            'wd',
            'map-user',
            'map-group',
            'map-users',
            'map-groups',
            'propagation',
            'setgroups',
          ),
        }),
      ),
    ),
  nsenter: (words) =>
    argv(
      'nsenter',
      words.slice(
        skipOptions(words, 1, { withArg: set('t', 'S', 'G', 'N'), longWithArg: set('target', 'setuid', 'setgid', 'net-socket') }),
      ),
    ),
  runuser: (words) => runuser(words),
  firejail: (words) => argv('firejail', words.slice(plainOptions(words, 1))),
  bwrap: (words) => bwrap(words),
  proot: (words) =>
    argv(
      'proot',
      words.slice(
        skipOptions(words, 1, {
          withArg: set('r', 'b', 'm', 'q', 'w', 'k', 'v'),
          longWithArg: set('rootfs', 'bind', 'mount', 'qemu', 'cwd', 'pwd', 'kernel-release', 'verbose'),
        }),
      ),
    ),
  strace: (words) => strace('strace', set('e', 'o', 'p', 'P', 's', 'u', 'a', 'b', 'E', 'I', 'O', 'S', 'X', 'U'), words),
  ltrace: (words) => strace('ltrace', set('a', 'A', 'D', 'e', 'F', 'l', 'n', 'o', 'p', 's', 'u', 'w', 'x'), words),
  valgrind: (words) => argv('valgrind', words.slice(plainOptions(words, 1))),
  gdb: (words) => gdb(words),
  faketime: (words) => faketime(words),
  'xvfb-run': (words) =>
    argv('xvfb-run', words.slice(skipOptions(words, 1, { withArg: set('e', 'f', 'n', 'p', 's', 'w'), longWithArg: set() }))),
  'dbus-run-session': (words) =>
    argv('dbus-run-session', words.slice(skipOptions(words, 1, { withArg: set(), longWithArg: set('config-file', 'dbus-daemon') }))),
  entr: (words) => entr(words),
  npx: (words) => packageRunner('npx', words, 1, NPX_VALUED, NPX_LONG_VALUED),
  pnpx: (words) => packageRunner('pnpx', words, 1, NPX_VALUED, NPX_LONG_VALUED),
  bunx: (words) => packageRunner('bunx', words, 1, NPX_VALUED, NPX_LONG_VALUED),
  npm: (words) => npm(words),
  pnpm: (words) => pnpmOrYarn('pnpm', words),
  yarn: (words) => pnpmOrYarn('yarn', words),
  bun: (words) => bun(words),
  uv: (words) => uv(words),
  uvx: (words) => uvx(words),
  poetry: (words) => poetry(words),
  pipenv: subcommandLauncher('pipenv run', ['run']),
  bundle: subcommandLauncher('bundle exec', ['exec'], { withArg: set(), longWithArg: set('gemfile') }),
  asdf: subcommandLauncher('asdf exec', ['exec']),
  expect: (words) => expectScript(words),
  rsync: (words) => rsync(words),
  tar: (words) => tar(words),
  bsdtar: (words) => tar(words),
  gtar: (words) => tar(words),
  zip: (words) => zip(words),
  git: (words) => git(words),
  vim: (words) => vim(words),
  vi: (words) => vim(words),
  nvim: (words) => vim(words),
  ex: (words) => vim(words),
  view: (words) => vim(words),
  vimdiff: (words) => vim(words),
  gvim: (words) => vim(words),
  make: (words, stdin) => make(words, stdin),
  gmake: (words, stdin) => make(words, stdin),
  sed: (words) => sed(words),
  gsed: (words) => sed(words),
  sops: (words) => sops(words),
};
