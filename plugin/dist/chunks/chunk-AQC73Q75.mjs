import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  BUILTIN_ALIASES
} from "./chunk-H5RYQ4RP.mjs";

// src/shell/bounds.ts
var LIMITS = {
  /** Longest command text analysed at all. */
  maxInputChars: 64 * 1024,
  /** Re-parsing depth: bash -c inside eval inside base64 | sh ... */
  maxDepth: 8,
  /** Syntax nodes visited, over all (re-)parses. */
  maxNodes: 2e5,
  /** Simple commands produced. */
  maxCommands: 1e3,
  /** Static values a single `for` loop body is expanded for. */
  maxLoopValues: 64,
  /** Shell text parsed, over the command and every text found inside it (bash -c, eval, decoded, presumed). */
  maxParsedBytes: 1024 * 1024
};
var BoundHit = class extends Error {
  constructor(reason) {
    super(reason);
    this.reason = reason;
  }
  reason;
};
var Budget = class {
  constructor(limits = LIMITS) {
    this.limits = limits;
  }
  limits;
  nodes = 0;
  commands = 0;
  bytes = 0;
  /** Called for every syntax node visited. */
  node() {
    this.nodes += 1;
    if (this.nodes > this.limits.maxNodes) {
      throw new BoundHit(`command too complex: more than ${this.limits.maxNodes} syntax nodes`);
    }
  }
  command() {
    this.commands += 1;
    if (this.commands > this.limits.maxCommands) {
      throw new BoundHit(`command too complex: more than ${this.limits.maxCommands} simple commands`);
    }
  }
  /** Called for every text about to be parsed (the command, bash -c bodies, decoded strings). */
  text(length) {
    this.bytes += length;
    if (this.bytes > this.limits.maxParsedBytes) {
      throw new BoundHit(`command too complex: more than ${this.limits.maxParsedBytes} bytes of shell text to read, nested texts included`);
    }
  }
  depth(depth) {
    if (depth > this.limits.maxDepth) {
      throw new BoundHit(`nesting too deep: more than ${this.limits.maxDepth} levels of bash -c / eval / decoding`);
    }
  }
};

// src/shell/context.ts
var NeedsParser = class extends Error {
};
function addUnreadable(run, kind, detail, command = "", program) {
  if (!run.unreadable.some((u) => u.kind === kind && u.detail === detail)) {
    run.unreadable.push({ kind, detail, command, ...program !== void 0 ? { program } : {} });
  }
}

// src/shell/pipeline.ts
import { posix as posix2 } from "node:path";

// src/shell/spawn-bodies.ts
var PY_MENTIONS = /\b(subprocess|os\s*\.\s*(system|popen|exec\w*|spawn\w*|posix_spawn\w*)|pty\s*\.\s*spawn|commands\s*\.\s*getoutput|__import__|importlib)\b/;
var PY_MOD = (name) => `(?:\\b${name}|__import__\\(\\s*['"]${name}['"]\\s*\\))`;
var PY_CALL = new RegExp(
  `(?:(?:${PY_MOD("subprocess")}|\\bsp)\\s*\\.\\s*(run|call|check_call|check_output|Popen|getoutput|getstatusoutput)|${PY_MOD("os")}\\s*\\.\\s*(system|popen|exec[lv]p?e?|spawn[lv]p?e?|posix_spawnp?)|${PY_MOD("pty")}\\s*\\.\\s*(spawn)|${PY_MOD("commands")}\\s*\\.\\s*(getoutput))\\s*\\(`,
  "g"
);
var PY_INDIRECT = /\bas\s+\w+|=\s*(?:subprocess|os|pty|__import__\b)|\bgetattr\s*\(|\bimportlib\b|\b(?:eval|exec|compile)\s*\(|\b(?:globals|vars|locals)\s*\(|__import__\s*\([^)]*\)\s*(?!\s*\.)|\bfrom\s+(?:subprocess|os|pty)\s+import\s+\*/;
var JS_INDIRECT = /\[|\b(?:eval|Function)\s*\(|\.(?:bind|call|apply)\s*\(|process\s*\.\s*binding|=\s*[\w$.]*\b(?:exec|execSync|execFile|execFileSync|spawn|spawnSync|fork)\b\s*(?:[;,)\n]|$)|\{[^}]*\b(?:exec|execSync|execFile|execFileSync|spawn|spawnSync|fork)\s*:\s*[\w$]+/;
var PY_BARE_CALL = /(?<![.\w])(run|call|check_call|check_output|Popen|getoutput|system|popen)\s*\(/g;
var JS_MENTIONS = /child_process|\b(execSync|execFileSync|spawnSync|execFile|spawn)\b|process\s*\.\s*binding/;
var JS_CALL = /(?<![\w$])(execSync|execFileSync|execFile|exec|spawnSync|spawn|fork)\s*\(/g;
function pyString(src, at) {
  const match = /^([rRbBuUfF]{0,2})('''|"""|'|")/.exec(src.slice(at));
  if (!match) return void 0;
  const prefix = match[1].toLowerCase();
  const quote = match[2];
  let i = at + match[0].length;
  let value = "";
  while (i < src.length) {
    if (src.startsWith(quote, i)) {
      const dynamic = prefix.includes("f") && /\{[^{]/.test(value.replace(/\{\{/g, ""));
      return { value: dynamic ? void 0 : value, end: i + quote.length };
    }
    const c = src[i];
    if (c === "\\" && !prefix.includes("r")) {
      const next = src[i + 1];
      const map = { n: "\n", t: "	", r: "\r", "\\": "\\", "'": "'", '"': '"', "0": "\0" };
      if (next === "x") {
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
  return void 0;
}
function jsString(src, at) {
  const quote = src[at];
  if (quote !== "'" && quote !== '"' && quote !== "`") return void 0;
  let i = at + 1;
  let value = "";
  while (i < src.length) {
    const c = src[i];
    if (c === quote) return { value: quote === "`" && value.includes("${") ? void 0 : value, end: i + 1 };
    if (c === "\\") {
      const next = src[i + 1];
      const map = { n: "\n", t: "	", r: "\r", "\\": "\\", "'": "'", '"': '"', "`": "`", "0": "\0" };
      if (next === "x") {
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
  return void 0;
}
function skipSpace(src, at) {
  while (at < src.length && /\s/.test(src[at])) at++;
  return at;
}
function stringList(src, at, parse2) {
  const open = src[at];
  if (open !== "[" && open !== "(") return void 0;
  const close = open === "[" ? "]" : ")";
  const items = [];
  let i = skipSpace(src, at + 1);
  let dynamic = false;
  while (i < src.length && src[i] !== close) {
    const item = parse2(src, i);
    if (!item) return { value: void 0, end: i };
    if (item.value === void 0) dynamic = true;
    else items.push(item.value);
    i = skipSpace(src, item.end);
    if (src[i] === ",") i = skipSpace(src, i + 1);
    else if (src[i] !== close) return { value: void 0, end: i };
  }
  return { value: dynamic ? void 0 : items, end: i + 1 };
}
function callArgs(src, at, parse2) {
  const args = [];
  let i = skipSpace(src, at);
  for (let n = 0; n < 32 && i < src.length && src[i] !== ")"; n++) {
    const str = parse2(src, i);
    const list = str ? void 0 : stringList(src, i, parse2);
    if (str) {
      args.push(str.value);
      i = str.end;
    } else if (list) {
      args.push(list.value);
      i = list.end;
    } else {
      if (!/^[A-Za-z_]\w*\s*=/.test(src.slice(i))) args.push(void 0);
      break;
    }
    i = skipSpace(src, i);
    if (/^(\.(?!\.\.)|\+|%|\*|~|<<|\.\.)/.test(src.slice(i)) && !/^\.\s*[lr]?strip\b/.test(src.slice(i))) {
      args[args.length - 1] = void 0;
      break;
    }
    if (src[i] !== ",") break;
    i = skipSpace(src, i + 1);
  }
  return args;
}
function collect(body, calls, parse2, argvCall, language) {
  const spawned = { shell: [], argv: [] };
  calls.lastIndex = 0;
  let found = 0;
  for (let match = calls.exec(body); match; match = calls.exec(body)) {
    found += 1;
    const name = match.slice(1).find(Boolean) ?? "";
    const args = callArgs(body, match.index + match[0].length, parse2);
    const first = args[0];
    if (first === void 0) {
      spawned.unreadable = `${language} spawns a process with a command that cannot be read statically (${name})`;
      continue;
    }
    if (Array.isArray(first)) spawned.argv.push(first);
    else if (argvCall(name)) {
      const rest = args.find((a, k) => k > 0 && Array.isArray(a));
      if (args.slice(1).some((a) => a === void 0)) {
        spawned.unreadable = `${language} spawns a process with arguments that cannot be read statically (${name})`;
      }
      const listed = /^(exec|spawn)l/.test(name) ? args.slice(1).filter((a) => typeof a === "string") : void 0;
      if (listed && listed.length > 0) spawned.argv.push(listed[0] === first ? listed : [first, ...listed]);
      else if (rest && rest[0] === first) spawned.argv.push(rest);
      else spawned.argv.push([first, ...rest ?? []]);
    } else spawned.shell.push(first);
  }
  if (found === 0) spawned.unreadable = `${language} body spawns processes in a way that cannot be read statically`;
  return spawned;
}
function dataOnly(spawned, indirect, body) {
  return spawned.shell.length + spawned.argv.length === 0 && !!spawned.unreadable?.includes("in a way") && !indirect.test(body);
}
function pythonSpawns(body) {
  const bare = /\bfrom\s+(subprocess|os)\s+import\b/.test(body);
  if (!PY_MENTIONS.test(body)) return void 0;
  const spawned = collect(body, PY_CALL, pyString, (name) => /^(exec|spawn|posix_spawn)/.test(name), "python");
  if (bare) {
    const more = collect(body, PY_BARE_CALL, pyString, () => false, "python");
    spawned.shell.push(...more.shell);
    spawned.argv.push(...more.argv);
    if (more.shell.length + more.argv.length > 0 && spawned.unreadable?.includes("in a way")) delete spawned.unreadable;
    spawned.unreadable ??= more.unreadable;
  }
  if (dataOnly(spawned, PY_INDIRECT, body)) return void 0;
  return spawned;
}
function nodeSpawns(body) {
  if (!JS_MENTIONS.test(body)) return void 0;
  const spawned = collect(body, JS_CALL, jsString, (name) => !/^exec(Sync)?$/.test(name), "node");
  return dataOnly(spawned, JS_INDIRECT, body) ? void 0 : spawned;
}
var SCRIPT = {
  perl: {
    mentions: /\b(system|exec|spawn|qx|popen\w*|Open3|capture\w*)\b|`|%x[({[]/,
    call: /(?<![\w$])(system|exec|spawn|popen\d?|capture2e?|capture3)\s*\(?\s*/g,
    interpolates: /[$@][\w{]/,
    backticks: true
  },
  ruby: {
    mentions: /\b(system|exec|spawn|qx|popen\w*|Open3|capture\w*)\b|`|%x[({[]/,
    call: /(?<![\w$])(system|exec|spawn|popen\d?|capture2e?|capture3)\s*\(?\s*/g,
    interpolates: /#\{/,
    backticks: true
  },
  php: {
    mentions: /\b(system|exec|shell_exec|passthru|popen|proc_open|pcntl_exec)\b|`/,
    call: /(?<![\w$>:])(system|exec|shell_exec|passthru|popen|proc_open|pcntl_exec)\s*\(\s*/g,
    interpolates: /\$[\w{]|\{\$/,
    backticks: true
  },
  lua: {
    mentions: /\b(os\s*\.\s*execute|io\s*\.\s*popen)\b/,
    call: /(?<![\w$])(os\s*\.\s*execute|io\s*\.\s*popen)\s*\(?\s*/g,
    interpolates: /$^/,
    backticks: false
  }
};
function stringRanges(body) {
  const ranges = [];
  for (let i = 0; i < body.length; i++) {
    const quote = body[i];
    if (quote !== '"' && quote !== "'") continue;
    let j = i + 1;
    while (j < body.length && body[j] !== quote) j += body[j] === "\\" ? 2 : 1;
    ranges.push([i, j]);
    i = j;
  }
  return ranges;
}
function scriptSpawns(body, language) {
  const { mentions, call, interpolates, backticks } = SCRIPT[language];
  if (!mentions.test(body)) return void 0;
  const parse2 = (src, at) => {
    const long = language === "lua" ? /^\[(=*)\[([\s\S]*?)\]\1\]/.exec(src.slice(at)) : null;
    if (long) return { value: long[2], end: at + long[0].length };
    const literal = jsString(src, at);
    if (!literal || src[at] !== '"' || literal.value === void 0) return literal;
    return interpolates.test(literal.value) ? { value: void 0, end: literal.end } : literal;
  };
  const spawned = { shell: [], argv: [] };
  const unreadable = `${language} spawns a process with a command that cannot be read statically`;
  let found = 0;
  const quoted = stringRanges(body);
  const inString = (at) => quoted.some(([from, to]) => at > from && at < to);
  call.lastIndex = 0;
  for (let match = call.exec(body); match; match = call.exec(body)) {
    if (inString(match.index)) continue;
    found += 1;
    const args = callArgs(body, match.index + match[0].length, parse2);
    if (args.length === 0 || args.some((a) => a === void 0 || Array.isArray(a))) {
      spawned.unreadable = unreadable;
      continue;
    }
    const strings = args;
    if (strings.length === 1) spawned.shell.push(strings[0]);
    else spawned.argv.push(strings);
  }
  const inline = /`([^`]*)`|\bqx\s*([({[/|'"])|%x([({[])/g;
  for (let match = backticks ? inline.exec(body) : null; match; match = inline.exec(body)) {
    found += 1;
    let text;
    if (match[1] !== void 0) text = match[1];
    else {
      const open = match[2] ?? match[3];
      const close = { "(": ")", "{": "}", "[": "]" }[open] ?? open;
      const start = match.index + match[0].length;
      const end = body.indexOf(close, start);
      text = end < 0 ? void 0 : body.slice(start, end);
      if (end >= 0) inline.lastIndex = end + 1;
    }
    if (text === void 0 || interpolates.test(text)) spawned.unreadable = unreadable;
    else spawned.shell.push(text);
  }
  if (found === 0) {
    let code = body;
    for (const [from, to] of quoted) code = code.slice(0, from) + " ".repeat(to - from + 1) + code.slice(to + 1);
    if (!mentions.test(code)) return void 0;
    spawned.unreadable = `${language} body spawns processes in a way that cannot be read statically`;
  }
  return spawned;
}
function awkString(src, at) {
  if (src[at] !== '"') return void 0;
  return jsString(src, at);
}
function awkSpawns(body) {
  if (!/\bsystem\s*\(|\|\s*&?|getline/.test(body)) return void 0;
  const spawned = { shell: [], argv: [], piped: [] };
  const unreadable = "awk runs a command that cannot be read statically";
  let found = 0;
  const system = /\bsystem\s*\(\s*/g;
  for (let m = system.exec(body); m; m = system.exec(body)) {
    found += 1;
    const literal = awkString(body, m.index + m[0].length);
    const after = literal ? body.slice(literal.end).trimStart() : "";
    if (!literal || literal.value === void 0 || !after.startsWith(")")) spawned.unreadable = unreadable;
    else spawned.shell.push(literal.value);
  }
  const statement = /\b(print|printf)\b([^;}\n]*?)\|&?\s*/g;
  for (let m = statement.exec(body); m; m = statement.exec(body)) {
    found += 1;
    const target = awkString(body, m.index + m[0].length);
    if (!target || target.value === void 0) {
      spawned.unreadable = unreadable;
      continue;
    }
    const printed = m[2].trim();
    const input = /^"(?:[^"\\]|\\.)*"$/.test(printed) ? awkString(printed, 0)?.value : void 0;
    spawned.piped.push([target.value, input === void 0 ? void 0 : `${input}
`]);
  }
  const getline = /("(?:[^"\\]|\\.)*"|[A-Za-z_]\w*)\s*\|\s*getline/g;
  for (let m = getline.exec(body); m; m = getline.exec(body)) {
    found += 1;
    const literal = awkString(m[1], 0);
    if (!literal || literal.value === void 0) spawned.unreadable = unreadable;
    else spawned.shell.push(literal.value);
  }
  if (found === 0) return void 0;
  return spawned;
}

// src/shell/interpreters.ts
var SHELLS = /* @__PURE__ */ new Set([
  "bash",
  "sh",
  "zsh",
  "dash",
  "ksh",
  "mksh",
  "ash",
  "rbash",
  "fish",
  "yash",
  "posh",
  "oksh",
  "loksh",
  "pdksh"
]);
var SOURCE_BUILTINS = /* @__PURE__ */ new Set(["source", "."]);
var DESCRIPTOR_PATH = /^(\/dev\/(stdin|fd\/\d+)|\/proc\/self\/fd\/\d+)$/;
function shell(words, stdin) {
  const name = words[0].text;
  let command = false;
  let fromStdin = false;
  let i = 1;
  for (; i < words.length; i++) {
    const t = words[i].text;
    if (t === "--" || t === "-") {
      i += 1;
      break;
    }
    if (t.startsWith("--")) {
      if (t === "--rcfile" || t === "--init-file") i += 1;
      continue;
    }
    if (!/^[-+]/.test(t)) break;
    const flags = t.slice(1);
    if (flags.includes("c")) command = true;
    if (flags.includes("s")) fromStdin = true;
    if (/[oO]$/.test(flags)) i += 1;
  }
  if (command) {
    const body = words[i];
    if (!body) return void 0;
    return {
      kind: "shell",
      label: `${name} -c`,
      text: body.dynamic ? void 0 : body.text,
      reason: body.dynamic ? `${name} -c runs a string that cannot be read statically: ${body.text}` : void 0,
      positional: words.slice(i + 1)
    };
  }
  if (i < words.length && !fromStdin) {
    const file = words[i];
    const script = scriptFile(name, file, stdin);
    return script?.kind === "shell" ? { ...script, positional: words.slice(i) } : script;
  }
  return fromStdinScript(name, stdin);
}
var STDIN_FILES = /* @__PURE__ */ new Set(["/dev/stdin", "/dev/fd/0", "/proc/self/fd/0"]);
function scriptFile(name, file, stdin) {
  if (file.procsub) {
    return {
      kind: "shell",
      label: `${name} <()`,
      text: file.procsubOutput,
      reason: file.procsubOutput === void 0 ? `${name} runs the output of ${file.text}, which cannot be read statically` : void 0,
      unreadableKind: "hidden-script"
    };
  }
  if (!file.dynamic && STDIN_FILES.has(file.text)) {
    return fromStdinScript(name, stdin) ?? hiddenScript(name, `${name} runs ${file.text}, whose content the guard cannot read`);
  }
  if (file.dynamic) return hiddenScript(name, `${name} runs a script whose path is not static: ${file.text}`);
  if (DESCRIPTOR_PATH.test(file.text)) return hiddenScript(name, `${name} runs ${file.text}, whose content the guard cannot read`);
  return void 0;
}
function hiddenScript(name, reason, sameScope) {
  return { kind: "shell", label: name, text: void 0, reason, unreadableKind: "hidden-script", sameScope };
}
function fromStdinScript(name, stdin) {
  if (!stdin || stdin.kind === "file") return void 0;
  return {
    kind: "shell",
    label: `${name} stdin`,
    text: stdin.text,
    reason: stdin.text === void 0 ? `${name} reads a script from stdin that cannot be read statically${stdin.from ? ` (from ${stdin.from})` : ""}` : void 0,
    unreadableKind: "hidden-script"
  };
}
var ENV_PRINTERS = /^\$\((ssh-agent(\s+-[sc])?|direnv\s+(hook\s+\w+|export\s+\w+)|minikube(\s+-p\s+[\w.-]+)?\s+docker-env|pyenv\s+init\s+-{0,2}\w*|pyenv\s+virtualenv-init\s+-|rbenv\s+init\s+-|nodenv\s+init\s+-|(\/opt\/homebrew\/bin\/|\/usr\/local\/bin\/)?brew\s+shellenv|fnm\s+env[\w\s-]*|zoxide\s+init\s+\w+|starship\s+init\s+\w+|keychain\s+--eval[\w\s.-]*|gpg-agent\s+--daemon|dircolors(\s+-b)?)\)$/;
function evalBuiltin(words) {
  const args = words.slice(words[1]?.text === "--" ? 2 : 1);
  if (args.length === 0) return void 0;
  const text = args.map((w) => w.text).join(" ");
  const printer = args.length === 1 && args[0].dynamic ? ENV_PRINTERS.exec(text.trim()) : null;
  if (printer) return { kind: "shell", label: "eval", text: printer[1], sameScope: true };
  const dynamic = args.some((w) => w.dynamic);
  return {
    kind: "shell",
    label: "eval",
    // analyse the literal text anyway: it may show commands, and is flagged as incomplete
    text,
    reason: dynamic ? `eval runs a string that cannot be read statically: ${text}` : void 0,
    sameScope: true
  };
}
function source(words, stdin) {
  const file = words[1];
  if (!file) return void 0;
  if (file.procsub) {
    return {
      kind: "shell",
      label: words[0].text === "." ? "." : "source",
      text: file.procsubOutput,
      reason: file.procsubOutput === void 0 ? `${words[0].text} runs the output of ${file.text}, which cannot be read statically` : void 0,
      unreadableKind: "hidden-script",
      sameScope: true
    };
  }
  if (file.dynamic) return hiddenScript(words[0].text, `${words[0].text} runs a script whose path is not static: ${file.text}`, true);
  if (STDIN_FILES.has(file.text) && stdin && stdin.kind !== "file") {
    return {
      kind: "shell",
      label: "source",
      text: stdin.text,
      sameScope: true,
      unreadableKind: "hidden-script",
      reason: stdin.text === void 0 ? "source reads a script from stdin that cannot be read statically" : void 0
    };
  }
  if (DESCRIPTOR_PATH.test(file.text))
    return hiddenScript(words[0].text, `${words[0].text} runs ${file.text}, whose content the guard cannot read`, true);
  return void 0;
}
function python(words, stdin) {
  let body;
  let i = 1;
  for (; i < words.length; i++) {
    const t = words[i].text;
    if (t === "-c" || /^-[a-zA-Z]+$/.test(t) && t.endsWith("c")) {
      body = words[i + 1];
      break;
    }
    if (t === "-m" || !t.startsWith("-")) return void 0;
    if (t === "-") break;
    if (t === "-W" || t === "-X") i += 1;
  }
  const text = body ? body.dynamic ? void 0 : body.text : stdin?.kind === "file" ? void 0 : stdin?.text;
  if (!body && (!stdin || stdin.kind === "file")) return void 0;
  return spawnsOf("python", text, pythonSpawns, body?.text ?? "stdin");
}
function node(words, stdin) {
  let body;
  for (let i = 1; i < words.length; i++) {
    const t = words[i].text;
    if (t === "-e" || t === "--eval" || t === "-p" || t === "--print" || t === "-pe") {
      body = words[i + 1];
      break;
    }
    if (t.startsWith("--eval=") || t.startsWith("--print=")) {
      body = { ...words[i], text: t.slice(t.indexOf("=") + 1) };
      break;
    }
    if (!t.startsWith("-")) return void 0;
  }
  if (!body && (!stdin || stdin.kind === "file")) return void 0;
  const text = body ? body.dynamic ? void 0 : body.text : stdin?.text;
  return spawnsOf("node", text, nodeSpawns, body?.text ?? "stdin");
}
var SCRIPT_VALUED = {
  perl: /^-[IMmx]$/,
  ruby: /^-[IrCEFKTWx]$/,
  php: /^-[cdzBREFtC]$/,
  lua: /^-[l]$/
};
var SCRIPT_BODY = {
  perl: /^-[a-zA-Z]*[eE]$/,
  ruby: /^-[a-zA-Z]*e$/,
  php: /^-r$/,
  lua: /^-e$/
};
function scriptInterpreter(language, words, stdin) {
  for (let i = 1; i < words.length; i++) {
    const t = words[i].text;
    if (SCRIPT_BODY[language].test(t)) {
      const body = words[i + 1];
      if (!body) return void 0;
      return spawnsOf(language, body.dynamic ? void 0 : body.text, (b) => scriptSpawns(b, language), body.text);
    }
    if (t === "-") break;
    if (t === "--") {
      if (words[i + 1] !== void 0 && words[i + 1].text !== "-") return void 0;
      break;
    }
    if (SCRIPT_VALUED[language].test(t)) {
      i += 1;
      continue;
    }
    if (!t.startsWith("-")) return void 0;
  }
  if (!stdin || stdin.kind === "file") return void 0;
  return spawnsOf(language, stdin.text, (b) => scriptSpawns(b, language), "stdin");
}
function awk(words) {
  for (let i = 1; i < words.length; i++) {
    const t = words[i].text;
    if (t === "--") {
      const body = words[i + 1];
      return body ? spawnsOf("awk", body.dynamic ? void 0 : body.text, awkSpawns, body.text) : void 0;
    }
    if (t === "-f" || t.startsWith("--file")) return void 0;
    if (t === "-F" || t === "-v" || t === "--field-separator" || t === "--assign") {
      i += 1;
      continue;
    }
    if (t.startsWith("-") && t !== "-") continue;
    return spawnsOf("awk", words[i].dynamic ? void 0 : t, awkSpawns, t);
  }
  return void 0;
}
function atQueue(words, stdin) {
  const name = words[0].text;
  const args = words.slice(1).map((w) => w.text);
  if (args.some((a) => /^-[a-zA-Z]*[lrdcV]$/.test(a))) return void 0;
  const file = args.indexOf("-f");
  if (file >= 0) return void 0;
  return fromStdinScript(name, stdin);
}
function trap(words) {
  const args = words.slice(words[1]?.text === "--" ? 2 : 1);
  if (args.length < 2 || args[0].text === "-" || args[0].text === "" || /^-[lp]$/.test(args[0].text)) return void 0;
  const action = args[0];
  return {
    kind: "shell",
    label: "trap",
    text: action.text,
    reason: action.dynamic ? `trap runs a string that cannot be read statically: ${action.text}` : void 0,
    sameScope: true
  };
}
function spawnsOf(language, text, extract, shown) {
  const label = language === "python" ? "python -c" : language === "node" ? "node -e" : language === "awk" ? "awk" : language === "php" ? "php -r" : `${language} -e`;
  if (text === void 0) {
    return {
      kind: "spawn",
      label,
      shell: [],
      argv: [],
      reason: `${label} body cannot be read statically: ${shown}`,
      unreadableKind: "spawn-body"
    };
  }
  const spawned = extract(text);
  if (!spawned) return void 0;
  return {
    kind: "spawn",
    label,
    shell: spawned.shell,
    argv: spawned.argv,
    reason: spawned.unreadable,
    unreadableKind: "spawn-body",
    piped: spawned.piped
  };
}
var AWKS = /* @__PURE__ */ new Set(["awk", "gawk", "mawk", "nawk"]);
function interpret(words, stdin) {
  if (words.length === 0 || words[0].dynamic) return void 0;
  const program = words[0].text;
  if (SHELLS.has(program)) return shell(words, stdin);
  if (program === "eval") return evalBuiltin(words);
  if (SOURCE_BUILTINS.has(program)) return source(words, stdin);
  if (/^(python|pypy)(\d+(\.\d+)*)?$/.test(program)) return python(words, stdin);
  if (program === "node" || program === "nodejs") return node(words, stdin);
  if (program === "perl" || program === "ruby" || program === "php") return scriptInterpreter(program, words, stdin);
  if (/^lua(\d+(\.\d+)*)?$|^luajit$/.test(program)) return scriptInterpreter("lua", words, stdin);
  if (/^php\d+(\.\d+)*$/.test(program)) return scriptInterpreter("php", words, stdin);
  if (program === "trap") return trap(words);
  if (AWKS.has(program)) return awk(words);
  if (program === "at" || program === "batch") return atQueue(words, stdin);
  return void 0;
}

// src/shell/variables.ts
var Scope = class _Scope {
  vars = /* @__PURE__ */ new Map();
  functions = /* @__PURE__ */ new Map();
  aliases = /* @__PURE__ */ new Map();
  cwd;
  /** Functions currently being expanded: bash would recurse, we stop. */
  active = /* @__PURE__ */ new Set();
  child() {
    const copy = new _Scope();
    copy.vars = new Map(this.vars);
    copy.functions = new Map(this.functions);
    copy.aliases = new Map(this.aliases);
    copy.cwd = this.cwd;
    copy.active = new Set(this.active);
    return copy;
  }
  get(name) {
    return this.vars.get(name);
  }
  set(name, text, dynamic, exported) {
    const previous = this.vars.get(name);
    this.vars.set(name, { text, dynamic, exported: exported ?? previous?.exported ?? false });
  }
  setArray(name, elements) {
    this.vars.set(name, {
      text: elements[0]?.text ?? "",
      dynamic: elements[0]?.dynamic ?? false,
      exported: this.vars.get(name)?.exported ?? false,
      elements
    });
  }
  export(name) {
    const previous = this.vars.get(name);
    if (previous) previous.exported = true;
    else this.vars.set(name, { text: "", dynamic: true, exported: true });
  }
  unset(name) {
    this.vars.delete(name);
    this.functions.delete(name);
  }
  /** Variables exported earlier in the same command: part of every later command's environment. */
  exportedEnv() {
    const env = {};
    for (const [name, value] of this.vars) {
      if (value.exported) env[name] = value.dynamic ? "" : value.text;
    }
    return env;
  }
  /** Binds $0, $1, ... and $@ for the body of `bash -c 'STRING' arg0 arg1 ...`. */
  setPositional(args) {
    for (const [index, arg] of args.entries()) this.set(String(index), arg.text, arg.dynamic);
    for (let index = args.length; index < 10; index++) this.vars.delete(String(index));
    const rest = args.slice(1).map((a) => ({ text: a.text, dynamic: a.dynamic }));
    const all = { text: rest.map((a) => a.text).join(" "), dynamic: rest.some((a) => a.dynamic) };
    this.vars.set("@", { ...all, exported: false, elements: rest });
    this.set("*", all.text, all.dynamic);
  }
};
function fieldSeparators(scope) {
  const ifs = scope.get("IFS");
  return ifs && !ifs.dynamic ? ifs.text : " 	\n";
}
function isName(text) {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(text);
}
function splitAssignment(text) {
  const match = /^([A-Za-z_][A-Za-z0-9_]*)(\+?)=/.exec(text);
  if (!match) return void 0;
  return { name: match[1], append: match[2] === "+", value: text.slice(match[0].length) };
}

// src/shell/lexer-plain.ts
var PLAIN = /^(?:[A-Za-z0-9 \t_./:=,@%+-]|'[^'\n]*')*$/;
var WORD = /(?:[A-Za-z0-9_./:=,@%+-]|'[^'\n]*')+/g;
var RESERVED = /* @__PURE__ */ new Set([
  "if",
  "then",
  "else",
  "elif",
  "fi",
  "for",
  "while",
  "until",
  "do",
  "done",
  "case",
  "esac",
  "select",
  "function",
  "in",
  "coproc"
]);
var unquote = (written) => written.replace(/'([^']*)'/g, "$1");
var assignmentOf = (written) => /^[A-Za-z_][A-Za-z0-9_]*\+?=/.test(written) ? splitAssignment(unquote(written)) : void 0;
function isPlain(text) {
  if (!PLAIN.test(text)) return false;
  const first = (text.match(WORD) ?? []).find((word) => !assignmentOf(word));
  return first === void 0 || !RESERVED.has(first);
}
function lexPlain(text) {
  const words = text.match(WORD) ?? [];
  if (words.length === 0) return [];
  const raw = { words: [], assignments: [], redirects: [], text: text.trim() };
  let index = 0;
  for (; index < words.length; index++) {
    const assignment = assignmentOf(words[index]);
    if (!assignment) break;
    raw.assignments.push({
      name: assignment.name,
      append: assignment.append,
      value: { text: assignment.value, dynamic: false }
    });
  }
  raw.words = words.slice(index).map((word) => ({ text: unquote(word), dynamic: false }));
  return [raw];
}

// src/shell/words.ts
function evalFields(node2, runner, scope) {
  const segments = segmentsOf(node2, runner, scope, false);
  const fields = [];
  let current;
  for (const segment of segments) {
    if (segment.fields) {
      segment.fields.forEach((field, index) => {
        if (index > 0 && current) {
          fields.push(current);
          current = void 0;
        }
        current = appendTo(current, field.text, field.dynamic);
      });
    } else if (segment.split) {
      const pieces = splitFields(segment.text, fieldSeparators(scope));
      pieces.forEach((piece, index) => {
        if (index > 0 && current) {
          fields.push(current);
          current = void 0;
        }
        if (piece !== "") current = appendTo(current, piece, segment.dynamic);
      });
    } else {
      current = appendTo(current, segment.text, segment.dynamic);
    }
  }
  if (current) fields.push(current);
  if (segments.length === 1 && segments[0].procsub && fields.length === 1) {
    fields[0].procsub = true;
    fields[0].procsubOutput = segments[0].procsubOutput;
  }
  if (fields.length > 0 && hasBraceExpansion(node2)) {
    const expanded = /^[A-Za-z0-9_./:=,@%+{}-]+$/.test(node2.text) ? expandBraces(node2.text) : void 0;
    if (expanded) return expanded.map((text) => ({ text, dynamic: false }));
    for (const field of fields) field.dynamic = true;
  }
  return fields;
}
function splitFields(text, separators) {
  if (separators === " 	\n") return text.split(/[ \t\n]+/);
  if (separators === "") return [text];
  const pieces = [];
  let current = "";
  for (const char of text) {
    if (separators.includes(char)) {
      pieces.push(current);
      current = "";
    } else current += char;
  }
  pieces.push(current);
  return pieces;
}
function evalSingle(node2, runner, scope) {
  const segments = segmentsOf(node2, runner, scope, false);
  const texts = segments.map((s) => s.fields ? s.fields.map((f) => f.text).join(" ") : s.text);
  return {
    text: texts.join(""),
    dynamic: segments.some((s) => s.dynamic || (s.fields?.some((f) => f.dynamic) ?? false))
  };
}
function appendTo(word, text, dynamic) {
  if (!word) return { text, dynamic };
  word.text += text;
  word.dynamic ||= dynamic;
  return word;
}
function segmentsOf(node2, runner, scope, quoted) {
  runner.node();
  switch (node2.type) {
    case "word":
    case "command_name":
      if (node2.type === "command_name" && node2.namedChildCount > 0) {
        return node2.namedChildren.flatMap((child) => child ? segmentsOf(child, runner, scope, quoted) : []);
      }
      return [unquotedLiteral(node2.text)];
    case "number":
    case "extglob_pattern":
    case "regex":
    case "special_variable_name":
    case "variable_name":
    case "file_descriptor":
      return [{ text: node2.text, dynamic: false, split: false }];
    case "raw_string":
      return [{ text: node2.text.slice(1, -1), dynamic: false, split: false }];
    case "ansi_c_string":
      return [{ text: decodeAnsiC(node2.text.slice(2, -1)), dynamic: false, split: false }];
    case "string":
    case "translated_string":
      return doubleQuoted(node2, runner, scope);
    case "concatenation":
      return withGaps(node2, runner, scope, quoted, node2.startIndex, node2.endIndex);
    case "simple_expansion":
    case "expansion":
      return [expansion(node2, runner, scope, quoted)];
    case "command_substitution": {
      const output = runner.commandSubstitution(node2, scope);
      if (output === void 0) return [{ text: node2.text, dynamic: true, split: false }];
      return [{ text: output, dynamic: false, split: !quoted }];
    }
    case "process_substitution": {
      const output = runner.processSubstitution(node2, scope);
      return [{ text: node2.text, dynamic: true, split: false, procsub: true, procsubOutput: output }];
    }
    default:
      runner.substitutionsIn(node2, scope);
      return [{ text: node2.text, dynamic: true, split: false }];
  }
}
function doubleQuoted(node2, runner, scope) {
  const open = node2.text.startsWith('$"') ? 2 : 1;
  const segments = withGaps(node2, runner, scope, true, node2.startIndex + open, node2.endIndex - 1);
  return segments.length > 0 ? segments : [{ text: "", dynamic: false, split: false }];
}
function withGaps(node2, runner, scope, quoted, start, end) {
  const segments = [];
  let position = start;
  const gap = (to) => {
    if (to <= position) return;
    const text = runner.source.slice(position, to);
    segments.push(quoted ? { text: unescapeDoubleQuoted(text), dynamic: false, split: false } : unquotedLiteral(text));
  };
  for (const child of node2.namedChildren) {
    if (!child || child.endIndex <= start || child.startIndex >= end) continue;
    gap(child.startIndex);
    if (child.type === "string_content" || child.type === "heredoc_content") {
      segments.push({ text: quoted ? unescapeDoubleQuoted(child.text) : child.text, dynamic: false, split: false });
    } else {
      segments.push(...segmentsOf(child, runner, scope, quoted));
    }
    position = Math.max(position, child.endIndex);
  }
  gap(end);
  return segments;
}
function expansion(node2, runner, scope, quoted) {
  const text = node2.text;
  const inner = node2.type === "simple_expansion" ? text.slice(1) : text.slice(2, -1);
  const unknown = () => {
    runner.substitutionsIn(node2, scope);
    return { text, dynamic: true, split: false };
  };
  const known = (value2) => ({ text: value2, dynamic: false, split: !quoted });
  if (node2.type === "simple_expansion" && !/^([A-Za-z_][A-Za-z0-9_]*|[0-9]|[@*#?$!-])$/.test(inner)) {
    return { text, dynamic: false, split: false };
  }
  if (isName(inner) || /^([0-9]|[@*#?$!-])$/.test(inner)) {
    const value2 = scope.get(inner);
    if (!value2 || value2.dynamic && value2.text === "") return unknown();
    if (inner === "@" && value2.elements) return { text: "", dynamic: false, split: false, fields: value2.elements.map((e) => ({ ...e })) };
    return { text: value2.text, dynamic: value2.dynamic, split: !quoted && !value2.dynamic };
  }
  const element = /^([A-Za-z_][A-Za-z0-9_]*)\[(@|\*|[0-9]+)\]$/.exec(inner);
  if (element) {
    const value2 = scope.get(element[1]);
    if (!value2) return unknown();
    const elements = value2.elements ?? [{ text: value2.text, dynamic: value2.dynamic }];
    if (element[2] === "@") return { text: "", dynamic: false, split: false, fields: elements.map((e) => ({ ...e })) };
    if (element[2] === "*") {
      return { text: elements.map((e) => e.text).join(" "), dynamic: elements.some((e) => e.dynamic), split: !quoted };
    }
    const picked = elements[Number(element[2])];
    return picked ? { text: picked.text, dynamic: picked.dynamic, split: !quoted && !picked.dynamic } : known("");
  }
  const operator = /^(#?)([A-Za-z_][A-Za-z0-9_]*)(.*)$/s.exec(inner);
  if (!operator) return unknown();
  const [, length, name, rest] = operator;
  const value = scope.get(name);
  if (length === "#") return value && !value.dynamic && rest === "" ? known(String(value.text.length)) : unknown();
  const literalOperand = (operand) => !/[$`'"\\*?[]/.test(operand);
  const fallback = /^(:?)([-=+?])(.*)$/s.exec(rest);
  if (fallback) {
    const [, colon, op, operand] = fallback;
    if (value?.dynamic || !literalOperand(operand)) return unknown();
    const isSet = value !== void 0 && (colon === "" || value.text !== "");
    if (op === "+") return known(isSet ? operand : "");
    if (isSet) return known(value.text);
    if (value === void 0) return unknown();
    if (op === "=") scope.set(name, operand, false);
    return known(operand);
  }
  if (!value || value.dynamic) return unknown();
  const v = value.text;
  if (rest === "^^") return known(v.toUpperCase());
  if (rest === ",,") return known(v.toLowerCase());
  if (rest === "^") return known(v.charAt(0).toUpperCase() + v.slice(1));
  if (rest === ",") return known(v.charAt(0).toLowerCase() + v.slice(1));
  const slice = /^:\s*(-?[0-9]+)(?::\s*(-?[0-9]+))?$/.exec(rest);
  if (slice) {
    const from = Number(slice[1]) < 0 ? Math.max(0, v.length + Number(slice[1])) : Number(slice[1]);
    if (slice[2] === void 0) return known(v.slice(from));
    const count = Number(slice[2]);
    return known(count < 0 ? v.slice(from, v.length + count) : v.slice(from, from + count));
  }
  const replace = /^(\/\/?)([^/]*)\/?(.*)$/s.exec(rest);
  if (replace && literalOperand(replace[2]) && literalOperand(replace[3]) && replace[2] !== "") {
    return known(replace[1] === "//" ? v.split(replace[2]).join(replace[3]) : v.replace(replace[2], () => replace[3]));
  }
  const strip = /^(##?|%%?)(.*)$/s.exec(rest);
  if (strip && literalOperand(strip[2])) {
    const pattern = strip[2];
    if (strip[1].startsWith("#")) return known(v.startsWith(pattern) ? v.slice(pattern.length) : v);
    return known(v.endsWith(pattern) ? v.slice(0, v.length - pattern.length) : v);
  }
  return unknown();
}
function unquotedLiteral(raw) {
  let text = "";
  let glob = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === "\\" && i + 1 < raw.length) {
      i += 1;
      if (raw[i] !== "\n") text += raw[i];
      continue;
    }
    if (c === "*" || c === "?" || c === "[" && raw.indexOf("]", i + 1) > i + 1) glob = true;
    text += c;
  }
  return { text, dynamic: glob, split: false };
}
function expandBraces(text) {
  const open = text.indexOf("{");
  if (open < 0) return [text];
  let depth = 0;
  const commas = [];
  let close = -1;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}") {
      depth--;
      if (depth === 0) {
        close = i;
        break;
      }
    } else if (text[i] === "," && depth === 1) commas.push(i);
  }
  if (close < 0) return [text];
  const prefix = text.slice(0, open);
  const body = text.slice(open + 1, close);
  const suffixes = expandBraces(text.slice(close + 1));
  if (!suffixes) return void 0;
  let alternatives;
  if (commas.length > 0) {
    const bounds = [open, ...commas, close];
    alternatives = [];
    for (let k = 0; k + 1 < bounds.length; k++) {
      const part = expandBraces(text.slice(bounds[k] + 1, bounds[k + 1]));
      if (!part) return void 0;
      alternatives.push(...part);
    }
  } else {
    const range = /^(-?\d+)\.\.(-?\d+)$|^([a-zA-Z])\.\.([a-zA-Z])$/.exec(body);
    if (!range) {
      return suffixes.map((suffix) => `${prefix}{${body}}${suffix}`).slice(0, 64);
    }
    const [from, to] = range[1] !== void 0 ? [Number(range[1]), Number(range[2])] : [range[3].charCodeAt(0), range[4].charCodeAt(0)];
    if (Math.abs(to - from) > 64) return void 0;
    alternatives = [];
    for (let v = from; from <= to ? v <= to : v >= to; v += from <= to ? 1 : -1) {
      alternatives.push(range[1] !== void 0 ? String(v) : String.fromCharCode(v));
    }
  }
  const words = [];
  for (const alternative of alternatives) {
    for (const suffix of suffixes) {
      words.push(prefix + alternative + suffix);
      if (words.length > 64) return void 0;
    }
  }
  return words;
}
function hasBraceExpansion(node2) {
  if (node2.type !== "concatenation" && node2.type !== "word" && node2.type !== "brace_expression") return false;
  return /\{[^{}]*(,|\.\.)[^{}]*\}/.test(node2.text);
}
function unescapeDoubleQuoted(text) {
  return text.replace(/\\([$`"\\\n])/g, (_, c) => c === "\n" ? "" : c);
}
function decodeAnsiC(body) {
  const simple = {
    a: "\x07",
    b: "\b",
    e: "\x1B",
    E: "\x1B",
    f: "\f",
    n: "\n",
    r: "\r",
    t: "	",
    v: "\v",
    "\\": "\\",
    "'": "'",
    '"': '"',
    "?": "?"
  };
  return body.replace(/\\(x[0-9A-Fa-f]{1,2}|u[0-9A-Fa-f]{1,4}|U[0-9A-Fa-f]{1,8}|[0-7]{1,3}|c.|.)/gs, (whole, esc) => {
    if (esc[0] === "x" && esc.length > 1) return String.fromCharCode(parseInt(esc.slice(1), 16));
    if ((esc[0] === "u" || esc[0] === "U") && esc.length > 1) {
      const code = parseInt(esc.slice(1), 16);
      return code <= 1114111 ? String.fromCodePoint(code) : whole;
    }
    if (/^[0-7]/.test(esc)) return String.fromCharCode(parseInt(esc, 8) & 255);
    if (esc[0] === "c" && esc.length === 2) return String.fromCharCode(esc.charCodeAt(1) & 31);
    return simple[esc] ?? whole;
  });
}

// src/shell/output.ts
var SILENT = /* @__PURE__ */ new Set([
  ":",
  "true",
  "cd",
  "pushd",
  "popd",
  "export",
  "declare",
  "typeset",
  "local",
  "readonly",
  "unset",
  "alias",
  "unalias",
  "set",
  "shopt"
]);
function staticOutput(cmd) {
  if (cmd.dynamic.some(Boolean)) return void 0;
  const [program, ...args] = cmd.argv;
  if (SILENT.has(program)) return "";
  switch (program) {
    case "echo":
      return echo(args);
    case "printf":
      return printf(args);
    case "cat":
      return args.every((a) => a === "-") ? cmd.stdin?.text : void 0;
    case "base64":
      return base64(args, cmd.stdin?.text);
    case "rev":
      return args.length === 0 && cmd.stdin?.text !== void 0 ? rev(cmd.stdin.text) : void 0;
    case "xxd":
      return xxdReverse(args, cmd.stdin?.text);
    case "tr":
      return tr(args, cmd.stdin?.text);
    default:
      return void 0;
  }
}
function echo(args) {
  let newline = true;
  let escapes = false;
  let index = 0;
  for (; index < args.length && /^-[neE]+$/.test(args[index]); index++) {
    for (const flag of args[index].slice(1)) {
      if (flag === "n") newline = false;
      else escapes = flag === "e";
    }
  }
  let text = args.slice(index).join(" ");
  if (escapes) text = decodeAnsiC(text);
  return newline ? `${text}
` : text;
}
function printf(args) {
  let index = 0;
  if (args[0] === "--") index = 1;
  const format = args[index];
  if (format === void 0 || format === "-v") return void 0;
  const values = args.slice(index + 1);
  let used = 0;
  let output = "";
  let unknown = false;
  const once = () => decodeAnsiC(format).replace(/%([%sbd])|%./g, (whole, conversion) => {
    if (conversion === "%") return "%";
    if (!conversion) {
      unknown = true;
      return whole;
    }
    const value = values[used++] ?? "";
    return conversion === "b" ? decodeAnsiC(value) : value;
  });
  do {
    output += once();
  } while (used > 0 && used < values.length);
  return unknown ? void 0 : output;
}
function base64(args, input) {
  const decode = args.some((a) => a === "-d" || a === "--decode" || a === "-D" || /^-[a-zA-Z]*d/.test(a));
  const files = args.filter((a) => !a.startsWith("-"));
  if (!decode || files.length > 0 || input === void 0) return void 0;
  const compact = input.replace(/\s+/g, "");
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) return void 0;
  const bytes = Buffer.from(compact, "base64");
  const text = bytes.toString("utf8");
  return text.includes("\uFFFD") || text.includes("\0") ? void 0 : text;
}
function rev(input) {
  return input.split("\n").map((line) => [...line].reverse().join("")).join("\n");
}
function xxdReverse(args, input) {
  const flags = args.filter((a) => a.startsWith("-")).join("");
  if (input === void 0 || !flags.includes("r") || !flags.includes("p") || args.some((a) => !a.startsWith("-"))) return void 0;
  const hex = input.replace(/\s+/g, "");
  if (!/^([0-9a-fA-F]{2})*$/.test(hex)) return void 0;
  const text = Buffer.from(hex, "hex").toString("utf8");
  return text.includes("\uFFFD") || text.includes("\0") ? void 0 : text;
}
function trSet(set2) {
  if (/\[[:=]/.test(set2)) return void 0;
  const chars = [...decodeAnsiC(set2)];
  const out = [];
  for (let i = 0; i < chars.length; i++) {
    if (chars[i + 1] === "-" && i + 2 < chars.length) {
      const from = chars[i].codePointAt(0);
      const to = chars[i + 2].codePointAt(0);
      if (to < from || to - from > 1024) return void 0;
      for (let c = from; c <= to; c++) out.push(String.fromCodePoint(c));
      i += 2;
    } else out.push(chars[i]);
  }
  return out;
}
function tr(args, input) {
  if (input === void 0) return void 0;
  if (args.length === 2 && args[0] === "-d") {
    const drop = trSet(args[1]);
    return drop ? [...input].filter((c) => !drop.includes(c)).join("") : void 0;
  }
  if (args.length !== 2 || args.some((a) => a.startsWith("-") && a.length > 1)) return void 0;
  const from = trSet(args[0]);
  const to = trSet(args[1]);
  if (!from || !to || to.length === 0) return void 0;
  const map = /* @__PURE__ */ new Map();
  for (const [i, c] of from.entries()) map.set(c, to[Math.min(i, to.length - 1)]);
  return [...input].map((c) => map.get(c) ?? c).join("");
}

// src/shell/injected.ts
var NODE_LOADS = /(^|\s)(--require|-r|--import|--loader|--experimental-loader|--experimental-specifier-resolution)(=|\s|$)|(^|\s)-r\S/;
var RUBY_LOADS = /(^|\s)(-[a-zA-Z]*[rI]|--require)/;
var PERL_LOADS = /(^|\s)-[a-zA-Z]*[MmdI]/;
function injectedCode(env, commandText) {
  const found = [];
  const show = (name) => `${name}=${(env[name] ?? "").slice(0, 80)}`;
  const set2 = (name) => Object.hasOwn(env, name) && env[name] !== void 0;
  if (set2("NODE_OPTIONS") && (NODE_LOADS.test(env.NODE_OPTIONS) || env.NODE_OPTIONS === "")) {
    if (env.NODE_OPTIONS !== "" || /NODE_OPTIONS=\S/.test(commandText)) found.push(show("NODE_OPTIONS"));
  }
  for (const name of ["LD_PRELOAD", "LD_AUDIT", "BASH_ENV", "PYTHONSTARTUP", "DYLD_INSERT_LIBRARIES"]) {
    if (set2(name) && (env[name] !== "" || new RegExp(`${name}=\\S`).test(commandText))) found.push(show(name));
  }
  if (set2("ENV") && /[/.~$]/.test(env.ENV)) found.push(show("ENV"));
  if (set2("PERL5OPT") && PERL_LOADS.test(env.PERL5OPT)) found.push(show("PERL5OPT"));
  if (set2("RUBYOPT") && RUBY_LOADS.test(env.RUBYOPT)) found.push(show("RUBYOPT"));
  if (set2("PYTHONPATH") && env.PYTHONPATH !== "" && /\b(site|user)customize\b|\.pth\b/.test(commandText)) found.push(show("PYTHONPATH"));
  return found;
}

// src/shell/presumed.ts
var GUARDED_TOOLS = [
  "terraform",
  "tofu",
  "terragrunt",
  "tf",
  "kubectl",
  "k",
  "oc",
  "helm",
  "flux",
  "git",
  "gh",
  "glab",
  "pulumi",
  "cdk",
  "cdktf",
  "aws",
  "gcloud",
  "gsutil",
  "az",
  "eksctl",
  "doctl",
  "argocd",
  "sam",
  "serverless",
  "sls",
  "vault",
  "docker",
  "podman",
  "npm",
  "yarn",
  "pnpm",
  "cargo",
  "twine",
  "gem",
  "ansible",
  "ansible-playbook",
  "helmfile",
  "skaffold",
  "heroku",
  "fly",
  "flyctl",
  "vercel",
  "netlify",
  "firebase",
  "wrangler",
  "systemctl",
  "execguard"
];
var JUDGED_BY_RULES = /* @__PURE__ */ new Set([
  "terraform",
  "tofu",
  "terragrunt",
  "kubectl",
  "oc",
  "helm",
  "flux",
  "git",
  "gh",
  "glab",
  "hub",
  "pulumi",
  "cdk",
  "cdktf",
  "aws",
  "gcloud",
  "gsutil",
  "az",
  "eksctl",
  "doctl",
  "argocd",
  "vault",
  "kubectx",
  "kubens",
  "execguard"
]);
var DATA = new Set(
  "echo printf grep egrep fgrep zgrep zegrep rg ag ack ugrep man help tldr info whatis apropos jq yq gojq jaq cat tac less more most pg bat batcat head tail wc sort uniq cut tr nl fold fmt column paste join expand unexpand diff cmp comm od xxd hexdump strings md5sum sha1sum sha256sum sha512sum shasum cksum base64 base32 file stat ls ll la tree exa eza du df pwd cd pushd popd dirs which type whereis hash true false : test [ [[ read mapfile readarray export declare typeset local readonly set unset alias unalias shift return exit break continue wait jobs fg bg getopts umask ulimit printenv date cal sleep touch mkdir rmdir cp mv rm ln chmod chown chgrp realpath readlink dirname basename tee kill killall pkill pgrep ps curl wget http https xh logger notify-send history sponge awk gawk mawk nawk sed gsed column cowsay figlet toilet banner wall write mail mailx sendmail".split(/\s+/)
);
var BODY_FLAGS = [
  [/^(python|pypy)(\d+(\.\d+)*)?$/, /^-[a-zA-Z]*c$/],
  [/^(node|nodejs)$/, /^(-e|--eval|-p|--print|-pe)$/],
  [/^(perl|ruby)$/, /^-[a-zA-Z]*[eE]$/],
  [/^php$/, /^-r$/],
  [/^lua(\d+(\.\d+)*)?$|^luajit$/, /^-e$/]
];
var TEST_RUNNERS = new Set("vitest jest mocha pytest py.test go cargo rspec npm yarn pnpm ava tap jasmine playwright cypress".split(" "));
var FILTER_OPTION = /^(-t|-g|-k|-m|-run|--grep|--testNamePattern|--test-name-pattern|--filter|--test-name-filter|--example)$/;
var FILTER_OPTION_INLINE = /^(--grep|--testNamePattern|--test-name-pattern|--filter|--test-name-filter|-run|--example|-k)=/;
var MAX_CANDIDATES = 32;
function searchesArguments(argv2) {
  const program = argv2[0] ?? "";
  if (program === "" || DATA.has(program) || JUDGED_BY_RULES.has(program)) return false;
  if (argv2.includes("--help")) return false;
  return true;
}
function bodyIndices(argv2) {
  const bodies = /* @__PURE__ */ new Set();
  const entry = BODY_FLAGS.find(([program]) => program.test(argv2[0] ?? ""));
  if (!entry) return bodies;
  argv2.forEach((a, i) => {
    if (i > 0 && entry[1].test(a)) bodies.add(i + 1);
    if (/^--(eval|print)=/.test(a)) bodies.add(i);
  });
  return bodies;
}
var TOOL_PATTERN = GUARDED_TOOLS.map((t) => t.replace(/[-]/g, "\\-")).join("|");
var CANDIDATE = new RegExp(`(^|[\\s=!;&|(){}\\[\\]"'\`,:@<>$/+])(${TOOL_PATTERN})(?=[ \\t]+[^\\s;&|)])`, "g");
var END = /[\n;&|)}\]"'`<>]/;
var SERVICE_FIRST = /* @__PURE__ */ new Set(["aws", "gcloud", "gsutil", "az", "eksctl", "doctl"]);
var ACTS = new Set(
  "apply destroy import taint untaint state force-unlock refresh push send-pack delete create replace patch scale set rollout drain cordon uncordon install upgrade rollback uninstall reconcile suspend resume bootstrap up update deploy remove rm publish unpublish deprecate yank owner dist-tag merge release secret run-all run all destroy-all apply-all stack edit label annotate exec cp debug attach api repo workflow start stop restart enable disable mask kill sync app expose autoscale workspace config alias certificate taint-all cancel login upload dcommit lfs".split(/\s+/)
);
function readsAsAct(candidate) {
  const [tool, ...rest] = candidate.split(/\s+/);
  if (SERVICE_FIRST.has(tool)) return rest.filter((w) => !w.startsWith("-")).length >= 2;
  return rest.filter((w) => !w.startsWith("-")).slice(0, 3).some((w) => ACTS.has(w.replace(/^[^a-z]+|[^a-z-]+$/g, "")) || /[$`]/.test(w));
}
function unspliced(text) {
  return text.replace(/""|''/g, "").replace(/\\(?=[A-Za-z])/g, "");
}
function candidatesIn(text, out) {
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const rest = text.slice(m.index + m[1].length);
    const end = rest.search(END);
    const candidate = (end < 0 ? rest : rest.slice(0, end)).trim();
    if (readsAsAct(candidate)) out.add(candidate);
    if (out.size > MAX_CANDIDATES) return;
  }
}
function search(texts, found) {
  for (const text of texts) {
    if (found.size > MAX_CANDIDATES) return;
    if (!/\s/.test(text.trim())) continue;
    candidatesIn(text, found);
    const plain = unspliced(text);
    if (plain !== text) candidatesIn(plain, found);
  }
}
function presumedCommands(argv2) {
  if (!searchesArguments(argv2)) return { texts: [], tooMany: false };
  const bodies = bodyIndices(argv2);
  const filters = /* @__PURE__ */ new Set();
  if (TEST_RUNNERS.has(argv2[0] ?? "")) {
    argv2.forEach((a, i) => {
      if (FILTER_OPTION.test(a)) filters.add(i + 1);
      if (FILTER_OPTION_INLINE.test(a)) filters.add(i);
    });
  }
  const args = argv2.map((a, i) => i === 0 || bodies.has(i) || filters.has(i) ? void 0 : a);
  const found = /* @__PURE__ */ new Set();
  search(
    args.filter((a) => a !== void 0),
    found
  );
  search([args.map((a) => a ?? "\n").join(" ")], found);
  const texts = [...found];
  return { texts: texts.slice(0, MAX_CANDIDATES), tooMany: texts.length > MAX_CANDIDATES };
}
function presumedInOptions(words) {
  const found = /* @__PURE__ */ new Set();
  search(
    words.map((w) => w.text),
    found
  );
  return [...found].slice(0, MAX_CANDIDATES);
}

// src/shell/program-name.ts
import { posix } from "node:path";
function substitutionBody(text) {
  const t = text.trim();
  if (t.startsWith("$(") && t.endsWith(")") && !t.startsWith("$((")) return t.slice(2, -1).trim();
  if (t.length > 1 && t.startsWith("`") && t.endsWith("`")) return t.slice(1, -1).trim();
  return void 0;
}
var NAME = /^[A-Za-z0-9_.+-]+$/;
function lookedUp(body) {
  const first = body.split("|")[0].trim();
  const rest = body.split("|").slice(1).map((s) => s.trim());
  if (rest.some((stage) => !/^head(\s+-n?\s*1|\s+-1)?$/.test(stage))) return void 0;
  const words = first.split(/\s+/);
  const [tool, ...args] = words;
  const operands = args.filter((a) => !a.startsWith("-"));
  const options = args.filter((a) => a.startsWith("-"));
  if (operands.length !== 1) {
    if ((tool === "realpath" || tool === "readlink") && args.length > 0) {
      const inner = args.filter((a) => !/^-[a-zA-Z]+$/.test(a)).join(" ");
      return programFromWord(inner);
    }
    return void 0;
  }
  const name = operands[0];
  switch (tool) {
    case "command":
      return options.some((o) => /^-[a-zA-Z]*v/.test(o)) ? simpleName(name) : void 0;
    case "which":
    case "whence":
      return simpleName(name);
    case "type":
      return options.some((o) => /^-[a-zA-Z]*[pP]/.test(o)) ? simpleName(name) : void 0;
    case "realpath":
    case "readlink":
      return name.includes("/") ? simpleName(posix.basename(name)) : programFromWord(name);
    default:
      return void 0;
  }
}
function simpleName(name) {
  const base = name.includes("/") ? posix.basename(name) : name;
  return NAME.test(base) ? base : void 0;
}
function programFromWord(text) {
  const body = substitutionBody(text.replace(/^"(.*)"$/s, "$1"));
  if (body !== void 0) return lookedUp(body);
  const tail2 = /\/([A-Za-z0-9_.+-]+)$/.exec(text)?.[1];
  return tail2;
}

// src/shell/tool-env.ts
function isToolVariable(name) {
  return name.startsWith("TF_CLI_ARGS") || name === "TF_WORKSPACE" || name.startsWith("GIT_CONFIG_") || name === "KUBECONFIG" || name === "HELM_NAMESPACE" || name === "HELM_KUBECONTEXT";
}
function splitQuoted(value) {
  const out = [];
  const re = /"((?:[^"\\]|\\.)*)"|'([^']*)'|((?:[^\s"'\\]|\\.)+)/g;
  let current;
  let last = 0;
  for (let m = re.exec(value); m; m = re.exec(value)) {
    const piece = m[1] !== void 0 ? m[1].replace(/\\(.)/g, "$1") : m[2] ?? m[3].replace(/\\(.)/g, "$1");
    if (current !== void 0 && m.index === last) current += piece;
    else {
      if (current !== void 0) out.push(current);
      current = piece;
    }
    last = m.index + m[0].length;
  }
  if (current !== void 0) out.push(current);
  return out;
}
function gitConfigParameters(value) {
  const settings = [];
  const re = /'((?:[^']|'\\'')*)'(?:=('(?:[^']|'\\'')*'))?/g;
  const unquote2 = (s) => s.replace(/'\\''/g, "'");
  for (let m = re.exec(value); m; m = re.exec(value)) {
    const key = unquote2(m[1]);
    if (m[2] !== void 0) settings.push(`${key}=${unquote2(m[2].slice(1, -1))}`);
    else settings.push(key.includes("=") ? key : `${key}=true`);
  }
  return settings;
}
function gitConfigEnv(env) {
  const settings = [];
  if (env.GIT_CONFIG_PARAMETERS) settings.push(...gitConfigParameters(env.GIT_CONFIG_PARAMETERS));
  const count = Number.parseInt(env.GIT_CONFIG_COUNT ?? "", 10);
  for (let n = 0; Number.isFinite(count) && n < Math.min(count, 1e3); n++) {
    const key = env[`GIT_CONFIG_KEY_${n}`];
    if (key) settings.push(`${key}=${env[`GIT_CONFIG_VALUE_${n}`] ?? ""}`);
  }
  return settings;
}
var TERRAFORM = /* @__PURE__ */ new Set(["terraform", "tofu"]);
var TERRAGRUNT_RUNNERS = /* @__PURE__ */ new Set(["run-all", "run", "all", "stack"]);
function terraformSubcommand(argv2) {
  for (let i = 1; i < argv2.length; i++) {
    if (argv2[i] === "-chdir" || argv2[i] === "--chdir") i += 1;
    else if (argv2[0] === "terragrunt" && TERRAGRUNT_RUNNERS.has(argv2[i])) continue;
    else if (!argv2[i].startsWith("-")) return i;
  }
  return -1;
}
function withToolEnv(argv2, dynamic, env, dynamicNames) {
  const program = argv2[0];
  const insert = (at, words, isDynamic) => {
    argv2 = [...argv2.slice(0, at), ...words, ...argv2.slice(at)];
    dynamic = [...dynamic.slice(0, at), ...words.map(() => isDynamic), ...dynamic.slice(at)];
  };
  if (TERRAFORM.has(program) || program === "terragrunt") {
    const sub = terraformSubcommand(argv2);
    if (sub < 0) return { argv: argv2, dynamic };
    const general = env.TF_CLI_ARGS ? splitQuoted(env.TF_CLI_ARGS) : [];
    const specificName = `TF_CLI_ARGS_${argv2[sub].replace(/-all$/, "").replace(/-/g, "_")}`;
    const specific = env[specificName] ? splitQuoted(env[specificName]) : [];
    const at = program === "terragrunt" ? argv2.length : sub + 1;
    insert(at, [...specific, ...general], dynamicNames.has("TF_CLI_ARGS") || dynamicNames.has(specificName));
    return { argv: argv2, dynamic };
  }
  if (program === "git") {
    const settings = gitConfigEnv(env);
    if (settings.length > 0)
      insert(
        1,
        settings.flatMap((s) => ["-c", s]),
        [...dynamicNames].some((n) => n.startsWith("GIT_CONFIG_"))
      );
    return { argv: argv2, dynamic };
  }
  const flags = [];
  if (env.KUBECONFIG && ["kubectl", "oc", "helm", "flux"].includes(program)) flags.push(`--kubeconfig=${env.KUBECONFIG}`);
  if (program === "helm") {
    if (env.HELM_NAMESPACE) flags.push(`--namespace=${env.HELM_NAMESPACE}`);
    if (env.HELM_KUBECONTEXT) flags.push(`--kube-context=${env.HELM_KUBECONTEXT}`);
  }
  if (flags.length > 0) {
    argv2 = [program, ...flags, ...argv2.slice(1)];
    dynamic = [
      dynamic[0],
      ...flags.map(
        (f) => dynamicNames.has(f.startsWith("--kubeconfig") ? "KUBECONFIG" : f.startsWith("--namespace") ? "HELM_NAMESPACE" : "HELM_KUBECONTEXT")
      ),
      ...dynamic.slice(1)
    ];
  }
  return { argv: argv2, dynamic };
}
function hiddenToolVariable(program, dynamicNames) {
  for (const name of dynamicNames) {
    if (name.startsWith("TF_CLI_ARGS") && (TERRAFORM.has(program) || program === "terragrunt")) return name;
    if (name.startsWith("GIT_CONFIG_") && program === "git") return name;
  }
  return void 0;
}

// src/shell/tree.ts
var WORDISH = /* @__PURE__ */ new Set([
  "word",
  "string",
  "raw_string",
  "ansi_c_string",
  "translated_string",
  "concatenation",
  "simple_expansion",
  "expansion",
  "number",
  "arithmetic_expansion",
  "brace_expression",
  "command_substitution",
  "process_substitution",
  "string_content",
  "variable_name",
  "special_variable_name",
  "extglob_pattern",
  "regex"
]);
var REDIRECTS = /* @__PURE__ */ new Set(["file_redirect", "heredoc_redirect", "herestring_redirect"]);
function concat(a, b) {
  return a === void 0 || b === void 0 ? void 0 : a + b;
}
var TreeWalker = class {
  constructor(analyzer, source2) {
    this.analyzer = analyzer;
    this.source = source2;
  }
  analyzer;
  source;
  get run() {
    return this.analyzer.run;
  }
  program(root, scope, frame) {
    if (root.hasError) this.reportErrors(root);
    return this.statements(root.namedChildren, scope, frame);
  }
  reportErrors(root) {
    const found = [];
    const visit = (node2) => {
      if (found.length >= 3) return;
      this.run.budget.node();
      if (node2.isMissing) {
        found.push(`missing "${node2.type}"`);
        return;
      }
      if (node2.type === "ERROR") {
        const text = node2.text.trim();
        found.push(
          /^(\$?['"]|`)/.test(text) ? `unterminated quote near ${JSON.stringify(text.slice(0, 40))}` : `syntax error near ${JSON.stringify(text.slice(0, 40))}`
        );
      }
      if (node2.hasError) {
        for (const child of node2.children) if (child) visit(child);
      }
    };
    visit(root);
    if (found.length === 0) found.push("syntax error");
    for (const problem of found) addUnreadable(this.run, "parse-error", `parse error: ${problem}`, this.source.slice(0, 200));
  }
  statements(nodes, scope, frame) {
    let output = "";
    for (const node2 of nodes) if (node2) output = concat(output, this.walk(node2, scope, frame));
    return output;
  }
  walk(node2, scope, frame) {
    this.run.budget.node();
    switch (node2.type) {
      case "comment":
        return "";
      case "program":
      case "compound_statement":
      case "do_group":
      case "list":
        return this.statements(node2.namedChildren, scope, frame);
      case "subshell":
        return this.statements(node2.namedChildren, scope.child(), frame);
      case "negated_command":
        return this.statements(node2.namedChildren, scope, frame);
      case "pipeline":
        return this.pipeline(node2.namedChildren, scope, frame, frame.stdin);
      case "redirected_statement":
        return this.redirected(node2, scope, frame);
      case "command":
        return this.command(node2, scope, frame, [], void 0);
      case "variable_assignment":
      case "variable_assignments":
        return this.assignmentsOnly(node2, scope, frame);
      case "declaration_command":
      case "unset_command":
        return this.declaration(node2, scope, frame);
      case "function_definition":
        return this.defineFunction(node2, scope);
      case "for_statement":
        this.forLoop(node2, scope, frame);
        return void 0;
      case "test_command":
        this.runner(frame).substitutionsIn(node2, scope);
        return "";
      case "case_statement":
        return this.caseStatement(node2, scope, frame);
      default:
        if (WORDISH.has(node2.type)) {
          this.runner(frame).substitutionsIn(node2, scope);
          return void 0;
        }
        this.statements(node2.namedChildren, scope, frame);
        return void 0;
    }
  }
  pipeline(stages, scope, frame, first) {
    let stdin = first;
    let output;
    for (const stage of stages) {
      if (!stage) continue;
      const before = this.run.out.length;
      output = this.pipeStage(stage, scope.child(), { ...frame, stdin });
      const produced = this.run.out.length > before ? this.run.out[this.run.out.length - 1].argv : void 0;
      stdin = {
        kind: "pipe",
        ...produced !== void 0 ? { from: produced[0], producer: produced } : {},
        ...output !== void 0 ? { text: output } : {}
      };
    }
    return output;
  }
  /** A pipe stage; tree-sitter hangs `| a && b` as a list under the pipe, so only its head is piped. */
  pipeStage(stage, scope, frame) {
    if (stage.type === "list") {
      const [head, ...rest] = stage.namedChildren;
      let output = head ? this.pipeStage(head, scope, frame) : "";
      output = concat(output, this.statements(rest, scope, { ...frame, stdin: void 0 }));
      return output;
    }
    return this.walk(stage, scope, frame);
  }
  redirected(node2, scope, frame) {
    const body = node2.childForFieldName("body");
    const redirects = [];
    const continuations = [];
    let stdin;
    const extraWords = body ? this.lostWords(node2, body) : [];
    for (const child of node2.namedChildren) {
      if (!child || body && child.id === body.id) continue;
      if (REDIRECTS.has(child.type)) stdin = this.redirect(child, scope, frame, redirects, continuations, extraWords) ?? stdin;
      else continuations.push({ node: child, piped: false });
    }
    let output;
    if (!body) output = "";
    else if (body.type === "command") output = this.command(body, scope, frame, redirects, stdin, node2.text, extraWords);
    else {
      const before = this.run.out.length;
      output = this.walk(body, scope, { ...frame, stdin: stdin ?? frame.stdin });
      const writes = redirects.filter((r) => r.op.includes(">"));
      const ran = this.run.out.slice(before);
      const writers = body.type === "list" ? ran.slice(-1) : ran;
      if (writes.length > 0) for (const cmd of writers) cmd.redirects.push(...writes);
    }
    if (redirects.some((r) => /^1?>[>|]?$|^&>/.test(r.op))) output = "";
    for (const next of continuations) {
      if (next.piped)
        output = this.pipeline(
          next.node.type === "pipeline" ? next.node.namedChildren : [next.node],
          scope,
          frame,
          pipeFrom(this.run.out, output)
        );
      else output = concat(output, this.walk(next.node, scope, frame));
    }
    return output;
  }
  /**
   * tree-sitter-bash drops a word standing right before a heredoc (`kubectl apply -f - <<EOF`): the
   * text between the command and its redirects is read back here.
   */
  lostWords(node2, body) {
    const words = [];
    let position = body.endIndex;
    for (const child of node2.namedChildren) {
      if (!child || child.id === body.id || child.startIndex < position) continue;
      const gap = this.source.slice(position, child.startIndex).trim();
      if (gap !== "") {
        if (/^[A-Za-z0-9 \t_./:=,@%+-]+$/.test(gap)) words.push(...gap.split(/[ \t]+/).map((text) => ({ text, dynamic: false })));
        else addUnreadable(this.run, "parse-error", `parse error: unparsed text ${JSON.stringify(gap.slice(0, 40))}`, gap.slice(0, 200));
      }
      position = child.endIndex;
    }
    return words;
  }
  /** Reads one redirect; returns the stdin it sets up, if it does. */
  redirect(node2, scope, frame, redirects, continuations, extraWords) {
    const runner = this.runner(frame);
    let innerStdin;
    if (node2.type === "herestring_redirect") {
      const word = node2.namedChildren.find((c) => c && c.type !== "file_descriptor");
      if (!word) return void 0;
      const value = evalSingle(word, runner, scope);
      return { kind: "herestring", ...value.dynamic ? {} : { text: `${value.text}
` } };
    }
    if (node2.type === "heredoc_redirect") {
      let piped = false;
      for (let index = 0; index < node2.childCount; index++) {
        const child = node2.child(index);
        if (!child) continue;
        const field = node2.fieldNameForChild(index);
        if (field === "argument") {
          extraWords.push(...evalFields(child, runner, scope));
          continue;
        }
        if (field === "redirect" && REDIRECTS.has(child.type)) {
          const inner = this.redirect(child, scope, frame, redirects, continuations, extraWords);
          if (inner) innerStdin = inner;
          continue;
        }
        if (!child.isNamed) {
          if (child.type === "|" || child.type === "|&") piped = true;
          else if (child.type === "&&" || child.type === "||" || child.type === ";") piped = false;
          continue;
        }
        if (/^heredoc_(start|body|end)$/.test(child.type) || child.type === "file_descriptor") continue;
        continuations.push({ node: child, piped: piped || child.type === "pipeline" });
        piped = false;
      }
      return innerStdin ?? { kind: "heredoc", text: this.heredocText(node2, scope, frame) };
    }
    const destination = node2.childForFieldName("destination") ?? node2.namedChildren.find((c) => c && c.type !== "file_descriptor");
    const descriptor = node2.childForFieldName("descriptor")?.text ?? "";
    const op = node2.children.find((c) => c && !c.isNamed)?.type ?? ">";
    const target = destination ? evalSingle(destination, runner, scope).text : "";
    redirects.push({ op: descriptor + op, target });
    if (op === "<" && (descriptor === "" || descriptor === "0")) return { kind: "file", from: target };
    return void 0;
  }
  heredocText(node2, scope, frame) {
    const start = node2.namedChildren.find((c) => c?.type === "heredoc_start");
    const body = node2.namedChildren.find((c) => c?.type === "heredoc_body");
    const end = node2.namedChildren.find((c) => c?.type === "heredoc_end");
    if (!body) return "";
    const lineStart = (index) => this.source.lastIndexOf("\n", index - 1) + 1;
    const from = lineStart(body.startIndex);
    const to = end ? lineStart(end.startIndex) : body.endIndex;
    const stripTabs = node2.children.some((c) => c?.type === "<<-");
    let text;
    if (start && /['"\\]/.test(start.text)) {
      text = this.source.slice(from, to);
    } else {
      const runner = this.runner(frame);
      text = "";
      let position = from;
      for (const child of body.namedChildren) {
        if (!child || child.type === "heredoc_content") continue;
        text += unescapeHeredoc(this.source.slice(position, child.startIndex));
        const value = evalSingle(child, runner, scope);
        text += value.dynamic ? child.text : value.text;
        position = child.endIndex;
      }
      text += unescapeHeredoc(this.source.slice(position, Math.max(position, to)));
    }
    return stripTabs ? text.replace(/^\t+/gm, "") : text;
  }
  command(node2, scope, frame, redirects, stdin, text = node2.text, lostWords = []) {
    const runner = this.runner(frame);
    const raw = { words: [], assignments: [], redirects: [...redirects], text };
    const continuations = [];
    let previousEnd = -1;
    for (const child of node2.namedChildren) {
      if (!child) continue;
      if (child.type === "variable_assignment") raw.assignments.push(this.assignment(child, scope, frame));
      else if (REDIRECTS.has(child.type)) stdin = this.redirect(child, scope, frame, raw.redirects, continuations, lostWords) ?? stdin;
      else if (child.type === "command_name" || WORDISH.has(child.type)) {
        const fields = evalFields(child, runner, scope);
        const previous = raw.words[raw.words.length - 1];
        if (previous && fields.length > 0 && previousEnd >= 0 && this.source.slice(previousEnd, child.startIndex) === "\\\n") {
          const [first, ...rest] = fields;
          previous.text += first.text;
          previous.dynamic ||= first.dynamic;
          raw.words.push(...rest);
        } else raw.words.push(...fields);
        previousEnd = child.endIndex;
      } else this.runner(frame).substitutionsIn(child, scope);
    }
    raw.words.push(...lostWords);
    if (stdin) raw.stdin = stdin;
    const emitted = this.analyzer.emit(raw, scope, frame);
    let output = raw.words.length === 0 ? "" : emitted ? staticOutput(emitted) : void 0;
    if (raw.redirects.some((r) => /^1?>[>|]?$|^&>/.test(r.op))) output = "";
    for (const next of continuations) {
      output = next.piped ? this.pipeline([next.node], scope, frame, pipeFrom(this.run.out, output)) : concat(output, this.walk(next.node, scope, frame));
    }
    return output;
  }
  assignment(node2, scope, frame) {
    const name = node2.childForFieldName("name")?.text ?? node2.text.split(/\+?=/)[0];
    const value = node2.childForFieldName("value");
    const append = node2.text.slice(name.length).startsWith("+=");
    if (value?.type === "array") {
      const elements = value.namedChildren.flatMap((child) => child ? evalFields(child, this.runner(frame), scope) : []);
      return { name, append, value: { text: elements.map((e) => e.text).join(" "), dynamic: elements.some((e) => e.dynamic), elements } };
    }
    return { name, append, value: value ? evalSingle(value, this.runner(frame), scope) : { text: "", dynamic: false } };
  }
  assignmentsOnly(node2, scope, frame) {
    const nodes = node2.type === "variable_assignment" ? [node2] : node2.namedChildren.filter((c) => c?.type === "variable_assignment");
    const raw = { words: [], assignments: nodes.map((n) => this.assignment(n, scope, frame)), redirects: [], text: node2.text };
    this.analyzer.emit(raw, scope, frame);
    return "";
  }
  /** export/declare/local/readonly/typeset/unset: words through the same pipeline as the plain path. */
  declaration(node2, scope, frame) {
    const runner = this.runner(frame);
    const keyword = node2.child(0)?.type ?? "declare";
    const words = [{ text: keyword, dynamic: false }];
    for (const child of node2.namedChildren) {
      if (!child) continue;
      if (child.type === "variable_assignment") {
        const { name, append, value } = this.assignment(child, scope, frame);
        words.push({ text: `${name}${append ? "+=" : "="}${value.text}`, dynamic: value.dynamic });
      } else words.push(...evalFields(child, runner, scope));
    }
    const emitted = this.analyzer.emit({ words, assignments: [], redirects: [], text: node2.text }, scope, frame);
    return emitted ? staticOutput(emitted) : void 0;
  }
  defineFunction(node2, scope) {
    const name = node2.childForFieldName("name")?.text;
    const body = node2.childForFieldName("body");
    if (name && body) scope.functions.set(name, { call: (callScope, frame) => void this.walk(body, callScope, frame) });
    return "";
  }
  forLoop(node2, scope, frame) {
    const variable = node2.childForFieldName("variable")?.text;
    const body = node2.childForFieldName("body");
    if (!body) return;
    const valueNodes = node2.childrenForFieldName("value").filter((c) => c !== null);
    if (!variable) {
      this.walk(body, scope, frame);
      return;
    }
    const inList = node2.children.some((c) => c?.type === "in");
    const values = inList ? valueNodes.flatMap((v) => evalFields(v, this.runner(frame), scope)) : [{ text: "$@", dynamic: true }];
    if (values.length > this.run.budget.limits.maxLoopValues) {
      throw new BoundHit(`loop over more than ${this.run.budget.limits.maxLoopValues} values`);
    }
    for (const value of values) {
      scope.set(variable, value.text, value.dynamic);
      this.walk(body, scope, frame);
    }
  }
  caseStatement(node2, scope, frame) {
    const value = node2.childForFieldName("value");
    if (value) this.runner(frame).substitutionsIn(value, scope);
    for (const item of node2.namedChildren) {
      if (item?.type !== "case_item") continue;
      const patterns = new Set(item.childrenForFieldName("value").map((p) => p?.id));
      for (const child of item.namedChildren) {
        if (!child) continue;
        if (patterns.has(child.id)) this.runner(frame).substitutionsIn(child, scope);
        else this.walk(child, scope, frame);
      }
    }
    return void 0;
  }
  /** Word evaluation's view of this walker, at one frame. */
  runner(frame) {
    const inner = { ...frame, stdin: void 0 };
    return {
      source: this.source,
      node: () => this.run.budget.node(),
      commandSubstitution: (node2, scope) => {
        const output = this.statements(node2.namedChildren, scope.child(), inner);
        return output?.replace(/\n+$/, "");
      },
      processSubstitution: (node2, scope) => this.statements(node2.namedChildren, scope.child(), inner),
      substitutionsIn: (node2, scope) => this.substitutionsIn(node2, scope, inner)
    };
  }
  substitutionsIn(node2, scope, frame) {
    this.run.budget.node();
    if (node2.type === "command_substitution" || node2.type === "process_substitution") {
      this.statements(node2.namedChildren, scope.child(), frame);
      return;
    }
    for (const child of node2.namedChildren) if (child) this.substitutionsIn(child, scope, frame);
  }
};
function pipeFrom(out, output) {
  const produced = out[out.length - 1]?.argv;
  return {
    kind: "pipe",
    ...produced !== void 0 ? { from: produced[0], producer: produced } : {},
    ...output !== void 0 ? { text: output } : {}
  };
}
function unescapeHeredoc(text) {
  return text.replace(/\\([$`\\\n])/g, (_, c) => c === "\n" ? "" : c);
}

// src/shell/makefile-text.ts
var DEFINITION = /^\s*(?:export\s+|override\s+)?([A-Za-z_][\w.-]*)\s*(:{1,3}=|\?=|\+=|=|!=)\s*(.*)$/;
function shellCalls(text) {
  const calls = [];
  const re = /\$[({]shell\s+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let depth = 1;
    let j = m.index + m[0].length;
    const start = j;
    while (j < text.length && depth > 0) {
      if (text[j] === "(" || text[j] === "{") depth++;
      else if (text[j] === ")" || text[j] === "}") depth--;
      j++;
    }
    calls.push(text.slice(start, depth === 0 ? j - 1 : j));
  }
  return calls;
}
function makefileTexts(makefile) {
  const lines = makefile.replace(/\\\n[ \t]*/g, " ").split("\n");
  const variables = /* @__PURE__ */ new Map();
  const texts = [];
  const expand = (text, depth = 0) => text.replace(/\$\$|\$\(([A-Za-z_][\w.-]*)\)|\$\{([A-Za-z_][\w.-]*)\}|\$([@<^*?%+|])/g, (all, a, b, auto) => {
    if (all === "$$") return "$";
    if (auto) return `"\${make_${auto === "@" ? "target" : "prerequisite"}}"`;
    const name = a ?? b;
    const value = variables.get(name);
    if (value !== void 0 && depth < 8) return expand(value, depth + 1);
    return `\${${name.replace(/[.-]/g, "_")}}`;
  });
  let inRule = false;
  for (const line of lines) {
    if (line.startsWith("	") && inRule) {
      const recipe = line.replace(/^\t[@+\-\s]*/, "");
      texts.push(...shellCalls(recipe).map((c) => expand(c)));
      if (recipe.trim() !== "") texts.push(expand(recipe));
      continue;
    }
    const code = line.replace(/(^|[^\\])#.*$/, "$1");
    if (code.trim() === "") continue;
    texts.push(...shellCalls(code).map((c) => expand(c)));
    const definition = DEFINITION.exec(code);
    if (definition) {
      inRule = false;
      if (definition[2] === "!=") texts.push(expand(definition[3]));
      else variables.set(definition[1], definition[2] === "+=" ? `${variables.get(definition[1]) ?? ""} ${definition[3]}` : definition[3]);
      continue;
    }
    const rule = /^([^:=]+?)\s*::?\s*([^;=]*?)(?:;(.*))?$/.exec(code);
    if (rule) {
      inRule = true;
      if (rule[3] !== void 0 && rule[3].trim() !== "") texts.push(expand(rule[3].replace(/^[@+\-\s]*/, "")));
      continue;
    }
    inRule = false;
  }
  return texts;
}

// src/shell/sed-script.ts
function sedExecs(script) {
  const runs = [];
  let i = 0;
  const n = script.length;
  const skipBlank = () => {
    while (i < n && /[ \t]/.test(script[i])) i++;
  };
  const delimited = (delimiter) => {
    let text = "";
    while (i < n && script[i] !== delimiter) {
      if (script[i] === "\\" && i + 1 < n) {
        text += script[i] + script[i + 1];
        i += 2;
        continue;
      }
      if (script[i] === "\n" && delimiter !== "\n") return void 0;
      text += script[i++];
    }
    if (i >= n) return void 0;
    i++;
    return text;
  };
  const address = () => {
    if (script[i] === "/") {
      i++;
      if (delimited("/") === void 0) return false;
      while (i < n && /[IM]/.test(script[i])) i++;
      return true;
    }
    if (script[i] === "\\" && i + 1 < n) {
      const delimiter = script[i + 1];
      i += 2;
      if (delimited(delimiter) === void 0) return false;
      while (i < n && /[IM]/.test(script[i])) i++;
      return true;
    }
    const m = /^(\d+(~\d+)?|\$|[+~]\d+)/.exec(script.slice(i));
    if (m) i += m[0].length;
    return true;
  };
  const restOfLine = () => {
    let text = "";
    while (i < n && script[i] !== "\n") {
      if (script[i] === "\\" && script[i + 1] === "\n") {
        text += "\n";
        i += 2;
        continue;
      }
      text += script[i++];
    }
    return text;
  };
  while (i < n) {
    while (i < n && /[\s;]/.test(script[i])) i++;
    if (i >= n) break;
    if (script[i] === "#") {
      restOfLine();
      continue;
    }
    if (script[i] === "}") {
      i++;
      continue;
    }
    if (!address()) return void 0;
    skipBlank();
    if (script[i] === ",") {
      i++;
      skipBlank();
      if (!address()) return void 0;
      skipBlank();
    }
    while (script[i] === "!") {
      i++;
      skipBlank();
    }
    const command = script[i++];
    if (command === void 0) return void 0;
    switch (command) {
      case "{":
        break;
      case "e":
        runs.push(restOfLine().trim());
        break;
      case "a":
      case "i":
      case "c":
      case "r":
      case "R":
      case "w":
      case "W":
      case "b":
      case "t":
      case "T":
      case ":":
      case "v":
        if (":bt".includes(command) || command === "T") {
          while (i < n && script[i] !== "\n" && script[i] !== ";") i++;
        } else restOfLine();
        break;
      case "s": {
        const delimiter = script[i++];
        if (delimiter === void 0 || delimiter === "\n" || delimiter === "\\") return void 0;
        if (delimited(delimiter) === void 0) return void 0;
        const replacement = delimited(delimiter);
        if (replacement === void 0) return void 0;
        let flags = "";
        while (i < n && /[gpeiImM0-9w]/.test(script[i])) {
          if (script[i] === "w") {
            restOfLine();
            break;
          }
          flags += script[i++];
        }
        if (flags.includes("e")) runs.push(replacement.replace(/\\(.)/g, "$1").replace(/&|\\\d/g, ""));
        break;
      }
      case "y": {
        const delimiter = script[i++];
        if (delimiter === void 0 || delimited(delimiter) === void 0 || delimited(delimiter) === void 0) return void 0;
        break;
      }
      case "q":
      case "Q":
      case "l":
      case "L":
        while (i < n && /[\d ]/.test(script[i])) i++;
        break;
      case "=":
      case "d":
      case "D":
      case "g":
      case "G":
      case "h":
      case "H":
      case "n":
      case "N":
      case "p":
      case "P":
      case "x":
      case "z":
      case "F":
        break;
      default:
        return void 0;
    }
  }
  return runs;
}

// src/shell/unwrap-kit.ts
var set = (...items) => new Set(items);
function skipOptions(words, start, spec) {
  let i = start;
  while (i < words.length) {
    const text = words[i].text;
    if (text === "--") return i + 1;
    if (text.startsWith("--")) {
      const name = text.slice(2).split("=")[0];
      i += !text.includes("=") && spec.longWithArg?.has(name) ? 2 : 1;
      continue;
    }
    if (!text.startsWith("-") || text === "-") return i;
    let consumed = 1;
    for (let k = 1; k < text.length; k++) {
      if (spec.withArg.has(text[k])) {
        if (k === text.length - 1) consumed = 2;
        break;
      }
    }
    i += consumed;
  }
  return i;
}
function leadingAssignments(words, start) {
  const assignments = [];
  let i = start;
  for (; i < words.length; i++) {
    const parsed = splitAssignment(words[i].text);
    if (!parsed) break;
    assignments.push({ name: parsed.name, append: parsed.append, value: { text: parsed.value, dynamic: words[i].dynamic } });
  }
  return { index: i, assignments };
}
function argv(label, words, extra = {}) {
  if (words.length === 0) return void 0;
  return { kind: "argv", label, commands: [{ words, ...extra }] };
}
function joined(label, words, remote = false) {
  if (words.length === 0) return void 0;
  const dynamic = words.some((w) => w.dynamic);
  const text = words.map((w) => w.text).join(" ");
  return { kind: "text", label, text: dynamic ? void 0 : text, source: text, remote, first: words[0] };
}
var runText = (word, remote = false) => ({
  text: word.dynamic ? void 0 : word.text,
  source: word.text,
  ...remote ? { remote } : {}
});
var tail = (word, from) => ({ ...word, text: word.text.slice(from) });
var ENV_LONG = [
  "ignore-environment",
  "null",
  "unset",
  "chdir",
  "split-string",
  "block-signal",
  "default-signal",
  "ignore-signal",
  "list-signal-handling",
  "debug",
  "help",
  "version",
  "argv0"
];
var ENV_LONG_VALUED = set("unset", "chdir", "split-string", "argv0");
var ENV_SHORT_VALUED = set("u", "C", "S", "a");
function envLong(name) {
  if (ENV_LONG.includes(name)) return name;
  const matches = ENV_LONG.filter((o) => o.startsWith(name));
  return matches.length === 1 ? matches[0] : void 0;
}
function envOptions(words) {
  let clears = false;
  let split;
  let i = 1;
  while (i < words.length) {
    const t = words[i].text;
    if (t === "--") {
      i += 1;
      break;
    }
    if (t === "-") {
      clears = true;
      i += 1;
      continue;
    }
    if (t.startsWith("--")) {
      const eq = t.indexOf("=");
      const name = envLong(eq < 0 ? t.slice(2) : t.slice(2, eq));
      if (name === "ignore-environment") clears = true;
      if (name === "split-string") {
        split = eq < 0 ? { at: i + 1, word: words[i + 1] } : { at: i, word: tail(words[i], eq + 1) };
        return { index: words.length, clears, split: split.word ? split : void 0 };
      }
      i += eq < 0 && name && ENV_LONG_VALUED.has(name) ? 2 : 1;
      continue;
    }
    if (!t.startsWith("-")) break;
    let consumed = 1;
    for (let k = 1; k < t.length; k++) {
      const c = t[k];
      if (c === "i") clears = true;
      if (ENV_SHORT_VALUED.has(c)) {
        if (c === "S") {
          split = k === t.length - 1 ? { at: i + 1, word: words[i + 1] } : { at: i, word: tail(words[i], k + 1) };
          return { index: words.length, clears, split: split.word ? split : void 0 };
        }
        if (k === t.length - 1) consumed = 2;
        break;
      }
    }
    i += consumed;
  }
  return { index: i, clears };
}
function envWrapper(words) {
  const { index: i, clears, split } = envOptions(words);
  const label = clears ? "env -i" : "env";
  if (split) {
    return joined(clears ? "env -i -S" : "env -S", [split.word, ...words.slice(split.at + 1)]);
  }
  const { index, assignments } = leadingAssignments(words, i);
  return argv(label, words.slice(index), { assignments });
}

// src/shell/launchers.ts
function also(label, words, consumed, texts, commands = []) {
  if (texts.length === 0 && commands.length === 0) return void 0;
  return { kind: "also", label, self: words.filter((_, k) => !consumed.has(k)), texts, commands };
}
var plainOptions = (words, start) => skipOptions(words, start, { withArg: set() });
function subcommandLauncher(label, subs, spec = { withArg: set(), longWithArg: set() }) {
  return (words) => {
    const at = words.findIndex((w, k) => k >= 1 && !w.text.startsWith("-"));
    if (at < 0 || !subs.includes(words[at].text)) return void 0;
    return argv(label, words.slice(skipOptions(words, at + 1, spec)));
  };
}
function packageRunner(label, words, start, valued, longValued) {
  let i = start;
  while (i < words.length) {
    const t = words[i].text;
    if (t === "--") {
      i += 1;
      break;
    }
    if (t === "-c" || t === "--call" || t === "--shell-mode") return joined(`${label} -c`, words.slice(i + 1, i + 2));
    if (t.startsWith("--call=")) return joined(`${label} -c`, [tail(words[i], "--call=".length)]);
    if (!t.startsWith("-")) break;
    if (t.startsWith("--")) i += !t.includes("=") && longValued.has(t.slice(2)) ? 2 : 1;
    else i += t.length === 2 && valued.has(t[1]) ? 2 : 1;
  }
  return argv(label, words.slice(i));
}
var NPX_VALUED = set("p");
var NPX_LONG_VALUED = set("package", "prefix", "workspace", "registry", "cache", "userconfig");
function pmSubcommand(words, longValued, valued) {
  for (let i = 1; i < words.length; i++) {
    const t = words[i].text;
    if (!t.startsWith("-")) return i;
    if (t.startsWith("--") ? !t.includes("=") && longValued.has(t.slice(2)) : t.length === 2 && valued.has(t[1])) i += 1;
  }
  return -1;
}
var PM_LONG_VALUED = set("prefix", "workspace", "filter", "dir", "cwd", "registry", "userconfig", "cache", "loglevel", "reporter");
var PM_VALUED = set("w", "C", "F");
function npm(words) {
  const at = pmSubcommand(words, PM_LONG_VALUED, PM_VALUED);
  if (at < 0 || words[at].text !== "exec" && words[at].text !== "x") return void 0;
  return packageRunner("npm exec", words, at + 1, NPX_VALUED, NPX_LONG_VALUED);
}
function pnpmOrYarn(name, words) {
  const at = pmSubcommand(words, PM_LONG_VALUED, PM_VALUED);
  if (at < 0) return void 0;
  const sub = words[at].text;
  if (sub !== "exec" && sub !== "dlx") return void 0;
  return packageRunner(`${name} ${sub}`, words, at + 1, NPX_VALUED, NPX_LONG_VALUED);
}
function bun(words) {
  const at = pmSubcommand(words, PM_LONG_VALUED, PM_VALUED);
  if (at < 0 || words[at].text !== "x") return void 0;
  return packageRunner("bun x", words, at + 1, NPX_VALUED, NPX_LONG_VALUED);
}
var UV_LONG_VALUED = set(
  "with",
  "with-editable",
  "with-requirements",
  "python",
  "project",
  "directory",
  "env-file",
  "extra",
  "group",
  "only-group",
  "no-group",
  "package",
  "index",
  "default-index",
  "index-url",
  "extra-index-url",
  "from",
  "cache-dir",
  "config-file",
  "color"
);
function uv(words) {
  let at = pmSubcommand(words, UV_LONG_VALUED, set("p"));
  if (at < 0) return void 0;
  if (words[at].text === "tool" && words[at + 1]?.text === "run") at += 1;
  else if (words[at].text !== "run") return void 0;
  return argv("uv run", words.slice(skipOptions(words, at + 1, { withArg: set("p", "w"), longWithArg: UV_LONG_VALUED })));
}
var uvx = (words) => argv("uvx", words.slice(skipOptions(words, 1, { withArg: set("p", "w"), longWithArg: UV_LONG_VALUED })));
function poetry(words) {
  const at = pmSubcommand(words, set("directory", "project"), set("C", "P"));
  if (at < 0 || words[at].text !== "run") return void 0;
  return argv("poetry run", words.slice(plainOptions(words, at + 1)));
}
var BWRAP_ARITY = {
  "--args": 1,
  "--argv0": 1,
  "--userns": 1,
  "--userns2": 1,
  "--pidns": 1,
  "--uid": 1,
  "--gid": 1,
  "--hostname": 1,
  "--chdir": 1,
  "--unsetenv": 1,
  "--lock-file": 1,
  "--sync-fd": 1,
  "--remount-ro": 1,
  "--exec-label": 1,
  "--file-label": 1,
  "--proc": 1,
  "--dev": 1,
  "--tmpfs": 1,
  "--mqueue": 1,
  "--dir": 1,
  "--seccomp": 1,
  "--add-seccomp-fd": 1,
  "--block-fd": 1,
  "--userns-block-fd": 1,
  "--info-fd": 1,
  "--json-status-fd": 1,
  "--cap-add": 1,
  "--cap-drop": 1,
  "--perms": 1,
  "--size": 1,
  "--overlay-src": 1,
  "--setenv": 2,
  "--bind": 2,
  "--bind-try": 2,
  "--dev-bind": 2,
  "--dev-bind-try": 2,
  "--ro-bind": 2,
  "--ro-bind-try": 2,
  "--bind-fd": 2,
  "--ro-bind-fd": 2,
  "--file": 2,
  "--bind-data": 2,
  "--ro-bind-data": 2,
  "--symlink": 2,
  "--chmod": 2,
  "--tmp-overlay": 1,
  "--ro-overlay": 1,
  "--overlay": 3
};
function bwrap(words) {
  const assignments = [];
  let i = 1;
  while (i < words.length) {
    const t = words[i].text;
    if (t === "--") {
      i += 1;
      break;
    }
    if (!t.startsWith("-")) break;
    const arity = BWRAP_ARITY[t] ?? 0;
    if (t === "--setenv" && words[i + 1] && words[i + 2]) {
      assignments.push({ name: words[i + 1].text, append: false, value: words[i + 2] });
    }
    i += 1 + arity;
  }
  return argv("bwrap", words.slice(i), { assignments });
}
function strace(label, valued, words) {
  const assignments = [];
  const i = skipOptions(words, 1, {
    withArg: valued,
    longWithArg: set("output", "attach", "user", "env", "string-limit", "trace", "signal")
  });
  for (let k = 1; k < i; k++) {
    if (words[k].text === "-E" && words[k + 1]) {
      const parsed = splitAssignment(words[k + 1].text);
      if (parsed) assignments.push({ name: parsed.name, append: false, value: { text: parsed.value, dynamic: words[k + 1].dynamic } });
    }
  }
  return argv(label, words.slice(i), { assignments });
}
function gdb(words) {
  const texts = [];
  const consumed = /* @__PURE__ */ new Set();
  const commands = [];
  for (let i = 1; i < words.length; i++) {
    const t = words[i].text;
    if (t === "--args" || t === "-args") {
      commands.push({ words: words.slice(i + 1) });
      for (let k = i; k < words.length; k++) consumed.add(k);
      break;
    }
    let value;
    if (/^--?(ex|iex|eval-command|init-eval-command)$/.test(t)) {
      value = words[i + 1];
      consumed.add(i).add(i + 1);
      i += 1;
    } else if (/^--?(eval-command|init-eval-command|ex|iex)=/.test(t)) {
      value = tail(words[i], t.indexOf("=") + 1);
      consumed.add(i);
    }
    if (!value) continue;
    const shell2 = /^\s*(?:shell\s+|!\s*|pipe\s+.*?\|\s*|\|\s*.*?\|\s*)([\s\S]*)$/.exec(value.text);
    if (shell2) texts.push({ text: value.dynamic ? void 0 : shell2[1], source: value.text });
  }
  return also(
    "gdb",
    words,
    consumed,
    texts,
    commands.filter((c) => c.words.length > 0)
  );
}
function faketime(words) {
  const i = skipOptions(words, 1, { withArg: set("p"), longWithArg: set("date-prog") });
  return argv("faketime", words.slice(i + 1));
}
function entr(words) {
  const i = skipOptions(words, 1, { withArg: set() });
  const shell2 = words.slice(1, i).some((w) => /^-[a-z]*s/.test(w.text));
  return shell2 ? joined("entr -s", words.slice(i, i + 1)) : argv("entr", words.slice(i));
}
function expectScript(words) {
  const texts = [];
  const consumed = /* @__PURE__ */ new Set();
  for (let i = 1; i < words.length; i++) {
    if (words[i].text !== "-c") continue;
    const body = words[i + 1];
    if (!body) break;
    consumed.add(i).add(i + 1);
    if (body.dynamic) {
      texts.push({ text: void 0, source: body.text });
      continue;
    }
    for (const statement of body.text.split(/[;\n]/)) {
      const m = /^\s*(?:spawn|exec|system)\s+(?:-\S+\s+)*([\s\S]+)$/.exec(statement);
      if (m) texts.push({ text: m[1].replace(/[{}]/g, ""), source: statement });
    }
  }
  return also("expect -c", words, consumed, texts);
}
function rsync(words) {
  const texts = [];
  const consumed = /* @__PURE__ */ new Set();
  for (let i = 1; i < words.length; i++) {
    const t = words[i].text;
    if (t === "--") break;
    if (t === "-e" || t === "--rsh" || t === "--rsync-path") {
      if (words[i + 1]) texts.push(runText(words[i + 1], t === "--rsync-path"));
      consumed.add(i).add(i + 1);
      i += 1;
    } else if (/^--(rsh|rsync-path)=/.test(t)) {
      texts.push(runText(tail(words[i], t.indexOf("=") + 1), t.startsWith("--rsync-path")));
      consumed.add(i);
    } else if (/^-[a-zA-Z]*e./.test(t) && !t.startsWith("--")) {
      texts.push(runText(tail(words[i], t.indexOf("e", 1) + 1)));
      consumed.add(i);
    } else if (/^-[a-zA-Z]*e$/.test(t)) {
      if (words[i + 1]) texts.push(runText(words[i + 1]));
      consumed.add(i + 1);
      i += 1;
    }
  }
  return also("rsync -e", words, consumed, texts);
}
var TAR_VALUED = /^--(to-command|use-compress-program|info-script|new-volume-script|rsh-command)$/;
var TAR_PREFIXES = [
  ["to-c", "to-command"],
  ["use", "use-compress-program"],
  ["checkpoint-a", "checkpoint-action"],
  ["info", "info-script"],
  ["new-", "new-volume-script"],
  ["rsh", "rsh-command"]
];
function tarLong(text) {
  if (!text.startsWith("--")) return text;
  const eq = text.indexOf("=");
  const name = text.slice(2, eq < 0 ? void 0 : eq);
  const full = TAR_PREFIXES.find(([min, option]) => name.startsWith(min) && option.startsWith(name))?.[1];
  return full ? `--${full}${eq < 0 ? "" : text.slice(eq)}` : text;
}
function tar(words) {
  const texts = [];
  const consumed = /* @__PURE__ */ new Set();
  for (let i = 1; i < words.length; i++) {
    const t = tarLong(words[i].text);
    if (t === "-I" || t === "-F" || TAR_VALUED.test(t)) {
      if (words[i + 1]) texts.push(runText(words[i + 1]));
      consumed.add(i).add(i + 1);
      i += 1;
      continue;
    }
    const long = /^--(to-command|use-compress-program|info-script|new-volume-script|rsh-command)=/.exec(t);
    if (long) {
      texts.push(runText(tail(words[i], words[i].text.indexOf("=") + 1)));
      consumed.add(i);
      continue;
    }
    const action = /^--checkpoint-action=(?:exec|sleep)?=?/.exec(t);
    if (action && /^--checkpoint-action=exec=/.test(t)) {
      texts.push(runText(tail(words[i], words[i].text.indexOf("=exec=") + "=exec=".length)));
      consumed.add(i);
      continue;
    }
    if (/^-[a-zA-Z]*[IF].+/.test(t) && !t.startsWith("--")) {
      const at = t.search(/[IF]/);
      texts.push(runText(tail(words[i], at + 1)));
      consumed.add(i);
    } else if (/^-[a-zA-Z]*[IF]$/.test(t) && !t.startsWith("--")) {
      if (words[i + 1]) texts.push(runText(words[i + 1]));
      consumed.add(i + 1);
      i += 1;
    }
  }
  return also("tar", words, consumed, texts);
}
function zip(words) {
  const texts = [];
  const consumed = /* @__PURE__ */ new Set();
  for (let i = 1; i < words.length; i++) {
    const t = words[i].text;
    if (t === "-TT" || t === "--unzip-command") {
      if (words[i + 1]) texts.push(runText(words[i + 1]));
      consumed.add(i).add(i + 1);
      i += 1;
    } else if (t.startsWith("--unzip-command=") || t.startsWith("-TT") && t.length > 3) {
      texts.push(runText(tail(words[i], t.startsWith("-TT") ? 3 : "--unzip-command=".length)));
      consumed.add(i);
    }
  }
  return also("zip -TT", words, consumed, texts);
}
var GIT_VALUED = /* @__PURE__ */ new Set(["-C", "-c", "--git-dir", "--work-tree", "--namespace", "--exec-path", "--config-env", "--super-prefix"]);
function git(words) {
  let at = 1;
  for (; at < words.length; at++) {
    const t = words[at].text;
    if (!t.startsWith("-")) break;
    if (GIT_VALUED.has(t)) at += 1;
  }
  const sub = words[at]?.text;
  if (sub === "bisect" && words[at + 1]?.text === "run") {
    return also(
      "git bisect run",
      words.slice(0, at + 2),
      /* @__PURE__ */ new Set(),
      [],
      [{ words: words.slice(at + 2) }].filter((c) => c.words.length > 0)
    );
  }
  if (sub === "submodule") {
    const each = words.findIndex((w, k) => k > at && w.text === "foreach");
    if (each < 0) return void 0;
    const body = words.slice(skipOptions(words, each + 1, { withArg: set() }));
    const consumed2 = new Set(body.map((w) => words.indexOf(w)));
    const text = joined("git submodule foreach", body);
    return text?.kind === "text" ? also("git submodule foreach", words, consumed2, [{ text: text.text, source: text.source }]) : void 0;
  }
  if (sub !== "rebase") return void 0;
  const texts = [];
  const consumed = /* @__PURE__ */ new Set();
  for (let i = at + 1; i < words.length; i++) {
    const t = words[i].text;
    if (t === "--") break;
    if (/^-[a-zA-Z]*x$/.test(t) || t === "--exec" || t.startsWith("--") && t.length > 3 && "--exec".startsWith(t)) {
      if (words[i + 1]) texts.push(runText(words[i + 1]));
      consumed.add(i).add(i + 1);
      i += 1;
    } else if (t.startsWith("--exec=") || /^-[a-zA-Z]*x./.test(t)) {
      const from = t.startsWith("--exec=") ? "--exec=".length : t.indexOf("x") + 1;
      texts.push(runText(tail(words[i], from)));
      consumed.add(i);
    }
  }
  return also("git rebase --exec", words, consumed, texts);
}
function vim(words) {
  const texts = [];
  const consumed = /* @__PURE__ */ new Set();
  for (let i = 1; i < words.length; i++) {
    const t = words[i].text;
    let value;
    if (t === "-c" || t === "--cmd" || t === "-S") {
      value = t === "-S" ? void 0 : words[i + 1];
      consumed.add(i).add(i + 1);
      i += 1;
    } else if (t.startsWith("+") && t.length > 1) {
      value = tail(words[i], 1);
      consumed.add(i);
    } else if (t === "--") break;
    if (!value) continue;
    for (const command of value.text.split("|")) {
      const bang = /^[\s:]*(?:silent!?\s*|[%.$,\d\s']*|r(?:ead)?\s*|w(?:rite)?\s*)*!([\s\S]*)$/.exec(command);
      const call = /\b(?:system|systemlist|jobstart|termopen)\s*\(\s*(['"])([\s\S]*?)\1/.exec(command);
      const terminal = /^[\s:]*ter(?:m(?:inal)?)?\s+(?:\+\+\w+\s+)*([\s\S]+)$/.exec(command);
      const text = bang?.[1] ?? call?.[2] ?? terminal?.[1];
      if (text !== void 0) texts.push({ text: value.dynamic ? void 0 : text, source: value.text });
    }
  }
  return also("vim -c", words, consumed, texts);
}
function make(words, stdin) {
  const texts = [];
  const consumed = /* @__PURE__ */ new Set();
  const makefiles = [];
  for (let i = 1; i < words.length; i++) {
    const t = words[i].text;
    const file = /^(-f|--file|--makefile)$/.test(t) ? words[i + 1]?.text : /^(--file=|--makefile=|-f)(.+)$/.exec(t)?.[2];
    if (file === "-" || file === "/dev/stdin") {
      makefiles.push(stdin && stdin.kind !== "file" ? stdin.text : void 0);
      continue;
    }
    if (t === "--eval" || t === "-E") {
      const value = words[i + 1];
      if (value) makefiles.push(value.dynamic ? void 0 : value.text);
      consumed.add(i).add(i + 1);
      i += 1;
    } else if (t.startsWith("--eval=")) {
      makefiles.push(words[i].dynamic ? void 0 : t.slice("--eval=".length));
      consumed.add(i);
    }
  }
  for (const text of makefiles) {
    if (text === void 0) texts.push({ text: void 0, source: "a makefile on stdin or in --eval" });
    else for (const recipe of makefileTexts(text)) texts.push({ text: recipe, source: recipe });
  }
  if (makefiles.length > 0 && texts.length === 0) texts.push({ text: "", source: "" });
  return also("make -f -", words, consumed, texts);
}
function sed(words) {
  if (words.some((w) => w.text === "--sandbox")) return void 0;
  const scripts = [];
  let explicit = false;
  let firstOperand = -1;
  for (let i = 1; i < words.length; i++) {
    const t = words[i].text;
    const long = /^--(e[a-z]*|f[a-z]*)(=|$)/.exec(t);
    const expression = long && "expression".startsWith(long[1]);
    if (t === "-e" || expression && long[2] === "") {
      explicit = true;
      if (words[i + 1]) scripts.push({ index: i + 1, word: words[i + 1] });
      i += 1;
    } else if (expression) {
      explicit = true;
      scripts.push({ index: i, word: tail(words[i], t.indexOf("=") + 1) });
    } else if (long && "file".startsWith(long[1])) {
      explicit = true;
      if (long[2] === "") i += 1;
    } else if (/^-[a-zA-Z]*e./.test(t) && !t.startsWith("--") && !/^-[a-zA-Z]*[fl]/.test(t)) {
      explicit = true;
      scripts.push({ index: i, word: tail(words[i], t.indexOf("e", 1) + 1) });
    } else if (/^-[a-zA-Z]*e$/.test(t) && !t.startsWith("--")) {
      explicit = true;
      if (words[i + 1]) scripts.push({ index: i + 1, word: words[i + 1] });
      i += 1;
    } else if (t === "-f") {
      explicit = true;
      i += 1;
    } else if (t === "-l" || t === "--line-length") i += 1;
    else if (!t.startsWith("-") && firstOperand < 0) firstOperand = i;
  }
  if (!explicit && firstOperand > 0) scripts.push({ index: firstOperand, word: words[firstOperand] });
  const texts = [];
  const consumed = /* @__PURE__ */ new Set();
  for (const { index, word: script } of scripts) {
    const execs = sedExecs(script.text);
    if (script.dynamic) {
      if ((execs?.length ?? 0) > 0 || presumedInOptions([script]).length > 0) texts.push({ text: void 0, source: script.text });
      continue;
    }
    if (execs === void 0) {
      if (presumedInOptions([script]).length > 0) texts.push({ text: void 0, source: script.text });
      continue;
    }
    consumed.add(index);
    for (const text of execs)
      texts.push(text === "" ? { text: void 0, source: `${script.text} (runs its input lines)` } : { text, source: script.text });
  }
  return texts.length > 0 ? also("sed e", words, /* @__PURE__ */ new Set(), texts) : void 0;
}
function sops(words) {
  const at = words.findIndex((w, k) => k >= 1 && (w.text === "exec-env" || w.text === "exec-file"));
  if (at < 0) return void 0;
  const operands = words.slice(at + 1).filter((w) => !w.text.startsWith("-"));
  const command = operands[1];
  if (!command) return void 0;
  return joined(`sops ${words[at].text}`, [{ ...command, text: command.text.replace(/\{\}/g, "/dev/fd/3") }]);
}
function runuser(words) {
  for (let i2 = 1; i2 < words.length; i2++) {
    const t = words[i2].text;
    if (t === "-c" || t === "--command" || t === "--session-command") return joined("runuser -c", words.slice(i2 + 1, i2 + 2));
    if (/^--(session-)?command=/.test(t)) return joined("runuser -c", [tail(words[i2], t.indexOf("=") + 1)]);
  }
  const user = words.findIndex((w) => w.text === "-u" || w.text === "--user");
  if (user < 0) return void 0;
  const i = skipOptions(words, 1, {
    withArg: set("u", "g", "G", "w", "s"),
    longWithArg: set("user", "group", "supp-group", "whitelist-environment", "shell")
  });
  return argv("runuser", words.slice(i));
}
var LAUNCHERS = {
  prlimit(words) {
    let i = 1;
    while (i < words.length) {
      const t = words[i].text;
      if (t === "--") {
        i += 1;
        break;
      }
      if (!t.startsWith("-") || t === "-") break;
      i += /^(-p|--pid|-o|--output)$/.test(t) ? 2 : 1;
    }
    return argv("prlimit", words.slice(i));
  },
  setpriv: (words) => argv(
    "setpriv",
    words.slice(
      skipOptions(words, 1, {
        withArg: set(),
        longWithArg: set(
          "reuid",
          "regid",
          "ruid",
          "rgid",
          "euid",
          "egid",
          "groups",
          "inh-caps",
          "ambient-caps",
          "bounding-set",
          "securebits",
          "pdeathsig",
          "selinux-label",
          "apparmor-profile",
          "landlock-access",
          "landlock-rule",
          "seccomp-filter"
        )
      })
    )
  ),
  unshare: (words) => argv(
    "unshare",
    words.slice(
      skipOptions(words, 1, {
        withArg: set("S", "G", "R", "w", "l"),
        longWithArg: set(
          "setuid",
          "setgid",
          "root",
          "wd",
          "map-user",
          "map-group",
          "map-users",
          "map-groups",
          "propagation",
          "setgroups"
        )
      })
    )
  ),
  nsenter: (words) => argv(
    "nsenter",
    words.slice(
      skipOptions(words, 1, { withArg: set("t", "S", "G", "N"), longWithArg: set("target", "setuid", "setgid", "net-socket") })
    )
  ),
  runuser: (words) => runuser(words),
  firejail: (words) => argv("firejail", words.slice(plainOptions(words, 1))),
  bwrap: (words) => bwrap(words),
  proot: (words) => argv(
    "proot",
    words.slice(
      skipOptions(words, 1, {
        withArg: set("r", "b", "m", "q", "w", "k", "v"),
        longWithArg: set("rootfs", "bind", "mount", "qemu", "cwd", "pwd", "kernel-release", "verbose")
      })
    )
  ),
  strace: (words) => strace("strace", set("e", "o", "p", "P", "s", "u", "a", "b", "E", "I", "O", "S", "X", "U"), words),
  ltrace: (words) => strace("ltrace", set("a", "A", "D", "e", "F", "l", "n", "o", "p", "s", "u", "w", "x"), words),
  valgrind: (words) => argv("valgrind", words.slice(plainOptions(words, 1))),
  gdb: (words) => gdb(words),
  faketime: (words) => faketime(words),
  "xvfb-run": (words) => argv("xvfb-run", words.slice(skipOptions(words, 1, { withArg: set("e", "f", "n", "p", "s", "w"), longWithArg: set() }))),
  "dbus-run-session": (words) => argv("dbus-run-session", words.slice(skipOptions(words, 1, { withArg: set(), longWithArg: set("config-file", "dbus-daemon") }))),
  entr: (words) => entr(words),
  npx: (words) => packageRunner("npx", words, 1, NPX_VALUED, NPX_LONG_VALUED),
  pnpx: (words) => packageRunner("pnpx", words, 1, NPX_VALUED, NPX_LONG_VALUED),
  bunx: (words) => packageRunner("bunx", words, 1, NPX_VALUED, NPX_LONG_VALUED),
  npm: (words) => npm(words),
  pnpm: (words) => pnpmOrYarn("pnpm", words),
  yarn: (words) => pnpmOrYarn("yarn", words),
  bun: (words) => bun(words),
  uv: (words) => uv(words),
  uvx: (words) => uvx(words),
  poetry: (words) => poetry(words),
  pipenv: subcommandLauncher("pipenv run", ["run"]),
  bundle: subcommandLauncher("bundle exec", ["exec"], { withArg: set(), longWithArg: set("gemfile") }),
  asdf: subcommandLauncher("asdf exec", ["exec"]),
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
  sops: (words) => sops(words)
};

// src/shell/wrappers.ts
var WRAPPERS = {
  sudo(words) {
    const i = skipOptions(words, 1, {
      withArg: set("u", "g", "p", "C", "D", "r", "t", "U", "T", "R", "h"),
      longWithArg: set("user", "group", "prompt", "close-from", "chdir", "role", "type", "other-user", "command-timeout", "chroot", "host")
    });
    const { index, assignments } = leadingAssignments(words, i);
    return argv("sudo", words.slice(index), { assignments });
  },
  doas(words) {
    return argv("doas", words.slice(skipOptions(words, 1, { withArg: set("u", "C") })));
  },
  env: (words) => envWrapper(words),
  command(words) {
    const i = skipOptions(words, 1, { withArg: set() });
    if (words.slice(1, i).some((w) => /^-[a-zA-Z]*[vV]/.test(w.text))) return void 0;
    return argv("command", words.slice(i));
  },
  builtin: (words) => argv("builtin", words.slice(1)),
  coproc: (words) => argv("coproc", words.slice(1)),
  exec: (words) => argv("exec", words.slice(skipOptions(words, 1, { withArg: set("a") }))),
  time: (words) => argv("time", words.slice(skipOptions(words, 1, { withArg: set("f", "o"), longWithArg: set("format", "output") }))),
  nohup: (words) => argv("nohup", words.slice(skipOptions(words, 1, { withArg: set() }))),
  nice(words) {
    let i = 1;
    while (i < words.length) {
      const t = words[i].text;
      if (t === "-n" || t === "--adjustment") i += 2;
      else if (/^-(n)?-?\d+$/.test(t) || t.startsWith("--adjustment=") || /^-n.+/.test(t)) i += 1;
      else if (t === "--") {
        i += 1;
        break;
      } else break;
    }
    return argv("nice", words.slice(i));
  },
  // busybox APPLET ARGS runs the applet (sh, ash, env, ...) as if called by that name
  busybox: (words) => argv("busybox", words.slice(1)),
  chrt(words) {
    const i = skipOptions(words, 1, { withArg: set("T", "P", "D"), longWithArg: set("sched-runtime", "sched-period", "sched-deadline") });
    if (words.slice(1, i).some((w) => /^-[a-zA-Z]*p$|^--pid$/.test(w.text))) return void 0;
    const prio = /^\d+$/.test(words[i]?.text ?? "") ? i + 1 : i;
    return argv("chrt", words.slice(prio));
  },
  "systemd-run"(words) {
    const assignments = [];
    const valued = set("p", "u", "E", "M", "H", "C");
    const longValued = set(
      "property",
      "unit",
      "description",
      "setenv",
      "uid",
      "gid",
      "nice",
      "working-directory",
      "machine",
      "host",
      "slice",
      "on-active",
      "on-boot",
      "on-startup",
      "on-unit-active",
      "on-unit-inactive",
      "on-calendar",
      "on-clock-change",
      "timer-property",
      "path-property",
      "socket-property",
      "service-type",
      "capsule",
      "json"
    );
    let i = 1;
    for (; i < words.length; i++) {
      const t = words[i].text;
      if (t === "--") {
        i += 1;
        break;
      }
      if (!t.startsWith("-") || t === "-") break;
      const long = t.startsWith("--") ? t.slice(2).split("=")[0] : void 0;
      const takes = long !== void 0 ? longValued.has(long) && !t.includes("=") : valued.has(t[t.length - 1]) && t.length === 2;
      const value = takes ? words[i + 1] : long !== void 0 && t.includes("=") ? { ...words[i], text: t.slice(t.indexOf("=") + 1) } : void 0;
      if ((t === "-E" || long === "setenv") && value) {
        const parsed = splitAssignment(value.text);
        if (parsed) assignments.push({ name: parsed.name, append: false, value: { text: parsed.value, dynamic: value.dynamic } });
      }
      if (takes) i += 1;
    }
    return argv("systemd-run", words.slice(i), { assignments });
  },
  parallel: (words, stdin) => parallel(words, stdin),
  ionice: (words) => argv("ionice", words.slice(skipOptions(words, 1, { withArg: set("c", "n", "p", "P", "u") }))),
  timeout(words) {
    const i = skipOptions(words, 1, { withArg: set("s", "k"), longWithArg: set("signal", "kill-after") });
    return argv("timeout", words.slice(i + 1));
  },
  stdbuf: (words) => argv("stdbuf", words.slice(skipOptions(words, 1, { withArg: set("i", "o", "e"), longWithArg: set("input", "output", "error") }))),
  xargs: (words, stdin) => xargs(words, stdin),
  watch(words) {
    const i = skipOptions(words, 1, {
      withArg: set("n", "q"),
      longWithArg: set("interval", "equexit")
    });
    const exec = words.slice(1, i).some((w) => w.text === "--exec" || /^-[a-zA-Z]*x/.test(w.text));
    return exec ? argv("watch", words.slice(i)) : joined("watch", words.slice(i));
  },
  find: (words) => find(words),
  script(words) {
    for (let i = 1; i < words.length; i++) {
      const t = words[i].text;
      if (t === "-c" || t === "--command") return joined("script -c", words.slice(i + 1, i + 2));
      if (t.startsWith("--command=")) return joined("script -c", [{ ...words[i], text: t.slice("--command=".length) }]);
      if (/^-[a-zA-Z]*c$/.test(t)) return joined("script -c", words.slice(i + 1, i + 2));
    }
    return void 0;
  },
  su: (words) => suCommand("su", words),
  flock(words) {
    const i = skipOptions(words, 1, { withArg: set("w", "E", "c"), longWithArg: set("timeout", "wait", "conflict-exit-code", "command") });
    const inline = words.findIndex((w, k) => k >= 1 && (w.text === "-c" || w.text === "--command"));
    if (inline > 0) return joined("flock", words.slice(inline + 1, inline + 2));
    return argv("flock", words.slice(i + 1));
  },
  chroot(words) {
    const i = skipOptions(words, 1, { withArg: set(), longWithArg: set("userspec", "groups") });
    return argv("chroot", words.slice(i + 1));
  },
  setsid: (words) => argv("setsid", words.slice(skipOptions(words, 1, { withArg: set() }))),
  unbuffer: (words) => argv("unbuffer", words.slice(skipOptions(words, 1, { withArg: set() }))),
  chronic: (words) => argv("chronic", words.slice(skipOptions(words, 1, { withArg: set() }))),
  caffeinate: (words) => argv("caffeinate", words.slice(skipOptions(words, 1, { withArg: set("t", "w") }))),
  torsocks: (words) => argv("torsocks", words.slice(skipOptions(words, 1, { withArg: set("u", "p", "a", "P") }))),
  proxychains: (words) => argv("proxychains", words.slice(skipOptions(words, 1, { withArg: set("f") }))),
  proxychains4: (words) => argv("proxychains4", words.slice(skipOptions(words, 1, { withArg: set("f") }))),
  taskset(words) {
    const i = skipOptions(words, 1, { withArg: set() });
    return argv("taskset", words.slice(i + 1));
  },
  op: (words) => afterDoubleDash("op run", words, "run"),
  infisical: (words) => afterDoubleDash("infisical run", words, "run"),
  chamber: (words) => afterDoubleDash("chamber exec", words, "exec"),
  dotenv: (words) => {
    const dash = words.findIndex((w) => w.text === "--");
    return dash > 0 ? argv("dotenv", words.slice(dash + 1)) : void 0;
  },
  direnv(words) {
    if (words[1]?.text !== "exec") return void 0;
    return argv("direnv exec", words.slice(3));
  },
  mise(words) {
    if (words[1]?.text !== "exec" && words[1]?.text !== "x") return void 0;
    const command = words.findIndex((w) => w.text === "-c" || w.text === "--command");
    if (command > 0) return joined("mise exec -c", words.slice(command + 1, command + 2));
    const dash = words.findIndex((w) => w.text === "--");
    return dash > 0 ? argv("mise exec", words.slice(dash + 1)) : void 0;
  },
  "nix-shell"(words) {
    const at = words.findIndex((w) => w.text === "--run" || w.text === "--command");
    return at > 0 ? joined("nix-shell --run", words.slice(at + 1, at + 2)) : void 0;
  },
  nix(words) {
    if (words[1]?.text !== "develop" && words[1]?.text !== "shell") return void 0;
    const at = words.findIndex((w) => w.text === "-c" || w.text === "--command");
    return at > 0 ? argv(`nix ${words[1].text}`, words.slice(at + 1)) : void 0;
  },
  "aws-vault"(words) {
    if (words[1]?.text !== "exec") return void 0;
    const dash = words.findIndex((w) => w.text === "--");
    if (dash > 0) return argv("aws-vault exec", words.slice(dash + 1));
    const i = skipOptions(words, 2, { withArg: set("d", "t", "j"), longWithArg: set("duration", "region", "prompt", "mfa-token") });
    return argv("aws-vault exec", words.slice(i + 1));
  },
  doppler(words) {
    if (words[1]?.text !== "run") return void 0;
    for (let i2 = 2; i2 < words.length; i2++) {
      const t = words[i2].text;
      if (t === "--") return argv("doppler run", words.slice(i2 + 1));
      if (t === "--command") return joined("doppler run", words.slice(i2 + 1, i2 + 2));
      if (t.startsWith("--command=")) return joined("doppler run", [{ ...words[i2], text: t.slice("--command=".length) }]);
    }
    const i = skipOptions(words, 2, { withArg: set("p", "c", "t"), longWithArg: set("project", "config", "token", "scope", "fallback") });
    return argv("doppler run", words.slice(i));
  },
  ssh(words) {
    const i = skipOptions(words, 1, {
      withArg: set("b", "c", "D", "E", "e", "F", "I", "i", "J", "L", "l", "m", "O", "o", "p", "Q", "R", "S", "W", "w", "B")
    });
    const remote = joined("ssh", words.slice(i + 1), true);
    return remote;
  },
  docker: (words) => docker(words),
  podman: (words) => docker(words),
  "docker-compose": (words) => compose(words, 1),
  kubectl(words) {
    const verbAt = skipOptions(words, 1, {
      withArg: set("n", "s"),
      longWithArg: set("namespace", "context", "kubeconfig", "cluster", "user", "server", "token", "as", "as-group")
    });
    if (words[verbAt]?.text !== "exec") return void 0;
    const dash = words.findIndex((w, k) => k > verbAt && w.text === "--");
    if (dash < 0) return void 0;
    const inner = argv("kubectl exec", words.slice(dash + 1));
    if (inner && inner.kind === "argv") inner.remote = true;
    return inner;
  }
};
function suCommand(label, words) {
  for (let i = 1; i < words.length; i++) {
    const t = words[i].text;
    if (t === "-c" || t === "--command" || t === "--session-command") return joined(`${label} -c`, words.slice(i + 1, i + 2));
    if (/^--(session-)?command=/.test(t)) return joined(`${label} -c`, [{ ...words[i], text: t.slice(t.indexOf("=") + 1) }]);
  }
  return void 0;
}
function afterDoubleDash(label, words, verb) {
  if (words[1]?.text !== verb) return void 0;
  const dash = words.findIndex((w) => w.text === "--");
  return dash > 0 ? argv(label, words.slice(dash + 1)) : void 0;
}
function xargs(words, stdin) {
  let replace;
  let i = 1;
  while (i < words.length) {
    const t = words[i].text;
    if (t === "--") {
      i += 1;
      break;
    }
    if (!t.startsWith("-") || t === "-") break;
    if (t === "-I") {
      replace = words[i + 1]?.text;
      i += 2;
    } else if (t.startsWith("-I")) {
      replace = t.slice(2);
      i += 1;
    } else if (t === "-i" || t === "--replace") {
      replace = "{}";
      i += 1;
    } else if (t.startsWith("--replace=") || t.startsWith("-i") && t.length > 2) {
      replace = t.startsWith("-i") ? t.slice(2) : t.slice("--replace=".length);
      i += 1;
    } else if (/^-[nLPsdEa]$/.test(t)) i += 2;
    else i += 1;
  }
  const command = words.slice(i);
  const inner = command.length > 0 ? command : [{ text: "echo", dynamic: false }];
  const input = stdin?.text;
  if (input === void 0) {
    const unknown = { text: "{xargs input}", dynamic: true };
    const bodyAt = SHELLS.has(inner[0].text) ? inner.findIndex((w) => /^-[a-zA-Z]*c[a-zA-Z]*$/.test(w.text)) + 1 : 0;
    const words2 = replace !== void 0 ? inner.map(
      (w, k) => !w.text.includes(replace) ? w : k === bodyAt && bodyAt > 0 && !w.dynamic ? { ...w, text: w.text.split(replace).join('"${__xargs_input}"') } : { ...w, dynamic: true }
    ) : [...inner, unknown];
    return { kind: "argv", label: "xargs", commands: [{ words: words2 }] };
  }
  if (replace !== void 0) {
    const lines = input.split("\n").filter((line) => line.trim() !== "").slice(0, 64);
    return {
      kind: "argv",
      label: "xargs",
      commands: lines.map((line) => ({ words: inner.map((w) => ({ ...w, text: w.text.split(replace).join(line) })) }))
    };
  }
  const items = input.split(/[ \t\n]+/).filter(Boolean).map((text) => ({ text, dynamic: false }));
  return { kind: "argv", label: "xargs", commands: [{ words: [...inner, ...items] }] };
}
var PARALLEL_VALUED = set("j", "S", "I", "N", "n", "L", "P", "E", "d", "a", "C", "X", "l", "s", "W", "M");
var PARALLEL_SEPARATORS = /* @__PURE__ */ new Set([":::", "::::", ":::+", "::::+"]);
function parallel(words, stdin) {
  let i = 1;
  while (i < words.length && words[i].text.startsWith("-") && !PARALLEL_SEPARATORS.has(words[i].text)) {
    const t = words[i].text;
    if (t === "--") {
      i += 1;
      break;
    }
    i += t.length === 2 && PARALLEL_VALUED.has(t[1]) ? 2 : 1;
  }
  let end = i;
  while (end < words.length && !PARALLEL_SEPARATORS.has(words[end].text)) end++;
  const template = words.slice(i, end);
  const inputs = [];
  for (let k = end; k < words.length; k++) if (!PARALLEL_SEPARATORS.has(words[k].text)) inputs.push(words[k]);
  if (end === words.length && stdin?.text !== void 0) {
    inputs.push(
      ...stdin.text.split("\n").filter((l) => l.trim() !== "").map((text2) => ({ text: text2, dynamic: false }))
    );
  }
  const dynamic = template.some((w) => w.dynamic) || inputs.some((w) => w.dynamic) || end === words.length && stdin?.text === void 0 && template.length === 0;
  const body = template.map((w) => w.text).join(" ");
  const texts = template.length === 0 ? inputs.map((w) => w.text) : inputs.length === 0 ? [body.replace(/\{[^}]*\}/g, '"${__parallel_input}"')] : inputs.slice(0, 64).map((w) => /\{[^}]*\}/.test(body) ? body.replace(/\{[^}]*\}/g, w.text) : `${body} ${w.text}`);
  if (texts.length === 0) return void 0;
  const text = texts.join("\n");
  return {
    kind: "text",
    label: "parallel",
    text: dynamic && template.every((w) => !w.dynamic) && template.length > 0 ? text : dynamic ? void 0 : text,
    source: text
  };
}
function find(words) {
  const commands = [];
  for (let i = 1; i < words.length; i++) {
    if (!/^-(exec|execdir|ok|okdir)$/.test(words[i].text)) continue;
    const start = i + 1;
    let end = start;
    while (end < words.length && words[end].text !== ";" && !(words[end].text === "+" && words[end - 1]?.text === "{}")) end++;
    if (end > start) commands.push({ words: words.slice(start, end) });
    i = end;
  }
  return commands.length > 0 ? { kind: "argv", label: "find -exec", commands } : void 0;
}
var DOCKER_RUN_WITH_ARG = set("e", "v", "w", "p", "u", "l", "m", "h", "c", "a");
var DOCKER_RUN_LONG_WITH_ARG = set(
  "env",
  "volume",
  "workdir",
  "name",
  "entrypoint",
  "publish",
  "network",
  "net",
  "user",
  "env-file",
  "mount",
  "platform",
  "label",
  "pull",
  "memory",
  "cpus",
  "hostname",
  "add-host",
  "cap-add",
  "cap-drop",
  "device",
  "dns",
  "expose",
  "gpus",
  "ipc",
  "log-driver",
  "log-opt",
  "restart",
  "runtime",
  "security-opt",
  "shm-size",
  "tmpfs",
  "ulimit",
  "volumes-from",
  "attach",
  "cidfile",
  "cpu-shares",
  "detach-keys",
  "group-add",
  "health-cmd",
  "link",
  "pid",
  "stop-signal",
  "stop-timeout",
  "userns",
  "uts"
);
var ENTRYPOINT_IMAGES = [
  [/(^|\/)hashicorp\/terraform([:@]|$)/, "terraform"],
  [/(^|\/)opentofu\/opentofu([:@]|$)/, "tofu"],
  [/(^|\/)alpine\/terragrunt([:@]|$)/, "terragrunt"],
  [/(^|\/)bitnami\/kubectl([:@]|$)/, "kubectl"],
  [/(^|\/)alpine\/helm([:@]|$)/, "helm"]
];
function docker(words) {
  const verbAt = skipOptions(words, 1, {
    withArg: set("H", "c", "l"),
    longWithArg: set("host", "context", "config", "log-level", "tlscacert", "tlscert", "tlskey")
  });
  let at = verbAt;
  if (words[at]?.text === "compose") return compose(words, at + 1);
  if (words[at]?.text === "container") at += 1;
  const verb = words[at]?.text;
  if (verb === "exec") {
    const i2 = skipOptions(words, at + 1, {
      withArg: set("e", "u", "w"),
      longWithArg: set("env", "env-file", "user", "workdir", "detach-keys")
    });
    const inner2 = argv("docker exec", words.slice(i2 + 1));
    if (inner2 && inner2.kind === "argv") inner2.remote = true;
    return inner2;
  }
  if (verb !== "run" && verb !== "create") return void 0;
  const i = skipOptions(words, at + 1, { withArg: DOCKER_RUN_WITH_ARG, longWithArg: DOCKER_RUN_LONG_WITH_ARG });
  const image = words[i];
  if (!image) return void 0;
  const args = words.slice(i + 1);
  let entrypoint;
  for (let k = at + 1; k < i; k++) {
    const t = words[k].text;
    if (t === "--entrypoint") entrypoint = words[k + 1];
    else if (t.startsWith("--entrypoint=")) entrypoint = { ...words[k], text: t.slice("--entrypoint=".length) };
  }
  let inner = args;
  if (entrypoint && entrypoint.text !== "") inner = [entrypoint, ...args];
  else {
    const known = ENTRYPOINT_IMAGES.find(([pattern]) => pattern.test(image.text));
    if (known) inner = [{ text: known[1], dynamic: false }, ...args];
  }
  const assignments = [];
  for (let k = at + 1; k < i; k++) {
    const t = words[k].text;
    const value = t === "-e" || t === "--env" ? words[k + 1] : /^(-e|--env=)./.test(t) ? { ...words[k], text: t.replace(/^(-e|--env=)/, "") } : void 0;
    const m = value && /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(value.text);
    if (m && value) assignments.push({ name: m[1], append: false, value: { text: m[2], dynamic: value.dynamic } });
  }
  const result = argv("docker run", inner, assignments.length > 0 ? { assignments } : {});
  if (result && result.kind === "argv") result.remote = true;
  return result;
}
function compose(words, start) {
  const at = skipOptions(words, start, {
    withArg: set("f", "p"),
    longWithArg: set("file", "project-name", "profile", "env-file", "project-directory", "ansi", "parallel", "progress")
  });
  const verb = words[at]?.text;
  if (verb !== "run" && verb !== "exec") return void 0;
  const i = skipOptions(words, at + 1, {
    withArg: set("e", "u", "w", "v", "p", "l"),
    longWithArg: set(
      "env",
      "user",
      "workdir",
      "volume",
      "publish",
      "name",
      "entrypoint",
      "label",
      "index",
      "env-from-file",
      "cap-add",
      "cap-drop",
      "pull"
    )
  });
  const inner = argv(`docker compose ${verb}`, words.slice(i + 1));
  if (inner && inner.kind === "argv") inner.remote = true;
  return inner;
}
function unwrap(words, stdin) {
  if (words.length === 0 || words[0].dynamic) return void 0;
  const name = words[0].text;
  const handler = Object.hasOwn(WRAPPERS, name) ? WRAPPERS[name] : Object.hasOwn(LAUNCHERS, name) ? LAUNCHERS[name] : void 0;
  return handler?.(words, stdin);
}

// src/shell/written-scripts.ts
var basename = (p) => p.replace(/\/+$/, "").split("/").pop() ?? p;
function writtenText(cmd, path) {
  const name = cmd.argv[0];
  const same = (target) => target === path || basename(target) === basename(path);
  const redirected = cmd.redirects.some((r) => /^(>|>>|>\||&>|1>)$/.test(r.op) && same(r.target));
  const teed = name === "tee" && cmd.argv.slice(1).some(same);
  if (!redirected && !teed) return null;
  if (cmd.dynamic.some(Boolean)) return void 0;
  if (teed || name === "cat") return cmd.stdin?.text;
  if (name === "echo")
    return cmd.argv.slice(1).filter((a, i) => !(i === 0 && /^-[neE]+$/.test(a))).join(" ");
  if (name === "printf" && cmd.argv.length === 2) return cmd.argv[1].replace(/\\n/g, "\n");
  return void 0;
}
function writtenScript(earlier, path) {
  for (let j = earlier.length - 1; j >= 0; j--) {
    const text = writtenText(earlier[j], path);
    if (text !== null) return text;
  }
  return null;
}

// src/shell/pipeline.ts
var Analyzer = class {
  constructor(run) {
    this.run = run;
  }
  run;
  /** Analyses shell text found at `frame` (top level, or inside bash -c / eval / stdin ...). */
  analyzeText(text, scope, frame) {
    const { budget } = this.run;
    budget.depth(frame.depth);
    budget.text(text.length);
    if (text.includes("\0")) {
      addUnreadable(this.run, "encoding", "command contains a NUL byte, which bash cannot take");
      text = text.replaceAll("\0", "");
    }
    if (!this.run.forceTree && isPlain(text)) {
      let output = "";
      for (const raw of lexPlain(text)) {
        const emitted = this.emit(raw, scope, frame);
        output = emitted ? staticOutput(emitted) : void 0;
      }
      return output;
    }
    if (!this.run.parser) throw new NeedsParser("tree-sitter needed");
    const tree = this.run.parser.parse(text);
    if (!tree) {
      this.run.parser.reset();
      addUnreadable(this.run, "parse-error", "the shell parser gave up on this command", text.slice(0, 200));
      return void 0;
    }
    this.run.trees.push(tree);
    return new TreeWalker(this, text).program(tree.rootNode, scope, frame);
  }
  /** Normalises one simple command, unwraps it, and records what bash would execute. */
  emit(raw, scope, frame) {
    const leading = {};
    for (const { name, append, value } of raw.assignments) {
      const previous = append ? scope.get(name) : void 0;
      const text = (previous?.text ?? "") + value.text;
      leading[name] = value.dynamic ? "" : text;
      if (raw.words.length > 0) continue;
      if (value.elements) scope.setArray(name, [...append ? previous?.elements ?? [] : [], ...value.elements]);
      else scope.set(name, text, value.dynamic || (previous?.dynamic ?? false));
    }
    if (raw.words.length === 0) return void 0;
    const aliased = this.expandAliases(raw, scope, frame);
    if (aliased === "analysed") return void 0;
    raw = aliased;
    const words = [...splitBlankProgram(this.programName(raw.words[0])), ...raw.words.slice(1)];
    const stdin = raw.stdin ?? frame.stdin;
    const program = words[0].dynamic ? void 0 : words[0].text;
    const injected = this.injected(leading, scope, frame);
    return this.emitProgram(raw, words, leading, scope, injected.length > 0 ? { ...frame, injected } : frame, stdin, program);
  }
  emitProgram(raw, words, leading, scope, frame, stdin, program) {
    if (program !== void 0) {
      const fn = scope.functions.get(program);
      if (fn && !scope.active.has(program)) {
        scope.active.add(program);
        const saved = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "@", "*"].map((n) => [n, scope.get(n)]);
        scope.setPositional(words);
        try {
          fn.call(scope, { ...frame, stdin, via: [...frame.via, `${program}()`] });
        } finally {
          scope.active.delete(program);
          for (const [n, v] of saved) {
            if (v) scope.vars.set(n, v);
            else scope.vars.delete(n);
          }
        }
        return void 0;
      }
      const wrapped = unwrap(words, stdin);
      if (wrapped?.kind === "also") return this.also(wrapped, raw, leading, scope, frame, stdin);
      if (wrapped) {
        const inner = { ...frame, via: [...frame.via, wrapped.label] };
        const innerScope = wrapped.remote ? remoteScope(scope) : scope;
        this.presumeOptions(program, words, wrapped, scope, frame);
        if (wrapped.kind === "text") {
          if (wrapped.text === void 0) {
            addUnreadable(
              this.run,
              "dynamic-string",
              `${wrapped.label} runs a string that cannot be read statically: ${wrapped.source}`,
              raw.text
            );
            return this.record(raw, words, leading, scope, frame, stdin);
          }
          this.analyzeText(wrapped.text, innerScope.child(), { ...inner, depth: frame.depth + 1, stdin });
          return void 0;
        }
        let last;
        for (const command of wrapped.commands) {
          last = this.emit(
            { ...raw, words: command.words, assignments: [...raw.assignments, ...command.assignments ?? []], stdin },
            innerScope,
            inner
          );
        }
        return wrapped.commands.length === 1 ? last : void 0;
      }
      const interpreted = interpret(words, stdin);
      if (interpreted) {
        const inner = { ...frame, via: [...frame.via, interpreted.label], depth: frame.depth + 1 };
        if (interpreted.reason) addUnreadable(this.run, interpreted.unreadableKind ?? "dynamic-string", interpreted.reason, raw.text);
        if (interpreted.kind === "shell") {
          if (interpreted.text === void 0) return this.record(raw, words, leading, scope, frame, stdin);
          let innerScope = scope;
          if (!interpreted.sameScope) {
            innerScope = scope.child();
            innerScope.setPositional(interpreted.positional ?? [words[0]]);
          }
          const innerStdin = interpreted.label.endsWith("stdin") ? void 0 : stdin;
          this.analyzeText(interpreted.text, innerScope, { ...inner, stdin: innerStdin });
          return void 0;
        }
        const piped = interpreted.piped ?? [];
        if (interpreted.shell.length + interpreted.argv.length + piped.length === 0) {
          return this.record(raw, words, leading, scope, frame, stdin);
        }
        for (const text of interpreted.shell) this.analyzeText(text, scope.child(), inner);
        for (const [text, input] of piped) {
          this.analyzeText(text, scope.child(), { ...inner, stdin: { kind: "pipe", text: input, from: interpreted.label } });
        }
        for (const argv2 of interpreted.argv) {
          this.emit(
            { words: argv2.map((text) => ({ text, dynamic: false })), assignments: [], redirects: [], text: argv2.join(" ") },
            scope.child(),
            inner
          );
        }
        return void 0;
      }
    }
    const earlier = this.run.out.length;
    const recorded = this.record(raw, words, leading, scope, frame, stdin);
    if (!raw.words[0].dynamic && raw.words[0].text.includes("/")) recorded.path = raw.words[0].text;
    applyBuiltin(recorded, scope);
    this.runWrittenScript(recorded, earlier, scope, frame);
    this.presumeArguments(recorded, scope, frame);
    return recorded;
  }
  /** Code injected through this command's environment, its own and its wrappers'. */
  injected(leading, scope, frame) {
    const own = injectedCode({ ...scope.exportedEnv(), ...leading }, this.run.source ?? "");
    if (own.length === 0) return frame.injected ?? [];
    return [.../* @__PURE__ */ new Set([...frame.injected ?? [], ...own])];
  }
  /**
   * A program that runs itself and also a command given in its options (`tar --to-command`, sed's
   * `e`, `git rebase --exec`, `make -f -`): both are recorded.
   */
  also(wrapped, raw, leading, scope, frame, stdin) {
    const recorded = this.record(raw, wrapped.self, leading, scope, frame, stdin);
    this.presumeArguments(recorded, scope, frame);
    const inner = { ...frame, via: [...frame.via, wrapped.label], depth: frame.depth + 1, stdin: void 0 };
    for (const run of wrapped.texts) {
      if (run.text === void 0) {
        addUnreadable(
          this.run,
          "hidden-script",
          `${wrapped.label} runs a command that cannot be read statically: ${run.source.slice(0, 80)}`,
          raw.text
        );
      } else if (run.text.trim() !== "") this.analyzeText(run.text, (run.remote ? remoteScope(scope) : scope).child(), inner);
    }
    for (const command of wrapped.commands) {
      this.emit({ ...raw, words: command.words, assignments: [...raw.assignments, ...command.assignments ?? []], stdin }, scope.child(), {
        ...frame,
        via: inner.via
      });
    }
    return recorded;
  }
  /** Commands presumed from a program's arguments (docs/guard-rules.md, "Safe by elimination"). */
  presumeArguments(command, scope, frame) {
    const { texts, tooMany } = presumedCommands(command.argv);
    if (tooMany) {
      addUnreadable(
        this.run,
        "hidden-script",
        `\`${command.argv[0]}\` is given more commands of guarded tools than the guard reads in one command`,
        command.text
      );
    }
    this.presume(command.argv[0], texts, scope, frame);
  }
  /** A wrapper's own options that read as a guarded act (`ssh -o ProxyCommand='…' host`). */
  presumeOptions(program, words, wrapped, scope, frame) {
    const first = wrapped.kind === "argv" ? wrapped.commands[0]?.words[0] : wrapped.kind === "text" ? wrapped.first : void 0;
    const at = first ? words.indexOf(first) : -1;
    if (at <= 1) return;
    const own = words.slice(1, at).filter((w) => !(ENVIRONMENT_SETTERS.has(program) && splitAssignment(w.text)));
    this.presume(program, presumedInOptions(own), scope, frame);
  }
  presume(program, texts, scope, frame) {
    for (const text of texts) {
      const before = this.run.unreadable.length;
      this.analyzeText(text, scope.child(), {
        ...frame,
        via: [...frame.via, `presumed: ${program}`],
        depth: frame.depth + 1,
        stdin: void 0
      });
      const added = this.run.unreadable.splice(before);
      this.run.unreadable.push(...added.filter((u) => u.kind !== "parse-error" && u.kind !== "encoding"));
    }
  }
  record(raw, words, leading, scope, frame, stdin) {
    if (words[0].dynamic) addUnreadable(this.run, "dynamic-program", `the program name is not static: ${words[0].text}`, raw.text);
    let argv2 = words.map((w) => w.text);
    let dynamic = words.map((w) => w.dynamic);
    const toolEnv = toolEnvironment(raw, scope);
    if (toolEnv) ({ argv: argv2, dynamic } = withToolEnv(argv2, dynamic, toolEnv.values, toolEnv.dynamic));
    const command = {
      argv: argv2,
      dynamic,
      assignments: { ...scope.exportedEnv(), ...leading },
      via: frame.via,
      redirects: raw.redirects,
      text: raw.text
    };
    if (scope.cwd !== void 0) command.cwd = scope.cwd;
    if (stdin) command.stdin = stdin;
    if (toolEnv) command.toolEnv = toolEnv.values;
    const presumed = [...frame.via].reverse().find((v) => v.startsWith("presumed: "));
    if (presumed) command.presumedBy = presumed.slice("presumed: ".length);
    if (frame.injected && frame.injected.length > 0) {
      command.injected = frame.injected;
      addUnreadable(
        this.run,
        "injected-code",
        `\`${argv2[0]}\` runs with ${frame.injected.join(", ")}, which loads code the guard cannot see`,
        command.text,
        argv2[0]
      );
    }
    this.run.budget.command();
    this.run.out.push(command);
    if (command.argv[0] === "tee" || command.redirects.some((r) => r.op.includes(">"))) this.run.writes = true;
    const hidden = hiddenSubcommand(command);
    if (hidden) addUnreadable(this.run, "hidden-subcommand", hidden, command.text);
    const hiddenVariable = toolEnv && hiddenToolVariable(argv2[0], toolEnv.dynamic);
    if (hiddenVariable) {
      addUnreadable(
        this.run,
        "dynamic-env",
        `${hiddenVariable} changes what \`${argv2[0]}\` does and its value cannot be read statically`,
        command.text
      );
    }
    return command;
  }
  /**
   * The program a command word names: the basename of a path, and for a dynamic word whose
   * program can still be read (`$(command -v tf)`, `$DIR/terraform`) that program, aliases resolved.
   */
  programName(word) {
    if (!word.dynamic) return programName(word);
    const name = programFromWord(word.text);
    if (name === void 0) return word;
    const alias = Object.hasOwn(this.run.aliases, name) ? this.run.aliases[name] : void 0;
    return { text: alias !== void 0 && /^[A-Za-z0-9_.+-]+$/.test(alias) ? alias : name, dynamic: false };
  }
  /** A script the same command wrote earlier and now runs (`bash x.sh`, `./x.sh`): analyse its text. */
  runWrittenScript(command, earlier, scope, frame) {
    if (!this.run.writes || earlier === 0) return;
    const name = command.argv[0] ?? "";
    const fromFile = command.stdin?.kind === "file" ? command.stdin.from : void 0;
    let script;
    if (SHELLS.has(name) || SOURCE_BUILTINS.has(name)) {
      script = command.argv.slice(1).find((a, i) => !a.startsWith("-") && !command.dynamic[i + 1]) ?? fromFile;
    } else if (name === "at" || name === "batch") {
      const f = command.argv.indexOf("-f");
      script = f > 0 ? command.argv[f + 1] : fromFile;
    } else script = name;
    if (!script) return;
    const text = writtenScript(this.run.out.slice(0, earlier), script);
    if (text === null) return;
    if (text === void 0) {
      addUnreadable(
        this.run,
        "written-script",
        `${script} is written earlier in this command with content that cannot be read statically, then run`,
        command.text
      );
      return;
    }
    this.analyzeText(text, scope.child(), { ...frame, via: [...frame.via, `script ${script}`], depth: frame.depth + 1 });
  }
  /** Replaces an alias in command position by its value (built-ins, options, `alias` earlier). */
  expandAliases(raw, scope, frame) {
    const seen = /* @__PURE__ */ new Set();
    let words = raw.words;
    let assignments = raw.assignments;
    for (; ; ) {
      const first = words[0];
      if (!first || first.dynamic || seen.has(first.text)) break;
      const value = scope.aliases.get(first.text) ?? (Object.hasOwn(this.run.aliases, first.text) ? this.run.aliases[first.text] : void 0);
      if (value === void 0) break;
      seen.add(first.text);
      if (!isPlain(value)) {
        const rest = words.slice(1).map((w) => shellQuote(w.text)).join(" ");
        this.analyzeText(rest ? `${value} ${rest}` : value, scope, { ...frame, depth: frame.depth + 1, stdin: raw.stdin ?? frame.stdin });
        return "analysed";
      }
      const [lexed] = lexPlain(value);
      if (!lexed) {
        words = words.slice(1);
        if (words.length === 0) return { ...raw, words, assignments };
        continue;
      }
      assignments = [...assignments, ...lexed.assignments];
      words = [...lexed.words, ...words.slice(1)];
    }
    return { ...raw, words, assignments };
  }
};
var ENVIRONMENT_SETTERS = /* @__PURE__ */ new Set(["env", "sudo", "doas", "systemd-run", "bwrap", "strace", "ltrace"]);
var SUBCOMMAND_TOOLS = /* @__PURE__ */ new Set(["terraform", "tofu", "terragrunt", "kubectl", "oc", "helm", "flux", "git", "gh"]);
var VALUED_GLOBALS = /^(-C|-c|--namespace|-n|--context|--kubeconfig|--git-dir|--work-tree)$/;
function hiddenSubcommand(cmd) {
  if (!SUBCOMMAND_TOOLS.has(cmd.argv[0] ?? "")) return void 0;
  for (let i = 1; i < cmd.argv.length; i++) {
    const word = cmd.argv[i];
    if (cmd.dynamic[i] && !word.startsWith("-")) {
      return `\`${cmd.argv[0]}\` is given a subcommand that cannot be read statically (${word.slice(0, 60)})`;
    }
    if (!word.startsWith("-")) return void 0;
    if (!word.includes("=") && VALUED_GLOBALS.test(word)) i++;
  }
  return void 0;
}
function toolEnvironment(raw, scope) {
  let values;
  const dynamic = /* @__PURE__ */ new Set();
  for (const [name, value] of scope.vars) {
    if (!isToolVariable(name)) continue;
    values ??= {};
    values[name] = value.text;
    if (value.dynamic) dynamic.add(name);
    else dynamic.delete(name);
  }
  for (const { name, append, value } of raw.assignments) {
    if (!isToolVariable(name)) continue;
    values ??= {};
    values[name] = (append ? values[name] ?? "" : "") + value.text;
    if (value.dynamic) dynamic.add(name);
    else dynamic.delete(name);
  }
  return values ? { values, dynamic } : void 0;
}
function programName(word) {
  if (word.dynamic || !word.text.includes("/") || word.text.endsWith("/")) return word;
  return { ...word, text: posix2.basename(word.text) };
}
function splitBlankProgram(word) {
  if (word.dynamic || !/[ \t\n]/.test(word.text.trim())) return [word];
  return word.text.trim().split(/[ \t\n]+/).map((text) => ({ text, dynamic: false }));
}
function remoteScope(scope) {
  const remote = scope.child();
  remote.cwd = void 0;
  return remote;
}
function readInto(names, input, scope, separators) {
  if (input === void 0) {
    for (const name of names) scope.set(name, "", true);
    return;
  }
  const lines = input.split("\n").filter((line) => line !== "");
  if (lines.length !== 1) {
    for (const name of names) scope.set(name, lines.join(" "), true);
    return;
  }
  const blanks = separators.replace(/[^ \t\n]/g, "");
  const others = separators.replace(/[ \t\n]/g, "");
  const pattern = new RegExp(`[${escapeClass(others)}]|[${escapeClass(blanks) || " "}]+`);
  const fields = lines[0].trim().split(pattern);
  names.forEach((name, index) => {
    const value = index === names.length - 1 ? fields.slice(index).join(" ") : fields[index] ?? "";
    scope.set(name, value, false);
  });
}
function escapeClass(chars) {
  return chars.replace(/[\\\]^-]/g, "\\$&").replace(/\t/g, "\\t").replace(/\n/g, "\\n");
}
function shellQuote(text) {
  return /^[A-Za-z0-9_./:=,@%+-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
var DECLARATIONS = /* @__PURE__ */ new Set(["export", "declare", "typeset", "local", "readonly"]);
function applyBuiltin(command, scope) {
  const [program, ...args] = command.argv;
  const dynamicArg = (index) => command.dynamic[index + 1];
  switch (program) {
    case "cd":
    case "pushd": {
      const index = args.findIndex((a) => !/^-[LPe@]+$/.test(a) || a === "-");
      const target = index >= 0 ? args[index] : "~";
      if (index >= 0 && args[index] === "-") scope.cwd = void 0;
      else if (target.startsWith("/") || target.startsWith("~") || scope.cwd === void 0 || index >= 0 && dynamicArg(index)) {
        scope.cwd = target;
      } else scope.cwd = posix2.normalize(posix2.join(scope.cwd, target));
      return;
    }
    case "popd":
      scope.cwd = void 0;
      return;
    case "alias":
      for (const arg of args) {
        const eq = arg.indexOf("=");
        if (eq > 0) scope.aliases.set(arg.slice(0, eq), arg.slice(eq + 1));
      }
      return;
    case "unalias":
      for (const arg of args) {
        if (arg === "-a") scope.aliases.clear();
        else scope.aliases.delete(arg);
      }
      return;
    case "set": {
      const dash = args.indexOf("--");
      const start = dash >= 0 ? dash + 1 : args.findIndex((a) => !/^[-+]/.test(a));
      if (start < 0 || dash < 0 && args.slice(0, start).some((a) => /^[-+][a-zA-Z]*o$/.test(a))) return;
      const zero = scope.get("0") ?? { text: "bash", dynamic: false };
      scope.setPositional([zero, ...args.slice(start).map((text, k) => ({ text, dynamic: dynamicArg(start + k) }))]);
      return;
    }
    case "unset":
      for (const arg of args) if (!arg.startsWith("-")) scope.unset(arg);
      return;
    case "read":
    case "mapfile":
    case "readarray": {
      const names = [];
      for (let i = 0; i < args.length; i++) {
        if (/^-[pdntuNCca]$/.test(args[i])) {
          if (args[i] === "-a") names.push(args[i + 1]);
          i += 1;
        } else if (!args[i].startsWith("-")) names.push(args[i]);
      }
      if (names.length === 0) names.push(program === "read" ? "REPLY" : "MAPFILE");
      readInto(names, command.stdin?.text, scope, command.assignments.IFS ?? fieldSeparators(scope));
      return;
    }
    case "printf": {
      if (args[0] !== "-v" || args[1] === void 0) return;
      const output = staticOutput({ ...command, argv: ["printf", ...args.slice(2)], dynamic: [false, ...command.dynamic.slice(3)] });
      scope.set(args[1], output ?? "", output === void 0);
      return;
    }
    default:
      if (!DECLARATIONS.has(program)) return;
  }
  const flags = args.filter((a) => /^[-+][a-zA-Z]+$/.test(a)).join("");
  if (flags.includes("f")) return;
  const exported = program === "export" || /-[a-zA-Z]*x/.test(flags);
  args.forEach((arg, index) => {
    if (/^[-+][a-zA-Z]+$/.test(arg)) return;
    const parsed = splitAssignment(arg);
    if (parsed) {
      const previous = parsed.append ? scope.get(parsed.name)?.text ?? "" : "";
      scope.set(parsed.name, previous + parsed.value, dynamicArg(index), exported || void 0);
    } else if (exported) scope.export(arg);
  });
}

// src/shell/analyze.ts
var LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
async function analyze(command, options) {
  return analyzeWithLexer(command, options, "auto");
}
var loadedParser;
async function analyzeWithLexer(command, options, lexer) {
  let parser = loadedParser;
  for (; ; ) {
    const run = {
      budget: new Budget(LIMITS),
      parser,
      aliases: { ...BUILTIN_ALIASES, ...options?.aliases ?? {} },
      out: [],
      unreadable: [],
      trees: [],
      source: typeof command === "string" ? command : "",
      forceTree: lexer === "tree"
    };
    try {
      if (typeof command !== "string") throw new TypeError("command is not a string");
      if (command.length > LIMITS.maxInputChars) {
        throw new BoundHit(`command longer than ${LIMITS.maxInputChars} characters`);
      }
      if (LONE_SURROGATE.test(command) || command.includes("\uFFFD")) {
        addUnreadable(run, "encoding", "command contains bytes that are not valid UTF-8 text");
      }
      new Analyzer(run).analyzeText(command, new Scope(), { via: [], depth: 0 });
      return { commands: run.out, unreadable: run.unreadable, boundHit: false };
    } catch (error) {
      if (error instanceof NeedsParser && !parser) {
        try {
          const { getParser } = await import("./parser-D6FG47K5.mjs");
          parser = loadedParser = await getParser();
          continue;
        } catch (loadError) {
          return failed(run, "internal", `internal error: cannot load the shell parser: ${message(loadError)}`);
        }
      }
      if (error instanceof BoundHit) return failed(run, "bound", error.reason);
      return failed(run, "internal", `internal error: ${message(error)}`);
    } finally {
      for (const tree of run.trees) tree.delete();
    }
  }
}
function failed(run, kind, detail) {
  return { commands: run.out, unreadable: [...run.unreadable, { kind, detail, command: "" }], boundHit: true };
}
function message(error) {
  return error instanceof Error ? error.message : String(error);
}

// src/guard/written-paths.ts
import { posix as posix3 } from "node:path";
var VALUED = {
  cp: ["-t", "--target-directory", "-S", "--suffix"],
  mv: ["-t", "--target-directory", "-S", "--suffix"],
  install: ["-t", "--target-directory", "-m", "--mode", "-o", "--owner", "-g", "--group", "-S", "--suffix"],
  ln: ["-t", "--target-directory", "-S", "--suffix"],
  tee: [],
  rm: [],
  rmdir: [],
  truncate: ["-s", "--size", "-r", "--reference"],
  touch: ["-d", "--date", "-r", "--reference", "-t"],
  chmod: ["--reference"],
  chown: ["--reference", "--from"],
  chgrp: ["--reference"],
  mkdir: ["-m", "--mode"],
  sed: ["-e", "--expression", "-f", "--file", "-l", "--line-length"],
  rsync: [
    "-e",
    "--rsh",
    "--exclude",
    "--include",
    "--filter",
    "-f",
    "--exclude-from",
    "--include-from",
    "--files-from",
    "--log-file",
    "--partial-dir",
    "--temp-dir",
    "-T",
    "--backup-dir",
    "--chmod",
    "--chown"
  ],
  scp: ["-P", "-i", "-o", "-F", "-c", "-l", "-J", "-S"]
};
function parse(cmd, valued = []) {
  const out = { operands: [], options: /* @__PURE__ */ new Map(), flags: /* @__PURE__ */ new Set() };
  const add = (name, word, dynamic) => out.options.set(name, [...out.options.get(name) ?? [], { word, dynamic }]);
  let options = true;
  for (let i = 1; i < cmd.argv.length; i++) {
    const word = cmd.argv[i];
    const dynamic = cmd.dynamic[i] ?? false;
    if (options && word === "--") {
      options = false;
      continue;
    }
    if (options && word.startsWith("--") && word.length > 2) {
      const eq = word.indexOf("=");
      const name = eq === -1 ? word : word.slice(0, eq);
      if (eq !== -1) add(name, word.slice(eq + 1), dynamic);
      else if (valued.includes(name)) add(name, cmd.argv[++i] ?? "", cmd.dynamic[i] ?? false);
      else out.flags.add(name);
      continue;
    }
    if (options && word.startsWith("-") && word.length > 1) {
      for (let j = 1; j < word.length; j++) {
        const name = `-${word[j]}`;
        if (valued.includes(name)) {
          const rest = word.slice(j + 1);
          if (rest) add(name, rest, dynamic);
          else add(name, cmd.argv[++i] ?? "", cmd.dynamic[i] ?? false);
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
var has = (p, ...names) => names.some((n) => p.flags.has(n) || p.options.has(n));
var opt = (p, ...names) => names.flatMap((n) => p.options.get(n) ?? []);
var under = (dir, name) => ({
  word: posix3.join(dir.word, posix3.basename(name)),
  dynamic: dir.dynamic
});
function copyLike(p, tree, sourcesToo) {
  const targets = [];
  const dirs = opt(p, "-t", "--target-directory");
  let sources = p.operands;
  let dest = dirs[0];
  if (!dest && !has(p, "-T", "--no-target-directory") && sources.length >= 1) {
    dest = sources[sources.length - 1];
    sources = sources.slice(0, -1);
  } else if (!dest && sources.length >= 2) {
    dest = sources[sources.length - 1];
    sources = sources.slice(0, -1);
  }
  if (dest) targets.push({ ...dest, tree });
  for (const src of sources) {
    if (dest) {
      const base = posix3.basename(src.word);
      if (base === "." || base === ".." || base === "" || src.dynamic)
        targets.push({ ...dest, dynamic: dest.dynamic || src.dynamic, tree: true });
      else targets.push({ ...under(dest, src.word), tree });
    }
    if (sourcesToo) targets.push({ ...src, tree: true });
  }
  return targets;
}
var REDIRECT_WRITE = /^(\d*>|\d*>>|&>|&>>|>\||\d*>\||\d*>&)$/;
var KNOWN_WRITERS = /* @__PURE__ */ new Set([
  "cp",
  "install",
  "ln",
  "mv",
  "rm",
  "chmod",
  "chown",
  "chgrp",
  "setfacl",
  "chattr",
  "rmdir",
  "unlink",
  "shred",
  "truncate",
  "touch",
  "tee",
  "mkdir",
  "mkfifo",
  "dd",
  "sed",
  "awk",
  "gawk",
  "mawk",
  "nawk",
  "tar",
  "bsdtar",
  "unzip",
  "cpio",
  "rsync",
  "scp",
  "curl",
  "wget",
  "git",
  "find",
  "perl",
  "ruby",
  "patch"
]);
var GIT_GLOBAL_VALUED = /^(-C|-c|--git-dir|--work-tree|--namespace|--exec-path|--config-env|--super-prefix)$/;
var GIT_VALUED2 = {
  checkout: ["-b", "-B", "--orphan", "--conflict", "--pathspec-from-file"],
  switch: ["-c", "-C", "--create", "--force-create", "--orphan", "--conflict"],
  restore: ["-s", "--source", "--conflict", "--pathspec-from-file"],
  reset: ["--pathspec-from-file"],
  stash: ["-m", "--message", "--pathspec-from-file"],
  merge: ["-m", "-F", "--file", "-s", "--strategy", "-X", "--strategy-option", "--into-name", "-S", "--gpg-sign", "--cleanup"],
  rebase: ["--onto", "-s", "--strategy", "-X", "--strategy-option", "-x", "--exec", "-S", "--gpg-sign", "-C", "--empty"],
  "cherry-pick": ["-m", "--mainline", "-s", "--strategy", "-X", "--strategy-option", "-S", "--gpg-sign", "--cleanup"],
  revert: ["-m", "--mainline", "-s", "--strategy", "-X", "--strategy-option", "-S", "--gpg-sign", "--cleanup"],
  "checkout-index": ["--prefix", "--stage"],
  "read-tree": ["--prefix", "--index-output", "--exclude-per-directory"],
  clean: ["-e", "--exclude"],
  clone: [
    "-b",
    "--branch",
    "-o",
    "--origin",
    "--depth",
    "--reference",
    "--template",
    "-c",
    "--config",
    "--separate-git-dir",
    "-j",
    "--jobs",
    "-u",
    "--upload-pack",
    "--filter"
  ],
  pull: ["-m", "-s", "--strategy", "-X", "--strategy-option", "--depth", "-j", "--jobs", "--upload-pack", "--recurse-submodules"]
};
function gitArgs(words, valued) {
  const flags = /* @__PURE__ */ new Set();
  const values = /* @__PURE__ */ new Map();
  const operands = [];
  let pathspecs;
  for (let i = 0; i < words.length; i++) {
    const { word } = words[i];
    if (pathspecs) {
      pathspecs.push(words[i]);
      continue;
    }
    if (word === "--") {
      pathspecs = [];
      continue;
    }
    if (word.startsWith("--") && word.includes("=")) {
      values.set(word.slice(0, word.indexOf("=")), word.slice(word.indexOf("=") + 1));
      continue;
    }
    if (valued.includes(word)) {
      values.set(word, words[++i]?.word ?? "");
      continue;
    }
    if (word.startsWith("--")) {
      flags.add(word);
      continue;
    }
    if (word.startsWith("-") && word.length > 1) {
      for (let j = 1; j < word.length; j++) {
        const name = `-${word[j]}`;
        if (valued.includes(name)) {
          values.set(name, word.slice(j + 1) || (words[++i]?.word ?? ""));
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
var pathLike = (w) => w === "." || w === ".." || /^(\.{1,2}\/|\/|:)/.test(w) || /[*?[]/.test(w);
function gitWrites(cmd) {
  const words = cmd.argv.map((word, i) => ({ word, dynamic: cmd.dynamic[i] ?? false }));
  let at = 1;
  let base;
  let workTree;
  for (; at < words.length; at++) {
    const w = words[at].word;
    if (!w.startsWith("-")) break;
    if (GIT_GLOBAL_VALUED.test(w)) {
      const v = words[++at];
      if (w === "-C" && v) base = base ? { word: posix3.join(base.word, v.word), dynamic: base.dynamic || v.dynamic } : v;
      if (w === "--work-tree" && v) workTree = v;
    } else if (w.startsWith("--work-tree=")) workTree = { word: w.slice(12), dynamic: words[at].dynamic };
  }
  const sub = words[at]?.word;
  if (sub === void 0) return [];
  const folder = (o) => base && !posix3.isAbsolute(o.word) ? { word: posix3.join(base.word, o.word), dynamic: o.dynamic || base.dynamic } : o;
  const where = workTree ? folder(workTree) : base ?? { word: ".", dynamic: false };
  const a = gitArgs(words.slice(at + 1), GIT_VALUED2[sub] ?? []);
  for (const o of a.operands) if (o.word === "-") o.word = "@{-1}";
  const out = [];
  const paths = (list) => {
    for (const o of list) out.push({ ...folder(o), tree: true });
  };
  const whole = (change) => out.push({ ...where, tree: true, gitTree: change });
  const has2 = (...names) => names.some((n) => a.flags.has(n) || a.values.has(n));
  switch (sub) {
    case "rm":
      paths([...a.operands, ...a.pathspecs ?? []]);
      if (!has2("-r")) for (const t of out) t.tree = false;
      break;
    case "mv":
      paths([...a.operands, ...a.pathspecs ?? []]);
      break;
    case "restore":
      if (has2("--staged", "-S") && !has2("--worktree", "-W")) break;
      paths([...a.operands, ...a.pathspecs ?? []]);
      break;
    case "checkout": {
      if (has2("-p", "--patch")) {
        paths(a.pathspecs ?? a.operands);
        break;
      }
      const force = has2("-f", "--force");
      const start = a.values.get("-b") ?? a.values.get("-B") ?? a.values.get("--orphan");
      if (a.pathspecs) {
        paths(a.pathspecs);
        break;
      }
      if (start !== void 0) {
        if (a.operands[0]) whole({ kind: "diff", from: "HEAD", to: a.operands[0].word, force, what: "git checkout -b" });
        break;
      }
      const [first, ...rest] = a.operands;
      if (!first) {
        if (force) whole({ kind: "diff", from: "HEAD", to: "HEAD", force, what: "git checkout -f" });
        break;
      }
      if (pathLike(first.word)) {
        paths(a.operands);
        break;
      }
      if (rest.length > 0) {
        paths(rest);
        break;
      }
      paths([first]);
      whole({ kind: "diff", from: "HEAD", to: first.word, force, maybeRev: true, what: `git checkout ${first.word}` });
      break;
    }
    case "switch": {
      const force = has2("-f", "--force", "--discard-changes");
      if (has2("--orphan")) whole({ kind: "unknown", what: "git switch --orphan" });
      else if (a.operands[0] || !has2("-c", "-C", "--create", "--force-create"))
        whole({ kind: "diff", from: "HEAD", to: a.operands[0]?.word ?? "@{-1}", force, what: "git switch" });
      break;
    }
    case "reset":
      if (has2("--hard", "--merge", "--keep"))
        whole({ kind: "diff", from: "HEAD", to: a.operands[0]?.word ?? "HEAD", force: has2("--hard"), what: "git reset --hard" });
      break;
    case "merge":
    case "rebase": {
      if (has2("--abort", "--quit", "--continue", "--skip", "--onto", "-i", "--interactive", "--root") || a.operands.length !== 1) {
        if (!(sub === "merge" && a.operands.length > 1))
          whole({ kind: "unknown", what: `git ${sub}${a.operands.length === 0 ? "" : " with these options"}` });
        else for (const o of a.operands) whole({ kind: "diff", from: `HEAD...${o.word}`, to: o.word, force: false, what: `git ${sub}` });
        break;
      }
      const rev2 = a.operands[0].word;
      whole({ kind: "diff", from: `HEAD...${rev2}`, to: rev2, force: false, what: `git ${sub} ${rev2}` });
      break;
    }
    case "cherry-pick":
    case "revert": {
      if (has2("--abort", "--quit", "--continue", "--skip") || a.operands.length === 0 || a.operands.some((o) => o.word.includes(".."))) {
        whole({ kind: "unknown", what: `git ${sub}` });
        break;
      }
      for (const o of a.operands) whole({ kind: "diff", from: `${o.word}^`, to: o.word, force: false, what: `git ${sub} ${o.word}` });
      break;
    }
    case "pull": {
      const [remote, branch, ...more] = a.operands;
      const to = !remote ? "@{upstream}" : branch && !branch.word.includes(":") && more.length === 0 ? `${remote.word}/${branch.word}` : void 0;
      if (to === void 0 || remote?.dynamic || branch?.dynamic || has2("--all"))
        whole({ kind: "unknown", what: "git pull (run `git fetch`, then `git merge REV`)" });
      else whole({ kind: "diff", from: `HEAD...${to}`, to, force: false, what: `git pull (${to})` });
      break;
    }
    case "stash": {
      const action = a.operands[0]?.word ?? "push";
      if (["list", "show", "drop", "clear", "create", "store"].includes(action)) break;
      const untracked = has2("-u", "--include-untracked", "-a", "--all");
      const specs = a.pathspecs ?? (action === "push" ? a.operands.slice(1) : []);
      if ((action === "push" || action === "save") && specs.length > 0) paths(specs);
      else if (action === "push" || action === "save" || a.operands.length === 0)
        whole({ kind: "diff", from: "HEAD", to: "HEAD", force: true, untracked, what: `git stash${untracked ? " -u" : ""}` });
      else if (action === "pop" || action === "apply") {
        const ref = a.operands[1]?.word ?? "stash@{0}";
        whole({ kind: "stash", ref: /^\d+$/.test(ref) ? `stash@{${ref}}` : ref, what: `git stash ${action}` });
      } else whole({ kind: "unknown", what: `git stash ${action}` });
      break;
    }
    case "checkout-index": {
      const prefix = a.values.get("--prefix");
      if (prefix !== void 0) out.push({ ...folder({ word: prefix.replace(/[^/]*$/, "") || ".", dynamic: false }), tree: true });
      if (has2("-a", "--all", "--stdin")) whole({ kind: "unknown", what: "git checkout-index --all" });
      else paths([...a.operands, ...a.pathspecs ?? []]);
      break;
    }
    case "read-tree":
      if (has2("-u")) whole({ kind: "unknown", what: "git read-tree -u" });
      break;
    case "clean":
      if (has2("-n", "--dry-run")) break;
      if (a.operands.length || a.pathspecs?.length) paths([...a.operands, ...a.pathspecs ?? []]);
      else out.push({ ...where, tree: true });
      break;
    case "apply":
      if (has2("--check", "--stat", "--numstat", "--summary", "--cached")) break;
      out.push({ ...where, tree: true });
      break;
    case "am":
      out.push({ ...where, tree: true });
      break;
    case "bisect":
      if (a.operands[0] && !["log", "view", "visualize", "terms"].includes(a.operands[0].word))
        whole({ kind: "unknown", what: "git bisect" });
      break;
    case "clone": {
      const ops = a.operands;
      const named = ops[0] ? posix3.basename(ops[0].word.replace(/\/+$/, "")).replace(/\.git$/, "") : "";
      const dir = ops[1] ?? (ops[0] ? { word: named, dynamic: /[$`*?[]/.test(named) } : void 0);
      if (dir) out.push({ ...folder(dir), tree: true });
      break;
    }
  }
  return out;
}
function findNames(expression) {
  const names = [];
  for (let i = 0; i < expression.length; i++) {
    const w = expression[i];
    if (/^(-o|-or|!|-not|\(|\)|,|-path|-ipath|-wholename|-iwholename|-regex|-iregex|-lname|-ilname)$/.test(w)) return void 0;
    if (w === "-name" || w === "-iname") {
      const pattern = expression[++i];
      if (pattern === void 0 || /[$`]/.test(pattern)) return void 0;
      names.push(w === "-iname" ? `i:${pattern}` : pattern);
    }
  }
  return names.length > 0 ? names : void 0;
}
function writeTargets(cmd) {
  const targets = [];
  for (const r of cmd.redirects) {
    if (REDIRECT_WRITE.test(r.op) && !/^(\d+|-)$/.test(r.target) && !/^\/dev\/(null|stdout|stderr|tty|fd\/\d+)$/.test(r.target)) {
      targets.push({ word: r.target, dynamic: /[$`*?[]/.test(r.target), tree: false });
    }
  }
  const program = cmd.argv[0] ?? "";
  const p = parse(cmd, VALUED[program] ?? []);
  const recursive = has(p, "-r", "-R", "--recursive", "-a", "--archive");
  const all = (tree) => p.operands.map((o) => ({ ...o, tree }));
  switch (program) {
    case "cp":
    case "install":
      if (program === "install" && has(p, "-d", "--directory")) targets.push(...all(false));
      else targets.push(...copyLike(p, recursive, false));
      break;
    case "ln":
      targets.push(...copyLike(p, false, true));
      break;
    case "mv":
      targets.push(...copyLike(p, false, true));
      break;
    case "rm":
    case "chmod":
    case "chown":
    case "chgrp":
    case "setfacl":
    case "chattr": {
      const ops = program === "rm" ? p.operands : p.operands.slice(1);
      targets.push(...ops.map((o) => ({ ...o, tree: recursive })));
      break;
    }
    case "rmdir":
    case "unlink":
    case "shred":
    case "truncate":
    case "touch":
    case "tee":
    case "mkdir":
    case "mkfifo":
      targets.push(...all(false));
      break;
    case "dd":
      targets.push(
        ...p.operands.filter((o) => o.word.startsWith("of=")).map((o) => ({ word: o.word.slice(3), dynamic: o.dynamic, tree: false }))
      );
      break;
    case "sed": {
      const inPlace = [...p.flags].some((f) => f === "-i" || f === "--in-place") || cmd.argv.some((a) => /^(-i.+|--in-place=.*)$/.test(a));
      const scripts = opt(p, "-e", "--expression");
      const files = scripts.length > 0 || opt(p, "-f", "--file").length > 0 ? p.operands : p.operands.slice(1);
      if (scripts.length === 0 && p.operands[0]) scripts.push(p.operands[0]);
      if (inPlace) targets.push(...files.map((o) => ({ ...o, tree: false })));
      for (const s of scripts) {
        for (const m of s.word.matchAll(/(?:^|[;\n{}]|\/[gpIiMme0-9]*)\s*w\s+([^;\n}]+)/g))
          targets.push({ word: m[1].trim(), dynamic: s.dynamic, tree: false });
      }
      break;
    }
    case "awk":
    case "gawk":
    case "mawk":
    case "nawk": {
      const body = cmd.argv.slice(1).find((a, i) => !a.startsWith("-") && cmd.argv[i] !== "-f" && cmd.argv[i] !== "-v") ?? "";
      for (const m of body.matchAll(/(?:print|printf)[^;}>|]*>>?\s*("([^"]*)"|[^\s;}]+)/g)) {
        targets.push(m[2] !== void 0 ? { word: m[2], dynamic: false, tree: false } : { word: `$${m[1]}`, dynamic: true, tree: false });
      }
      if (cmd.argv.some((a, i) => a === "inplace" && cmd.argv[i - 1] === "-i"))
        targets.push(...p.operands.slice(1).map((o) => ({ ...o, tree: false })));
      break;
    }
    case "tar":
    case "bsdtar": {
      const first = cmd.argv[1] ?? "";
      const extract = has(p, "-x", "--extract", "--get") || /^[a-zA-Z]+$/.test(first) && first.includes("x");
      const create = has(p, "-c", "--create", "-r", "--append", "-u", "--update") || /^[a-zA-Z]+$/.test(first) && /[cru]/.test(first);
      const dirs = [...cmd.argv.entries()].filter(([i]) => cmd.argv[i - 1] === "-C" || cmd.argv[i - 1] === "--directory").map(([i, w]) => ({ word: w, dynamic: cmd.dynamic[i] ?? false }));
      for (const [i, w] of cmd.argv.entries())
        if (w.startsWith("--directory=")) dirs.push({ word: w.slice(12), dynamic: cmd.dynamic[i] ?? false });
      if (extract) {
        targets.push(...(dirs.length ? dirs : [{ word: ".", dynamic: false }]).map((d) => ({ ...d, tree: true })));
        if (has(p, "-P", "--absolute-names")) targets.push({ word: "/", dynamic: false, tree: true });
      }
      if (create) {
        const file = [...cmd.argv.entries()].find(([i]) => /^-[a-zA-Z]*f$/.test(cmd.argv[i - 1] ?? "") || cmd.argv[i - 1] === "--file");
        if (file) targets.push({ word: file[1], dynamic: cmd.dynamic[file[0]] ?? false, tree: false });
      }
      break;
    }
    case "unzip": {
      if (has(p, "-l", "-p", "-t", "-v", "-Z")) break;
      const dir = cmd.argv.indexOf("-d");
      targets.push(
        dir !== -1 ? { word: cmd.argv[dir + 1] ?? "", dynamic: cmd.dynamic[dir + 1] ?? false, tree: true } : { word: ".", dynamic: false, tree: true }
      );
      break;
    }
    case "cpio": {
      const extract = has(p, "-i", "--extract") || cmd.argv.some((a) => /^-[a-zA-Z]*i/.test(a));
      const pass = has(p, "-p", "--pass-through") || cmd.argv.some((a) => /^-[a-zA-Z]*p/.test(a));
      const dir = cmd.argv.findIndex((a) => a === "-D" || a === "--directory");
      const base = dir !== -1 ? { word: cmd.argv[dir + 1] ?? "", dynamic: cmd.dynamic[dir + 1] ?? false } : { word: ".", dynamic: false };
      if (extract) targets.push({ ...base, tree: true });
      if (pass) targets.push(...p.operands.slice(-1).map((o) => ({ ...o, tree: true })));
      break;
    }
    case "rsync":
    case "scp": {
      const dest = p.operands[p.operands.length - 1];
      if (dest && p.operands.length >= 2 && !/^[^/]*:/.test(dest.word)) targets.push({ ...dest, tree: true });
      break;
    }
    case "curl": {
      for (const [i, w] of cmd.argv.entries()) {
        const prev = cmd.argv[i - 1];
        if (prev === "-o" || prev === "--output" || prev === "--output-dir" || prev === "-c" || prev === "--cookie-jar" || prev === "-D" || prev === "--dump-header") {
          targets.push({ word: w, dynamic: cmd.dynamic[i] ?? false, tree: prev === "--output-dir" });
        } else if (/^-o./.test(w) && !w.startsWith("--")) targets.push({ word: w.slice(2), dynamic: cmd.dynamic[i] ?? false, tree: false });
        else if (/^--output(-dir)?=/.test(w))
          targets.push({ word: w.slice(w.indexOf("=") + 1), dynamic: cmd.dynamic[i] ?? false, tree: w.startsWith("--output-dir") });
      }
      if (has(p, "-O", "--remote-name", "--remote-name-all") || cmd.argv.some((a) => /^-[a-zA-Z]*O/.test(a) && !a.startsWith("--"))) {
        for (const o of p.operands)
          if (/^[a-z]+:\/\//i.test(o.word))
            targets.push({ word: posix3.basename(o.word.replace(/[?#].*$/, "")) || ".", dynamic: o.dynamic, tree: false });
      }
      break;
    }
    case "wget": {
      let named = false;
      for (const [i, w] of cmd.argv.entries()) {
        const prev = cmd.argv[i - 1];
        if (prev === "-O" || prev === "--output-document" || prev === "-P" || prev === "--directory-prefix" || prev === "-o" || prev === "--output-file" || prev === "-a") {
          targets.push({ word: w, dynamic: cmd.dynamic[i] ?? false, tree: prev === "-P" || prev === "--directory-prefix" });
          named ||= prev === "-O" || prev === "--output-document";
        } else if (/^(-O|-P).+/.test(w)) {
          targets.push({ word: w.slice(2), dynamic: cmd.dynamic[i] ?? false, tree: w.startsWith("-P") });
          named ||= w.startsWith("-O");
        } else if (/^--(output-document|directory-prefix)=/.test(w)) {
          targets.push({ word: w.slice(w.indexOf("=") + 1), dynamic: cmd.dynamic[i] ?? false, tree: w.startsWith("--directory-prefix") });
          named ||= w.startsWith("--output-document");
        }
      }
      if (!named) {
        for (const o of p.operands)
          if (/^[a-z]+:\/\//i.test(o.word))
            targets.push({ word: posix3.basename(o.word.replace(/[?#].*$/, "")) || ".", dynamic: o.dynamic, tree: true });
      }
      break;
    }
    case "perl":
    case "ruby": {
      if (!cmd.argv.some((a) => /^-[a-zA-Z]*i/.test(a) && !a.startsWith("--"))) break;
      const files = cmd.argv.map((w, i) => ({ word: w, dynamic: cmd.dynamic[i] ?? false })).filter((o, i) => i > 0 && !o.word.startsWith("-") && !/^-[a-zA-Z]*[eE]$/.test(cmd.argv[i - 1] ?? ""));
      targets.push(...files.map((o) => ({ ...o, tree: false })));
      break;
    }
    case "patch": {
      const dir = opt(
        parse(cmd, ["-d", "--directory", "-p", "-i", "--input", "-o", "--output", "-r", "-B", "-z", "-F", "-V", "-D"]),
        "-d",
        "--directory"
      )[0];
      targets.push({ ...dir ?? { word: ".", dynamic: false }, tree: true });
      break;
    }
    case "git":
      targets.push(...gitWrites(cmd));
      break;
    case "find": {
      if (!cmd.argv.includes("-delete")) break;
      const roots = cmd.argv.slice(1).map((w, k) => ({ word: w, dynamic: cmd.dynamic[k + 1] ?? false }));
      const end = roots.findIndex((r) => /^[-(!]/.test(r.word));
      const paths = end === -1 ? roots : roots.slice(0, end);
      const names = findNames(cmd.argv.slice(1 + (end === -1 ? roots.length : end)));
      targets.push(
        ...(paths.length ? paths : [{ word: ".", dynamic: false }]).map((r) => ({ ...r, tree: true, ...names ? { names } : {} }))
      );
      break;
    }
  }
  for (let i = targets.length - 1; i >= 0; i--) if (/^[<>]\(/.test(targets[i].word)) targets.splice(i, 1);
  if (targets.length > 0 && cmd.via.some((v) => v.startsWith("find") || v.startsWith("xargs"))) {
    for (const t of targets) if (t.word.includes("{}") || t.word.includes("{xargs")) t.dynamic = true;
  }
  return targets;
}

export {
  SHELLS,
  SOURCE_BUILTINS,
  envOptions,
  analyze,
  KNOWN_WRITERS,
  writeTargets
};
