// python -c / node -e bodies: only the processes they spawn matter. We extract the shell strings
// (os.system("..."), execSync('...')) and argv lists (["terraform", "destroy"]) they pass; a spawning
// body we cannot read statically is reported as such.

export interface Spawned {
  /** Shell strings the body hands to a shell. */
  shell: string[];
  /** argv lists the body executes directly. */
  argv: string[][];
  /** Why some spawn could not be read statically. */
  unreadable?: string;
  /** Commands fed text on stdin (awk `print "…" | "cmd"`): [command, input or undefined]. */
  piped?: Array<[string, string | undefined]>;
}

const PY_MENTIONS =
  /\b(subprocess|os\s*\.\s*(system|popen|exec\w*|spawn\w*|posix_spawn\w*)|pty\s*\.\s*spawn|commands\s*\.\s*getoutput|__import__|importlib)\b/;
const PY_MOD = (name: string) => `(?:\\b${name}|__import__\\(\\s*['"]${name}['"]\\s*\\))`;
const PY_CALL = new RegExp(
  `(?:(?:${PY_MOD('subprocess')}|\\bsp)\\s*\\.\\s*(run|call|check_call|check_output|Popen|getoutput|getstatusoutput)|${PY_MOD('os')}\\s*\\.\\s*(system|popen|exec[lv]p?e?|spawn[lv]p?e?|posix_spawnp?)|${PY_MOD('pty')}\\s*\\.\\s*(spawn)|${PY_MOD('commands')}\\s*\\.\\s*(getoutput))\\s*\\(`,
  'g',
);
/**
 * Ways to reach a spawning function without calling it by its name: a renamed import, the
 * function or module stored or looked up, code built from strings. Seen with no readable call,
 * the body is unreadable; without them, a body that only imports or prints is data.
 */
const PY_INDIRECT =
  /\bas\s+\w+|=\s*(?:subprocess|os|pty|__import__\b)|\bgetattr\s*\(|\bimportlib\b|\b(?:eval|exec|compile)\s*\(|\b(?:globals|vars|locals)\s*\(|__import__\s*\([^)]*\)\s*(?!\s*\.)|\bfrom\s+(?:subprocess|os|pty)\s+import\s+\*/;
const JS_INDIRECT =
  /\[|\b(?:eval|Function)\s*\(|\.(?:bind|call|apply)\s*\(|process\s*\.\s*binding|=\s*[\w$.]*\b(?:exec|execSync|execFile|execFileSync|spawn|spawnSync|fork)\b\s*(?:[;,)\n]|$)|\{[^}]*\b(?:exec|execSync|execFile|execFileSync|spawn|spawnSync|fork)\s*:\s*[\w$]+/;
const PY_BARE_CALL = /(?<![.\w])(run|call|check_call|check_output|Popen|getoutput|system|popen)\s*\(/g;

const JS_MENTIONS = /child_process|\b(execSync|execFileSync|spawnSync|execFile|spawn)\b|process\s*\.\s*binding/;
const JS_CALL = /(?<![\w$])(execSync|execFileSync|execFile|exec|spawnSync|spawn|fork)\s*\(/g;

/** Parses a python string literal at `at` (prefixes r/b/u/f, single/triple quotes). */
function pyString(src: string, at: number): { value: string | undefined; end: number } | undefined {
  const match = /^([rRbBuUfF]{0,2})('''|"""|'|")/.exec(src.slice(at));
  if (!match) return undefined;
  const prefix = match[1].toLowerCase();
  const quote = match[2];
  let i = at + match[0].length;
  let value = '';
  while (i < src.length) {
    if (src.startsWith(quote, i)) {
      const dynamic = prefix.includes('f') && /\{[^{]/.test(value.replace(/\{\{/g, ''));
      return { value: dynamic ? undefined : value, end: i + quote.length };
    }
    const c = src[i];
    if (c === '\\' && !prefix.includes('r')) {
      const next = src[i + 1];
      const map: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0' };
      if (next === 'x') {
        value += String.fromCharCode(parseInt(src.slice(i + 2, i + 4), 16));
        i += 4;
        continue;
      }
      value += map[next] ?? `\\${next}`;
      i += 2;
      continue;
    }
    value += c;
    i += 1;
  }
  return undefined;
}

/** Parses a JS string literal ('', "", or `` without ${}) at `at`. */
function jsString(src: string, at: number): { value: string | undefined; end: number } | undefined {
  const quote = src[at];
  if (quote !== "'" && quote !== '"' && quote !== '`') return undefined;
  let i = at + 1;
  let value = '';
  while (i < src.length) {
    const c = src[i];
    if (c === quote) return { value: quote === '`' && value.includes('${') ? undefined : value, end: i + 1 };
    if (c === '\\') {
      const next = src[i + 1];
      const map: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '`': '`', '0': '\0' };
      if (next === 'x') {
        value += String.fromCharCode(parseInt(src.slice(i + 2, i + 4), 16));
        i += 4;
        continue;
      }
      value += map[next] ?? next;
      i += 2;
      continue;
    }
    value += c;
    i += 1;
  }
  return undefined;
}

type StringParser = typeof pyString;

function skipSpace(src: string, at: number): number {
  while (at < src.length && /\s/.test(src[at])) at++;
  return at;
}

/** A list/tuple literal of string literals at `at`: ["a", 'b']. */
function stringList(src: string, at: number, parse: StringParser): { value: string[] | undefined; end: number } | undefined {
  const open = src[at];
  if (open !== '[' && open !== '(') return undefined;
  const close = open === '[' ? ']' : ')';
  const items: string[] = [];
  let i = skipSpace(src, at + 1);
  let dynamic = false;
  while (i < src.length && src[i] !== close) {
    const item = parse(src, i);
    if (!item) return { value: undefined, end: i };
    if (item.value === undefined) dynamic = true;
    else items.push(item.value);
    i = skipSpace(src, item.end);
    if (src[i] === ',') i = skipSpace(src, i + 1);
    else if (src[i] !== close) return { value: undefined, end: i };
  }
  return { value: dynamic ? undefined : items, end: i + 1 };
}

/** The arguments of one call: string and list literals in order; undefined entries are unreadable. */
function callArgs(src: string, at: number, parse: StringParser): Array<string | string[] | undefined> {
  const args: Array<string | string[] | undefined> = [];
  let i = skipSpace(src, at);
  for (let n = 0; n < 32 && i < src.length && src[i] !== ')'; n++) {
    const str = parse(src, i);
    const list = str ? undefined : stringList(src, i, parse);
    if (str) {
      args.push(str.value);
      i = str.end;
    } else if (list) {
      args.push(list.value);
      i = list.end;
    } else {
      // a variable, keyword argument or expression: stop reading positional literals
      if (!/^[A-Za-z_]\w*\s*=/.test(src.slice(i))) args.push(undefined);
      break;
    }
    i = skipSpace(src, i);
    // a literal joined to more (`"terra" . "form"`, `"rm " + x`, `"%s" % x`): the string is computed
    if (/^(\.(?!\.\.)|\+|%|\*|~|<<|\.\.)/.test(src.slice(i)) && !/^\.\s*[lr]?strip\b/.test(src.slice(i))) {
      args[args.length - 1] = undefined;
      break;
    }
    if (src[i] !== ',') break;
    i = skipSpace(src, i + 1);
  }
  return args;
}

function collect(body: string, calls: RegExp, parse: StringParser, argvCall: (name: string) => boolean, language: string): Spawned {
  const spawned: Spawned = { shell: [], argv: [] };
  calls.lastIndex = 0;
  let found = 0;
  for (let match = calls.exec(body); match; match = calls.exec(body)) {
    found += 1;
    const name = match.slice(1).find(Boolean) ?? '';
    const args = callArgs(body, match.index + match[0].length, parse);
    const first = args[0];
    if (first === undefined) {
      spawned.unreadable = `${language} spawns a process with a command that cannot be read statically (${name})`;
      continue;
    }
    if (Array.isArray(first)) spawned.argv.push(first);
    else if (argvCall(name)) {
      const rest = args.find((a, k) => k > 0 && Array.isArray(a)) as string[] | undefined;
      if (args.slice(1).some((a) => a === undefined)) {
        spawned.unreadable = `${language} spawns a process with arguments that cannot be read statically (${name})`;
      }
      // os.execvp("tf", ["tf", "destroy"]) repeats the program in the list; spawn("tf", ["destroy"]) does not
      // os.execlp("kubectl", "kubectl", "delete", …): the l-forms take the argv as arguments
      const listed = /^(exec|spawn)l/.test(name) ? (args.slice(1).filter((a) => typeof a === 'string') as string[]) : undefined;
      if (listed && listed.length > 0) spawned.argv.push(listed[0] === first ? listed : [first, ...listed]);
      else if (rest && rest[0] === first) spawned.argv.push(rest);
      else spawned.argv.push([first, ...(rest ?? [])]);
    } else spawned.shell.push(first);
  }
  if (found === 0) spawned.unreadable = `${language} body spawns processes in a way that cannot be read statically`;
  return spawned;
}

/** A body with no readable spawn call and no indirect way to one only imports or prints: data. */
function dataOnly(spawned: Spawned, indirect: RegExp, body: string): boolean {
  return spawned.shell.length + spawned.argv.length === 0 && !!spawned.unreadable?.includes('in a way') && !indirect.test(body);
}

/** Processes a python body spawns; undefined when it spawns none (the body is data). */
export function pythonSpawns(body: string): Spawned | undefined {
  const bare = /\bfrom\s+(subprocess|os)\s+import\b/.test(body);
  if (!PY_MENTIONS.test(body)) return undefined;
  const spawned = collect(body, PY_CALL, pyString, (name) => /^(exec|spawn|posix_spawn)/.test(name), 'python');
  if (bare) {
    const more = collect(body, PY_BARE_CALL, pyString, () => false, 'python');
    spawned.shell.push(...more.shell);
    spawned.argv.push(...more.argv);
    if (more.shell.length + more.argv.length > 0 && spawned.unreadable?.includes('in a way')) delete spawned.unreadable;
    spawned.unreadable ??= more.unreadable;
  }
  if (dataOnly(spawned, PY_INDIRECT, body)) return undefined;
  return spawned;
}

/** Processes a node body spawns; undefined when it spawns none (the body is data). */
export function nodeSpawns(body: string): Spawned | undefined {
  if (!JS_MENTIONS.test(body)) return undefined;
  const spawned = collect(body, JS_CALL, jsString, (name) => !/^exec(Sync)?$/.test(name), 'node');
  return dataOnly(spawned, JS_INDIRECT, body) ? undefined : spawned;
}

type ScriptLanguage = 'perl' | 'ruby' | 'php' | 'lua';

/** Per language: words that may spawn, the spawning calls, how strings interpolate, inline commands. */
const SCRIPT: Record<ScriptLanguage, { mentions: RegExp; call: RegExp; interpolates: RegExp; backticks: boolean }> = {
  perl: {
    mentions: /\b(system|exec|spawn|qx|popen\w*|Open3|capture\w*)\b|`|%x[({[]/,
    call: /(?<![\w$])(system|exec|spawn|popen\d?|capture2e?|capture3)\s*\(?\s*/g,
    interpolates: /[$@][\w{]/,
    backticks: true,
  },
  ruby: {
    mentions: /\b(system|exec|spawn|qx|popen\w*|Open3|capture\w*)\b|`|%x[({[]/,
    call: /(?<![\w$])(system|exec|spawn|popen\d?|capture2e?|capture3)\s*\(?\s*/g,
    interpolates: /#\{/,
    backticks: true,
  },
  php: {
    mentions: /\b(system|exec|shell_exec|passthru|popen|proc_open|pcntl_exec)\b|`/,
    call: /(?<![\w$>:])(system|exec|shell_exec|passthru|popen|proc_open|pcntl_exec)\s*\(\s*/g,
    interpolates: /\$[\w{]|\{\$/,
    backticks: true,
  },
  lua: {
    mentions: /\b(os\s*\.\s*execute|io\s*\.\s*popen)\b/,
    call: /(?<![\w$])(os\s*\.\s*execute|io\s*\.\s*popen)\s*\(?\s*/g,
    interpolates: /$^/,
    backticks: false,
  },
};

/** [start, end] of each '…' / "…" literal (escapes honoured), to tell code from text. */
function stringRanges(body: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (let i = 0; i < body.length; i++) {
    const quote = body[i];
    if (quote !== '"' && quote !== "'") continue;
    let j = i + 1;
    while (j < body.length && body[j] !== quote) j += body[j] === '\\' ? 2 : 1;
    ranges.push([i, j]);
    i = j;
  }
  return ranges;
}

/** perl -e / ruby -e / php -r / lua -e (or on stdin): system/exec/spawn calls, backticks, qx// and %x() */
export function scriptSpawns(body: string, language: ScriptLanguage): Spawned | undefined {
  const { mentions, call, interpolates, backticks } = SCRIPT[language];
  if (!mentions.test(body)) return undefined;
  const parse: StringParser = (src, at) => {
    const long = language === 'lua' ? /^\[(=*)\[([\s\S]*?)\]\1\]/.exec(src.slice(at)) : null;
    if (long) return { value: long[2], end: at + long[0].length };
    const literal = jsString(src, at);
    if (!literal || src[at] !== '"' || literal.value === undefined) return literal;
    return interpolates.test(literal.value) ? { value: undefined, end: literal.end } : literal;
  };
  const spawned: Spawned = { shell: [], argv: [] };
  const unreadable = `${language} spawns a process with a command that cannot be read statically`;
  let found = 0;
  const quoted = stringRanges(body);
  const inString = (at: number) => quoted.some(([from, to]) => at > from && at < to);
  call.lastIndex = 0;
  for (let match = call.exec(body); match; match = call.exec(body)) {
    if (inString(match.index)) continue; // `print "system is down"` names no call
    found += 1;
    const args = callArgs(body, match.index + match[0].length, parse);
    if (args.length === 0 || args.some((a) => a === undefined || Array.isArray(a))) {
      spawned.unreadable = unreadable;
      continue;
    }
    const strings = args as string[];
    if (strings.length === 1) spawned.shell.push(strings[0]);
    else spawned.argv.push(strings);
  }
  // `cmd`, qx{cmd}, %x(cmd): shell strings with interpolation
  const inline = /`([^`]*)`|\bqx\s*([({[/|'"])|%x([({[])/g;
  for (let match = backticks ? inline.exec(body) : null; match; match = inline.exec(body)) {
    found += 1;
    let text: string | undefined;
    if (match[1] !== undefined) text = match[1];
    else {
      const open = match[2] ?? match[3];
      const close = ({ '(': ')', '{': '}', '[': ']' } as Record<string, string>)[open] ?? open;
      const start = match.index + match[0].length;
      const end = body.indexOf(close, start);
      text = end < 0 ? undefined : body.slice(start, end);
      if (end >= 0) inline.lastIndex = end + 1;
    }
    if (text === undefined || interpolates.test(text)) spawned.unreadable = unreadable;
    else spawned.shell.push(text);
  }
  if (found === 0) {
    // the spawning words were only inside strings (`print "system is down"`): data
    let code = body;
    for (const [from, to] of quoted) code = code.slice(0, from) + ' '.repeat(to - from + 1) + code.slice(to + 1);
    if (!mentions.test(code)) return undefined;
    spawned.unreadable = `${language} body spawns processes in a way that cannot be read statically`;
  }
  return spawned;
}

/** A double-quoted awk string at `at` (awk has no single-quoted strings). */
function awkString(src: string, at: number): { value: string | undefined; end: number } | undefined {
  if (src[at] !== '"') return undefined;
  return jsString(src, at);
}

/**
 * awk programs: `system(CMD)`, `print … | CMD` / `printf … | CMD` (CMD reads what is printed),
 * `CMD | getline`. A command that is not a string literal is unreadable.
 */
export function awkSpawns(body: string): Spawned | undefined {
  if (!/\bsystem\s*\(|\|\s*&?|getline/.test(body)) return undefined;
  const spawned: Spawned = { shell: [], argv: [], piped: [] };
  const unreadable = 'awk runs a command that cannot be read statically';
  let found = 0;
  const system = /\bsystem\s*\(\s*/g;
  for (let m = system.exec(body); m; m = system.exec(body)) {
    found += 1;
    const literal = awkString(body, m.index + m[0].length);
    const after = literal ? body.slice(literal.end).trimStart() : '';
    if (!literal || literal.value === undefined || !after.startsWith(')')) spawned.unreadable = unreadable;
    else spawned.shell.push(literal.value);
  }
  // print/printf EXPR | CMD, outside string literals
  const statement = /\b(print|printf)\b([^;}\n]*?)\|&?\s*/g;
  for (let m = statement.exec(body); m; m = statement.exec(body)) {
    found += 1;
    const target = awkString(body, m.index + m[0].length);
    if (!target || target.value === undefined) {
      spawned.unreadable = unreadable;
      continue;
    }
    const printed = m[2].trim();
    const input = /^"(?:[^"\\]|\\.)*"$/.test(printed) ? awkString(printed, 0)?.value : undefined;
    spawned.piped!.push([target.value, input === undefined ? undefined : `${input}\n`]);
  }
  const getline = /("(?:[^"\\]|\\.)*"|[A-Za-z_]\w*)\s*\|\s*getline/g;
  for (let m = getline.exec(body); m; m = getline.exec(body)) {
    found += 1;
    const literal = awkString(m[1], 0);
    if (!literal || literal.value === undefined) spawned.unreadable = unreadable;
    else spawned.shell.push(literal.value);
  }
  if (found === 0) return undefined; // `|` inside a regex or a string: no command
  return spawned;
}
