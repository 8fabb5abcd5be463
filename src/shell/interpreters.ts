// Interpreters that run code given as a string: shells (-c, stdin), eval, source, python -c, node -e.
import type { Word } from './context.js';
import { awkSpawns, nodeSpawns, pythonSpawns, scriptSpawns } from './spawn-bodies.js';
import type { StdinSource, UnreadableKind } from './types.js';

export type Interpreted =
  /** Shell text to analyse; `text` undefined when it cannot be read statically (`reason` says why). */
  | {
      kind: 'shell';
      label: string;
      text: string | undefined;
      reason?: string;
      /** What kind of unreadable `reason` is (default: dynamic-string). */
      unreadableKind?: UnreadableKind;
      /** eval and source run in the current shell: their assignments persist. */
      sameScope?: boolean;
      /** $0, $1, ... of `bash -c STRING arg0 arg1`. */
      positional?: Word[];
    }
  /** A python/node body that spawns processes. */
  | {
      kind: 'spawn';
      label: string;
      shell: string[];
      argv: string[][];
      reason?: string;
      unreadableKind?: UnreadableKind;
      /** Shell text fed to a spawned command's stdin (awk `print "…" | "sh"`): [command, input]. */
      piped?: Array<[string, string | undefined]>;
    };

/** The one list of shells: programs that run `-c STRING`, a script file, or a script on stdin. */
export const SHELLS: ReadonlySet<string> = new Set([
  'bash',
  'sh',
  'zsh',
  'dash',
  'ksh',
  'mksh',
  'ash',
  'rbash',
  'fish',
  'yash',
  'posh',
  'oksh',
  'loksh',
  'pdksh',
]);

/** Builtins that run a script file in the current shell. */
export const SOURCE_BUILTINS: ReadonlySet<string> = new Set(['source', '.']);

/** Script paths that are the shell's own stdin or another descriptor, never a file on disk. */
const DESCRIPTOR_PATH = /^(\/dev\/(stdin|fd\/\d+)|\/proc\/self\/fd\/\d+)$/;

function shell(words: Word[], stdin: StdinSource | undefined): Interpreted | undefined {
  const name = words[0].text;
  let command = false;
  let fromStdin = false;
  let i = 1;
  for (; i < words.length; i++) {
    const t = words[i].text;
    if (t === '--' || t === '-') {
      i += 1;
      break;
    }
    if (t.startsWith('--')) {
      if (t === '--rcfile' || t === '--init-file') i += 1;
      continue;
    }
    if (!/^[-+]/.test(t)) break;
    const flags = t.slice(1);
    if (flags.includes('c')) command = true;
    if (flags.includes('s')) fromStdin = true;
    if (/[oO]$/.test(flags)) i += 1;
  }
  if (command) {
    const body = words[i];
    if (!body) return undefined;
    return {
      kind: 'shell',
      label: `${name} -c`,
      text: body.dynamic ? undefined : body.text,
      reason: body.dynamic ? `${name} -c runs a string that cannot be read statically: ${body.text}` : undefined,
      positional: words.slice(i + 1),
    };
  }
  if (i < words.length && !fromStdin) {
    const file = words[i];
    const script = scriptFile(name, file, stdin);
    return script?.kind === 'shell' ? { ...script, positional: words.slice(i) } : script;
  }
  return fromStdinScript(name, stdin);
}

const STDIN_FILES = new Set(['/dev/stdin', '/dev/fd/0', '/proc/self/fd/0']);

/** `bash <(...)`, `bash /dev/stdin`: a script file whose text we may know. */
function scriptFile(name: string, file: Word, stdin: StdinSource | undefined): Interpreted | undefined {
  if (file.procsub) {
    return {
      kind: 'shell',
      label: `${name} <()`,
      text: file.procsubOutput,
      reason: file.procsubOutput === undefined ? `${name} runs the output of ${file.text}, which cannot be read statically` : undefined,
      unreadableKind: 'hidden-script',
    };
  }
  if (!file.dynamic && STDIN_FILES.has(file.text)) {
    return fromStdinScript(name, stdin) ?? hiddenScript(name, `${name} runs ${file.text}, whose content the guard cannot read`);
  }
  if (file.dynamic) return hiddenScript(name, `${name} runs a script whose path is not static: ${file.text}`);
  if (DESCRIPTOR_PATH.test(file.text)) return hiddenScript(name, `${name} runs ${file.text}, whose content the guard cannot read`);
  return undefined; // a script file on disk
}

function hiddenScript(name: string, reason: string, sameScope?: boolean): Interpreted {
  return { kind: 'shell', label: name, text: undefined, reason, unreadableKind: 'hidden-script', sameScope };
}

function fromStdinScript(name: string, stdin: StdinSource | undefined): Interpreted | undefined {
  if (!stdin || stdin.kind === 'file') return undefined; // interactive, or a script file
  return {
    kind: 'shell',
    label: `${name} stdin`,
    text: stdin.text,
    reason:
      stdin.text === undefined
        ? `${name} reads a script from stdin that cannot be read statically${stdin.from ? ` (from ${stdin.from})` : ''}`
        : undefined,
    unreadableKind: 'hidden-script',
  };
}

/**
 * `eval "$(ssh-agent -s)"` and friends: well-known tools whose output is environment settings.
 * Evaluating it runs the tool and sets variables; nothing else is in it.
 */
const ENV_PRINTERS =
  /^\$\((ssh-agent(\s+-[sc])?|direnv\s+(hook\s+\w+|export\s+\w+)|minikube(\s+-p\s+[\w.-]+)?\s+docker-env|pyenv\s+init\s+-{0,2}\w*|pyenv\s+virtualenv-init\s+-|rbenv\s+init\s+-|nodenv\s+init\s+-|(\/opt\/homebrew\/bin\/|\/usr\/local\/bin\/)?brew\s+shellenv|fnm\s+env[\w\s-]*|zoxide\s+init\s+\w+|starship\s+init\s+\w+|keychain\s+--eval[\w\s.-]*|gpg-agent\s+--daemon|dircolors(\s+-b)?)\)$/;

function evalBuiltin(words: Word[]): Interpreted | undefined {
  const args = words.slice(words[1]?.text === '--' ? 2 : 1);
  if (args.length === 0) return undefined;
  const text = args.map((w) => w.text).join(' ');
  const printer = args.length === 1 && args[0].dynamic ? ENV_PRINTERS.exec(text.trim()) : null;
  if (printer) return { kind: 'shell', label: 'eval', text: printer[1], sameScope: true };
  const dynamic = args.some((w) => w.dynamic);
  return {
    kind: 'shell',
    label: 'eval',
    // analyse the literal text anyway: it may show commands, and is flagged as incomplete
    text,
    reason: dynamic ? `eval runs a string that cannot be read statically: ${text}` : undefined,
    sameScope: true,
  };
}

function source(words: Word[], stdin: StdinSource | undefined): Interpreted | undefined {
  const file = words[1];
  if (!file) return undefined;
  if (file.procsub) {
    return {
      kind: 'shell',
      label: words[0].text === '.' ? '.' : 'source',
      text: file.procsubOutput,
      reason:
        file.procsubOutput === undefined ? `${words[0].text} runs the output of ${file.text}, which cannot be read statically` : undefined,
      unreadableKind: 'hidden-script',
      sameScope: true,
    };
  }
  if (file.dynamic) return hiddenScript(words[0].text, `${words[0].text} runs a script whose path is not static: ${file.text}`, true);
  if (STDIN_FILES.has(file.text) && stdin && stdin.kind !== 'file') {
    return {
      kind: 'shell',
      label: 'source',
      text: stdin.text,
      sameScope: true,
      unreadableKind: 'hidden-script',
      reason: stdin.text === undefined ? 'source reads a script from stdin that cannot be read statically' : undefined,
    };
  }
  if (DESCRIPTOR_PATH.test(file.text))
    return hiddenScript(words[0].text, `${words[0].text} runs ${file.text}, whose content the guard cannot read`, true);
  return undefined;
}

/** python [-opts] -c BODY, or a body fed on stdin. */
function python(words: Word[], stdin: StdinSource | undefined): Interpreted | undefined {
  let body: Word | undefined;
  let i = 1;
  for (; i < words.length; i++) {
    const t = words[i].text;
    if (t === '-c' || (/^-[a-zA-Z]+$/.test(t) && t.endsWith('c'))) {
      body = words[i + 1];
      break;
    }
    if (t === '-m' || !t.startsWith('-')) return undefined; // a module or a script file
    if (t === '-') break;
    if (t === '-W' || t === '-X') i += 1;
  }
  const text = body ? (body.dynamic ? undefined : body.text) : stdin?.kind === 'file' ? undefined : stdin?.text;
  if (!body && (!stdin || stdin.kind === 'file')) return undefined;
  return spawnsOf('python', text, pythonSpawns, body?.text ?? 'stdin');
}

/** node -e/--eval/-p/--print BODY, or a body fed on stdin. */
function node(words: Word[], stdin: StdinSource | undefined): Interpreted | undefined {
  let body: Word | undefined;
  for (let i = 1; i < words.length; i++) {
    const t = words[i].text;
    if (t === '-e' || t === '--eval' || t === '-p' || t === '--print' || t === '-pe') {
      body = words[i + 1];
      break;
    }
    if (t.startsWith('--eval=') || t.startsWith('--print=')) {
      body = { ...words[i], text: t.slice(t.indexOf('=') + 1) };
      break;
    }
    if (!t.startsWith('-')) return undefined; // a script file
  }
  if (!body && (!stdin || stdin.kind === 'file')) return undefined;
  const text = body ? (body.dynamic ? undefined : body.text) : stdin?.text;
  return spawnsOf('node', text, nodeSpawns, body?.text ?? 'stdin');
}

/** Options of perl/ruby/php/lua that take the next word as their value. */
const SCRIPT_VALUED: Record<string, RegExp> = {
  perl: /^-[IMmx]$/,
  ruby: /^-[IrCEFKTWx]$/,
  php: /^-[cdzBREFtC]$/,
  lua: /^-[l]$/,
};
/** The flag whose value is the program: perl/ruby -e, php -r, lua -e. */
const SCRIPT_BODY: Record<string, RegExp> = {
  perl: /^-[a-zA-Z]*[eE]$/,
  ruby: /^-[a-zA-Z]*e$/,
  php: /^-r$/,
  lua: /^-e$/,
};

/**
 * perl/ruby -e BODY (also -E, and clusters such as -ne), php -r BODY, lua -e BODY; or, with no
 * program file, the program read from stdin (a heredoc, a here-string, a pipe), read the same way.
 */
function scriptInterpreter(
  language: 'perl' | 'ruby' | 'php' | 'lua',
  words: Word[],
  stdin: StdinSource | undefined,
): Interpreted | undefined {
  for (let i = 1; i < words.length; i++) {
    const t = words[i].text;
    if (SCRIPT_BODY[language].test(t)) {
      const body = words[i + 1];
      if (!body) return undefined;
      return spawnsOf(language, body.dynamic ? undefined : body.text, (b) => scriptSpawns(b, language), body.text);
    }
    if (t === '-') break; // the program is stdin
    if (t === '--') {
      if (words[i + 1] !== undefined && words[i + 1].text !== '-') return undefined; // a script file
      break;
    }
    if (SCRIPT_VALUED[language].test(t)) {
      i += 1;
      continue;
    }
    if (!t.startsWith('-')) return undefined; // a script file
  }
  // no program given and no file: the program comes from stdin
  if (!stdin || stdin.kind === 'file') return undefined;
  return spawnsOf(language, stdin.text, (b) => scriptSpawns(b, language), 'stdin');
}

/** awk [-F fs] [-v var=value] 'PROGRAM' [file...]: system(), print | "cmd", "cmd" | getline. */
function awk(words: Word[]): Interpreted | undefined {
  for (let i = 1; i < words.length; i++) {
    const t = words[i].text;
    if (t === '--') {
      const body = words[i + 1];
      return body ? spawnsOf('awk', body.dynamic ? undefined : body.text, awkSpawns, body.text) : undefined;
    }
    if (t === '-f' || t.startsWith('--file')) return undefined; // a program file on disk
    if (t === '-F' || t === '-v' || t === '--field-separator' || t === '--assign') {
      i += 1;
      continue;
    }
    if (t.startsWith('-') && t !== '-') continue;
    return spawnsOf('awk', words[i].dynamic ? undefined : t, awkSpawns, t);
  }
  return undefined;
}

/** at/batch read the commands to run later from stdin (or -f FILE). */
function atQueue(words: Word[], stdin: StdinSource | undefined): Interpreted | undefined {
  const name = words[0].text;
  const args = words.slice(1).map((w) => w.text);
  if (args.some((a) => /^-[a-zA-Z]*[lrdcV]$/.test(a))) return undefined; // list, remove, show
  const file = args.indexOf('-f');
  if (file >= 0) return undefined; // a script file on disk
  return fromStdinScript(name, stdin);
}

/** trap 'CMD' SIGNAL...: the string runs in this shell when the signal (or EXIT) comes. */
function trap(words: Word[]): Interpreted | undefined {
  const args = words.slice(words[1]?.text === '--' ? 2 : 1);
  if (args.length < 2 || args[0].text === '-' || args[0].text === '' || /^-[lp]$/.test(args[0].text)) return undefined;
  const action = args[0];
  return {
    kind: 'shell',
    label: 'trap',
    text: action.text,
    reason: action.dynamic ? `trap runs a string that cannot be read statically: ${action.text}` : undefined,
    sameScope: true,
  };
}

function spawnsOf(
  language: string,
  text: string | undefined,
  extract: (body: string) => ReturnType<typeof pythonSpawns>,
  shown: string,
): Interpreted | undefined {
  const label =
    language === 'python'
      ? 'python -c'
      : language === 'node'
        ? 'node -e'
        : language === 'awk'
          ? 'awk'
          : language === 'php'
            ? 'php -r'
            : `${language} -e`;
  if (text === undefined) {
    return {
      kind: 'spawn',
      label,
      shell: [],
      argv: [],
      reason: `${label} body cannot be read statically: ${shown}`,
      unreadableKind: 'spawn-body',
    };
  }
  const spawned = extract(text);
  if (!spawned) return undefined; // only computes or prints: data
  return {
    kind: 'spawn',
    label,
    shell: spawned.shell,
    argv: spawned.argv,
    reason: spawned.unreadable,
    unreadableKind: 'spawn-body',
    piped: spawned.piped,
  };
}

const AWKS = new Set(['awk', 'gawk', 'mawk', 'nawk']);

/** Recognises an interpreter invocation; undefined when argv[0] is none or runs no inline code. */
export function interpret(words: Word[], stdin: StdinSource | undefined): Interpreted | undefined {
  if (words.length === 0 || words[0].dynamic) return undefined;
  const program = words[0].text;
  if (SHELLS.has(program)) return shell(words, stdin);
  if (program === 'eval') return evalBuiltin(words);
  if (SOURCE_BUILTINS.has(program)) return source(words, stdin);
  if (/^(python|pypy)(\d+(\.\d+)*)?$/.test(program)) return python(words, stdin);
  if (program === 'node' || program === 'nodejs') return node(words, stdin);
  if (program === 'perl' || program === 'ruby' || program === 'php') return scriptInterpreter(program, words, stdin);
  if (/^lua(\d+(\.\d+)*)?$|^luajit$/.test(program)) return scriptInterpreter('lua', words, stdin);
  if (/^php\d+(\.\d+)*$/.test(program)) return scriptInterpreter('php', words, stdin);
  if (program === 'trap') return trap(words);
  if (AWKS.has(program)) return awk(words);
  if (program === 'at' || program === 'batch') return atQueue(words, stdin);
  return undefined;
}
