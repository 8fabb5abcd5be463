import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  containsProtected,
  globMatches,
  globWhy,
  inside,
  namesProtected,
  protectedWhy,
  resolveWord,
  runsInterpreter
} from "./chunk-7KTHKGCI.mjs";
import {
  deletedNamespaces,
  environmentConflict,
  gitInvocation,
  hasOption,
  kubeInvocation,
  kubeTarget,
  lastOption,
  terraformInvocation
} from "./chunk-N5QN7TY3.mjs";
import {
  isDryRun,
  isLocalContext,
  isProductionName,
  segments
} from "./chunk-NQJ7SG5Y.mjs";
import {
  BUILTIN_ALIASES,
  DEFAULT_POLICY
} from "./chunk-ZVMRUSTS.mjs";

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
  /**
   * Wall-clock budget of one analyze() call, in milliseconds. Generous on purpose: tree-sitter
   * takes ~340 ms for a 20 KB `&&` chain on a loaded 2-core machine, and a bound hit is a deny.
   */
  budgetMs: 1e3
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
    this.deadline = Date.now() + limits.budgetMs;
  }
  limits;
  nodes = 0;
  commands = 0;
  deadline;
  /** Called for every syntax node visited; checks the clock every 256 nodes. */
  node() {
    this.nodes += 1;
    if (this.nodes > this.limits.maxNodes) {
      throw new BoundHit(`command too complex: more than ${this.limits.maxNodes} syntax nodes`);
    }
    if ((this.nodes & 255) === 0) this.clock();
  }
  command() {
    this.commands += 1;
    if (this.commands > this.limits.maxCommands) {
      throw new BoundHit(`command too complex: more than ${this.limits.maxCommands} simple commands`);
    }
    if ((this.commands & 31) === 0) this.clock();
  }
  depth(depth) {
    if (depth > this.limits.maxDepth) {
      throw new BoundHit(`nesting too deep: more than ${this.limits.maxDepth} levels of bash -c / eval / decoding`);
    }
  }
  expired() {
    return Date.now() > this.deadline;
  }
  clock() {
    if (this.expired()) {
      throw new BoundHit(`analysis took longer than ${this.limits.budgetMs} ms`);
    }
  }
};

// src/shell/context.ts
var NeedsParser = class extends Error {
};
function addUnreadable(run, kind, detail, command = "") {
  if (!run.unreadable.some((u) => u.kind === kind && u.detail === detail)) run.unreadable.push({ kind, detail, command });
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
  for (let n = 0; n < 4 && i < src.length && src[i] !== ")"; n++) {
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
      if (rest && rest[0] === first) spawned.argv.push(rest);
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
var SCRIPT_MENTIONS = /\b(system|exec|spawn|qx|popen\w*|Open3|capture\w*)\b|`|%x[({[]/;
var SCRIPT_CALL = /(?<![\w$])(system|exec|spawn|popen\d?|capture2e?|capture3)\s*\(?\s*/g;
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
  if (!SCRIPT_MENTIONS.test(body)) return void 0;
  const interpolates = language === "perl" ? /[$@][\w{]/ : /#\{/;
  const parse2 = (src, at) => {
    const literal = jsString(src, at);
    if (!literal || src[at] !== '"' || literal.value === void 0) return literal;
    return interpolates.test(literal.value) ? { value: void 0, end: literal.end } : literal;
  };
  const spawned = { shell: [], argv: [] };
  const unreadable2 = `${language} spawns a process with a command that cannot be read statically`;
  let found = 0;
  const quoted = stringRanges(body);
  const inString = (at) => quoted.some(([from, to]) => at > from && at < to);
  SCRIPT_CALL.lastIndex = 0;
  for (let match = SCRIPT_CALL.exec(body); match; match = SCRIPT_CALL.exec(body)) {
    if (inString(match.index)) continue;
    found += 1;
    const args = callArgs(body, match.index + match[0].length, parse2);
    if (args.length === 0 || args.some((a) => a === void 0 || Array.isArray(a))) {
      spawned.unreadable = unreadable2;
      continue;
    }
    const strings = args;
    if (strings.length === 1) spawned.shell.push(strings[0]);
    else spawned.argv.push(strings);
  }
  const inline = /`([^`]*)`|\bqx\s*([({[/|'"])|%x([({[])/g;
  for (let match = inline.exec(body); match; match = inline.exec(body)) {
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
    if (text === void 0 || interpolates.test(text)) spawned.unreadable = unreadable2;
    else spawned.shell.push(text);
  }
  if (found === 0) {
    let code = body;
    for (const [from, to] of quoted) code = code.slice(0, from) + " ".repeat(to - from + 1) + code.slice(to + 1);
    if (!SCRIPT_MENTIONS.test(code)) return void 0;
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
  const unreadable2 = "awk runs a command that cannot be read statically";
  let found = 0;
  const system = /\bsystem\s*\(\s*/g;
  for (let m = system.exec(body); m; m = system.exec(body)) {
    found += 1;
    const literal = awkString(body, m.index + m[0].length);
    const after = literal ? body.slice(literal.end).trimStart() : "";
    if (!literal || literal.value === void 0 || !after.startsWith(")")) spawned.unreadable = unreadable2;
    else spawned.shell.push(literal.value);
  }
  const statement = /\b(print|printf)\b([^;}\n]*?)\|&?\s*/g;
  for (let m = statement.exec(body); m; m = statement.exec(body)) {
    found += 1;
    const target = awkString(body, m.index + m[0].length);
    if (!target || target.value === void 0) {
      spawned.unreadable = unreadable2;
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
    if (!literal || literal.value === void 0) spawned.unreadable = unreadable2;
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
function scriptInterpreter(language, words) {
  for (let i = 1; i < words.length; i++) {
    const t = words[i].text;
    if (/^-[a-zA-Z]*[eE]$/.test(t)) {
      const body = words[i + 1];
      if (!body) return void 0;
      return spawnsOf(language, body.dynamic ? void 0 : body.text, (b) => scriptSpawns(b, language), body.text);
    }
    if (!t.startsWith("-")) return void 0;
  }
  return void 0;
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
function spawnsOf(language, text, extract, shown2) {
  const label = language === "python" ? "python -c" : language === "node" ? "node -e" : language === "awk" ? "awk" : `${language} -e`;
  if (text === void 0) {
    return {
      kind: "spawn",
      label,
      shell: [],
      argv: [],
      reason: `${label} body cannot be read statically: ${shown2}`,
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
  if (program === "perl" || program === "ruby") return scriptInterpreter(program, words);
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
  const segments2 = segmentsOf(node2, runner, scope, false);
  const fields = [];
  let current;
  for (const segment of segments2) {
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
  if (segments2.length === 1 && segments2[0].procsub && fields.length === 1) {
    fields[0].procsub = true;
    fields[0].procsubOutput = segments2[0].procsubOutput;
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
  const segments2 = segmentsOf(node2, runner, scope, false);
  const texts = segments2.map((s) => s.fields ? s.fields.map((f) => f.text).join(" ") : s.text);
  return {
    text: texts.join(""),
    dynamic: segments2.some((s) => s.dynamic || (s.fields?.some((f) => f.dynamic) ?? false))
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
  const segments2 = withGaps(node2, runner, scope, true, node2.startIndex + open, node2.endIndex - 1);
  return segments2.length > 0 ? segments2 : [{ text: "", dynamic: false, split: false }];
}
function withGaps(node2, runner, scope, quoted, start, end) {
  const segments2 = [];
  let position = start;
  const gap = (to) => {
    if (to <= position) return;
    const text = runner.source.slice(position, to);
    segments2.push(quoted ? { text: unescapeDoubleQuoted(text), dynamic: false, split: false } : unquotedLiteral(text));
  };
  for (const child of node2.namedChildren) {
    if (!child || child.endIndex <= start || child.startIndex >= end) continue;
    gap(child.startIndex);
    if (child.type === "string_content" || child.type === "heredoc_content") {
      segments2.push({ text: quoted ? unescapeDoubleQuoted(child.text) : child.text, dynamic: false, split: false });
    } else {
      segments2.push(...segmentsOf(child, runner, scope, quoted));
    }
    position = Math.max(position, child.endIndex);
  }
  gap(end);
  return segments2;
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
  const base2 = name.includes("/") ? posix.basename(name) : name;
  return NAME.test(base2) ? base2 : void 0;
}
function programFromWord(text) {
  const body = substitutionBody(text.replace(/^"(.*)"$/s, "$1"));
  if (body !== void 0) return lookedUp(body);
  const tail = /\/([A-Za-z0-9_.+-]+)$/.exec(text)?.[1];
  return tail;
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

// src/shell/wrappers.ts
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
  return { kind: "text", label, text: dynamic ? void 0 : text, source: text, remote };
}
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
  env(words) {
    const i = skipOptions(words, 1, {
      withArg: set("u", "C", "S"),
      longWithArg: set("unset", "chdir", "split-string", "block-signal", "default-signal", "ignore-signal")
    });
    const split = words.findIndex((w, k) => k < i && (w.text === "-S" || w.text.startsWith("--split-string")));
    const { index, assignments } = leadingAssignments(words, i);
    if (split > 0) {
      const inline = words[split].text.startsWith("--split-string=");
      return joined(
        "env -S",
        words.slice(inline ? split : split + 1).map((w, k) => k === 0 && inline ? { ...w, text: w.text.slice(w.text.indexOf("=") + 1) } : w)
      );
    }
    return argv("env", words.slice(index), { assignments });
  },
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
  runuser: (words) => suCommand("runuser", words),
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
    if (t === "-c" || t === "--command") return joined(`${label} -c`, words.slice(i + 1, i + 2));
    if (t.startsWith("--command=")) return joined(`${label} -c`, [{ ...words[i], text: t.slice("--command=".length) }]);
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
  const result = argv("docker run", inner);
  if (result && result.kind === "argv") result.remote = true;
  return result;
}
function unwrap(words, stdin) {
  if (words.length === 0 || words[0].dynamic) return void 0;
  const handler = Object.hasOwn(WRAPPERS, words[0].text) ? WRAPPERS[words[0].text] : void 0;
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
    budget.clock();
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
    const cancel = (() => budget.expired());
    const tree = this.run.parser.parse(text, null, { progressCallback: cancel });
    if (!tree) {
      this.run.parser.reset();
      budget.clock();
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
      if (wrapped) {
        const inner = { ...frame, via: [...frame.via, wrapped.label] };
        const innerScope = wrapped.remote ? remoteScope(scope) : scope;
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
    applyBuiltin(recorded, scope);
    this.runWrittenScript(recorded, earlier, scope, frame);
    return recorded;
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
async function analyzeWithLexer(command, options, lexer) {
  let parser;
  for (; ; ) {
    const run = {
      budget: new Budget(LIMITS),
      parser,
      aliases: { ...BUILTIN_ALIASES, ...options?.aliases ?? {} },
      out: [],
      unreadable: [],
      trees: [],
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
          parser = await getParser();
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

// src/guard/rules/approval-flag.ts
var SUBCOMMANDS = /* @__PURE__ */ new Set(["execute", "rollback", "resume", "agent"]);
var SUBCOMMAND_WORD = new RegExp(`\\b(${[...SUBCOMMANDS].join("|")})\\b`);
var DATA = /* @__PURE__ */ new Set(["echo", "printf", "grep", "egrep", "fgrep", "rg", "ag", "man", "cat", "less", "head", "tail", "true", ":"]);
var LAUNCHER = /^(execguard(\.m?js)?|cli\.m?js|node|nodejs|npx|npm|pnpm|pnpx|yarn|bunx|bun|deno|tsx|ts-node|corepack)$/;
var APPROVAL_OPTION = "--ap(p(r(o(v(al?)?)?)?)?)?";
var APPROVAL_WORD = new RegExp(`^${APPROVAL_OPTION}(=|$)`);
var APPROVAL_IN_TEXT = new RegExp(`${APPROVAL_OPTION}\\b`);
var approvalFlag = (word) => APPROVAL_WORD.test(word);
function launches(cmd) {
  const words = cmd.argv.slice(1);
  const sub = words.find((w) => SUBCOMMANDS.has(w));
  if (!sub) return void 0;
  if (DATA.has(cmd.argv[0] ?? "")) return void 0;
  const flag = words.find(approvalFlag);
  if (flag) return `${sub} with ${flag.split("=")[0]}`;
  if (LAUNCHER.test(cmd.argv[0] ?? "") && cmd.dynamic.some((d, i) => d && i > 0))
    return `${sub} with arguments that cannot be read statically`;
  return void 0;
}
function inProgramText(ctx) {
  if (!runsInterpreter(ctx.analysis.commands)) return void 0;
  if (!APPROVAL_IN_TEXT.test(ctx.raw) || !SUBCOMMAND_WORD.test(ctx.raw)) return void 0;
  return "an interpreter whose program text passes --approval";
}
var approvalFlagRule = (ctx) => {
  if (!ctx.agentSession) return [];
  const hits = [];
  const hidden = inProgramText(ctx);
  for (const cmd of ctx.analysis.commands) {
    const what = launches(cmd) ?? hidden;
    if (!what) continue;
    hits.push({
      id: "approval-flag",
      decision: "deny",
      reason: `approval-flag: blocked \`${cmd.text.slice(0, 200)}\`: it starts execguard ${what}. Inside an agent session the executor takes its approval from the user's grant in this session, never from its command line. Run it without --approval after the user approves: present the plan and end with PLAN_STATUS: PENDING_APPROVAL.`
    });
    break;
  }
  return hits;
};

// src/guard/tiers.ts
var RANK = { T0: 0, T1: 1, T2: 2, T3: 3 };
var maxTier = (a, b) => RANK[a] >= RANK[b] ? a : b;
var READERS = new Set(
  "ls ll la cat tac head tail less more grep egrep fgrep rg ag ack find fd wc echo printf pwd cd pushd popd dirs which type whereis command hash printenv date cal whoami id groups uname hostname file stat du df free uptime ps pgrep top htop jq yq sort uniq cut tr awk gawk column diff cmp comm tree realpath readlink dirname basename true false test [ [[ sleep history man help info export set unset shopt alias unalias declare local readonly source . shift return exit break continue wait jobs fg bg read mapfile getopts trap umask ulimit md5sum sha1sum sha256sum shasum base64 xxd od hexdump strings nl fold fmt paste join expand unexpand rev seq yes tput clear reset stty tty env nproc lscpu lsblk lsof netstat ss ip ifconfig ping dig nslookup host traceroute whois openssl gpg bat exa eza batcat fzf zcat zgrep zless bzcat xzcat lsattr getfacl locale iconv column logname kubectx kubens tfenv tgenv sops vault-status git-lfs vim vi nano emacs code open xdg-open pbcopy pbpaste tee time sed".split(/\s+/)
);
var LOCAL = new Set(
  "mkdir rmdir touch cp mv rm ln chmod chown chgrp install tar zip unzip gzip gunzip bzip2 xz unxz 7z patch make cmake ninja gcc g++ cc clang go cargo rustc rustup javac java mvn gradle gradlew ant dotnet node deno bun npm npx yarn pnpm corepack nvm python python3 python2 pip pip3 pipx poetry uv pytest tox ruby gem bundle rake rails php composer perl lua tsc eslint prettier vitest jest mocha esbuild webpack vite rollup black ruff flake8 mypy pylint isort shellcheck shfmt hadolint yamllint markdownlint tflint tfsec checkov trivy terrascan kustomize kubeval kubeconform conftest opa pre-commit direnv asdf mise brew apt apt-get apt-cache dnf yum apk pacman curl wget http ssh-keygen ssh-add git-crypt docker-compose kind minikube k3d skaffold tilt helmfile packer vagrant ansible-lint ansible-inventory mktemp truncate split csplit shred dd rsync scp sftp ssh sudo xargs nohup nice timeout watch stdbuf script".split(/\s+/)
);
function terraformTier(argv2) {
  const inv = terraformInvocation(argv2);
  const sub = inv?.sub;
  if (!inv || !sub) return "T0";
  const args = inv.args;
  if ([
    "show",
    "output",
    "version",
    "providers",
    "graph",
    "console",
    "output-all",
    "render-json",
    "hclvalidate",
    "info",
    "find",
    "list"
  ].includes(sub))
    return "T0";
  if (sub === "state") return ["list", "show", "pull"].includes(args.find((a) => !a.startsWith("-")) ?? "list") ? "T0" : "T3";
  if (sub === "workspace") return ["list", "show"].includes(args[0] ?? "list") ? "T0" : args[0] === "delete" ? "T3" : "T1";
  if ([
    "validate",
    "fmt",
    "init",
    "get",
    "test",
    "login",
    "logout",
    "metadata",
    "hclfmt",
    "validate-inputs",
    "graph-dependencies",
    "modules",
    "scaffold",
    "catalog",
    "stack",
    "dag",
    "exec"
  ].includes(sub)) {
    return "T1";
  }
  if (sub === "plan") return "T2";
  if (["apply", "destroy", "import", "taint", "untaint", "refresh", "force-unlock", "push"].includes(sub)) return "T3";
  return "T3";
}
function kubectlTier(argv2) {
  const inv = kubeInvocation(argv2);
  const verb = inv.verb;
  if (!verb) return "T0";
  const dry = isDryRun(argv2);
  if ([
    "get",
    "describe",
    "logs",
    "log",
    "events",
    "top",
    "explain",
    "api-resources",
    "api-versions",
    "cluster-info",
    "version",
    "wait",
    "port-forward",
    "proxy",
    "completion",
    "options",
    "plugin",
    "krew",
    "tree",
    "neat",
    "ctx",
    "ns"
  ].includes(verb)) {
    return "T0";
  }
  if (verb === "auth") return inv.positionals[0] === "reconcile" ? dry ? "T2" : "T3" : "T0";
  if (verb === "config")
    return ["view", "current-context", "get-contexts", "get-clusters", "get-users"].includes(inv.positionals[0] ?? "") ? "T0" : "T1";
  if (verb === "kustomize" || verb === "convert") return "T1";
  if (verb === "diff") return "T2";
  if (verb === "rollout") return ["status", "history"].includes(inv.positionals[0] ?? "") ? "T0" : dry ? "T2" : "T3";
  if (verb === "certificate" || verb === "debug" || verb === "attach" || verb === "exec" || verb === "cp") return "T3";
  return dry ? "T2" : "T3";
}
function helmTier(argv2) {
  const inv = kubeInvocation(argv2);
  const verb = inv.verb;
  if (!verb) return "T0";
  if (["status", "list", "ls", "get", "history", "hist", "show", "inspect", "search", "version", "env", "completion", "verify"].includes(verb))
    return "T0";
  if (verb === "repo" || verb === "dependency" || verb === "dep" || verb === "plugin" || verb === "registry") return "T1";
  if (["lint", "template", "package", "pull", "fetch", "create"].includes(verb)) return "T1";
  if (verb === "diff") return "T2";
  if (isDryRun(argv2)) return "T2";
  return "T3";
}
function fluxTier(argv2) {
  const verb = argv2.slice(1).find((a) => !a.startsWith("-"));
  if (!verb) return "T0";
  if (["get", "logs", "tree", "stats", "events", "check", "version", "export", "trace", "completion"].includes(verb)) return "T0";
  if (verb === "build") return "T1";
  if (verb === "diff") return "T2";
  if (argv2.includes("--export") || isDryRun(argv2)) return "T1";
  return "T3";
}
function gitTier(argv2) {
  const { sub, args } = gitInvocation(argv2);
  if (!sub) return "T0";
  if ([
    "status",
    "log",
    "diff",
    "show",
    "blame",
    "reflog",
    "describe",
    "shortlog",
    "grep",
    "ls-files",
    "ls-tree",
    "ls-remote",
    "rev-parse",
    "rev-list",
    "cat-file",
    "whatchanged",
    "help",
    "version",
    "var",
    "check-ignore",
    "name-rev",
    "for-each-ref",
    "show-ref",
    "count-objects",
    "fsck",
    "range-diff",
    "difftool",
    "cherry",
    "merge-base",
    "config",
    "remote",
    "branch",
    "tag",
    "stash",
    "worktree",
    "submodule",
    "notes",
    "bisect",
    "lfs"
  ].includes(sub)) {
    if (sub === "config" || sub === "remote" || sub === "branch" || sub === "tag" || sub === "stash" || sub === "worktree" || sub === "submodule" || sub === "notes" || sub === "bisect" || sub === "lfs") {
      return sub === "lfs" && args[0] === "push" ? "T3" : "T1";
    }
    return "T0";
  }
  if (sub === "push" || sub === "send-pack" || sub === "svn" && args[0] === "dcommit") {
    return args.includes("--dry-run") || args.some((a) => /^-[a-zA-Z]*n[a-zA-Z]*$/.test(a) && !a.includes("o")) ? "T2" : "T3";
  }
  return "T1";
}
var GH_READ = /* @__PURE__ */ new Set(["view", "list", "status", "diff", "checks", "search", "browse", "watch", "download", "ls"]);
function ghTier(argv2) {
  const [group, action] = argv2.slice(1).filter((a) => !a.startsWith("-"));
  if (!group) return "T0";
  if (group === "api") {
    const methods = argv2.flatMap(
      (a, i) => a === "-X" || a === "--method" ? [argv2[i + 1] ?? ""] : /^(-X|--method=)(.+)$/.test(a) ? [a.replace(/^(-X|--method=)/, "")] : []
    );
    const writes = methods.some((m) => !/^get$/i.test(m)) || argv2.some((a) => /^(-f|-F|--field|--raw-field|--input)/.test(a));
    return writes ? "T3" : "T0";
  }
  if (["auth", "config", "alias", "completion", "help", "version", "extension", "codespace"].includes(group)) return "T1";
  if (!action || GH_READ.has(action)) return "T0";
  if (group === "pr" && ["create", "checkout", "comment", "edit", "ready", "review"].includes(action)) return "T1";
  if (group === "issue" && ["create", "comment", "edit", "close", "reopen"].includes(action)) return "T1";
  if (group === "repo" && ["clone", "fork", "sync", "set-default"].includes(action)) return "T1";
  return "T3";
}
var CLOUD_READ = /^(describe|list|get|head|show|wait|help|lookup|batch-get|query|scan|search|filter|validate|estimate|simulate|test|check|preview|view|tail|read|print|lookup-events|ls)/;
function cloudTier(argv2) {
  const words = argv2.slice(1).filter((a) => !a.startsWith("-"));
  const tool = argv2[0];
  if (words.length === 0) return "T0";
  if (tool === "aws") {
    const [service, op] = words;
    if (["configure", "sso", "help"].includes(service)) return "T1";
    if (service === "sts") return "T0";
    if (service === "s3") return op === "ls" || op === "presign" ? "T0" : "T3";
    if (!op || CLOUD_READ.test(op)) return "T0";
    return argv2.includes("--dry-run") ? "T2" : "T3";
  }
  if (["config", "auth", "login", "logout", "account", "components", "init", "info", "help", "version", "extension", "feedback"].includes(
    words[0]
  ))
    return "T1";
  const last = words.slice(1).find(
    (w) => CLOUD_READ.test(w) || /^(create|delete|update|deploy|set|add|remove|start|stop|restart|resize|run|apply|import|submit|patch|reset|move|rename|enable|disable|attach|detach|upgrade|rollback|scale|invoke|purge|cancel)/.test(
      w
    )
  );
  if (!last) return "T1";
  return CLOUD_READ.test(last) ? "T0" : "T3";
}
function packageTier(argv2) {
  const sub = argv2.slice(1).find((a) => !a.startsWith("-"));
  if (sub === "publish" || sub === "unpublish" || sub === "deprecate" || sub === "owner" || sub === "dist-tag" && argv2.includes("add")) {
    return isDryRun(argv2) ? "T2" : "T3";
  }
  return "T1";
}
function dockerTier(argv2) {
  const words = argv2.slice(1).filter((a) => !a.startsWith("-"));
  const sub = words[0] === "image" || words[0] === "container" || words[0] === "buildx" ? words[1] : words[0];
  if (!sub) return "T0";
  if (["ps", "images", "inspect", "logs", "version", "info", "stats", "top", "history", "ls", "events", "port", "diff", "search"].includes(
    sub
  ))
    return "T0";
  if (sub === "push") return "T3";
  if (argv2.includes("--push")) return "T3";
  if (words[0] === "stack" || words[0] === "service" || words[0] === "swarm" || words[0] === "context" && words[1] === "use") return "T3";
  return "T1";
}
function otherKnownTier(name, argv2) {
  const sub = argv2.slice(1).find((a) => !a.startsWith("-"));
  switch (name) {
    case "pulumi":
      return sub === "up" || sub === "update" || sub === "destroy" || sub === "import" || sub === "refresh" || sub === "cancel" ? "T3" : sub === "preview" ? "T2" : "T1";
    case "cdk":
    case "cdktf":
      return sub === "deploy" || sub === "destroy" || sub === "bootstrap" ? "T3" : sub === "diff" ? "T2" : "T1";
    case "serverless":
    case "sls":
      return sub === "deploy" || sub === "remove" || sub === "rollback" ? "T3" : "T1";
    case "ansible-playbook":
      return argv2.includes("--check") || argv2.includes("-C") ? "T2" : "T3";
    case "ansible":
      return "T3";
    case "argocd":
      return sub === "app" && ["sync", "delete", "rollback", "set", "create", "patch", "terminate-op"].includes(
        argv2.slice(1).filter((a) => !a.startsWith("-"))[1] ?? ""
      ) ? "T3" : "T0";
    case "vault":
      return ["read", "list", "status", "version", "login", "print", "path-help", "token"].includes(sub ?? "") || sub === "kv" && ["get", "list", "metadata"].includes(argv2.slice(1).filter((a) => !a.startsWith("-"))[1] ?? "") ? "T0" : "T3";
    case "twine":
      return sub === "upload" ? "T3" : "T1";
    case "cargo":
    case "gem":
    case "poetry":
      return sub === "publish" || sub === "push" || sub === "yank" ? "T3" : "T1";
    case "kustomize":
    case "tflint":
    case "helmfile":
      return name === "helmfile" && ["apply", "sync", "destroy", "delete"].includes(sub ?? "") ? "T3" : name === "helmfile" && sub === "diff" ? "T2" : "T1";
    case "skaffold":
      return sub === "run" || sub === "deploy" || sub === "delete" || sub === "apply" ? "T3" : "T1";
    case "heroku":
    case "fly":
    case "flyctl":
    case "vercel":
    case "netlify":
    case "firebase":
    case "wrangler":
      return sub === "deploy" || sub === "publish" || sub === "destroy" || sub === "delete" || sub === "releases:rollback" || argv2.includes("--prod") ? "T3" : "T1";
    case "kill":
    case "killall":
    case "pkill":
      return "T1";
    // local processes
    case "systemctl":
    case "service":
    case "reboot":
    case "shutdown":
      return name === "systemctl" && ["status", "list-units", "show", "is-active", "cat"].includes(sub ?? "") ? "T0" : "T3";
  }
  return void 0;
}
function tierOf(cmd, policy) {
  const name = cmd.argv[0];
  if (name === void 0 || name === "") return "T0";
  if ((name === "npx" || name === "bunx" || name === "pnpx") && cmd.argv.length > 1) {
    const rest = cmd.argv.slice(1).filter((a, i, all) => !a.startsWith("-") || all.slice(0, i).some((b) => !b.startsWith("-")));
    if (rest.length > 0 && rest[0] !== name) return tierOf({ ...cmd, argv: rest, dynamic: rest.map(() => false) }, policy);
  }
  switch (name) {
    case "terraform":
    case "tofu":
    case "terragrunt":
      return terraformTier(cmd.argv);
    case "kubectl":
    case "oc":
      return kubectlTier(cmd.argv);
    case "helm":
      return helmTier(cmd.argv);
    case "flux":
      return fluxTier(cmd.argv);
    case "git":
      return gitTier(cmd.argv);
    case "gh":
    case "glab":
      return ghTier(cmd.argv);
    case "aws":
    case "gcloud":
    case "az":
    case "gsutil":
    case "doctl":
    case "eksctl":
      return cloudTier(cmd.argv);
    case "npm":
    case "yarn":
    case "pnpm":
      return packageTier(cmd.argv);
    case "docker":
    case "podman":
    case "nerdctl":
      return dockerTier(cmd.argv);
    case "sed":
      return cmd.argv.some((a) => /^-[a-zA-Z]*i/.test(a) || a.startsWith("--in-place")) ? "T1" : "T0";
  }
  const other = otherKnownTier(name, cmd.argv);
  if (other) return other;
  if (READERS.has(name)) return "T0";
  if (LOCAL.has(name) || SHELLS.has(name)) return "T1";
  if (isDryRun(cmd.argv)) return "T2";
  return policy.mode === "strict" ? "T3" : "T1";
}

// src/guard/rules/approval-gate.ts
var approvalGate = (ctx) => {
  const hits = [];
  const commands = ctx.analysis.commands;
  commands.forEach((cmd, index) => {
    if (tierOf(cmd, ctx.policy) !== "T3") return;
    const approval = ctx.approval;
    const shown2 = cmd.text.slice(0, 200);
    if (!approval?.affirmed) {
      const known = ctx.policy.mode === "strict" ? " (strict mode: commands execguard does not know count as T3)" : "";
      hits.push({
        id: "approval-gate",
        decision: "deny",
        reason: `approval-gate: blocked \`${shown2}\`: it changes live state (tier T3)${known} and no approval is active` + (approval && !approval.affirmed && approval.text ? ` (the text "${approval.text.slice(0, 80)}" does not approve, or refuses)` : "") + ". Do not run it yet: present your plan (what will change, where, how to roll back) to the user and end your message with `PLAN_STATUS: PENDING_APPROVAL`. Run it after the user approves."
      });
      return;
    }
    const conflict = environmentConflict(cmd, index, commands, approval, ctx.policy);
    if (conflict.length > 0) {
      hits.push({
        id: "approval-gate",
        decision: "deny",
        reason: `approval-gate: blocked \`${shown2}\`: the approval covers ${approval.environments.join("/")} but this command targets ${conflict.join("/")}. Run it only against the approved environment, or present a plan for ${conflict.join("/")} and end with \`PLAN_STATUS: PENDING_APPROVAL\`.`
      });
    }
  });
  return hits;
};

// src/guard/rules/commit-convention.ts
var BASE_TYPES = ["build", "chore", "ci", "docs", "feat", "fix", "perf", "refactor", "revert", "style", "test"];
var AUTOSQUASH = /^(fixup|squash|amend)! /;
var SHORT_VALUED = /* @__PURE__ */ new Set(["m", "F", "C", "c", "t"]);
var SHORT_ATTACHED = /* @__PURE__ */ new Set(["S", "u"]);
var LONG_VALUED = /* @__PURE__ */ new Set([
  "message",
  "file",
  "reuse-message",
  "reedit-message",
  "template",
  "author",
  "date",
  "cleanup",
  "fixup",
  "squash",
  "trailer",
  "pathspec-from-file"
]);
function readMessage(cmd, args) {
  const parts = [];
  let fromStdin = false;
  let keepsMessage = false;
  let firstDynamic = false;
  const argOffset = cmd.argv.length - args.length;
  const isDyn = (i) => cmd.dynamic[argOffset + i] === true;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--") break;
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      const name = eq === -1 ? a.slice(2) : a.slice(2, eq);
      const value = eq === -1 ? LONG_VALUED.has(name) ? args[++i] : void 0 : a.slice(eq + 1);
      const valueIndex = eq === -1 ? i : i;
      if (name === "message") {
        if (value === void 0) continue;
        if (parts.length === 0 && isDyn(valueIndex)) firstDynamic = true;
        parts.push(value);
      } else if (name === "file" && (value === "-" || value === "/dev/stdin")) fromStdin = true;
      else if (name === "file" || name === "reuse-message" || name === "reedit-message" || name === "fixup" || name === "squash")
        keepsMessage = true;
      else if (name === "no-edit") keepsMessage = true;
      continue;
    }
    if (a.startsWith("-") && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j];
        if (SHORT_ATTACHED.has(c)) break;
        if (!SHORT_VALUED.has(c)) continue;
        const inline = a.slice(j + 1);
        const value = inline !== "" ? inline : args[++i];
        if (c === "m" && value !== void 0) {
          if (parts.length === 0 && isDyn(i)) firstDynamic = true;
          parts.push(value);
        } else if (c === "F" && (value === "-" || value === "/dev/stdin" || value === void 0 && cmd.stdin !== void 0))
          fromStdin = true;
        else if (c === "F" || c === "C" || c === "c") keepsMessage = true;
        break;
      }
    }
  }
  if (parts.length > 0) return firstDynamic ? void 0 : { parts };
  if (fromStdin) return cmd.stdin?.text !== void 0 ? { parts: [cmd.stdin.text] } : void 0;
  void keepsMessage;
  return void 0;
}
function subjectOf(parts) {
  const lines = parts[0].replace(/\r\n/g, "\n").split("\n");
  const first = lines.find((l) => l.trim() !== "") ?? "";
  return first.replace(/\s+$/, "");
}
var linter;
function loadLinter() {
  linter ??= (async () => {
    const [lintModule, configModule] = await Promise.all([import("./lint-MTMZMPMV.mjs"), import("./lib-IOSYMZVH.mjs")]);
    const unwrap2 = (m) => {
      let v = m;
      for (let i = 0; i < 3 && v && typeof v !== "function" && typeof v === "object" && "default" in v; i++)
        v = v.default;
      return v;
    };
    const lint = unwrap2(lintModule);
    const config = unwrap2(configModule);
    return { lint, rules: config.rules };
  })().catch((error) => {
    linter = void 0;
    throw error;
  });
  return linter;
}
async function problems(parts, policy) {
  const subject = subjectOf(parts);
  const found = [];
  if (AUTOSQUASH.test(subject)) return found;
  const types = [...BASE_TYPES, ...policy.commit.extraTypes];
  const escaped = types.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const pattern = new RegExp(`^(${escaped.join("|")})(\\([^()\\s][^()]*\\))?!?: \\S.*$`);
  if (!pattern.test(subject)) {
    found.push(
      `the subject "${subject.slice(0, 120)}" does not match \`type(scope)!: subject\` with a lower-case type from ${types.join(", ")}`
    );
  }
  if (subject.length > policy.commit.headerMaxLength) {
    found.push(`the subject is ${subject.length} characters long (at most ${policy.commit.headerMaxLength})`);
  }
  if (found.length === 0) {
    const { lint, rules } = await loadLinter();
    const selected = {};
    for (const name of ["type-case", "type-empty", "subject-empty", "header-trim"]) if (rules[name]) selected[name] = rules[name];
    selected["type-enum"] = [2, "always", types];
    selected["header-max-length"] = [2, "always", policy.commit.headerMaxLength];
    const outcome = await lint(subject, selected, {
      parserOpts: { headerPattern: /^(\w*)(?:\((.*)\))?!?: (.*)$/, headerCorrespondence: ["type", "scope", "subject"] }
    });
    if (!outcome.valid) found.push(...outcome.errors.map((e) => `commitlint ${e.name}: ${e.message}`));
  }
  const message2 = parts.join("\n\n");
  for (const trailer of policy.commit.forbiddenTrailers) {
    const t = trailer.toLowerCase();
    const line = message2.split("\n").find((l) => l.trim().toLowerCase().startsWith(t));
    if (line) found.push(`the message carries the forbidden trailer "${line.trim().slice(0, 120)}"`);
  }
  return found;
}
var commitConvention = async (ctx) => {
  const hits = [];
  for (const cmd of ctx.analysis.commands) {
    if (cmd.argv[0] !== "git") continue;
    const { sub, args } = gitInvocation(cmd.argv);
    if (sub !== "commit") continue;
    const message2 = readMessage(cmd, args);
    if (!message2?.parts || message2.parts.length === 0) continue;
    if (message2.parts.join("").trim() === "" && !args.includes("--allow-empty-message")) continue;
    const found = await problems(message2.parts, ctx.policy);
    if (found.length === 0) continue;
    hits.push({
      id: "commit-convention",
      decision: "deny",
      reason: `commit-convention: blocked \`git commit\`: ${found.join("; ")}. Commits must follow Conventional Commits, and no approval lifts this rule. Commit again with a subject such as \`fix(api): handle an empty token\` (type one of ` + [...BASE_TYPES, ...ctx.policy.commit.extraTypes].join(", ") + `, optional scope, \`!\` for breaking changes, at most ${ctx.policy.commit.headerMaxLength} characters); put details in further -m parts (the body).`
    });
  }
  return hits;
};

// src/guard/rules/git-force-push.ts
var PUSH_LONG = [
  "all",
  "branches",
  "mirror",
  "delete",
  "tags",
  "dry-run",
  "porcelain",
  "force",
  "force-with-lease",
  "force-if-includes",
  "recurse-submodules",
  "thin",
  "receive-pack",
  "exec",
  "set-upstream",
  "progress",
  "prune",
  "verify",
  "follow-tags",
  "signed",
  "atomic",
  "push-option",
  "ipv4",
  "ipv6",
  "repo",
  "quiet",
  "verbose",
  "no-verify"
];
var PUSH_VALUED = /* @__PURE__ */ new Set(["receive-pack", "exec", "repo", "push-option"]);
var FORCING = /* @__PURE__ */ new Set(["force", "force-with-lease", "force-if-includes", "mirror"]);
var SHORT_VALUED2 = /* @__PURE__ */ new Set(["o"]);
function longOption(name) {
  const resolve = (n) => {
    if (PUSH_LONG.includes(n)) return n;
    const matches = PUSH_LONG.filter((o) => o.startsWith(n));
    return matches.length === 1 ? matches[0] : matches.length > 1 ? "ambiguous" : void 0;
  };
  const direct = resolve(name);
  if (direct && direct !== "ambiguous") return { option: direct, negated: false };
  if (name.startsWith("no-")) {
    const negated = resolve(name.slice(3));
    if (negated === "ambiguous") return "ambiguous";
    if (negated) return { option: negated, negated: true };
  }
  return direct === "ambiguous" ? "ambiguous" : void 0;
}
function protectedBranch(ref, policy) {
  const branch = ref.replace(/^refs\/heads\//, "");
  const hit = policy.protectedBranches.find((p) => p.endsWith("*") ? branch.startsWith(p.slice(0, -1)) : branch === p);
  return hit ? branch : void 0;
}
function readPush(args, configs, policy) {
  const forcing = /* @__PURE__ */ new Map();
  let deleteFlag = false;
  const positionals = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--") {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      const resolved = longOption(eq === -1 ? a.slice(2) : a.slice(2, eq));
      if (resolved === "ambiguous") return { deletes: [] };
      if (!resolved) continue;
      const { option, negated } = resolved;
      if (FORCING.has(option)) forcing.set(option, negated ? void 0 : a);
      else if (option === "delete") deleteFlag = !negated;
      else if (PUSH_VALUED.has(option) && eq === -1 && !negated) i++;
      continue;
    }
    if (a.startsWith("-") && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j];
        if (c === "f") forcing.set("force", a);
        if (c === "d") deleteFlag = true;
        if (SHORT_VALUED2.has(c)) {
          if (j === a.length - 1) i++;
          break;
        }
      }
      continue;
    }
    positionals.push(a);
  }
  let force = [...forcing.values()].find((v) => v !== void 0);
  const refspecs = positionals.slice(1);
  for (const r of positionals) if (r.startsWith("+")) force ??= r;
  for (const c of configs) if (/^remote\.[^=]*\.(push|mirror)=\s*(\+|true)/i.test(c)) force ??= `-c ${c}`;
  const deletes = [];
  for (const r of refspecs) {
    const target = deleteFlag ? r.replace(/^\+/, "") : r.startsWith(":") ? r.slice(1) : void 0;
    if (target === void 0) continue;
    const branch = protectedBranch(target, policy);
    if (branch) deletes.push(branch);
  }
  return { force, deletes };
}
var gitForcePush = (ctx) => {
  const hits = [];
  const defined = [];
  for (const cmd of ctx.analysis.commands) {
    if (cmd.argv[0] !== "git") continue;
    const { sub, args, configs } = gitInvocation(cmd.argv, defined);
    if (sub === "config") {
      const words = args.filter((a) => !a.startsWith("-"));
      if (words.length >= 2 && /^alias\./i.test(words[0])) defined.push(`${words[0]}=${words.slice(1).join(" ")}`);
    }
    if (sub !== "push") continue;
    const { force, deletes } = readPush(args, configs, ctx.policy);
    if (!force && deletes.length === 0) continue;
    const approval = ctx.approval;
    if (approval?.affirmed && approval.forcePush) continue;
    const what = force ? `a history-rewriting push (\`${force}\`)` : `deleting the protected branch \`${deletes[0]}\``;
    const reason = `git-force-push: blocked \`${cmd.text.slice(0, 200)}\`: ${what}. Force pushes are blocked on every branch, --force-with-lease included, because an agent cannot tell a personal branch from a shared one. ` + (force ? 'Push without force (rebase or merge onto the remote branch first), or ask the user to approve the force push explicitly (the approval must say "force push").' : 'Protected branches are not deleted by an agent; ask the user to do it, or to approve it explicitly with "force push".');
    hits.push({ id: "git-force-push", decision: "deny", reason });
  }
  return hits;
};

// src/guard/rules/kubectl-delete-prod.ts
var HELM_DELETE = /* @__PURE__ */ new Set(["uninstall", "delete", "del", "un"]);
function isDelete(cmd) {
  const name = cmd.argv[0];
  if (name !== "kubectl" && name !== "oc" && name !== "helm") return void 0;
  const verb = kubeInvocation(cmd.argv).verb;
  if ((name === "kubectl" || name === "oc") && verb === "delete") return "kubectl";
  if ((name === "kubectl" || name === "oc") && verb === "replace" && hasOption(kubeInvocation(cmd.argv), "force")) return "kubectl";
  if (name === "helm" && verb && HELM_DELETE.has(verb)) return "helm";
  return void 0;
}
function judge(cmd, index, ctx, tool) {
  const policy = ctx.policy;
  const commands = ctx.analysis.commands;
  const inv = kubeInvocation(cmd.argv);
  const target = kubeTarget(cmd, index, commands);
  const prod = (v) => isProductionName(v, policy);
  const objects = tool === "kubectl" ? deletedNamespaces(inv.positionals) : [];
  const mass = tool === "kubectl" && hasOption(inv, "all", "A", "all-namespaces");
  const prodNamespace = [...target.namespaces, ...target.priorNamespaces].find(prod);
  if (prodNamespace) return { why: `namespace \`${prodNamespace}\` is production` };
  const prodObject = objects.find(prod);
  if (prodObject) return { why: `it deletes the production namespace \`${prodObject}\`` };
  const prodContext = [...target.contexts, ...target.priorContexts].find(prod);
  if (prodContext) return { why: `context \`${prodContext}\` is production` };
  const prodConfig = target.kubeconfigs.find(prod);
  if (prodConfig) return { why: `kubeconfig \`${prodConfig}\` is production` };
  const prodManifest = target.manifests.find(prod);
  if (prodManifest) return { why: `manifest path \`${prodManifest}\` is production` };
  if (mass) return { why: "it is a mass delete (`--all` / `-A` / `--all-namespaces`), which is blocked in every namespace" };
  if (/^none$/i.test(lastOption(inv, "dry-run") ?? "")) return { why: "`--dry-run=none` makes it a real deletion, not a simulation" };
  const dynamicTarget = cmd.dynamic.some((d, i) => d && i > 0);
  if (cmd.via.includes("xargs") || dynamicTarget) {
    const fed = [cmd.stdin?.text ?? "", ...commands.filter((c) => c !== cmd).flatMap((c) => c.argv.slice(1))].join(" ");
    if (segments(fed).some((s) => policy.productionNames.includes(s))) {
      return { why: "the names it deletes (from xargs or a loop) include production" };
    }
  }
  const local = [...target.contexts, ...target.priorContexts, ...target.kubeconfigs].some((c) => isLocalContext(c, policy));
  if (local) return {};
  const known = (v) => v !== "" && !/[$`]/.test(v);
  const named = [...target.namespaces, ...target.contexts, ...target.kubeconfigs, ...target.priorContexts, ...target.priorNamespaces].some(
    known
  );
  if (named) return {};
  if (ctx.currentKubeContext) {
    if (prod(ctx.currentKubeContext)) return { why: `the current kube context \`${ctx.currentKubeContext}\` is production` };
    return {};
  }
  if (objects.length > 0 && tool === "kubectl") return {};
  return { unknownTarget: true };
}
var kubectlDeleteProd = (ctx) => {
  const hits = [];
  const commands = ctx.analysis.commands;
  commands.forEach((cmd, index) => {
    const tool = isDelete(cmd);
    if (!tool) return;
    const simulated = tool === "helm" ? isDryRun(cmd.argv) : /^(client|server)$/i.test(lastOption(kubeInvocation(cmd.argv), "dry-run") ?? "");
    if (simulated) return;
    const verdict = judge(cmd, index, ctx, tool);
    let why = verdict.why;
    if (!why && verdict.unknownTarget) {
      if (ctx.policy.mode !== "strict") return;
      why = "it names no namespace or context and the current context is unknown (strict mode)";
    }
    if (!why) return;
    const approval = ctx.approval;
    const conflict = environmentConflict(cmd, index, commands, approval, ctx.policy);
    if (approval?.affirmed && approval.delete && conflict.length === 0) return;
    const what = tool === "helm" ? "helm uninstall" : "kubectl delete";
    let reason = `kubectl-delete-prod: blocked \`${cmd.text.slice(0, 200)}\`: ${what} where ${why}. `;
    if (approval?.affirmed && approval.delete) {
      reason += `The approval covers ${approval.environments.join("/")} but this command targets ${conflict.join("/")}; ask the user to approve this deletion for ${conflict.join("/")} explicitly.`;
    } else {
      reason += 'A generic approval does not cover deletions. Name a non-production namespace and context explicitly (`-n <ns> --context <ctx>`), delete objects one by one instead of `--all`, or present the exact deletion to the user, end with `PLAN_STATUS: PENDING_APPROVAL`, and wait for an approval that says "delete" (or "uninstall").';
    }
    hits.push({ id: "kubectl-delete-prod", decision: "deny", reason });
  });
  return hits;
};

// src/guard/write-targets.ts
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
      const base2 = posix3.basename(src.word);
      if (base2 === "." || base2 === ".." || base2 === "" || src.dynamic)
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
      const base2 = dir !== -1 ? { word: cmd.argv[dir + 1] ?? "", dynamic: cmd.dynamic[dir + 1] ?? false } : { word: ".", dynamic: false };
      if (extract) targets.push({ ...base2, tree: true });
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
    case "git": {
      const sub = cmd.argv.slice(1).find((a, k, rest2) => !a.startsWith("-") && !/^(-C|-c|--git-dir|--work-tree|--namespace)$/.test(rest2[k - 1] ?? ""));
      const at = sub === void 0 ? -1 : cmd.argv.indexOf(sub);
      const dirOpt = cmd.argv.indexOf("-C");
      const base2 = dirOpt !== -1 && dirOpt < at ? cmd.argv[dirOpt + 1] : void 0;
      const inBase = (o) => base2 ? { word: posix3.join(base2, o.word), dynamic: o.dynamic || (cmd.dynamic[dirOpt + 1] ?? false) } : o;
      const rest = at === -1 ? [] : cmd.argv.slice(at + 1).map((w, k) => ({ word: w, dynamic: cmd.dynamic[at + 1 + k] ?? false }));
      const pathspecs = rest.filter((o) => !o.word.startsWith("-"));
      if (sub === "rm" || sub === "mv" || sub === "restore" || sub === "checkout") {
        const dd = rest.findIndex((o) => o.word === "--");
        const files = sub === "rm" || sub === "mv" || dd === -1 ? pathspecs : rest.slice(dd + 1);
        const tree = sub === "mv" || sub === "rm" && rest.some((o) => /^-[a-zA-Z]*r/.test(o.word));
        targets.push(...files.map((o) => ({ ...inBase(o), tree })));
      } else if (sub === "clean" || sub === "apply" || sub === "am") {
        targets.push({ ...inBase({ word: ".", dynamic: false }), tree: true });
      }
      const i = sub === "clone" ? at : -1;
      if (i === -1) break;
      const ops = cmd.argv.slice(i + 1).map((w, k) => ({ word: w, dynamic: cmd.dynamic[i + 1 + k] ?? false })).filter(
        (o, k, arr) => !o.word.startsWith("-") && !/^-(b|o|c|-branch|-origin|-depth|-reference|-template|-config|-separate-git-dir|-jobs|u|-upload-pack|-filter)$/.test(
          arr[k - 1]?.word ?? ""
        )
      );
      const named = ops[0] ? posix3.basename(ops[0].word.replace(/\/+$/, "")).replace(/\.git$/, "") : "";
      const dir = ops[1] ?? (ops[0] ? { word: named, dynamic: /[$`*?[]/.test(named) } : void 0);
      if (dir) targets.push({ ...dir, tree: true });
      break;
    }
    case "find": {
      if (!cmd.argv.includes("-delete")) break;
      const roots = cmd.argv.slice(1).map((w, k) => ({ word: w, dynamic: cmd.dynamic[k + 1] ?? false }));
      const end = roots.findIndex((r) => /^[-(!]/.test(r.word));
      const paths = end === -1 ? roots : roots.slice(0, end);
      targets.push(...(paths.length ? paths : [{ word: ".", dynamic: false }]).map((r) => ({ ...r, tree: true })));
      break;
    }
  }
  for (let i = targets.length - 1; i >= 0; i--) if (/^[<>]\(/.test(targets[i].word)) targets.splice(i, 1);
  if (targets.length > 0 && cmd.via.some((v) => v.startsWith("find") || v.startsWith("xargs"))) {
    for (const t of targets) if (t.word.includes("{}") || t.word.includes("{xargs")) t.dynamic = true;
  }
  return targets;
}

// src/guard/rules/protected-path.ts
var INTERPRETERS = /* @__PURE__ */ new Set([
  "python",
  "python2",
  "python3",
  "node",
  "nodejs",
  "perl",
  "ruby",
  "php",
  "deno",
  "bun",
  "Rscript",
  "lua",
  "tclsh"
]);
var BODY_FLAGS = /* @__PURE__ */ new Set(["-c", "-e", "-E", "--eval", "-p", "--print", "-r", "-x"]);
var DATA2 = /* @__PURE__ */ new Set([
  "echo",
  "printf",
  "true",
  ":",
  "test",
  "[",
  "[[",
  "export",
  "local",
  "declare",
  "typeset",
  "readonly",
  "cd",
  "pushd",
  "basename",
  "dirname"
]);
var TREE_READERS = /* @__PURE__ */ new Set([
  "cp",
  "tar",
  "bsdtar",
  "zip",
  "7z",
  "rsync",
  "scp",
  "grep",
  "egrep",
  "rg",
  "ag",
  "find",
  "du",
  "cpio",
  "base64",
  "xxd",
  "od",
  "strings",
  "git"
]);
var READERS2 = /* @__PURE__ */ new Set([
  "cat",
  "less",
  "more",
  "head",
  "tail",
  "grep",
  "egrep",
  "fgrep",
  "rg",
  "ag",
  "ls",
  "stat",
  "wc",
  "diff",
  "cmp",
  "file",
  "jq",
  "bat",
  "tree",
  "du",
  "readlink",
  "realpath",
  "sha256sum",
  "sha1sum",
  "sha512sum",
  "md5sum",
  "cksum",
  "b2sum",
  "od",
  "hexdump",
  "strings",
  "column",
  "cut",
  "nl",
  "uniq",
  "tr",
  "pwd",
  "which",
  "type",
  "command",
  "false",
  "popd",
  "unset",
  "base64",
  "xxd",
  "execguard",
  "execguard.mjs"
]);
var RUNNERS = /* @__PURE__ */ new Set([
  "bash",
  "sh",
  "zsh",
  "dash",
  "ksh",
  "fish",
  "source",
  ".",
  "node",
  "nodejs",
  "python",
  "python2",
  "python3",
  "deno",
  "bun",
  "tsx",
  "php",
  "lua",
  "Rscript",
  "tclsh"
]);
var TAIL = " An agent may not change execguard's state, the plugin, Claude Code settings or the policy file, nor read execguard's keys; describe the change and ask the user to make it.";
function interpreterBody(cmd) {
  const [program = "", ...args] = cmd.argv;
  if (!INTERPRETERS.has(program.replace(/[\d.]+$/, "")) && !INTERPRETERS.has(program)) return void 0;
  const bodies = [];
  for (let i = 0; i < args.length; i++) {
    if (BODY_FLAGS.has(args[i]) && args[i + 1] !== void 0) bodies.push(args[i + 1]);
    else if (/^--eval=/.test(args[i])) bodies.push(args[i].slice(7));
  }
  if (cmd.stdin?.text && (args.includes("-") || !args.some((a) => !a.startsWith("-")))) bodies.push(cmd.stdin.text);
  return bodies.length ? bodies.join("\n") : void 0;
}
function folderOf(cmd, index, ctx, pp, homeKnown = true) {
  const start = ctx.cwd;
  if (/\bCDPATH\b/.test(ctx.raw) && ctx.analysis.commands.slice(0, index).some((c) => /^(cd|pushd)$/.test(c.argv[0] ?? "")))
    return void 0;
  if (cmd.cwd === void 0) {
    const moved = ctx.analysis.commands.slice(0, index).some((c) => c.argv[0] === "popd" || /^(cd|pushd)$/.test(c.argv[0] ?? "") && c.argv.includes("-"));
    return moved ? void 0 : start;
  }
  const r = resolveWord(cmd.cwd, /[$`*?[]/.test(cmd.cwd), start, pp, homeKnown);
  return r.kind === "path" ? r.path : void 0;
}
function writeHit(cmd, index, ctx, pp, homeKnown) {
  const cwd = folderOf(cmd, index, ctx, pp, homeKnown);
  const links = ctx.resolveLinks ?? ((p) => p);
  for (const target of writeTargets(cmd)) {
    const r = resolveWord(target.word, target.dynamic, cwd, pp, homeKnown);
    if (r.kind === "unknown") {
      return `\`${cmd.text.slice(0, 160)}\` writes to a place the guard cannot resolve statically (${r.why}); it could reach execguard's own files, so it is blocked. Write to a literal path inside the project instead.`;
    }
    if (r.kind === "glob") {
      const why2 = globWhy(r.dir, r.patterns, pp, cwd);
      if (why2) return `\`${cmd.text.slice(0, 160)}\` writes through a pattern that could match ${why2}.`;
      continue;
    }
    const real = links(r.path);
    const why = protectedWhy(r.path, pp) ?? protectedWhy(real, pp);
    if (why) return `\`${cmd.text.slice(0, 160)}\` would change ${r.path}, ${why}.`;
    if (target.tree) {
      const root = containsProtected(r.path, pp, cwd) ?? containsProtected(real, pp, cwd);
      if (root)
        return `\`${cmd.text.slice(0, 160)}\` writes to the whole of ${r.path}, which holds ${root} (${protectedWhy(root, pp) ?? "protected"}).`;
    }
  }
  return null;
}
function otherHit(cmd, index, ctx, pp, homeKnown) {
  const program = cmd.argv[0] ?? "";
  if (KNOWN_WRITERS.has(program) || READERS2.has(program) || DATA2.has(program)) return null;
  if (program === "yq" && !cmd.argv.some((a) => /^(-[a-zA-Z]*i|--inplace)$/.test(a))) return null;
  if (program === "sort" && !cmd.argv.some((a) => /^(-[a-zA-Z]*o|--output)/.test(a))) return null;
  const cwd = folderOf(cmd, index, ctx, pp, homeKnown);
  const links = ctx.resolveLinks ?? ((p) => p);
  let skipScript = RUNNERS.has(program.replace(/[\d.]+$/, "")) || RUNNERS.has(program);
  for (let i = 1; i < cmd.argv.length; i++) {
    if (cmd.dynamic[i]) continue;
    const raw = cmd.argv[i];
    const word = raw.startsWith("-") ? /^--?[\w-]+=(.+)$/.exec(raw)?.[1] ?? "" : raw;
    if (!word) continue;
    if (skipScript && !raw.startsWith("-")) {
      skipScript = false;
      continue;
    }
    if (!/^[/~]/.test(word) && !/(^|\/)(\.claude|\.execguard\.ya?ml)(\/|$)/.test(word)) continue;
    const r = resolveWord(word, false, cwd, pp, homeKnown);
    if (r.kind !== "path") continue;
    const why = protectedWhy(r.path, pp) ?? protectedWhy(links(r.path), pp);
    if (why) return `\`${cmd.text.slice(0, 160)}\` gives ${r.path} (${why}) to \`${program}\`, which may change it.`;
  }
  return null;
}
function membersOf(cmd, cwd, pp, homeKnown) {
  const tar = cmd.argv[0] === "tar" || cmd.argv[0] === "bsdtar";
  const out = [];
  let base2 = cwd;
  for (let i = 1; i < cmd.argv.length; i++) {
    const word = cmd.argv[i];
    const dynamic = cmd.dynamic[i] ?? false;
    const separate = tar && (word === "-C" || word === "--directory") && i + 1 < cmd.argv.length;
    const dir = separate ? cmd.argv[++i] : tar ? /^(?:-C|--directory=)(.+)$/.exec(word)?.[1] : void 0;
    if (dir !== void 0) {
      const r = resolveWord(dir, cmd.dynamic[i] ?? false, base2, pp, homeKnown);
      if (r.kind === "path") base2 = r.path;
      out.push({ word: dir, dynamic: cmd.dynamic[i] ?? false, base: base2 });
      continue;
    }
    out.push({ word: word.replace(/^--?[\w-]+=/, ""), dynamic, base: base2 });
  }
  return out;
}
function readHit(cmd, index, ctx, pp, homeKnown) {
  if (pp.readDenied.length === 0 || DATA2.has(cmd.argv[0] ?? "")) return null;
  const cwd = folderOf(cmd, index, ctx, pp, homeKnown);
  const links = ctx.resolveLinks ?? ((p) => p);
  const words = membersOf(cmd, cwd, pp, homeKnown);
  for (const r of cmd.redirects)
    if (r.op.includes("<") && !r.op.includes("<<")) words.push({ word: r.target, dynamic: /[$`*?[]/.test(r.target), base: cwd });
  for (const { word, dynamic, base: base2 } of words) {
    if (word.startsWith("-") || word === "") continue;
    const r = resolveWord(word, dynamic, base2, pp, homeKnown);
    if (r.kind === "path") {
      const real = links(r.path);
      if (pp.readDenied.some((k) => inside(r.path, k) || inside(real, k)))
        return `\`${cmd.text.slice(0, 160)}\` reads ${r.path}, execguard's keys.`;
      if (TREE_READERS.has(cmd.argv[0] ?? "") && // The state folder or any folder holding it (`tar -C ~/.local -cf - state`), short of `/`.
      pp.readDenied.some((k) => inside(k, r.path) && r.path !== "/")) {
        return `\`${cmd.text.slice(0, 160)}\` reads the whole of ${r.path}, which holds execguard's keys.`;
      }
    } else if (r.kind === "glob") {
      for (const k of pp.readDenied) {
        if (inside(r.dir, k)) return `\`${cmd.text.slice(0, 160)}\` reads through a pattern inside execguard's keys.`;
        if (!inside(k, r.dir)) continue;
        const rel = k.slice(r.dir.length).split("/").filter(Boolean);
        const n = Math.min(rel.length, r.patterns.length);
        if (rel.slice(0, n).every((name, i) => globMatches(r.patterns[i], name)))
          return `\`${cmd.text.slice(0, 160)}\` reads through a pattern that could match execguard's keys.`;
      }
    }
  }
  return null;
}
var protectedPath = (ctx) => {
  const pp = ctx.protectedPaths;
  if (!pp) return [];
  const hits = [];
  const deny = (why) => hits.push({ id: "protected-path", decision: "deny", reason: `protected-path: blocked: ${why}${TAIL}` });
  const keyText = pp.readDenied.find((k) => ctx.raw.includes(k)) ?? /\bgrant-signing\.key\b|\bhelper\.secret\b|execguard\/keys\b/.exec(ctx.raw)?.[0];
  if (keyText && ctx.analysis.commands.some((c) => !DATA2.has(c.argv[0] ?? ""))) deny(`the command names execguard's keys (${keyText}).`);
  const homeKnown = !/(^|[\s;&|(`'"])HOME\+?=/m.test(ctx.raw) && !/\bunset\b[^;&|\n]*\bHOME\b/.test(ctx.raw);
  if (hits.length === 0 && runsInterpreter(ctx.analysis.commands)) {
    const named = namesProtected(ctx.raw, pp);
    if (named) deny(`the command runs an interpreter and ${named}; the guard cannot tell what the program does to execguard's own files.`);
  }
  for (const [index, cmd] of ctx.analysis.commands.entries()) {
    if (hits.length > 0) break;
    const hit = writeHit(cmd, index, ctx, pp, homeKnown) ?? readHit(cmd, index, ctx, pp, homeKnown) ?? otherHit(cmd, index, ctx, pp, homeKnown);
    if (hit) {
      deny(hit);
      continue;
    }
    const body = interpreterBody(cmd);
    const named = body === void 0 ? null : namesProtected(body, pp);
    if (named)
      deny(
        `\`${cmd.argv[0]}\` runs a program whose text names execguard's own files (${named}); the guard cannot tell what it does to them.`
      );
  }
  return hits;
};

// src/guard/rules/secret-in-command.ts
var TOKEN_SHAPES = [
  { name: "an AWS access key id", pattern: /(?<![A-Za-z0-9])(?:AKIA|ASIA)[0-9A-Z]{16}(?![A-Za-z0-9])/ },
  { name: "a GitHub token", pattern: /(?<![A-Za-z0-9])(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{10,255}/ },
  { name: "a GitHub fine-grained token", pattern: /(?<![A-Za-z0-9])github_pat_[A-Za-z0-9_]{10,255}/ },
  { name: "a GitLab token", pattern: /(?<![A-Za-z0-9])glpat-[A-Za-z0-9_-]{10,255}/ },
  { name: "a Slack token", pattern: /(?<![A-Za-z0-9])xox[abpr]-[A-Za-z0-9-]{8,255}/ },
  { name: "a Stripe live key", pattern: /(?<![A-Za-z0-9])[sr]k_live_[A-Za-z0-9]{8,255}/ },
  { name: "an OpenAI key", pattern: /(?<![A-Za-z0-9])sk-proj-[A-Za-z0-9_-]{8,255}/ },
  { name: "an Anthropic key", pattern: /(?<![A-Za-z0-9])sk-ant-[A-Za-z0-9_-]{8,255}/ },
  { name: "an npm token", pattern: /(?<![A-Za-z0-9])npm_[A-Za-z0-9]{30,255}/ },
  { name: "a Docker Hub token", pattern: /(?<![A-Za-z0-9])dckr_pat_[A-Za-z0-9_-]{8,255}/ },
  { name: "a Vault token", pattern: /(?<![A-Za-z0-9])hvs\.[A-Za-z0-9_-]{10,255}/ },
  { name: "a Google API key", pattern: /(?<![A-Za-z0-9])AIza[0-9A-Za-z_-]{20,255}/ },
  { name: "a private key", pattern: /-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY( BLOCK)?-----/ },
  { name: "an AWS secret access key", pattern: /aws_secret_access_key["']?\s{0,5}[=:\s]\s{0,5}["']?[A-Za-z0-9/+=]{40}(?![A-Za-z0-9/+=])/i },
  { name: "an AWS session token", pattern: /AWS_SESSION_TOKEN=["']?(?![$"'`\s;&|)]|$)/ }
];
function isLiteral(value) {
  if (value === void 0) return false;
  const v = value.replace(/^["']+/, "");
  if (v === "" || /^[$`<]/.test(v) || /^["']*$/.test(v)) return false;
  if (/^\*+$/.test(v) || /^-/.test(v)) return false;
  return true;
}
var W = `[^\\n|;&]{0,300}?`;
var CREDENTIAL_KEY = /password|passwd|pwd|secret|token|key|credential|auth|api|private|cert/i;
var HELM_CREDENTIAL = /(password|passwd|pwd|secret|token|api[_-]?key|credentials?|private[_-]?key|auth[_-]?key)$/i;
var SLOTS = [
  {
    name: "a MySQL password (-p)",
    pattern: new RegExp(`\\b(?:mysql|mysqldump|mysqladmin|mariadb|mariadb-dump|mysqlimport|mysqlshow)\\b${W}\\s-p(?=[^\\s=])(\\S{1,300})`)
  },
  { name: "a MySQL password (--password)", pattern: new RegExp(`\\b(?:mysql|mysqldump|mysqladmin|mariadb)\\b${W}\\s-p=(\\S{1,300})`) },
  { name: "a redis-cli password (-a)", pattern: new RegExp(`\\bredis-cli\\b${W}\\s-a\\s{0,5}(\\S{1,300})`) },
  { name: "a password flag (--password)", pattern: /--password(?:=|\s{1,5})(\S{1,300})/ },
  {
    name: "a credential flag (--\u2026password / --\u2026token / --client-secret)",
    pattern: /(?<![\w-])--[a-z0-9-]{0,40}(?:password|passwd|token|api-key|apikey|client-secret|secret-key|secret-access-key)(?:=|\s{1,5})(\S{1,300})/i,
    when: (m) => !/^["']?(true|false|yes|no|none|null|0|1)["']?$/i.test(m[1])
  },
  {
    name: "an AWS secret given to aws configure",
    pattern: /\baws\s{1,5}configure\s{1,5}set\s{1,5}(?:aws_secret_access_key|aws_session_token)\s{1,5}(\S{1,300})/
  },
  {
    name: "a login password (-p)",
    pattern: new RegExp(`\\b(?:docker|podman|nerdctl|buildah|skopeo|helm|az|oras|crane)\\s${W}\\blogin\\b${W}\\s-p\\s{0,5}(\\S{1,300})`)
  },
  { name: "an sshpass password", pattern: new RegExp(`\\bsshpass\\b${W}\\s-p\\s{0,5}(\\S{1,300})`) },
  {
    name: "curl credentials (-u user:pass)",
    pattern: new RegExp(`\\bcurl\\b${W}\\s(?:-u|--user)(?:\\s{1,5}|=)?["']?[^\\s"':]{0,100}:([^\\s"']{1,300})`)
  },
  // the key says whether the value is a credential (`username=admin` is not); quoted values count
  {
    name: "a --from-literal secret value",
    pattern: /--from-literal(?:=|\s{1,5})["']?([^=\s"']{1,200})=["']?([^\s"']{1,300})/,
    group: 2,
    when: (m) => CREDENTIAL_KEY.test(m[1])
  },
  { name: "a literal Authorization header", pattern: /Authorization:\s{0,5}(?:Bearer|token|Basic)\s{1,5}([^\s"']{8,300})/i },
  {
    name: "a password in -var",
    pattern: /-var(?:=|\s{1,5})["']?[A-Za-z0-9_.-]{0,100}(?:password|passwd|secret|token|api_key)[A-Za-z0-9_.-]{0,100}\s{0,3}=\s{0,3}["']?([^\s"']{1,300})/i
  }
];
var SECRET_NAME = /(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|AUTHTOKEN|_authToken|ACCESS_KEY|PRIVATE_KEY)/i;
var SECRET_REFERENCE = /(_FILE|_PATH|_NAME|_ID|_ENV|_ARN|_REF|_KEY_ID|_TYPE|_DIR|_COUNT|_LENGTH|_TTL|_EXPIRY|_HEADER|_PREFIX|_URL|_URI|_ENDPOINT|_HOST|_PORT|_TIMEOUT|_SIZE|_LIMIT|_MODE|_ENABLED|_VERSION|_REGION|_PROVIDER|_SOURCE|_STORE|_MANAGER|_BACKEND|_ROTATION|_POLICY|_LIFETIME|_AGE|_DURATION|_INTERVAL|_LEN|_BITS|_BYTES|_RETRIES|_ATTEMPTS|_EXPIRES_IN|_EXPIRATION|_SECONDS|_MINUTES|_HOURS|_DAYS|_MS)$/i;
function assignmentSecret(raw) {
  const re = /(?:^|[\s;&|(`{'".,])(?:export\s{1,5}|declare\s{1,5}(?:-x\s{1,5})?|local\s{1,5})?((?:\/\/[^\s=]{1,200}:)?[A-Za-z_][A-Za-z0-9_]{0,100})=(["']?)([^\s"';&|]{0,300})/g;
  let m;
  let guard = 0;
  while ((m = re.exec(raw)) && guard++ < 1e4) {
    const name = m[1];
    const bare = name.replace(/^\/\/[^:]*:/, "");
    if (!SECRET_NAME.test(bare) || SECRET_REFERENCE.test(bare)) continue;
    if (/TOKEN/i.test(bare) && !/(^|_)(AUTH)?TOKEN($|_)|authToken|TOKEN$/i.test(bare)) continue;
    const value = m[3];
    if (!isLiteral(value)) continue;
    if (/^(true|false|null|none|yes|no)$/i.test(value)) continue;
    if (/[([{]/.test(value) || /^(os\.|process\.env|~?\/|\.\/)/.test(value)) continue;
    return `${bare}=\u2026`;
  }
  return void 0;
}
function urlPassword(raw) {
  const userinfo = /^[^\s/:@'"]{0,200}:([^\s/@'"]{1,300})@/;
  for (let at = raw.indexOf("://"); at !== -1; at = raw.indexOf("://", at + 3)) {
    const m = userinfo.exec(raw.slice(at + 3, at + 3 + 520));
    if (m && isLiteral(m[1])) return true;
  }
  return false;
}
function helmSetSecret(raw) {
  if (!raw.includes("--set")) return false;
  const re = /--set(?:-string)?(?:=|\s{1,5})(["']?)([^\s"']{1,2000})/g;
  let m;
  let guard = 0;
  while ((m = re.exec(raw)) && guard++ < 1e4) {
    for (const pair of m[2].split(",")) {
      const eq = pair.indexOf("=");
      if (eq <= 0) continue;
      const key = pair.slice(0, eq).split(".").pop() ?? "";
      if (HELM_CREDENTIAL.test(key) && isLiteral(pair.slice(eq + 1))) return true;
    }
  }
  return false;
}
function findSecret(raw) {
  for (const shape of TOKEN_SHAPES) if (shape.pattern.test(raw)) return shape.name;
  if (urlPassword(raw)) return "a password in a URL (user:pass@)";
  for (const slot of SLOTS) {
    const re = new RegExp(slot.pattern.source, slot.pattern.flags.includes("g") ? slot.pattern.flags : `${slot.pattern.flags}g`);
    let m;
    let guard = 0;
    while ((m = re.exec(raw)) && guard++ < 1e4) {
      if (m[0].length === 0) re.lastIndex++;
      if (slot.when && !slot.when(m)) continue;
      if (isLiteral(m[slot.group ?? 1])) return slot.name;
    }
  }
  if (helmSetSecret(raw)) return "a credential given to helm --set";
  const assigned = assignmentSecret(raw);
  if (assigned) return `a secret assigned as a literal (${assigned})`;
  return void 0;
}
var secretInCommand = (ctx) => {
  const found = findSecret(ctx.raw);
  if (!found) return [];
  return [
    {
      id: "secret-in-command",
      decision: "deny",
      reason: `secret-in-command: blocked: the command contains ${found} as a literal. Secrets on a command line end up in shell history, process lists, logs and transcripts, and no approval lifts this rule. Pass it by reference instead: an environment variable set outside the command (\`$TOKEN\`), \`--password-stdin\`, \`--from-file\`, \`-var-file\`, or a secret manager (\`$(vault kv get -field=\u2026 \u2026)\`). If this key is real, treat it as leaked and rotate it.`
    }
  ];
};

// src/guard/rules/session-env.ts
var NAMES = "EXECGUARD_HOME|EXECGUARD_SESSION_ID|CLAUDE_PLUGIN_DATA|CLAUDECODE|CLAUDE_CODE_SESSION_ID";
var NAME2 = new RegExp(`^(${NAMES})$`);
var DECLARE = /* @__PURE__ */ new Set(["export", "declare", "typeset", "local", "readonly"]);
var BARE = new RegExp(`(^|[;&|\\n({'"]\\s*|\\b(then|do|else)\\s+)(${NAMES})\\+?=`, "m");
var ENV_UNSET = new RegExp(`(^|\\s)(-u\\s*|--unset[=\\s]\\s*)['"]?(${NAMES})\\b`, "m");
var ENV_CLEAR = /(^|[\s;&|(])env\s+(-[a-zA-Z]*i\b|--ignore-environment\b|-\s)/m;
var IN_PROGRAM = [
  new RegExp(`(environ|process\\.env|\\$ENV|\\bENV)\\s*(\\.|\\[\\s*['"]?|\\{\\s*['"]?)(${NAMES})\\b`),
  new RegExp(`\\b(putenv|setenv|unsetenv|environ\\.pop|environ\\.update|environ\\.setdefault)\\b[^\\n]*\\b(${NAMES})\\b`)
];
function change(ctx) {
  for (const cmd of ctx.analysis.commands) {
    const assigned = Object.keys(cmd.assignments).find((k) => NAME2.test(k));
    if (assigned) return { name: assigned, how: "sets" };
    const [program = "", ...args] = cmd.argv;
    const named = args.map((a) => a.split("=")[0]).find((a) => NAME2.test(a));
    if (named && DECLARE.has(program)) return { name: named, how: "exports or declares" };
    if (named && program === "unset") return { name: named, how: "unsets" };
  }
  const bare = BARE.exec(ctx.raw);
  if (bare) return { name: bare[3], how: "sets" };
  if (ctx.analysis.commands.some((c) => c.via.includes("env") || c.argv[0] === "env")) {
    const unset = ENV_UNSET.exec(ctx.raw);
    if (unset) return { name: unset[3], how: "unsets (env -u)" };
    if (ENV_CLEAR.test(ctx.raw)) return { name: "the whole environment (env -i)", how: "clears" };
  }
  if (runsInterpreter(ctx.analysis.commands)) {
    for (const re of IN_PROGRAM) {
      const m = re.exec(ctx.raw);
      if (m)
        return {
          name: m.slice(1).reverse().find((g) => g && NAME2.test(g)) ?? "a session variable",
          how: "changes"
        };
    }
  }
  return void 0;
}
var sessionEnv = (ctx) => {
  if (!ctx.agentSession) return [];
  const found = change(ctx);
  if (!found) return [];
  return [
    {
      id: "session-env",
      decision: "deny",
      reason: `session-env: blocked: the command ${found.how} ${found.name}. In an agent session these variables tell execguard where its grants and keys are and which session it serves; an agent may not change them. Run the command without touching them.`
    }
  ];
};

// src/guard/rules/terraform-destroy.ts
function destroyFlag(args) {
  let on = false;
  for (const a of args) {
    const m = /^--?destroy(?:=(.*))?$/i.exec(a);
    if (m) on = m[1] === void 0 || !/^(false|0|f|no)$/i.test(m[1]);
  }
  return on;
}
function destroyPlanFile(inv) {
  if (inv.sub !== "plan" || !destroyFlag(inv.args)) return void 0;
  for (let i = 0; i < inv.args.length; i++) {
    const m = /^--?out(?:=(.*))?$/.exec(inv.args[i]);
    if (m) return m[1] ?? inv.args[i + 1];
  }
  return void 0;
}
var base = (p) => p.replace(/\/+$/, "").split("/").pop() ?? p;
function destroys(inv, destroyPlans) {
  const { sub, args } = inv;
  if (!sub) return void 0;
  if (sub === "destroy") return `\`${inv.tool} destroy\``;
  if (sub === "apply") {
    if (destroyFlag(args)) return `\`${inv.tool} apply -destroy\``;
    const planFile = args.find((a) => !a.startsWith("-"));
    if (planFile && destroyPlans.some((p) => p === planFile || base(p) === base(planFile))) {
      return `\`${inv.tool} apply ${planFile}\`, a plan created by \`plan -destroy\``;
    }
  }
  return void 0;
}
var terraformDestroy = (ctx) => {
  const hits = [];
  const commands = ctx.analysis.commands;
  const destroyPlans = [];
  commands.forEach((cmd, index) => {
    const inv = terraformInvocation(cmd.argv);
    if (!inv) return;
    const planFile = destroyPlanFile(inv);
    if (planFile) destroyPlans.push(planFile);
    const why = destroys(inv, destroyPlans);
    if (!why) return;
    const approval = ctx.approval;
    const conflict = environmentConflict(cmd, index, commands, approval, ctx.policy);
    if (approval?.affirmed && approval.destroy && conflict.length === 0) return;
    let reason = `terraform-destroy: blocked ${why} (\`${cmd.text.slice(0, 200)}\`). It destroys infrastructure, and `;
    if (approval?.affirmed && approval.destroy) {
      reason += `the approval covers ${approval.environments.join("/")} while this command targets ${conflict.join("/")}. Do not run it against another environment; ask the user to approve the destroy for ${conflict.join("/")} explicitly.`;
    } else {
      reason += `no approval explicitly authorizes destruction (a generic approval does not). Run \`${inv.tool} plan -destroy\` to show what would be destroyed, present it to the user, end with \`PLAN_STATUS: PENDING_APPROVAL\`, and wait for an approval that says "destroy" or "tear down".`;
    }
    hits.push({ id: "terraform-destroy", decision: "deny", reason });
  });
  return hits;
};

// src/guard/rules/unreadable.ts
var SENSITIVE = /* @__PURE__ */ new Set([
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
  "kubectx",
  "kubens",
  ...SHELLS,
  ...SOURCE_BUILTINS,
  "busybox",
  "eval",
  "exec",
  "python",
  "python3",
  "node",
  "perl",
  "ruby",
  "awk",
  "base64",
  "xxd",
  "xargs",
  "parallel",
  "sudo",
  "env",
  "ssh",
  "docker",
  "podman",
  "aws",
  "gcloud",
  "az",
  "npm",
  "pulumi",
  "argocd",
  "vault",
  "destroy",
  "delete",
  "apply",
  "push",
  "uninstall",
  "publish",
  "deploy",
  "rm",
  "reconcile",
  "merge",
  "rollout",
  "scale",
  "drain",
  "import",
  "taint",
  "state",
  "replace"
]);
var ALWAYS = /* @__PURE__ */ new Set([
  "hidden-subcommand",
  "hidden-script",
  "written-script",
  "dynamic-program",
  "dynamic-env"
]);
function sensitive(commands, unreadable2) {
  if (unreadable2.some((u) => ALWAYS.has(u.kind))) return true;
  for (const cmd of commands) if (cmd.argv.some((word) => SENSITIVE.has(word.toLowerCase()))) return true;
  for (const u of unreadable2) {
    for (const word of u.command.split(/[^\w.-]+/)) if (SENSITIVE.has(word.toLowerCase())) return true;
  }
  return false;
}
var shown = (unreadable2) => unreadable2.slice(0, 3).map((u) => u.detail).join("; ");
var unreadable = (ctx) => {
  const { analysis, policy } = ctx;
  if (analysis.boundHit) {
    return [
      {
        id: "unreadable",
        decision: "deny",
        reason: `unreadable: blocked: the command is too large or too deeply nested to analyse (${shown(analysis.unreadable) || "a resource bound was hit"}). Split it into smaller commands, or write the script to a file and show it to the user before running it.`
      }
    ];
  }
  if (analysis.unreadable.length === 0 || !sensitive(analysis.commands, analysis.unreadable)) return [];
  const decision = policy.mode === "strict" ? "deny" : "ask";
  return [
    {
      id: "unreadable",
      decision,
      reason: `unreadable: the guard could not read all of this command (${shown(analysis.unreadable)}), and it contains something a rule is about. ${decision === "deny" ? "Blocked (strict mode)." : "A human must confirm it."} Write it without dynamic or hidden parts (literal program names and arguments, no eval of computed strings) so it can be checked.`
    }
  ];
};

// src/guard/rules/index.ts
var RULES = [
  { id: "secret-in-command", rule: secretInCommand },
  { id: "commit-convention", rule: commitConvention },
  { id: "terraform-destroy", rule: terraformDestroy },
  { id: "kubectl-delete-prod", rule: kubectlDeleteProd },
  { id: "git-force-push", rule: gitForcePush },
  // Only act when decide() gives them their context (protected paths, an agent session).
  { id: "protected-path", rule: protectedPath },
  { id: "approval-flag", rule: approvalFlagRule },
  { id: "session-env", rule: sessionEnv },
  { id: "approval-gate", rule: approvalGate },
  { id: "unreadable", rule: unreadable }
];
var INTERNAL_ERROR = "internal-error";
var RULE_ORDER = [...RULES.map((r) => r.id), INTERNAL_ERROR];

// src/guard/evaluate.ts
var SEVERITY = { allow: 0, ask: 1, deny: 2 };
function combine(hits, tier, grantUsed) {
  const order = (id) => RULE_ORDER.indexOf(id);
  const sorted = [...hits].sort((a, b) => order(a.id) - order(b.id));
  let decision = "allow";
  for (const h of sorted) if (SEVERITY[h.decision] > SEVERITY[decision]) decision = h.decision;
  const rules = [];
  for (const h of sorted) if (!rules.some((r) => r.id === h.id)) rules.push({ id: h.id, reason: h.reason });
  const first = sorted.find((h) => h.decision === decision);
  const result = { decision, tier, rules, reason: first?.reason ?? "" };
  if (grantUsed) result.grantId = grantUsed;
  return result;
}
async function evaluate(raw, options = {}) {
  try {
    const text = typeof raw === "string" ? raw : String(raw);
    const policy = options.policy ?? DEFAULT_POLICY;
    const approval = options.approval ?? null;
    const analysis = await analyze(text, { aliases: policy.aliases });
    const ctx = {
      raw: text,
      analysis,
      approval,
      policy,
      currentKubeContext: options.currentKubeContext,
      ...await options.extend?.(analysis)
    };
    const hits = [];
    for (const { rule } of RULES) hits.push(...await rule(ctx));
    let tier = "T0";
    for (const cmd of analysis.commands) tier = maxTier(tier, tierOf(cmd, policy));
    const grantUsed = options.grantId && approval?.affirmed && tier === "T3" ? options.grantId : void 0;
    return combine(hits, tier, grantUsed);
  } catch (error) {
    const message2 = error instanceof Error ? error.message : String(error);
    return {
      decision: "deny",
      tier: "T3",
      rules: [
        {
          id: "internal-error",
          reason: `internal-error: the guard failed while checking this command (${message2}); it is blocked rather than let through unchecked. Retry, or report the error.`
        }
      ],
      reason: `internal-error: the guard failed while checking this command (${message2}); it is blocked rather than let through unchecked. Retry, or report the error.`
    };
  }
}

export {
  evaluate
};
