import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  SHELLS,
  SOURCE_BUILTINS,
  analyze,
  writeTargets
} from "./chunk-AQC73Q75.mjs";
import "./chunk-H5RYQ4RP.mjs";
import "./chunk-GLDXOGL5.mjs";

// src/guard/run-files/index.ts
import { posix as posix6 } from "node:path";

// src/guard/run-files/git.ts
import { posix } from "node:path";

// src/guard/run-files/package-scripts.ts
var PACKAGE_MANAGERS = /* @__PURE__ */ new Set(["npm", "pnpm", "yarn", "bun"]);
var BUILTINS = {
  npm: /* @__PURE__ */ new Set(),
  yarn: new Set(
    "add audit autoclean bin cache check config constraints create dedupe dlx exec explain generate-lock-entry global help import info init install licenses link list login logout node npm outdated owner pack patch patch-commit plugin policies publish rebuild remove search set stage tag team unlink unplug up upgrade upgrade-interactive version versions why workspace workspaces".split(" ")
  ),
  pnpm: new Set(
    "add audit bin config create dedupe deploy dlx doctor env exec fetch help i import init install install-test it licenses link list ln ls outdated pack patch patch-commit patch-remove prune publish rb rebuild recursive remove rm root server setup store un uninstall unlink up update upgrade why self-update approve-builds cat-file cat-index find-hash ignored-builds login logout".split(" ")
  ),
  bun: new Set(
    "add build create exec i init install link outdated patch pm publish remove repl rm test update upgrade unlink x why audit info completions discord help".split(" ")
  )
};
var VALUED = {
  npm: /* @__PURE__ */ new Set(["--prefix", "-w", "--workspace", "--loglevel", "--script-shell", "--userconfig", "--cache", "--registry"]),
  pnpm: /* @__PURE__ */ new Set(["-C", "--dir", "--filter", "-F", "--workspace-dir", "--loglevel", "--reporter"]),
  yarn: /* @__PURE__ */ new Set(["--cwd", "--modules-folder", "--cache-folder", "--mutex", "--network-timeout"]),
  bun: /* @__PURE__ */ new Set(["--cwd", "-c", "--config", "--filter", "-F", "--env-file", "--shell"])
};
function scriptRequest(argv) {
  const manager = argv[0];
  if (!PACKAGE_MANAGERS.has(manager)) return void 0;
  const request3 = { manager, scripts: [], args: [] };
  const rest = [];
  let afterDashes;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      afterDashes = argv.slice(i + 1);
      break;
    }
    if (rest.length === 0 || manager === "npm" || manager === "pnpm") {
      const eq = a.indexOf("=");
      const name = a.startsWith("--") && eq > 0 ? a.slice(0, eq) : a;
      const value = a.startsWith("--") && eq > 0 ? a.slice(eq + 1) : argv[i + 1];
      const consumes = VALUED[manager].has(name) && !(a.startsWith("--") && eq > 0);
      if (VALUED[manager].has(name)) {
        if (name === "--prefix" || name === "-C" || name === "--dir" || name === "--cwd") request3.dir = value;
        else if (name === "-w" || name === "--workspace" || name === "--filter" || name === "-F") request3.workspace = value;
        if (consumes) i++;
        continue;
      }
      if (a === "--if-present") request3.ifPresent = true;
      if (a === "-ws" || a === "--workspaces" || a === "-r" || a === "--recursive") request3.allWorkspaces = true;
      if (a === "--help" || a === "-h" || a === "--version" || a === "-v") return void 0;
      if (a.startsWith("-") && rest.length === 0) continue;
      if (a.startsWith("-") && (manager === "npm" || manager === "pnpm") && rest.length < 2) continue;
    }
    rest.push(a);
  }
  const [sub, ...more] = rest;
  const args = [...more.slice(sub === "run" || sub === "run-script" || sub === "rum" || sub === "urn" ? 1 : 0), ...afterDashes ?? []];
  const lifecycle = (name) => [`pre${name}`, name, `post${name}`];
  const install = ["preinstall", "install", "postinstall", "preprepare", "prepare", "postprepare"];
  if (sub === void 0) {
    if (manager === "yarn" || manager === "bun") return { ...request3, scripts: install };
    return void 0;
  }
  if (["run", "run-script", "rum", "urn"].includes(sub)) {
    const name = more[0];
    if (name === void 0) return void 0;
    return { ...request3, scripts: lifecycle(name), main: name, args };
  }
  if (manager === "npm") {
    const alias = { t: "test", tst: "test", test: "test", start: "start", stop: "stop", restart: "restart" };
    if (alias[sub]) {
      const name = alias[sub];
      if (name === "restart") return { ...request3, scripts: [...lifecycle("restart")], main: "restart", args };
      return { ...request3, scripts: lifecycle(name), main: name, args };
    }
    if (["install", "i", "in", "ins", "inst", "insta", "instal", "isnt", "isnta", "isntal", "ci", "clean-install", "install-clean"].includes(
      sub
    )) {
      return more.length === 0 ? { ...request3, scripts: install } : void 0;
    }
    if (["install-test", "it", "cit", "install-ci-test"].includes(sub)) return { ...request3, scripts: [...install, ...lifecycle("test")] };
    if (sub === "pack" || sub === "publish") {
      const publish = sub === "publish" ? ["prepublishOnly", "prepack", "prepare", "postpack", "publish", "postpublish"] : ["prepack", "prepare", "postpack"];
      return more.length === 0 ? { ...request3, scripts: publish } : void 0;
    }
    return void 0;
  }
  if (manager === "bun" && sub === "test") return void 0;
  if (sub === "install" || sub === "i") return more.length === 0 ? { ...request3, scripts: install } : void 0;
  if (BUILTINS[manager].has(sub)) return void 0;
  if (manager === "bun" && /[./]/.test(sub)) return void 0;
  return { ...request3, scripts: lifecycle(sub), main: sub, args };
}
function packageScripts(text) {
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    return { unreadable: "not valid JSON" };
  }
  if (!json || typeof json !== "object" || Array.isArray(json)) return { unreadable: "not a JSON object" };
  const scripts = json.scripts;
  if (scripts === void 0) return {};
  if (!scripts || typeof scripts !== "object" || Array.isArray(scripts)) return { unreadable: '"scripts" is not an object' };
  const out = {};
  for (const [name, value] of Object.entries(scripts)) {
    if (typeof value === "string") out[name] = value;
  }
  return out;
}
function scriptLine(text, name) {
  const at = text.indexOf(`${JSON.stringify(name)}`);
  if (at < 0) return void 0;
  return text.slice(0, at).split("\n").length;
}
function quote(word) {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

// src/guard/run-files/scripts.ts
function scriptArgs(cmd) {
  const [name, ...rest] = cmd.argv;
  if (SOURCE_BUILTINS.has(name)) {
    const i = rest[0] === "--" ? 1 : 0;
    if (rest[i] === void 0) return void 0;
    return { file: cmd.dynamic[i + 1] ? void 0 : rest[i], args: rest.slice(i + 1) };
  }
  if (!SHELLS.has(name)) return void 0;
  const fromStdin = (i) => cmd.stdin?.kind === "file" && cmd.stdin.from !== void 0 ? { file: cmd.stdin.from, args: rest.slice(i) } : void 0;
  for (let i = 0; i < rest.length; i++) {
    const t = rest[i];
    if (t === "--" || t === "-") {
      const file = rest[i + 1];
      if (t === "-" || file === void 0) return fromStdin(i + 1);
      return { file: cmd.dynamic[i + 2] ? void 0 : file, args: rest.slice(i + 2) };
    }
    if (t.startsWith("--")) {
      if (t === "--rcfile" || t === "--init-file") i++;
      continue;
    }
    if (/^[-+]/.test(t)) {
      const flags = t.slice(1);
      if (flags.includes("c")) return void 0;
      if (flags.includes("s")) return fromStdin(i + 1);
      if (/[oO]$/.test(flags)) i++;
      continue;
    }
    if (/^\/dev\/|^\/proc\//.test(t)) return void 0;
    return { file: cmd.dynamic[i + 1] ? void 0 : t, args: rest.slice(i + 1) };
  }
  return fromStdin(rest.length);
}
var SHELL_NAMES = /^(ba|z|da|k|mk|a|r|y)?sh$/;
function shellShebang(text) {
  if (!text.startsWith("#!")) return true;
  const line = text.slice(2, text.indexOf("\n") >= 0 ? text.indexOf("\n") : void 0).trim();
  const words2 = line.split(/\s+/);
  let program = (words2[0] ?? "").split("/").pop() ?? "";
  if (program === "env") {
    const rest = words2.slice(1).filter((w) => !w.startsWith("-") && !w.includes("="));
    program = (rest[0] ?? "").split("/").pop() ?? "";
  }
  return SHELL_NAMES.test(program);
}

// src/guard/run-files/git.ts
var BUILTIN = new Set(
  "add am annotate apply archive bisect blame branch bugreport bundle cat-file check-attr check-ignore check-mailmap check-ref-format checkout checkout-index cherry cherry-pick citool clean clone column commit commit-graph commit-tree config count-objects credential credential-cache credential-store daemon describe diagnose diff diff-files diff-index diff-tree difftool fast-export fast-import fetch fetch-pack filter-branch fmt-merge-msg for-each-ref for-each-repo format-patch fsck fsmonitor--daemon gc get-tar-commit-id grep gui hash-object help hook http-backend http-fetch http-push imap-send index-pack init init-db instaweb interpret-trailers log ls-files ls-remote ls-tree mailinfo mailsplit maintenance merge merge-base merge-file merge-index merge-one-file merge-tree mergetool mktag mktree multi-pack-index mv name-rev notes p4 pack-objects pack-redundant pack-refs patch-id prune prune-packed pull push range-diff read-tree rebase receive-pack reflog remote repack replace replay request-pull rerere reset restore rev-list rev-parse revert rm scalar send-email send-pack sh-i18n shortlog show show-branch show-index show-ref sparse-checkout stage stash status stripspace submodule svn switch symbolic-ref tag unpack-file unpack-objects update-index update-ref update-server-info upload-archive upload-pack var verify-commit verify-pack verify-tag version whatchanged worktree write-tree cvsexportcommit cvsimport cvsserver refs".split(" ")
);
var NETWORK = /* @__PURE__ */ new Set(["push", "fetch", "pull", "clone", "ls-remote", "remote", "submodule", "archive", "fetch-pack", "send-pack"]);
var INDEX_READERS = new Set(
  "status diff add commit checkout switch restore reset stash merge pull rebase rm mv ls-files clean grep update-index cherry-pick revert am apply describe worktree sparse-checkout".split(" ")
);
var FILTERING = new Set(
  "add commit checkout switch restore reset stash merge pull rebase cherry-pick revert status diff clone am archive worktree".split(" ")
);
var REF_UPDATERS = new Set(
  "commit merge pull push fetch branch tag reset rebase cherry-pick revert stash checkout switch am update-ref worktree clone".split(" ")
);
function hooksFor(sub, args) {
  const noVerify = args.includes("--no-verify") || sub === "commit" && args.some((a) => /^-[a-zA-Z]*n[a-zA-Z]*$/.test(a) && !a.startsWith("--"));
  const hooks = [];
  switch (sub) {
    case "commit":
      if (!noVerify) hooks.push("pre-commit", "commit-msg");
      hooks.push("prepare-commit-msg", "post-commit");
      if (args.includes("--amend")) hooks.push("post-rewrite");
      break;
    case "push":
      if (!noVerify) hooks.push("pre-push");
      break;
    case "merge":
      if (!noVerify) hooks.push("pre-merge-commit", "commit-msg");
      hooks.push("prepare-commit-msg", "post-merge");
      break;
    case "pull":
      if (!noVerify) hooks.push("pre-merge-commit", "commit-msg");
      hooks.push("prepare-commit-msg", "post-merge", "pre-rebase", "post-rewrite", "post-checkout");
      break;
    case "checkout":
    case "switch":
    case "clone":
      hooks.push("post-checkout");
      break;
    case "worktree":
      if (args[0] === "add") hooks.push("post-checkout");
      break;
    case "rebase":
      hooks.push("pre-rebase", "post-rewrite", "post-checkout", "prepare-commit-msg");
      break;
    case "am":
      hooks.push("applypatch-msg", "pre-applypatch", "post-applypatch", "post-rewrite");
      break;
    case "cherry-pick":
    case "revert":
      hooks.push("prepare-commit-msg", "commit-msg", "post-rewrite");
      break;
    case "gc":
      if (args.includes("--auto")) hooks.push("pre-auto-gc");
      break;
    case "send-email":
      hooks.push("sendemail-validate");
      break;
  }
  if (REF_UPDATERS.has(sub)) hooks.push("reference-transaction");
  if (INDEX_READERS.has(sub)) hooks.push("post-index-change");
  return hooks;
}
function opensEditor(sub, args) {
  const has = (...flags) => args.some((a) => flags.some((f) => a === f || a.startsWith(`${f}=`)));
  const shortHas = (letter) => args.some((a) => /^-[a-zA-Z]+$/.test(a) && a.includes(letter));
  switch (sub) {
    case "commit": {
      if (has("-e", "--edit")) return "editor";
      if (has("--no-edit", "-m", "--message", "-F", "--file", "-C", "--reuse-message", "--fixup") || shortHas("m") || shortHas("F"))
        return void 0;
      return "editor";
    }
    case "tag":
      return (has("-a", "--annotate", "-s", "--sign", "-u") || shortHas("a") || shortHas("s")) && !has("-m", "--message", "-F", "--file") && !shortHas("m") ? "editor" : has("-e", "--edit") ? "editor" : void 0;
    case "rebase":
      if (has("-i", "--interactive", "--edit-todo") || shortHas("i")) return "sequence";
      return void 0;
    case "config":
      return has("-e", "--edit") || args[0] === "edit" ? "editor" : void 0;
    case "add":
      return has("-e", "--edit", "-p", "--patch", "-i", "--interactive") ? "editor" : void 0;
    case "merge":
    case "pull":
    case "revert":
    case "cherry-pick":
      return has("-e", "--edit") ? "editor" : void 0;
    case "notes":
      return (args[0] === "add" || args[0] === "edit" || args[0] === "append") && !has("-m", "--message", "-F", "--file", "-C", "-c") ? "editor" : void 0;
    default:
      return void 0;
  }
}
var SHELL_KEYS = [
  { key: /^core\.sshcommand$/, when: (s) => NETWORK.has(s) },
  { key: /^core\.gitproxy$/, when: (s) => NETWORK.has(s) },
  { key: /^core\.askpass$/, when: (s) => NETWORK.has(s) },
  { key: /^credential\.(.+\.)?helper$/, when: (s) => NETWORK.has(s), bang: true },
  { key: /^remote\..+\.receivepack$/, when: (s) => s === "push" },
  { key: /^remote\..+\.uploadpack$/, when: (s) => s === "fetch" || s === "pull" || s === "clone" || s === "ls-remote" },
  { key: /^core\.fsmonitor$/, when: (s) => INDEX_READERS.has(s) },
  { key: /^diff\.external$/, when: (s, a) => s === "diff" && !a.includes("--no-ext-diff") || a.includes("--ext-diff") },
  { key: /^diff\..+\.(command|textconv)$/, when: (s) => ["diff", "log", "show", "blame", "grep", "format-patch", "cat-file"].includes(s) },
  { key: /^merge\..+\.driver$/, when: (s) => ["merge", "pull", "rebase", "cherry-pick", "revert", "stash", "am"].includes(s) },
  { key: /^filter\..+\.(clean|smudge|process)$/, when: (s) => FILTERING.has(s) },
  { key: /^difftool\..+\.cmd$/, when: (s) => s === "difftool" },
  { key: /^mergetool\..+\.cmd$/, when: (s) => s === "mergetool" },
  {
    key: /^gpg(\..+)?\.program$/,
    when: (s, a) => ["commit", "tag", "merge", "verify-commit", "verify-tag"].includes(s) && a.some((x) => /^-S|^--gpg-sign|^-s$|^--sign/.test(x))
  }
];
var DEFINING = /^(alias\..+|remote\..+\.(push|mirror|receivepack|uploadpack)|core\.(sshcommand|gitproxy|askpass|fsmonitor|editor|hookspath|pager)|sequence\.editor|diff\.external|diff\..+\.(command|textconv)|merge\..+\.driver|filter\..+\.(clean|smudge|process)|credential\.(.+\.)?helper|difftool\..+\.cmd|mergetool\..+\.cmd|gpg(\..+)?\.program|pager\..+|sendemail\..+cmd|uploadpack\.packobjectshook)$/;
var ENV_COMMANDS = [
  "GIT_SSH_COMMAND",
  "GIT_SSH",
  "GIT_EDITOR",
  "GIT_SEQUENCE_EDITOR",
  "GIT_EXTERNAL_DIFF",
  "GIT_ASKPASS",
  "GIT_PROXY_COMMAND",
  "GIT_PAGER"
];
function parse(argv) {
  const out = { dirs: [], configs: [], configEnv: [], args: [], globals: [] };
  let i = 1;
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith("-")) break;
    if (a === "--") {
      i++;
      break;
    }
    const eq = a.indexOf("=");
    const name = a.startsWith("--") && eq > 0 ? a.slice(0, eq) : a;
    const inline = a.startsWith("--") && eq > 0 ? a.slice(eq + 1) : void 0;
    const value = () => inline ?? argv[++i] ?? "";
    if (name === "-C") out.dirs.push(value());
    else if (/^-C./.test(a)) out.dirs.push(a.slice(2));
    else if (name === "-c") out.configs.push(splitSetting(value()));
    else if (/^-c./.test(a)) out.configs.push(splitSetting(a.slice(2)));
    else if (name === "--git-dir") out.gitDir = value();
    else if (name === "--work-tree") out.workTree = value();
    else if (name === "--config-env") {
      const setting = value();
      const eq2 = setting.lastIndexOf("=");
      if (eq2 > 0) out.configEnv.push([normalKey(setting.slice(0, eq2)), setting.slice(eq2 + 1)]);
    } else if (["--namespace", "--exec-path", "--super-prefix", "--list-cmds", "--attr-source"].includes(name)) {
      if (inline === void 0 && name !== "--exec-path") i++;
    } else out.globals.push(a);
  }
  out.sub = argv[i];
  out.args = argv.slice(i + 1);
  return out;
}
function splitSetting(text) {
  const eq = text.indexOf("=");
  return eq < 0 ? [text.toLowerCase(), "true"] : [normalKey(text.slice(0, eq)), text.slice(eq + 1)];
}
function normalKey(key) {
  const first = key.indexOf(".");
  const last = key.lastIndexOf(".");
  if (first < 0) return key.toLowerCase();
  if (first === last) return key.toLowerCase();
  return `${key.slice(0, first).toLowerCase()}${key.slice(first, last)}${key.slice(last).toLowerCase()}`;
}
var Config = class {
  constructor(entries) {
    this.entries = entries;
  }
  entries;
  get(key) {
    const k = normalKey(key);
    for (let i = this.entries.length - 1; i >= 0; i--) if (normalKey(this.entries[i].key) === k) return this.entries[i];
    return void 0;
  }
  matching(pattern) {
    const seen = /* @__PURE__ */ new Map();
    for (const e of this.entries) if (pattern.test(normalKey(e.key))) seen.set(normalKey(e.key), e);
    return [...seen.values()];
  }
  all(key) {
    const k = normalKey(key);
    return this.entries.filter((e) => normalKey(e.key) === k);
  }
};
var originShown = (origin, show) => origin.startsWith("file:") ? show(origin.slice(5)) : origin.replace(/:$/, "") || "the command line";
function definedCommand(key, value, gitPrefix) {
  const k = normalKey(key);
  if (k.startsWith("alias.")) {
    const v = value.trim();
    return v.startsWith("!") ? v.slice(1) : `${gitPrefix} ${v}`;
  }
  const push = /^remote\.(.+)\.push$/.exec(k);
  if (push) return `${gitPrefix} push ${quote(push[1])} ${quote(value.trim())}`;
  const mirror = /^remote\.(.+)\.mirror$/.exec(k);
  if (mirror) return /^(true|yes|on|1)$/i.test(value.trim()) ? `${gitPrefix} push --mirror ${quote(mirror[1])}` : void 0;
  if (/^credential\.(.+\.)?helper$/.test(k)) return value.trim().startsWith("!") ? value.trim().slice(1) : void 0;
  if (k === "core.fsmonitor" && /^(true|false|yes|no|on|off|0|1|)$/i.test(value.trim())) return void 0;
  if (k === "core.hookspath") return void 0;
  if (/^(core\.pager|pager\..+)$/.test(k) && !/[;&|`$]/.test(value)) return void 0;
  return value;
}
async function gitRuns(cmd, dir, reader, options) {
  const parsed = parse(cmd.argv);
  const found = { sources: [], unreadable: [] };
  const shown = `\`${cmd.text.slice(0, 80)}\``;
  for (const [key, name] of parsed.configEnv) {
    const value = cmd.assignments[name] ?? options.io?.env?.[name];
    if (value === void 0 || value === "")
      found.unreadable.push(`${shown}: --config-env ${key} takes its value from ${name}, which cannot be read`);
    else parsed.configs.push([key, value]);
  }
  if (!dir) return { sources: [], unreadable: [`${shown}: the folder git runs in cannot be read statically`] };
  const where = parsed.dirs.reduce((d, c) => posix.resolve(d, c), dir);
  const prefix = "git";
  const add = (text, label, origin, runDir = where, extra = {}) => found.sources.push({ label, origin, text, dir: runDir, ...extra });
  for (const [key, value] of parsed.configs) {
    if (!DEFINING.test(normalKey(key))) continue;
    const text = definedCommand(key, value, prefix);
    if (text) add(text, `git -c ${key}`, `git -c ${key}`);
  }
  for (const name of ENV_COMMANDS) {
    const value = cmd.assignments[name];
    if (value === void 0 || value === "") continue;
    add(name === "GIT_SSH" ? quote(value) : value, `${name}=`, `${name} set on the command`);
  }
  if (parsed.sub === "config") definedByConfigWrite(parsed.args, prefix, where, reader, found, add);
  const sub = parsed.sub;
  if (sub === void 0 || sub === "version" || sub === "help" || sub === "config" || parsed.args.includes("--help")) return found;
  const io = options.io;
  if (!io?.readGitConfig) {
    found.unreadable.push(`${shown}: git's configuration cannot be read here`);
    return found;
  }
  const env = {};
  for (const [k, v] of Object.entries(cmd.assignments)) if (v !== "" && /^(GIT_|HOME$|XDG_CONFIG_HOME$)/.test(k)) env[k] = v;
  if (parsed.gitDir) env.GIT_DIR = posix.resolve(where, parsed.gitDir);
  if (parsed.configs.length > 0) {
    env.GIT_CONFIG_COUNT = String(parsed.configs.length);
    parsed.configs.forEach(([key, value], k) => {
      env[`GIT_CONFIG_KEY_${k}`] = key;
      env[`GIT_CONFIG_VALUE_${k}`] = value;
    });
  }
  if (parsed.workTree) env.GIT_WORK_TREE = posix.resolve(where, parsed.workTree);
  const read = await io.readGitConfig(where, env);
  if ("unreadable" in read && read.missingFolder && !reader.changed(where, true)) return found;
  if ("unreadable" in read) {
    found.unreadable.push(`${shown}: git's configuration cannot be read (${read.unreadable})`);
    return found;
  }
  const changedFile = read.entries.map((e) => e.origin).find((o) => o.startsWith("file:") && reader.changed(o.slice(5), false, true));
  if (changedFile || read.commonDir && reader.changed(read.commonDir, true, true)) {
    found.unreadable.push(`${shown}: git's configuration or hooks are changed by an earlier part of the same command`);
    return found;
  }
  const config = new Config([
    ...read.entries.map((e) => ({ ...e, key: normalKey(e.key) })),
    ...parsed.configs.map(([key, value]) => ({ key, value, origin: "command line:" }))
  ]);
  const show = (o) => originShown(o, reader.show);
  const top = read.topLevel ?? where;
  if (!BUILTIN.has(sub)) {
    const alias = config.get(`alias.${sub}`);
    if (alias && alias.origin !== "command line:") {
      const value = alias.value.trim();
      const rest = parsed.args.map(quote).join(" ");
      if (value.startsWith("!"))
        add(`${value.slice(1)}${rest ? ` ${rest}` : ""}`, `git alias ${sub}`, `alias.${sub} in ${show(alias.origin)}`, top);
      else add(`${prefix} ${value}${rest ? ` ${rest}` : ""}`, `git alias ${sub}`, `alias.${sub} in ${show(alias.origin)}`);
    }
    return found;
  }
  if (sub === "push") pushFromConfig(parsed.args, config, prefix, show, add);
  for (const { key, when, bang } of SHELL_KEYS) {
    if (!when(sub, parsed.args)) continue;
    for (const e of config.matching(key)) {
      if (e.origin === "command line:") continue;
      const text = bang ? e.value.trim().startsWith("!") ? e.value.trim().slice(1) : void 0 : definedCommand(e.key, e.value, prefix);
      if (text) add(text, `git ${e.key}`, `${e.key} in ${show(e.origin)}`);
    }
  }
  const inherited = (name) => cmd.assignments[name] === void 0 ? options.io?.env?.[name] : void 0;
  if (NETWORK.has(sub)) {
    for (const name of ["GIT_SSH_COMMAND", "GIT_PROXY_COMMAND"]) {
      const v = inherited(name);
      if (v) add(v, `${name}`, `${name} in the environment`);
    }
    for (const name of ["GIT_SSH", "GIT_ASKPASS"]) {
      const v = inherited(name);
      if (v) add(quote(v), `${name}`, `${name} in the environment`);
    }
  }
  if (sub === "diff" && !parsed.args.includes("--no-ext-diff") || parsed.args.includes("--ext-diff")) {
    const v = inherited("GIT_EXTERNAL_DIFF");
    if (v) add(v, "GIT_EXTERNAL_DIFF", "GIT_EXTERNAL_DIFF in the environment");
  }
  const editing = opensEditor(sub, parsed.args);
  if (editing) {
    const editor = inherited("GIT_EDITOR") && { value: inherited("GIT_EDITOR"), origin: "GIT_EDITOR in the environment" } || config.get("core.editor") && {
      value: config.get("core.editor")?.value,
      origin: `core.editor in ${show(config.get("core.editor")?.origin ?? "")}`
    } || inherited("VISUAL") && { value: inherited("VISUAL"), origin: "VISUAL in the environment" } || inherited("EDITOR") && { value: inherited("EDITOR"), origin: "EDITOR in the environment" };
    if (editor && config.get("core.editor")?.origin !== "command line:")
      add(`${editor.value} .git/COMMIT_EDITMSG`, "git editor", editor.origin);
    if (editing === "sequence") {
      const sequence = inherited("GIT_SEQUENCE_EDITOR") && {
        value: inherited("GIT_SEQUENCE_EDITOR"),
        origin: "GIT_SEQUENCE_EDITOR in the environment"
      } || config.get("sequence.editor") && {
        value: config.get("sequence.editor")?.value,
        origin: `sequence.editor in ${show(config.get("sequence.editor")?.origin ?? "")}`
      };
      if (sequence && config.get("sequence.editor")?.origin !== "command line:")
        add(`${sequence.value} .git/rebase-merge/git-rebase-todo`, "git sequence editor", sequence.origin);
    }
  }
  const hooksPath = config.get("core.hookspath");
  let hooksDir;
  if (hooksPath?.value) {
    const v = hooksPath.value.trim();
    hooksDir = v.startsWith("~/") && options.homeDir ? posix.join(options.homeDir, v.slice(2)) : posix.resolve(top, v);
  } else if (read.commonDir) hooksDir = posix.join(read.commonDir, "hooks");
  if (hooksDir) {
    for (const hook of hooksFor(sub, parsed.args)) readHook(posix.join(hooksDir, hook), hook, top, reader, found);
  }
  return found;
}
function definedByConfigWrite(args, prefix, where, reader, found, add) {
  const words2 = [];
  let mode = "write";
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (/^--(file|blob|type|default|comment|value)$/.test(a) || a === "-f") {
      i++;
      continue;
    }
    if (/^--(get|get-all|get-regexp|get-urlmatch|list|unset|unset-all|rename-section|remove-section|edit|get-color|get-colorbool|show-origin|show-scope|name-only)$/.test(
      a
    ) || a === "-l" || a === "-e")
      mode = "read";
    if (a.startsWith("-")) continue;
    words2.push(a);
  }
  if (["get", "list", "unset", "rename-section", "remove-section", "edit"].includes(words2[0] ?? "")) return;
  if (words2[0] === "set") words2.shift();
  if (mode === "read" || words2.length < 2) return;
  const [key, ...rest] = words2;
  const value = rest.length > 1 && !DEFINING.test(normalKey(key)) ? rest[0] : rest.join(" ");
  if (normalKey(key) === "core.hookspath") {
    const dir = posix.resolve(where, value);
    for (const name of reader.list(dir) ?? []) if (HOOK_NAMES.has(name)) readHook(posix.join(dir, name), name, where, reader, found);
    return;
  }
  if (!DEFINING.test(normalKey(key))) return;
  const text = definedCommand(key, value, prefix);
  if (text) add(text, `git config ${key}`, `git config ${key}`);
}
var HOOK_NAMES = new Set(
  "applypatch-msg pre-applypatch post-applypatch pre-commit pre-merge-commit prepare-commit-msg commit-msg post-commit pre-rebase post-checkout post-merge pre-push pre-receive update proc-receive post-receive post-update reference-transaction push-to-checkout pre-auto-gc post-rewrite sendemail-validate fsmonitor-watchman p4-changelist p4-prepare-changelist p4-post-changelist p4-pre-submit post-index-change".split(" ")
);
function pushFromConfig(args, config, prefix, show, add) {
  const positionals = [];
  const kept = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--") {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith("-")) {
      if (/^--(all|branches|mirror|tags|delete)$/.test(a) || /^-[a-zA-Z]*d/.test(a)) return;
      if (/^--(repo|receive-pack|exec|push-option)$/.test(a) || a === "-o") i++;
      if (/^(-n|--dry-run)$/.test(a)) kept.push(a);
      continue;
    }
    positionals.push(a);
  }
  if (positionals.length > 1) return;
  const remotes = positionals.length === 1 ? [positionals[0]] : candidates(config);
  for (const remote of remotes) {
    for (const spec of config.all(`remote.${remote}.push`)) {
      if (!spec.value.trim().startsWith("+")) continue;
      add(
        [prefix, "push", ...kept, quote(remote), quote(spec.value.trim())].join(" "),
        `git push (remote.${remote}.push)`,
        `remote.${remote}.push in ${show(spec.origin)}`
      );
    }
    const mirror = config.get(`remote.${remote}.mirror`);
    if (mirror && /^(true|yes|on|1)$/i.test(mirror.value.trim())) {
      add(
        [prefix, "push", ...kept, "--mirror", quote(remote)].join(" "),
        `git push (remote.${remote}.mirror)`,
        `remote.${remote}.mirror in ${show(mirror.origin)}`
      );
    }
  }
}
function candidates(config) {
  const out = /* @__PURE__ */ new Set();
  for (const e of config.matching(/^branch\..+\.(pushremote|remote)$/)) out.add(e.value.trim());
  const d = config.get("remote.pushdefault");
  if (d) out.add(d.value.trim());
  out.add("origin");
  return [...out].filter(Boolean);
}
function readHook(path, hook, top, reader, found) {
  const got = reader.read(path);
  if (!("text" in got)) {
    if (got.unreadable === "missing" || got.unreadable === "a directory") return;
    if (got.binary && got.executable === false) return;
    found.unreadable.push(`the ${hook} hook ${reader.show(path)} is ${got.unreadable}`);
    return;
  }
  if (!got.executable) return;
  let text = got.text;
  if (!shellShebang(text)) {
    found.unreadable.push(
      `the ${hook} hook ${reader.show(path)} is a program the guard does not read (${text.split("\n")[0].slice(0, 60)})`
    );
    return;
  }
  const hookDir = posix.dirname(path);
  if (/(^|\/)\.husky\/_$/.test(hookDir)) {
    const user = posix.join(posix.dirname(hookDir), hook);
    const script = reader.read(user);
    if ("text" in script) text = script.text;
    else if (script.unreadable === "missing") return;
    else {
      found.unreadable.push(`the ${hook} hook ${reader.show(user)} is ${script.unreadable}`);
      return;
    }
    path = user;
  }
  text = text.split("\n").filter((line) => !/^\s*\.\s+"\$\(dirname\s+(--\s+)?"\$0"\)\/_\/husky\.sh"\s*$/.test(line)).join("\n").replaceAll('$(dirname -- "$0")', posix.dirname(path)).replaceAll('$(dirname "$0")', posix.dirname(path));
  found.sources.push({
    label: `git hook ${hook}`,
    origin: reader.show(path),
    file: reader.show(path),
    line: 1,
    text,
    dir: top,
    positional: [path]
  });
}

// src/guard/run-files/justfile.ts
import { posix as posix2 } from "node:path";
var DYNAMIC = "${__execguard_just_dynamic}";
var NAMES = ["justfile", "Justfile", "JUSTFILE", ".justfile"];
function request(argv) {
  const out = { calls: [], overrides: {}, dryRun: false };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (out.calls.length === 0 && a.startsWith("-")) {
      if (/^(-l|--list|--summary|-s|--show|--evaluate|--dump|--fmt|--choose|--variables|--help|-h|--version|-V|--init|--edit|-e|--groups|--completions|--changelog|--man)$/.test(
        a
      ))
        return void 0;
      if (a === "-n" || a === "--dry-run") out.dryRun = true;
      else if (a === "-f" || a === "--justfile") out.file = argv[++i];
      else if (a.startsWith("--justfile=")) out.file = a.slice(11);
      else if (a === "-d" || a === "--working-directory") out.dir = argv[++i];
      else if (a === "--set") {
        out.overrides[argv[i + 1] ?? ""] = argv[i + 2] ?? "";
        i += 2;
      } else if (/^(--shell|--shell-arg|--dotenv-filename|--dotenv-path|-E|--color|--command-color|--list-heading|--list-prefix|--timestamp-format|--chooser|--alias-style)$/.test(
        a
      ))
        i++;
      continue;
    }
    const assignment = /^([A-Za-z_][\w-]*)=(.*)$/s.exec(a);
    if (out.calls.length === 0 && assignment) {
      out.overrides[assignment[1]] = assignment[2];
      continue;
    }
    out.calls.push(a);
  }
  return out;
}
function parse2(text) {
  const parsed = { vars: /* @__PURE__ */ new Map(), exported: /* @__PURE__ */ new Set(), recipes: /* @__PURE__ */ new Map(), order: [], backticks: [] };
  const lines = text.split(/\r?\n/);
  let attributes = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    if (/^\s/.test(line)) continue;
    for (const m of line.matchAll(/`([^`]*)`/g)) parsed.backticks.push({ text: m[1], line: i + 1 });
    if (trimmed.startsWith("[")) {
      attributes.push(
        ...trimmed.slice(1, trimmed.lastIndexOf("]")).split(",").map((a) => a.trim())
      );
      continue;
    }
    const assignment = /^(export\s+)?([A-Za-z_][\w-]*)\s*:=\s*(.*)$/.exec(trimmed);
    if (assignment) {
      parsed.vars.set(assignment[2], assignment[3]);
      if (assignment[1]) parsed.exported.add(assignment[2]);
      attributes = [];
      continue;
    }
    if (/^(set|alias|import|mod|unexport)\b/.test(trimmed)) {
      attributes = [];
      continue;
    }
    const header = /^@?([A-Za-z_][\w-]*)([^:]*?):(?!=)(.*)$/.exec(trimmed);
    if (!header) continue;
    const params = header[2].trim().split(/\s+/).filter(Boolean).map((p) => {
      const variadic = /^[+*]/.test(p);
      const name = p.replace(/^[+*$]+/, "");
      const eq = name.indexOf("=");
      return eq < 0 ? { name, variadic } : { name: name.slice(0, eq), variadic, fallback: unquote(name.slice(eq + 1)) };
    });
    const [before, after = ""] = header[3].split("&&");
    const recipe = {
      name: header[1],
      params,
      deps: dependencies(before),
      after: dependencies(after),
      body: [],
      line: i + 1,
      noCd: attributes.includes("no-cd"),
      isDefault: attributes.includes("default")
    };
    attributes = [];
    for (; i + 1 < lines.length && (/^\s+\S/.test(lines[i + 1]) || lines[i + 1].trim() === ""); i++) {
      const body = lines[i + 1];
      if (body.trim() === "") continue;
      recipe.body.push({ text: body.replace(/^\s+/, ""), line: i + 2 });
    }
    parsed.recipes.set(recipe.name, recipe);
    parsed.order.push(recipe.name);
  }
  return parsed;
}
function dependencies(text) {
  const out = [];
  for (const m of text.matchAll(/\(([A-Za-z_][\w-]*)([^)]*)\)|([A-Za-z_][\w-]*)/g)) {
    if (m[3]) out.push({ name: m[3], args: [] });
    else out.push({ name: m[1], args: [...m[2].matchAll(/'[^']*'|"[^"]*"|\S+/g)].map((x) => unquote(x[0])) });
  }
  return out;
}
function unquote(text) {
  const t = text.trim();
  if (t.startsWith("'") && t.endsWith("'") || t.startsWith('"') && t.endsWith('"')) return t.slice(1, -1);
  return t;
}
function evaluate(expr, scope, depth = 0) {
  if (depth > 20) return DYNAMIC;
  const parts = expr.split(/\s+\+\s+/);
  if (parts.length > 1) return parts.map((p) => evaluate(p, scope, depth + 1)).join("");
  const t = expr.trim();
  if (/^'[^']*'$|^"[^"]*"$/.test(t)) return t.slice(1, -1);
  if (/^[A-Za-z_][\w-]*$/.test(t)) return scope.get(t) ?? DYNAMIC;
  if (t === "justfile_directory()" || t === "invocation_directory()") return scope.get(`__${t}`) ?? DYNAMIC;
  return DYNAMIC;
}
function interpolate(text, scope) {
  return text.replace(/\{\{\{\{/g, "\0").replace(/\{\{(.*?)\}\}/g, (_m, expr) => evaluate(expr, scope)).replace(/\u0000/g, "{{");
}
function justRun(cmd, dir, reader, home) {
  const req = request(cmd.argv);
  if (!req) return { sources: [], unreadable: [] };
  const shown = `\`${cmd.text.slice(0, 80)}\``;
  if (!dir) return { sources: [], unreadable: [`${shown}: the folder just runs in cannot be read statically`] };
  let file;
  let text;
  if (req.file) {
    file = posix2.resolve(dir, req.file.startsWith("~/") && home ? posix2.join(home, req.file.slice(2)) : req.file);
    const got = reader.read(file);
    if (!("text" in got)) return { sources: [], unreadable: [`${shown} reads ${reader.show(file)}, which is ${got.unreadable}`] };
    text = got.text;
  } else {
    search: for (let d = dir; ; d = posix2.dirname(d)) {
      for (const name of NAMES) {
        const got = reader.read(posix2.join(d, name));
        if ("text" in got) {
          file = posix2.join(d, name);
          text = got.text;
          break search;
        }
      }
      if (posix2.dirname(d) === d || d === home) break;
    }
  }
  if (!file || text === void 0) return { sources: [], unreadable: [`${shown}: no justfile can be read here`] };
  const parsed = parse2(text);
  const justDir = posix2.dirname(file);
  const scope = /* @__PURE__ */ new Map([
    ["__justfile_directory()", justDir],
    ["__invocation_directory()", dir]
  ]);
  for (const [name, expr] of parsed.vars) scope.set(name, Object.hasOwn(req.overrides, name) ? req.overrides[name] : evaluate(expr, scope));
  const sources = [];
  const unreadable = [];
  const show = reader.show(file);
  const env = {};
  for (const name of parsed.exported) {
    const v = scope.get(name);
    if (v !== void 0 && !v.includes(DYNAMIC)) env[name] = v;
  }
  for (const b of parsed.backticks) {
    sources.push({ label: "just `\u2026`", origin: `${show}:${b.line}`, file: show, line: b.line, text: b.text, dir: justDir });
  }
  const calls = [];
  if (req.calls.length === 0) {
    const first = [...parsed.recipes.values()].find((r) => r.isDefault) ?? parsed.recipes.get(parsed.order[0] ?? "");
    if (!first) return { sources, unreadable: [`${shown}: ${show} defines no recipe`] };
    calls.push({ name: first.name, args: [] });
  }
  for (let i = 0; i < req.calls.length; ) {
    const name = req.calls[i++];
    if (name.includes("::")) {
      unreadable.push(`${shown}: recipe ${name} is in a just module, which the guard does not read`);
      break;
    }
    const recipe = parsed.recipes.get(name);
    if (!recipe) {
      unreadable.push(`${shown}: ${show} defines no recipe \`${name}\``);
      break;
    }
    const takes = recipe.params.some((p) => p.variadic) ? Number.POSITIVE_INFINITY : recipe.params.length;
    const args = req.calls.slice(i, i + takes);
    i += args.length;
    calls.push({ name, args });
  }
  const done = /* @__PURE__ */ new Set();
  const run = (name, args, depth) => {
    const recipe = parsed.recipes.get(name);
    const key = `${name}\0${args.join("\0")}`;
    if (done.has(key) || depth > 32) return;
    done.add(key);
    if (!recipe) {
      unreadable.push(`${shown}: ${show} defines no recipe \`${name}\``);
      return;
    }
    const local = new Map(scope);
    recipe.params.forEach((p, k) => {
      local.set(
        p.name,
        p.variadic ? args.slice(k).join(" ") : args[k] ?? (p.fallback !== void 0 ? interpolate(p.fallback, local) : DYNAMIC)
      );
    });
    for (const dep of recipe.deps)
      run(
        dep.name,
        dep.args.map((a) => interpolate(a, local)),
        depth + 1
      );
    const runDir = recipe.noCd ? dir : justDir;
    const body = recipe.body;
    if (!req.dryRun && body.length > 0) {
      if (body[0].text.startsWith("#!")) {
        const script = body.map((b) => interpolate(b.text, local)).join("\n");
        sources.push({
          label: `just ${name}`,
          origin: `${show}:${body[0].line}`,
          file: show,
          line: body[0].line,
          text: script,
          dir: runDir,
          env
        });
      } else {
        for (const b of body) {
          const line = interpolate(b.text, local).replace(/^[@-]+/, "");
          sources.push({ label: `just ${name}`, origin: `${show}:${b.line}`, file: show, line: b.line, text: line, dir: runDir, env });
        }
      }
    }
    for (const dep of recipe.after)
      run(
        dep.name,
        dep.args.map((a) => interpolate(a, local)),
        depth + 1
      );
  };
  for (const call of calls) run(call.name, call.args, 0);
  return { sources, unreadable };
}

// src/guard/run-files/make-args.ts
var VALUED_SHORT = /* @__PURE__ */ new Set(["C", "f", "I", "o", "W", "E"]);
var OPTIONAL_NUMBER = /* @__PURE__ */ new Set(["j", "l"]);
var VALUED_LONG = /* @__PURE__ */ new Set([
  "--directory",
  "--file",
  "--makefile",
  "--include-dir",
  "--old-file",
  "--assume-old",
  "--new-file",
  "--assume-new",
  "--what-if",
  "--eval",
  "--jobserver-style",
  "--shuffle"
]);
function makeRequest(argv, dynamic) {
  const out = { dirs: [], files: [], targets: [], vars: {}, dryRun: false };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (dynamic[i]) return { unreadable: `\`make\` is given an argument that cannot be read statically (${a.slice(0, 60)})` };
    if (a === "--") {
      out.targets.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      const name = eq > 0 ? a.slice(0, eq) : a;
      const value = eq > 0 ? a.slice(eq + 1) : argv[i + 1];
      if (name === "--version" || name === "--help") return void 0;
      if (VALUED_LONG.has(name)) {
        if (eq < 0) i++;
        if (name === "--directory") out.dirs.push(value ?? ".");
        else if (name === "--file" || name === "--makefile") {
          out.file = value;
          if (value !== void 0) out.files.push(value);
        } else if (name === "--eval") return { unreadable: "make --eval runs makefile text given on the command line" };
        continue;
      }
      if (/^--(dry-run|just-print|recon|question|touch)$/.test(name)) out.dryRun = true;
      continue;
    }
    if (a.startsWith("-") && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const f = a[j];
        if (f === "v" && j === 1 && a.length === 2) return void 0;
        if (f === "n" || f === "q" || f === "t") out.dryRun = true;
        if (VALUED_SHORT.has(f)) {
          const value = j + 1 < a.length ? a.slice(j + 1) : argv[++i];
          if (f === "C") out.dirs.push(value ?? ".");
          if (f === "f") {
            out.file = value;
            if (value !== void 0) out.files.push(value);
          }
          if (f === "E") return { unreadable: "make -E runs makefile text given on the command line" };
          break;
        }
        if (OPTIONAL_NUMBER.has(f)) {
          if (j + 1 < a.length) break;
          if (/^\d+(\.\d+)?$/.test(argv[i + 1] ?? "")) i++;
          break;
        }
      }
      continue;
    }
    const assignment = /^([^=:\s]+)\s*(:::=|::=|:=|\?=|\+=|!=|=)(.*)$/s.exec(a);
    if (assignment) {
      out.vars[assignment[1]] = assignment[3];
      continue;
    }
    out.targets.push(a);
  }
  if (out.files.includes("-")) return { unreadable: "make -f - reads its makefile from stdin" };
  return out;
}

// src/guard/run-files/makefile.ts
import { posix as posix3 } from "node:path";
var DYNAMIC2 = "${__execguard_make_dynamic}";
var LIMITS = { visits: 500, lines: 2e3, expandDepth: 40, includes: 16 };
var SPECIAL = /^\.(PHONY|SUFFIXES|DEFAULT|PRECIOUS|INTERMEDIATE|NOTINTERMEDIATE|SECONDARY|SECONDEXPANSION|DELETE_ON_ERROR|IGNORE|LOW_RESOLUTION_TIME|SILENT|EXPORT_ALL_VARIABLES|NOTPARALLEL|ONESHELL|POSIX|WAIT)$/;
var DEFAULTS = {
  MAKE: "make",
  CC: "cc",
  CXX: "g++",
  CPP: "$(CC) -E",
  AR: "ar",
  AS: "as",
  LD: "ld",
  RM: "rm -f",
  LEX: "lex",
  YACC: "yacc",
  FC: "f77",
  PC: "pc",
  MAKEINFO: "makeinfo",
  TEX: "tex",
  SHELL: "/bin/sh",
  MAKEFLAGS: "",
  MFLAGS: "",
  MAKECMDGOALS: "",
  CFLAGS: "",
  CXXFLAGS: "",
  CPPFLAGS: "",
  LDFLAGS: "",
  LDLIBS: "",
  ARFLAGS: "rv",
  ".RECIPEPREFIX": ""
};
var ASSIGNMENT = /^((?:(?:override|export|private|unexport)\s+)*)([^\s:#=]+)\s*(:::=|::=|:=|\?=|\+=|!=|=)\s*([\s\S]*)$/;
function makeRun(request3, read) {
  const make = new Make(request3, read);
  for (const extra of request3.before ?? []) make.load(extra, true, false);
  for (const file of request3.files ?? [request3.file]) make.load(file);
  make.run();
  return { sources: make.sources, unreadable: make.unreadable };
}
var Make = class {
  constructor(request3, read) {
    this.request = request3;
    this.read = read;
    for (const [name, value] of Object.entries(request3.vars)) {
      this.vars.set(name, { value, recursive: false, fromCommandLine: true });
    }
    this.vars.set("CURDIR", { value: request3.dir, recursive: false });
    this.vars.set("MAKECMDGOALS", { value: request3.targets.join(" "), recursive: false });
  }
  request;
  read;
  vars = /* @__PURE__ */ new Map();
  rules = [];
  sources = [];
  unreadable = [];
  exported = /* @__PURE__ */ new Set();
  exportAll = false;
  firstTarget;
  includes = 0;
  lineCount = 0;
  // ---- reading the file ----
  load(path, optional = false, goals = true) {
    const got = this.read(path);
    if (!("text" in got)) {
      if (!optional || got.unreadable !== "missing")
        this.unreadable.push(`make reads ${this.request.show(path)}, which is ${got.unreadable}`);
      return;
    }
    const first = this.firstTarget;
    this.parse(got.text, path);
    if (!goals) this.firstTarget = first;
  }
  parse(text, file, firstLine = 1) {
    const lines = text.split(/\r?\n/);
    const conditions = [];
    const active = () => conditions.every((c) => c.state !== "false");
    let rule;
    const prefix = () => this.vars.get(".RECIPEPREFIX")?.value || "	";
    for (let i = 0; i < lines.length; i++) {
      const number = firstLine + i;
      const raw = lines[i];
      if (rule && raw.startsWith(prefix()) && active()) {
        let body = raw.slice(prefix().length);
        while (body.endsWith("\\") && i + 1 < lines.length) {
          i++;
          body += `
${lines[i].startsWith(prefix()) ? lines[i].slice(prefix().length) : lines[i]}`;
        }
        rule.recipe.push({ text: body, file, line: number });
        continue;
      }
      let logical = raw;
      while (logical.endsWith("\\") && i + 1 < lines.length) {
        i++;
        logical = `${logical.slice(0, -1)} ${lines[i].trimStart()}`;
      }
      logical = stripComment(logical).trim();
      if (raw.startsWith("	") && !rule && logical === "") continue;
      if (logical === "") continue;
      const directive = /^(ifeq|ifneq|ifdef|ifndef|else|endif)\b\s*(.*)$/.exec(logical);
      if (directive) {
        const [, word, rest] = directive;
        if (word === "endif") conditions.pop();
        else if (word === "else") {
          const top = conditions[conditions.length - 1];
          if (!top || top.state === "unknown") continue;
          const nested = /^(ifeq|ifneq|ifdef|ifndef)\b\s*(.*)$/.exec(rest);
          if (top.taken) top.state = "false";
          else if (nested) {
            const outerActive = conditions.slice(0, -1).every((c) => c.state !== "false");
            top.state = outerActive ? this.condition(nested[1], nested[2]) : "false";
          } else top.state = "true";
          top.taken ||= top.state === "true";
        } else {
          const state = active() ? this.condition(word, rest) : "false";
          conditions.push({ state, taken: state === "true" });
        }
        continue;
      }
      if (!active()) {
        if (/^define\b/.test(logical)) i = this.skipDefine(lines, i);
        continue;
      }
      const define = /^((?:(?:override|export|private)\s+)*)define\s+([^\s]+)\s*(=|:=|::=|\?=|\+=)?\s*$/.exec(logical);
      if (define) {
        const body = [];
        let depth = 1;
        for (i++; i < lines.length; i++) {
          if (/^\s*define\b/.test(lines[i])) depth++;
          if (/^\s*endef\b/.test(lines[i]) && --depth === 0) break;
          body.push(lines[i]);
        }
        this.assign(define[2], define[3] ?? "=", body.join("\n"), define[1], file, number);
        rule = void 0;
        continue;
      }
      const include = /^(-?include|sinclude)\s+(.*)$/.exec(logical);
      if (include) {
        rule = void 0;
        const optional = include[1] !== "include";
        for (const name of words(this.expand(include[2]))) {
          if (name.includes(DYNAMIC2) || name.includes("${")) {
            if (!optional) this.unreadable.push(`${this.request.show(file)} includes a file whose name make computes (${include[2]})`);
            continue;
          }
          if (++this.includes > LIMITS.includes) {
            this.unreadable.push(`${this.request.show(file)} includes more than ${LIMITS.includes} files`);
            break;
          }
          this.load(posix3.resolve(this.request.dir, name), optional);
        }
        continue;
      }
      const exportOnly = /^(export|unexport)(?:\s+(.*))?$/.exec(logical);
      if (exportOnly && !ASSIGNMENT.test(logical)) {
        if (exportOnly[1] === "export" && !exportOnly[2]) this.exportAll = true;
        for (const name of words(this.expand(exportOnly[2] ?? ""))) {
          if (exportOnly[1] === "export") this.exported.add(name);
          else this.exported.delete(name);
        }
        continue;
      }
      if (/^(vpath|VPATH|\.RECIPEPREFIX)\b/.test(logical) && !logical.includes(":")) continue;
      const colon = ruleColon(logical);
      const assignment = ASSIGNMENT.exec(logical);
      if (assignment && (colon < 0 || logical.indexOf(assignment[3]) <= colon)) {
        this.assign(assignment[2], assignment[3], assignment[4], assignment[1], file, number);
        rule = void 0;
        continue;
      }
      if (colon >= 0) {
        rule = this.ruleLine(logical, colon, file, number);
        continue;
      }
      if (logical.startsWith("$")) this.expand(logical, {}, { file, line: number });
    }
  }
  skipDefine(lines, i) {
    let depth = 1;
    for (i++; i < lines.length; i++) {
      if (/^\s*define\b/.test(lines[i])) depth++;
      if (/^\s*endef\b/.test(lines[i]) && --depth === 0) break;
    }
    return i;
  }
  condition(word, rest) {
    if (word === "ifdef" || word === "ifndef") {
      const name = this.expand(rest.trim());
      if (name.includes(DYNAMIC2)) return "unknown";
      const v = this.vars.get(name);
      if (!v && !Object.hasOwn(DEFAULTS, name)) return "unknown";
      const defined = (v?.value ?? DEFAULTS[name] ?? "") !== "";
      return defined === (word === "ifdef") ? "true" : "false";
    }
    const args = conditionArgs(rest);
    if (!args) return "unknown";
    const a = this.expand(args[0]).trim();
    const b = this.expand(args[1]).trim();
    if (a.includes("${") || b.includes("${")) return "unknown";
    return a === b === (word === "ifeq") ? "true" : "false";
  }
  assign(name, op, value, modifiers, file, line) {
    name = this.expand(name).trim();
    const existing = this.vars.get(name);
    const override = /\boverride\b/.test(modifiers);
    if (/\bexport\b/.test(modifiers)) this.exported.add(name);
    if (existing?.fromCommandLine && !override) return;
    switch (op) {
      case "?=":
        if (!existing) this.vars.set(name, { value, recursive: true, override });
        return;
      case "+=": {
        if (!existing) this.vars.set(name, { value, recursive: true, override });
        else {
          const added = existing.recursive ? value : this.expand(value);
          this.vars.set(name, { ...existing, value: existing.value ? `${existing.value} ${added}` : added, override });
        }
        return;
      }
      case "!=": {
        const command = this.expand(value);
        this.sources.push(this.source(command, `make reads ${posix3.basename(file)}`, file, line));
        this.vars.set(name, { value: DYNAMIC2, recursive: false, override });
        return;
      }
      case ":=":
      case "::=":
      case ":::=":
        this.vars.set(name, { value: this.expand(value, {}, { file, line }), recursive: false, override });
        return;
      default:
        this.vars.set(name, { value, recursive: true, override });
    }
  }
  ruleLine(logical, colon, file, line) {
    const doubleColon = logical[colon + 1] === ":";
    const left = logical.slice(0, colon);
    let right = logical.slice(colon + (doubleColon ? 2 : 1));
    let inline;
    const semi = topLevelIndex(right, ";");
    if (semi >= 0) {
      inline = right.slice(semi + 1).trimStart();
      right = right.slice(0, semi);
    }
    const targets = words(this.expand(left, {}, { file, line }));
    const targetVar = ASSIGNMENT.exec(right.trim());
    if (targetVar && !targetVar[2].includes("%") === true && inline === void 0) {
      for (const t of targets) {
        let r = this.rules.find((x) => x.targets.includes(t) && x.prereqs.length === 0 && x.recipe.length === 0 && x.vars.length > 0);
        if (!r) {
          r = { targets: [t], prereqs: [], recipe: [], doubleColon: false, vars: [] };
          this.rules.push(r);
        }
        r.vars.push({ name: targetVar[2], op: targetVar[3], value: targetVar[4] });
      }
      return void 0;
    }
    const second = ruleColon(right);
    let prereqs;
    if (second >= 0) {
      const pattern = right.slice(0, second).trim();
      const prereqPatterns = words(this.expand(right.slice(second + 1)));
      prereqs = [];
      for (const t of targets) {
        const stem = matchPattern(this.expand(pattern), t);
        if (stem === void 0) continue;
        prereqs.push(...prereqPatterns.map((p) => p.replace("%", stem)));
      }
    } else prereqs = words(this.expand(right.replace("|", " "), {}, { file, line }));
    const rule = { targets, prereqs, recipe: [], doubleColon, vars: [] };
    if (inline !== void 0 && inline !== "") rule.recipe.push({ text: inline, file, line });
    this.rules.push(rule);
    if (this.firstTarget === void 0) {
      const first = targets.find((t) => !(t.startsWith(".") && !t.includes("/")) && !t.includes("%"));
      if (first) this.firstTarget = first;
    }
    return rule;
  }
  // ---- expanding text ----
  expand(text, locals = {}, at, depth = 0) {
    if (depth > LIMITS.expandDepth) return DYNAMIC2;
    let out = "";
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c !== "$") {
        out += c;
        continue;
      }
      const next = text[i + 1];
      if (next === void 0) break;
      if (next === "$") {
        out += "$";
        i++;
        continue;
      }
      if (next === "(" || next === "{") {
        const close = matching(text, i + 1);
        if (close < 0) {
          out += DYNAMIC2;
          break;
        }
        out += this.reference(text.slice(i + 2, close), locals, at, depth + 1);
        i = close;
        continue;
      }
      out += this.variable(next, locals, at, depth + 1);
      i++;
    }
    return out;
  }
  reference(body, locals, at, depth) {
    const fn = /^([a-z-]+)[ \t]+([\s\S]*)$/.exec(body);
    if (fn && FUNCTIONS.has(fn[1])) return this.call(fn[1], fn[2], locals, at, depth);
    const sub = /^([^:]+):([^=]*)=(.*)$/s.exec(body);
    if (sub && !body.startsWith("$")) {
      const value = this.variable(this.expand(sub[1], locals, at, depth), locals, at, depth);
      const from = sub[2].includes("%") ? sub[2] : `%${sub[2]}`;
      const to = sub[3].includes("%") ? sub[3] : `%${sub[3]}`;
      return words(value).map((w) => patsubst(from, to, w)).join(" ");
    }
    return this.variable(this.expand(body, locals, at, depth), locals, at, depth);
  }
  variable(name, locals, at, depth) {
    if (Object.hasOwn(locals, name)) return locals[name];
    const dirFile = /^([@<^+*?%])([DF])$/.exec(name);
    if (dirFile && Object.hasOwn(locals, dirFile[1])) {
      return words(locals[dirFile[1]]).map((w) => dirFile[2] === "D" ? posix3.dirname(w) : posix3.basename(w)).join(" ");
    }
    const v = this.vars.get(name);
    if (v) return v.recursive ? this.expand(v.value, locals, at, depth) : v.value;
    if (Object.hasOwn(DEFAULTS, name)) return this.expand(DEFAULTS[name], locals, at, depth);
    if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return `\${${name}}`;
    return name.length === 1 && "@<^+*?%|".includes(name) ? "" : DYNAMIC2;
  }
  call(name, argText, locals, at, depth) {
    const args = splitArgs(
      argText,
      name === "if" || name === "or" || name === "and" ? 3 : name === "foreach" ? 3 : Number.POSITIVE_INFINITY
    );
    const x = (s) => this.expand(s ?? "", locals, at, depth);
    switch (name) {
      case "shell": {
        const command = x(argText);
        this.sources.push(this.source(command, "make $(shell \u2026)", at?.file ?? this.request.file, at?.line ?? 0));
        return DYNAMIC2;
      }
      case "eval": {
        const text = x(argText);
        this.sources.push(this.source(text, "make $(eval \u2026)", at?.file ?? this.request.file, at?.line ?? 0));
        this.parse(text, at?.file ?? this.request.file, at?.line ?? 0);
        return "";
      }
      case "info":
      case "warning":
      case "error":
        return "";
      case "subst":
        return x(args[2]).split(x(args[0])).join(x(args[1]));
      case "patsubst":
        return words(x(args[2])).map((w) => patsubst(x(args[0]), x(args[1]), w)).join(" ");
      case "strip":
        return words(x(argText)).join(" ");
      case "findstring":
        return x(args[1]).includes(x(args[0])) ? x(args[0]) : "";
      case "filter":
      case "filter-out": {
        const patterns = words(x(args[0]));
        const keep = (w) => patterns.some((p) => matchPattern(p, w) !== void 0);
        return words(x(args[1])).filter((w) => keep(w) === (name === "filter")).join(" ");
      }
      case "sort":
        return [...new Set(words(x(argText)))].sort().join(" ");
      case "word": {
        const n = Number.parseInt(x(args[0]), 10);
        return words(x(args[1]))[n - 1] ?? "";
      }
      case "words":
        return String(words(x(argText)).length);
      case "firstword":
        return words(x(argText))[0] ?? "";
      case "lastword":
        return words(x(argText)).pop() ?? "";
      case "dir":
        return words(x(argText)).map((w) => w.includes("/") ? w.slice(0, w.lastIndexOf("/") + 1) : "./").join(" ");
      case "notdir":
        return words(x(argText)).map((w) => w.slice(w.lastIndexOf("/") + 1)).join(" ");
      case "basename":
        return words(x(argText)).map((w) => w.replace(/\.[^./]*$/, "")).join(" ");
      case "suffix":
        return words(x(argText)).map((w) => /\.[^./]*$/.exec(w)?.[0] ?? "").filter(Boolean).join(" ");
      case "addprefix":
        return words(x(args[1])).map((w) => x(args[0]) + w).join(" ");
      case "addsuffix":
        return words(x(args[1])).map((w) => w + x(args[0])).join(" ");
      case "join": {
        const a = words(x(args[0]));
        const b = words(x(args[1]));
        return Array.from({ length: Math.max(a.length, b.length) }, (_, k) => (a[k] ?? "") + (b[k] ?? "")).join(" ");
      }
      case "abspath":
        return words(x(argText)).map((w) => posix3.resolve(this.request.dir, w)).join(" ");
      case "if": {
        const condition = x(args[0]).trim();
        if (condition.includes("${")) return `${x(args[1])} ${x(args[2])}`;
        return condition ? x(args[1]) : x(args[2]);
      }
      case "or": {
        for (const a of args) {
          const v = x(a).trim();
          if (v) return v;
        }
        return "";
      }
      case "and": {
        let last = "";
        for (const a of args) {
          last = x(a).trim();
          if (!last) return "";
        }
        return last;
      }
      case "foreach": {
        const variable = x(args[0]).trim();
        return words(x(args[1])).map((w) => this.expand(args[2] ?? "", { ...locals, [variable]: w }, at, depth)).join(" ");
      }
      case "call": {
        const callee = x(args[0]).trim();
        const params = { ...locals, "0": callee };
        args.slice(1).forEach((a, k) => {
          params[String(k + 1)] = x(a);
        });
        const v = this.vars.get(callee);
        if (!v) return DYNAMIC2;
        return this.expand(v.value, params, at, depth);
      }
      case "value": {
        const v = this.vars.get(x(argText).trim());
        return v?.value ?? "";
      }
      case "origin":
      case "flavor":
        return this.vars.has(x(argText).trim()) ? "file" : "undefined";
      default:
        return DYNAMIC2;
    }
  }
  source(text, label, file, line) {
    return {
      label,
      origin: `${this.request.show(file)}:${line}`,
      file: this.request.show(file),
      line,
      text,
      dir: this.request.dir
    };
  }
  // ---- running the goals ----
  run() {
    const goals = this.request.targets.length > 0 ? this.request.targets : [];
    if (goals.length === 0) {
      const declared = this.vars.get(".DEFAULT_GOAL");
      const goal = declared ? this.expand(declared.value).trim() : this.firstTarget;
      if (!goal) {
        this.unreadable.push(`make: ${this.request.show(this.request.file)} defines no target to build by default`);
        return;
      }
      goals.push(goal);
    }
    const visited = /* @__PURE__ */ new Set();
    const state = { visits: 0 };
    for (const goal of goals) this.build(goal, true, visited, state, {});
  }
  build(target, goal, visited, state, inherited) {
    if (visited.has(target)) return;
    visited.add(target);
    if (++state.visits > LIMITS.visits || this.lineCount > LIMITS.lines) {
      if (state.visits === LIMITS.visits + 1) this.unreadable.push(`make: ${this.request.show(this.request.file)} is too large to follow`);
      return;
    }
    let rules = this.rules.filter(
      (r) => r.targets.includes(target) && (r.recipe.length > 0 || r.prereqs.length > 0 || r.vars.length === 0)
    );
    let stem;
    if (rules.length === 0 || rules.every((r) => r.recipe.length === 0)) {
      for (const r of this.rules) {
        if (r.recipe.length === 0) continue;
        for (const t of r.targets) {
          if (!t.includes("%")) continue;
          const s = matchPattern(t, target);
          if (s === void 0) continue;
          stem = s;
          rules = [...rules, { ...r, targets: [target], prereqs: r.prereqs.map((p) => p.replace("%", s)) }];
          break;
        }
        if (stem !== void 0) break;
      }
    }
    const explicit = this.rules.some((r) => r.targets.includes(target));
    if (rules.length === 0 && !explicit) {
      const fallback = this.rules.find((r) => r.targets.includes(".DEFAULT") && r.recipe.length > 0);
      if (fallback) rules = [{ ...fallback, targets: [target] }];
      else {
        if (goal) this.unreadable.push(`make ${target}: ${this.request.show(this.request.file)} defines no target \`${target}\``);
        return;
      }
    }
    const locals = { ...inherited };
    for (const r of this.rules) {
      if (!r.targets.includes(target)) continue;
      for (const v of r.vars) {
        const value = v.op === ":=" || v.op === "::=" ? this.expand(v.value, locals) : this.expand(v.value, locals);
        locals[v.name] = v.op === "+=" ? `${locals[v.name] ?? this.variable(v.name, {}, void 0, 1)} ${value}` : value;
      }
    }
    const prereqs = [...new Set(rules.flatMap((r) => r.prereqs))].filter((p) => !SPECIAL.test(p));
    for (const p of prereqs) this.build(p, false, visited, state, locals);
    const withRecipe = rules.filter((r) => r.recipe.length > 0);
    const recipes = withRecipe.some((r) => r.doubleColon) ? withRecipe : withRecipe.slice(-1);
    const automatic = {
      ...locals,
      "@": target,
      "<": prereqs[0] ?? "",
      "^": prereqs.join(" "),
      "+": rules.flatMap((r) => r.prereqs).join(" "),
      "?": prereqs.join(" "),
      "*": stem ?? target.replace(/\.[^./]*$/, ""),
      "%": "",
      "|": ""
    };
    const oneShell = this.rules.some((r) => r.targets.includes(".ONESHELL"));
    const lines = [];
    for (const r of recipes) {
      if (!oneShell || r.recipe.length === 0) {
        lines.push(...r.recipe);
        continue;
      }
      const text = r.recipe.map((l, k) => k === 0 ? l.text : l.text.replace(/^[@+-]+/, "")).join("\n");
      lines.push({ text, file: r.recipe[0].file, line: r.recipe[0].line });
    }
    for (const line of lines) {
      this.lineCount++;
      const rawPrefix = /^[\s@+-]*/.exec(line.text)?.[0] ?? "";
      const expanded = this.expand(line.text, automatic, line);
      const prefix = /^[\s@+-]*/.exec(expanded)?.[0] ?? "";
      const body = expanded.slice(prefix.length);
      const forced = rawPrefix.includes("+") || prefix.includes("+") || /\$[({]MAKE[)}]/.test(line.text);
      if (this.request.dryRun && !forced) continue;
      if (body.trim() === "") continue;
      const source = this.source(body, `make ${target}`, line.file, line.line);
      const env = this.environment(automatic);
      if (Object.keys(env).length > 0) source.env = env;
      this.sources.push(source);
    }
  }
  /** Variables make exports to recipes with a static value. */
  environment(locals) {
    const env = {};
    const names = this.exportAll ? [...this.vars.keys()] : [...this.exported];
    for (const name of names) {
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) continue;
      const value = Object.hasOwn(locals, name) ? locals[name] : this.variable(name, {}, void 0, 1);
      if (!value.includes("${")) env[name] = value;
    }
    for (const [name, v] of this.vars) if (v.fromCommandLine && /^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) env[name] = v.value;
    return env;
  }
};
var FUNCTIONS = /* @__PURE__ */ new Set([
  "shell",
  "eval",
  "info",
  "warning",
  "error",
  "subst",
  "patsubst",
  "strip",
  "findstring",
  "filter",
  "filter-out",
  "sort",
  "word",
  "words",
  "wordlist",
  "firstword",
  "lastword",
  "dir",
  "notdir",
  "suffix",
  "basename",
  "addsuffix",
  "addprefix",
  "join",
  "wildcard",
  "realpath",
  "abspath",
  "if",
  "or",
  "and",
  "intcmp",
  "foreach",
  "file",
  "call",
  "value",
  "origin",
  "flavor",
  "guile",
  "let"
]);
var words = (text) => text.split(/\s+/).filter(Boolean);
function stripComment(line) {
  for (let i = 0; i < line.length; i++) {
    if (line[i] === "\\") {
      i++;
      continue;
    }
    if (line[i] === "#") return line.slice(0, i);
  }
  return line;
}
function matching(text, open) {
  const opener = text[open];
  const closer = opener === "(" ? ")" : "}";
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === opener) depth++;
    else if (text[i] === closer && --depth === 0) return i;
  }
  return -1;
}
function topLevelIndex(text, ch) {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "$" && (text[i + 1] === "(" || text[i + 1] === "{")) {
      depth++;
      i++;
    } else if ((c === ")" || c === "}") && depth > 0) depth--;
    else if (c === ch && depth === 0) return i;
  }
  return -1;
}
function ruleColon(line) {
  let depth = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === "$" && (line[i + 1] === "(" || line[i + 1] === "{")) {
      depth++;
      i++;
    } else if ((c === ")" || c === "}") && depth > 0) depth--;
    else if (c === ":" && depth === 0) {
      if (line[i + 1] === "=") return -1;
      if (line[i + 1] === ":" && (line[i + 2] === "=" || line[i + 2] === ":" && line[i + 3] === "=")) return -1;
      return i;
    } else if (c === "=" && depth === 0) return -1;
  }
  return -1;
}
function splitArgs(text, max) {
  const out = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "(" || c === "{") depth++;
    else if ((c === ")" || c === "}") && depth > 0) depth--;
    else if (c === "," && depth === 0 && out.length < max - 1) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}
function conditionArgs(rest) {
  const t = rest.trim();
  if (t.startsWith("(") && t.endsWith(")")) {
    const args = splitArgs(t.slice(1, -1), 2);
    return args.length === 2 ? [args[0], args[1]] : void 0;
  }
  const m = /^(["'])(.*?)\1\s+(["'])(.*?)\3$/.exec(t);
  return m ? [m[2], m[4]] : void 0;
}
function matchPattern(pattern, word) {
  const at = pattern.indexOf("%");
  if (at < 0) return pattern === word ? "" : void 0;
  const head = pattern.slice(0, at);
  const tail = pattern.slice(at + 1);
  if (word.length < head.length + tail.length || !word.startsWith(head) || !word.endsWith(tail)) return void 0;
  return word.slice(head.length, word.length - tail.length);
}
function patsubst(from, to, word) {
  const stem = matchPattern(from, word);
  if (stem === void 0) return word;
  return to.includes("%") ? to.replace("%", stem) : to;
}

// src/guard/run-files/taskfile.ts
import { posix as posix4 } from "node:path";
var DYNAMIC3 = "${__execguard_task_dynamic}";
var NAMES2 = [
  "Taskfile.yml",
  "taskfile.yml",
  "Taskfile.yaml",
  "taskfile.yaml",
  "Taskfile.dist.yml",
  "taskfile.dist.yml",
  "Taskfile.dist.yaml",
  "taskfile.dist.yaml"
];
var isMap = (v) => !!v && typeof v === "object" && !Array.isArray(v);
function request2(argv) {
  const out = { names: [], vars: {}, cliArgs: [], dry: false };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      out.cliArgs = argv.slice(i + 1);
      break;
    }
    if (a.startsWith("-")) {
      const [name, inline] = a.includes("=") ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)] : [a, void 0];
      if (/^(-l|--list|-a|--list-all|--summary|--status|-h|--help|--version|-i|--init|--completion)$/.test(name)) return void 0;
      if (name === "-n" || name === "--dry") out.dry = true;
      else if (name === "-d" || name === "--dir") out.dir = inline ?? argv[++i];
      else if (name === "-t" || name === "--taskfile") out.file = inline ?? argv[++i];
      else if (/^(-o|--output|-C|--concurrency|-I|--interval|--output-group-begin|--output-group-end|--sort)$/.test(name) && inline === void 0)
        i++;
      continue;
    }
    const assignment = /^([A-Za-z_]\w*)=(.*)$/s.exec(a);
    if (assignment) out.vars[assignment[1]] = assignment[2];
    else out.names.push(a);
  }
  return out;
}
function template(text, vars) {
  return text.replace(/\{\{\s*(.*?)\s*\}\}/g, (_m, expr) => {
    const name = /^\.([A-Za-z_]\w*)$/.exec(expr);
    if (name && vars.has(name[1])) return vars.get(name[1]);
    return DYNAMIC3;
  });
}
function lineOf(text, key) {
  const lines = text.split("\n");
  const at = lines.findIndex((l) => new RegExp(`^\\s*['"]?${key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}['"]?\\s*:`).test(l));
  return at < 0 ? 1 : at + 1;
}
async function taskRun(cmd, dir, reader) {
  const req = request2(cmd.argv);
  if (!req) return { sources: [], unreadable: [] };
  const shown = `\`${cmd.text.slice(0, 80)}\``;
  if (!dir) return { sources: [], unreadable: [`${shown}: the folder task runs in cannot be read statically`] };
  const yaml = await import("./dist-BJPFBKSF.mjs");
  const sources = [];
  const unreadable = [];
  const load = (path) => {
    let candidates2 = [path];
    const got0 = reader.read(path);
    if (!("text" in got0) && got0.unreadable === "a directory") candidates2 = NAMES2.map((n) => posix4.join(path, n));
    for (const p of candidates2) {
      const got = reader.read(p);
      if (!("text" in got)) {
        if (got.unreadable === "missing" && candidates2.length > 1) continue;
        return `${reader.show(p)} is ${got.unreadable}`;
      }
      try {
        const doc = yaml.parse(got.text);
        if (!isMap(doc)) return `${reader.show(p)} is not a Taskfile`;
        return { path: p, text: got.text, doc };
      } catch {
        return `${reader.show(p)} is not valid YAML`;
      }
    }
    return `no Taskfile can be read in ${reader.show(path)}`;
  };
  let root = "no Taskfile can be read here";
  const start = req.dir ? posix4.resolve(dir, req.dir) : dir;
  if (req.file) root = load(posix4.resolve(start, req.file));
  else {
    for (let d = start; ; d = posix4.dirname(d)) {
      const found = NAMES2.map((n) => posix4.join(d, n)).find((p) => "text" in reader.read(p));
      if (found) {
        root = load(found);
        break;
      }
      if (posix4.dirname(d) === d) break;
    }
  }
  if (typeof root === "string") return { sources, unreadable: [`${shown}: ${root}`] };
  const varsOf = (file, node, base) => {
    const vars = new Map(base);
    if (!isMap(node)) return vars;
    for (const [k, v] of Object.entries(node)) {
      if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") vars.set(k, template(String(v), vars));
      else if (isMap(v) && typeof v.sh === "string") {
        const line = lineOf(file.text, k);
        sources.push({
          label: "task sh:",
          origin: `${reader.show(file.path)}:${line}`,
          file: reader.show(file.path),
          line,
          text: template(v.sh, vars),
          dir: posix4.dirname(file.path)
        });
        vars.set(k, DYNAMIC3);
      } else vars.set(k, DYNAMIC3);
    }
    return vars;
  };
  const cli = new Map(Object.entries(req.vars));
  cli.set("CLI_ARGS", req.cliArgs.join(" "));
  const fileVars = /* @__PURE__ */ new Map();
  const globals = (file) => {
    let v = fileVars.get(file.path);
    if (!v) {
      v = varsOf(file, file.doc.vars, /* @__PURE__ */ new Map());
      for (const [k, x] of cli) v.set(k, x);
      fileVars.set(file.path, v);
    }
    return v;
  };
  const resolveTask = (file, name, depth) => {
    const tasks = isMap(file.doc.tasks) ? file.doc.tasks : {};
    if (Object.hasOwn(tasks, name)) return { file, name, task: tasks[name] };
    const colon = name.indexOf(":");
    if (colon > 0 && depth < 8 && isMap(file.doc.includes)) {
      const ns = name.slice(0, colon);
      const include = file.doc.includes[ns];
      const target = typeof include === "string" ? include : isMap(include) && typeof include.taskfile === "string" ? include.taskfile : void 0;
      if (target) {
        const included = load(posix4.resolve(posix4.dirname(file.path), template(target, globals(file))));
        if (typeof included === "string") return included;
        return resolveTask(included, name.slice(colon + 1), depth + 1);
      }
    }
    return `${reader.show(file.path)} defines no task \`${name}\``;
  };
  const done = /* @__PURE__ */ new Set();
  const run = (file, name, base, depth) => {
    if (depth > 32 || done.has(`${file.path}\0${name}`)) return;
    done.add(`${file.path}\0${name}`);
    const found = resolveTask(file, name, 0);
    if (typeof found === "string") {
      unreadable.push(`${shown}: ${found}`);
      return;
    }
    const task = found.task;
    const owner = found.file;
    const vars = varsOf(owner, isMap(task) ? task.vars : void 0, new Map([...globals(owner), ...base]));
    const taskDir = isMap(task) && typeof task.dir === "string" ? posix4.resolve(posix4.dirname(owner.path), template(task.dir, vars)) : posix4.dirname(owner.path);
    const line = lineOf(owner.text, found.name);
    const add = (text) => sources.push({
      label: `task ${name}`,
      origin: `${reader.show(owner.path)}:${line}`,
      file: reader.show(owner.path),
      line,
      text: template(text, vars),
      dir: taskDir
    });
    const deps = isMap(task) && Array.isArray(task.deps) ? task.deps : [];
    for (const d of deps) {
      if (typeof d === "string") run(owner, d, /* @__PURE__ */ new Map(), depth + 1);
      else if (isMap(d) && typeof d.task === "string") run(owner, d.task, varsOf(owner, d.vars, vars), depth + 1);
    }
    const cmds = typeof task === "string" ? [task] : Array.isArray(task) ? task : isMap(task) && Array.isArray(task.cmds) ? task.cmds : isMap(task) && typeof task.cmd === "string" ? [task.cmd] : [];
    if (req.dry) return;
    for (const c of cmds) {
      if (typeof c === "string") add(c);
      else if (isMap(c) && typeof c.cmd === "string") add(c.cmd);
      else if (isMap(c) && typeof c.task === "string") run(owner, c.task, varsOf(owner, c.vars, vars), depth + 1);
      else if (isMap(c) && typeof c.defer === "string") add(c.defer);
      else if (isMap(c) && isMap(c.defer) && typeof c.defer.task === "string") run(owner, c.defer.task, vars, depth + 1);
      else unreadable.push(`${shown}: task ${name} has a command the guard does not read`);
    }
  };
  const names = req.names.length > 0 ? req.names : ["default"];
  for (const name of names) run(root, name, /* @__PURE__ */ new Map(), 0);
  return { sources, unreadable };
}

// src/guard/run-files/tftest.ts
import { posix as posix5 } from "node:path";
function runBlocks(text) {
  const clean = stripComments(text);
  const out = [];
  const re = /(^|\n)\s*run\s+"([^"]*)"\s*\{/g;
  for (let m = re.exec(clean); m; m = re.exec(clean)) {
    const open = m.index + m[0].length - 1;
    const close = closing(clean, open);
    if (close < 0) return void 0;
    const body = clean.slice(open + 1, close);
    const flat = removeNested(body);
    const command = /(^|\n)\s*command\s*=\s*"?([A-Za-z]+)"?/.exec(flat)?.[2];
    out.push({ name: m[2], line: clean.slice(0, m.index + m[1].length).split("\n").length, plans: command === "plan" });
  }
  return out;
}
function stripComments(text) {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      const end = stringEnd(text, i);
      out += text.slice(i, end + 1);
      i = end;
    } else if (c === "#" || c === "/" && text[i + 1] === "/") {
      while (i < text.length && text[i] !== "\n") i++;
      out += "\n";
    } else if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      const skipped = text.slice(i, end < 0 ? text.length : end + 2);
      out += skipped.replace(/[^\n]/g, " ");
      i = end < 0 ? text.length : end + 1;
    } else out += c;
  }
  return out;
}
function stringEnd(text, start) {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === '"') return i;
  }
  return text.length - 1;
}
function closing(text, open) {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '"') i = stringEnd(text, i);
    else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return i;
  }
  return -1;
}
function removeNested(body) {
  let out = "";
  let depth = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '"' && depth === 0) {
      const end = stringEnd(body, i);
      out += body.slice(i, end + 1);
      i = end;
      continue;
    }
    if (c === "{") depth++;
    else if (c === "}") depth--;
    else if (depth === 0) out += c;
  }
  return out;
}
function testArgs(argv) {
  let i = 1;
  let chdir;
  for (; i < argv.length && argv[i].startsWith("-"); i++) {
    if (argv[i].startsWith("-chdir=")) chdir = argv[i].slice(7);
  }
  if (argv[i] !== "test") return void 0;
  const out = { chdir, testDir: "tests", filters: [] };
  for (const a of argv.slice(i + 1)) {
    if (a === "-h" || a === "-help" || a === "--help") return void 0;
    const m = /^--?(test-directory|filter)=(.*)$/.exec(a);
    if (m?.[1] === "test-directory") out.testDir = m[2];
    else if (m?.[1] === "filter") out.filters.push(m[2]);
  }
  return out;
}
function terraformTestRuns(cmd, dir, reader) {
  const args = testArgs(cmd.argv);
  if (!args) return { sources: [], unreadable: [] };
  const shown = `\`${cmd.text.slice(0, 80)}\``;
  if (!dir) return { sources: [], unreadable: [`${shown}: the folder terraform runs in cannot be read statically`] };
  const tool = cmd.argv[0];
  const root = args.chdir ? posix5.resolve(dir, args.chdir) : dir;
  const suffixes = tool === "tofu" ? [".tftest.hcl", ".tofutest.hcl", ".tftest.json", ".tofutest.json"] : [".tftest.hcl", ".tftest.json"];
  const files = [];
  for (const folder of [root, posix5.resolve(root, args.testDir)]) {
    const names = reader.list(folder);
    if (names === void 0) {
      if (folder === root) return { sources: [], unreadable: [`${shown}: the folder ${reader.show(folder)} cannot be listed`] };
      continue;
    }
    for (const n of names) if (suffixes.some((s) => n.endsWith(s))) files.push(posix5.join(folder, n));
  }
  const chosen = args.filters.length > 0 ? files.filter((f) => args.filters.some((x) => posix5.resolve(root, x) === f)) : files;
  const unreadable = [];
  const sources = [];
  for (const file of chosen) {
    const got = reader.read(file);
    if (!("text" in got)) {
      unreadable.push(`${shown} runs the test file ${reader.show(file)}, which is ${got.unreadable}`);
      continue;
    }
    if (file.endsWith(".json")) {
      unreadable.push(`${shown} runs the JSON test file ${reader.show(file)}, a form the guard does not read`);
      continue;
    }
    const blocks = runBlocks(got.text);
    if (!blocks) {
      unreadable.push(`${shown} runs the test file ${reader.show(file)}, which the guard cannot parse`);
      continue;
    }
    const applying = blocks.find((b) => !b.plans);
    if (!applying) continue;
    const chdir = args.chdir ? ` -chdir=${args.chdir}` : "";
    sources.push({
      label: `${tool} test`,
      origin: `${reader.show(file)}:${applying.line}`,
      file: reader.show(file),
      line: applying.line,
      text: `${tool}${chdir} apply`,
      dir
    });
  }
  return { sources, unreadable };
}

// src/guard/run-files/index.ts
var READ_LIMITS = { files: 8, bytes: 1024 * 1024, sources: 400, commands: 4e3 };
var RUNNERS = /* @__PURE__ */ new Set([
  "bash",
  "sh",
  "zsh",
  "dash",
  "ksh",
  "mksh",
  "ash",
  "source",
  ".",
  "make",
  "gmake",
  "npm",
  "pnpm",
  "yarn",
  "bun",
  "just",
  "task",
  "go-task",
  "terraform",
  "tofu",
  "git"
]);
var Reader = class {
  constructor(io, cwd) {
    this.io = io;
    this.cwd = cwd;
  }
  io;
  cwd;
  files = 0;
  bytes = 0;
  seen = /* @__PURE__ */ new Map();
  exhausted;
  /** Paths earlier commands of the same command line write (a tree: everything below it too). */
  writes = [];
  /** Does an earlier command change `path` (or, for a folder, anything in it)? */
  changed(path, folder = false, configuration = false) {
    const inGitFolder = configuration || /(^|\/)\.git(\/|$)/.test(path);
    return this.writes.some(
      (w) => !(w.workTree && inGitFolder) && (w.path === path || w.tree && path.startsWith(`${w.path}/`) || folder && w.path.startsWith(`${path}/`))
    );
  }
  read(path) {
    if (this.changed(path)) return { unreadable: "changed by an earlier part of the same command" };
    const cached = this.seen.get(path);
    if (cached) return cached;
    if (!this.io) return { unreadable: "not readable here (the guard was given no file access)" };
    if (this.files >= READ_LIMITS.files) {
      this.exhausted = `more than ${READ_LIMITS.files} files to read`;
      return { unreadable: `beyond the guard's bound of ${READ_LIMITS.files} files read for one command` };
    }
    const got = this.io.readFile(path, READ_LIMITS.bytes);
    if ("text" in got) {
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
  list(path) {
    return this.io?.listDir?.(path);
  }
  /** A path for messages: relative to the folder the command starts in when inside it. */
  show = (path) => {
    if (path === this.cwd) return ".";
    return path.startsWith(`${this.cwd}/`) ? path.slice(this.cwd.length + 1) : path;
  };
};
function folderOf(cmd, cwd, home) {
  const dir = cmd.cwd;
  if (dir === void 0) return cwd;
  if (dir.includes("$") || dir.includes("`")) return void 0;
  if (dir === "~" || dir.startsWith("~/")) return home ? posix6.join(home, dir.slice(1)) : void 0;
  if (dir.startsWith("~")) return void 0;
  return posix6.resolve(cwd, dir);
}
async function expandRunFiles(analysis, options) {
  const reader = new Reader(options.io, options.cwd);
  const home = options.homeDir ?? options.io?.env?.HOME;
  const commands = [...analysis.commands];
  const unreadable = [...analysis.unreadable];
  const note = (detail, command) => {
    if (!unreadable.some((u) => u.kind === "hidden-script" && u.detail === detail))
      unreadable.push({ kind: "hidden-script", detail, command });
  };
  const queue = analysis.commands.map((cmd, index) => ({
    cmd,
    earlier: analysis.commands.slice(0, index),
    dir: folderOf(cmd, options.cwd, home)
  }));
  let analysed = 0;
  const done = /* @__PURE__ */ new Set();
  while (queue.length > 0) {
    const item = queue.shift();
    const { cmd } = item;
    if (cmd.path === void 0 && !RUNNERS.has(cmd.argv[0] ?? "")) continue;
    const { earlier } = item;
    reader.writes = writesOf(earlier, options.cwd, home);
    const found = await whatRuns(cmd, item.dir, earlier, reader, options);
    for (const detail of found.unreadable) note(detail, cmd.text);
    for (const source of found.sources) {
      const key = `${source.origin}\0${source.text}\0${source.dir}\0${(source.positional ?? []).join("\0")}`;
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
      const siblings = [];
      for (const c of inner.commands) {
        const placed = place(c, source, cmd, reader.show);
        commands.push(placed);
        queue.push({ cmd: placed, earlier: [...earlier, ...siblings], dir: folderOf(placed, options.cwd, home) });
        siblings.push(placed);
      }
    }
  }
  if (reader.exhausted) note(`the command runs files beyond the guard's bound (${reader.exhausted})`, "");
  return { commands, unreadable, boundHit: analysis.boundHit };
}
async function analyseSource(source, cmd, options) {
  const env = {};
  for (const [name, value] of Object.entries(cmd.assignments)) if (value !== "" && /^[A-Za-z_]\w*$/.test(name)) env[name] = value;
  Object.assign(env, source.env ?? {});
  const prelude = [];
  const names = Object.keys(env);
  if (names.length > 0) prelude.push(`export ${names.map((n) => `${n}=${quote(env[n])}`).join(" ")}`);
  const body = source.positional ? ["bash -c", quote(source.text), ...source.positional.map(quote)].join(" ") : source.text;
  const text = prelude.length > 0 ? `${prelude.join("\n")}
${body}` : body;
  const result = await analyze(text, { aliases: options.aliases });
  if (result.boundHit) {
    return {
      commands: [],
      unreadable: [{ kind: "hidden-script", detail: `${source.origin} is too large or too deeply nested to analyse`, command: "" }],
      boundHit: false
    };
  }
  return { ...result, commands: result.commands.slice(prelude.length) };
}
function place(c, source, outer, show) {
  const dir = c.cwd === void 0 ? source.dir : c.cwd.includes("$") || c.cwd.startsWith("~") ? c.cwd : posix6.resolve(source.dir, c.cwd);
  let line = source.line;
  const at = source.text.indexOf(c.text);
  if (at >= 0 && source.file !== void 0) line = (source.line ?? 1) + source.text.slice(0, at).split("\n").length - 1;
  const where = source.file !== void 0 && line !== void 0 ? `${source.file}:${line}` : source.origin;
  const shownDir = dir.startsWith("/") ? show(dir) : dir;
  const out = {
    ...c,
    via: [...outer.via, source.label, ...c.via],
    text: `${c.text} [from ${where}, run by: ${outer.text.slice(0, 80)}]`
  };
  if (shownDir !== ".") out.cwd = shownDir;
  else delete out.cwd;
  return out;
}
async function whatRuns(cmd, dir, earlier, reader, options) {
  const program = cmd.argv[0] ?? "";
  const none = { sources: [], unreadable: [] };
  if (cmd.dynamic[0]) return none;
  const needDir = (what) => ({ sources: [], unreadable: [`${what}: the folder it runs in cannot be read statically`] });
  if (cmd.path !== void 0 && !RUNNERS.has(program)) {
    if (!dir) return needDir(cmd.text);
    if (replacedEarlier(earlier, posix6.resolve(dir, expandHome(cmd.path, options.homeDir)), options.cwd, options.homeDir)) return none;
    return pathProgram(cmd, posix6.resolve(dir, expandHome(cmd.path, options.homeDir)), dir, reader);
  }
  const script = scriptArgs(cmd);
  if (script) {
    if (script.file === void 0) return none;
    if (!dir) return needDir(cmd.text);
    const path = posix6.resolve(dir, expandHome(script.file, options.homeDir));
    if (replacedEarlier(earlier, path, options.cwd, options.homeDir)) return none;
    const got = reader.read(path);
    if (!("text" in got))
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
          positional: [script.file, ...script.args]
        }
      ],
      unreadable: []
    };
  }
  if (program === "make" || program === "gmake") {
    const request3 = makeRequest(cmd.argv, cmd.dynamic);
    if (!request3) return none;
    if ("unreadable" in request3) return { sources: [], unreadable: [request3.unreadable] };
    if (!dir) return needDir(cmd.text);
    const makeDir = request3.dirs.reduce((d, c) => posix6.resolve(d, expandHome(c, options.homeDir)), dir);
    let file;
    const files = request3.files.map((f) => posix6.resolve(makeDir, expandHome(f, options.homeDir)));
    if (files.length > 0) file = files[0];
    else {
      for (const name of ["GNUmakefile", "makefile", "Makefile"]) {
        const candidate = posix6.join(makeDir, name);
        if ("text" in reader.read(candidate)) {
          file = candidate;
          break;
        }
      }
    }
    if (!file) return { sources: [], unreadable: [`\`${cmd.text.slice(0, 80)}\`: no Makefile can be read in ${reader.show(makeDir)}`] };
    const extra = (cmd.assignments.MAKEFILES ?? options.io?.env?.MAKEFILES ?? "").split(/\s+/).filter(Boolean);
    return makeRun(
      {
        file,
        files: files.length > 0 ? files : [file],
        before: extra.map((f) => posix6.resolve(makeDir, expandHome(f, options.homeDir))),
        dir: makeDir,
        targets: request3.targets,
        vars: request3.vars,
        dryRun: request3.dryRun,
        show: reader.show
      },
      (p) => reader.read(p)
    );
  }
  if (program === "npm" || program === "pnpm" || program === "yarn" || program === "bun") {
    const request3 = scriptRequest(cmd.argv);
    if (!request3) return none;
    if (!dir) return needDir(cmd.text);
    return packageRun(cmd, request3, dir, reader, options);
  }
  if (program === "just") return justRun(cmd, dir, reader, options.homeDir);
  if (program === "task" || program === "go-task") return taskRun(cmd, dir, reader);
  if (program === "terraform" || program === "tofu") return terraformTestRuns(cmd, dir, reader);
  if (program === "git") return gitRuns(cmd, dir, reader, options);
  return none;
}
function pathProgram(cmd, path, dir, reader) {
  const got = reader.read(path);
  if (!("text" in got)) {
    if (got.binary) return { sources: [], unreadable: [] };
    return { sources: [], unreadable: [`\`${cmd.text.slice(0, 80)}\` runs ${reader.show(path)}, which is ${got.unreadable}`] };
  }
  const shell = shellShebang(got.text);
  if (shell === false) return { sources: [], unreadable: [] };
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
        positional: [cmd.path ?? path, ...cmd.argv.slice(1)]
      }
    ],
    unreadable: []
  };
}
async function packageRun(cmd, request3, dir, reader, options) {
  const shown = `\`${cmd.text.slice(0, 80)}\``;
  if (request3.allWorkspaces)
    return { sources: [], unreadable: [`${shown} runs scripts in every workspace, which the guard does not follow`] };
  let base = request3.dir ? posix6.resolve(dir, expandHome(request3.dir, options.homeDir)) : dir;
  if (request3.workspace !== void 0) {
    const candidate = posix6.resolve(base, request3.workspace);
    if (!request3.workspace.includes("/") || !("text" in reader.read(posix6.join(candidate, "package.json")))) {
      return { sources: [], unreadable: [`${shown} runs a script of workspace ${request3.workspace}, which the guard does not resolve`] };
    }
    base = candidate;
  }
  let file;
  let got = { unreadable: "missing" };
  for (let d = base; ; d = posix6.dirname(d)) {
    got = reader.read(posix6.join(d, "package.json"));
    if ("text" in got || got.unreadable !== "missing") {
      file = posix6.join(d, "package.json");
      break;
    }
    if (posix6.dirname(d) === d || d === options.homeDir) break;
  }
  if (!file || !("text" in got)) {
    if (!request3.main) return { sources: [], unreadable: [] };
    const why = "text" in got ? "missing" : got.unreadable;
    return { sources: [], unreadable: [`${shown} runs script ${request3.main} of a package.json that is ${why}`] };
  }
  const scripts = packageScripts(got.text);
  if ("unreadable" in scripts) return { sources: [], unreadable: [`${shown}: ${reader.show(file)} is ${scripts.unreadable}`] };
  const unreadable = [];
  const sources = [];
  const packageDir = posix6.dirname(file);
  const main = request3.main;
  if (main !== void 0 && !Object.hasOwn(scripts, main) && !request3.ifPresent) {
    if (request3.manager === "npm" && main === "restart")
      request3.scripts.push("prestop", "stop", "poststop", "prestart", "start", "poststart");
    else if (request3.manager !== "npm" && reader.list(posix6.join(packageDir, "node_modules", ".bin"))?.includes(main))
      return { sources: [], unreadable: [] };
    else if (request3.manager === "bun" && /[./]/.test(main)) return { sources: [], unreadable: [] };
    else unreadable.push(`${shown}: ${reader.show(file)} defines no script \`${main}\``);
  }
  for (const name of request3.scripts) {
    if (!Object.hasOwn(scripts, name)) continue;
    const args = name === main ? request3.args.map(quote).join(" ") : "";
    sources.push({
      label: `${request3.manager} run ${name}`,
      origin: `${reader.show(file)} script "${name}"`,
      file: reader.show(file),
      line: scriptLine(got.text, name),
      text: args ? `${scripts[name]} ${args}` : scripts[name],
      dir: packageDir
    });
  }
  return { sources, unreadable };
}
function replacedEarlier(earlier, path, cwd, home) {
  return earlier.some((c) => {
    const dir = folderOf(c, cwd, home);
    if (!dir) return false;
    const at = (word) => !/[$`*?[]/.test(word) && posix6.resolve(dir, expandHome(word, home)) === path;
    if (c.redirects.some((r) => /^(>|>\||1>|&>)$/.test(r.op) && at(r.target))) return true;
    return c.argv[0] === "tee" && !c.argv.includes("-a") && !c.argv.includes("--append") && c.argv.slice(1).some(at);
  });
}
var TREE_CHANGERS = /^(pull|merge|reset|stash|rebase|am|apply|cherry-pick|revert|restore|config|checkout|switch|worktree|submodule|clone|init|update-ref|read-tree|checkout-index)$/;
function changesWorkTree(argv) {
  const i = argv.findIndex((a, k) => k > 0 && !a.startsWith("-") && !/^(-C|-c|--git-dir|--work-tree)$/.test(argv[k - 1]));
  const sub = argv[i];
  if (!sub || !TREE_CHANGERS.test(sub)) return void 0;
  const rest = argv.slice(i + 1);
  if (sub === "config") {
    const reads = rest.some((a) => /^(--get|--get-all|--get-regexp|--list|-l|get|list)$/.test(a));
    return !reads && rest.filter((a) => !a.startsWith("-")).length >= 2 ? "configuration" : void 0;
  }
  if (sub === "init" || sub === "clone" || sub === "submodule" || sub === "worktree") return "configuration";
  if ((sub === "checkout" || sub === "switch") && rest.some((a) => /^-[bBcC]$/.test(a)) && rest.filter((a) => !a.startsWith("-")).length <= 1)
    return void 0;
  if (sub === "stash" && (rest.length === 0 || /^(push|save|list|show)$/.test(rest[0]))) return void 0;
  return "work tree";
}
function writesOf(earlier, cwd, home) {
  const out = [];
  for (const c of earlier) {
    const dir = folderOf(c, cwd, home);
    const git = c.argv[0] === "git" ? changesWorkTree(c.argv) : void 0;
    if (git) out.push({ path: "", tree: true, workTree: git === "work tree" });
    const workTree = c.argv[0] === "git" && git !== "configuration" ? { workTree: true } : {};
    for (const t of writeTargets(c)) {
      const word = expandHome(t.word, home);
      if (!dir || t.dynamic || word.startsWith("~")) out.push({ path: "", tree: true, ...workTree });
      else out.push({ path: posix6.resolve(dir, word), tree: t.tree, ...workTree });
    }
  }
  return out;
}
function expandHome(path, home) {
  if (home && (path === "~" || path.startsWith("~/"))) return posix6.join(home, path.slice(1));
  return path;
}
export {
  Reader,
  expandRunFiles
};
