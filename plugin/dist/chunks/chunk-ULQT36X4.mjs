import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);

// src/guard/protected-path-checks.ts
import { posix } from "node:path";
var { isAbsolute, join, normalize, relative, resolve, basename, sep } = posix;
var inside = (child, parent) => {
  const rel = relative(parent, child);
  return rel === "" || !rel.startsWith("..") && !isAbsolute(rel);
};
var POLICY_FILE = /^\.execguard\.ya?ml$/;
function protectedWhy(path, pp) {
  if (pp.writable?.some((w) => inside(path, w))) return null;
  for (const home of [pp.stateHome, ...pp.alsoProtected ?? []]) {
    if (inside(path, home)) return "execguard's state folder (grants, keys, decisions)";
  }
  if (pp.pluginRoot && inside(path, pp.pluginRoot)) return "the execguard plugin (its hooks and bundles)";
  if (pp.managedSettings.some((m) => inside(path, m))) return "Claude Code managed settings";
  const parts = path.split(sep);
  if (parts.includes(".claude")) return "Claude Code settings (.claude/, which can switch hooks off)";
  if (POLICY_FILE.test(basename(path))) return "the execguard policy file";
  if (path === join(pp.homeDir, ".claude.json")) return "Claude Code's user configuration";
  return null;
}
function protectedRoots(pp, cwd) {
  const roots = [
    pp.stateHome,
    ...pp.alsoProtected ?? [],
    ...pp.managedSettings,
    join(pp.homeDir, ".claude"),
    join(pp.homeDir, ".claude.json")
  ];
  if (pp.pluginRoot) roots.push(pp.pluginRoot);
  for (const dir of [pp.projectDir ?? cwd]) {
    if (dir && isAbsolute(dir)) roots.push(join(dir, ".claude"), join(dir, ".execguard.yaml"), join(dir, ".execguard.yml"));
  }
  return roots;
}
var SETTINGS_NAMES = [
  ".claude",
  ".claude.json",
  "settings.json",
  "settings.local.json",
  "CLAUDE.md",
  "SKILL.md",
  ".execguard.yaml",
  ".execguard.yml",
  ".mcp.json"
];
var SETTINGS_EXTENSIONS = /* @__PURE__ */ new Set([
  "json",
  "jsonl",
  "md",
  "yaml",
  "yml",
  "sh",
  "bash",
  "zsh",
  "py",
  "js",
  "mjs",
  "cjs",
  "ts",
  "txt",
  "toml"
]);
var SETTINGS_ROOT = /^(\.claude|\.claude\.json|\.execguard\.ya?ml)$/;
function namesCouldBeSettings(patterns) {
  return patterns.every((raw) => {
    const insensitive = raw.startsWith("i:");
    const p = insensitive ? raw.slice(2).toLowerCase() : raw;
    if (SETTINGS_NAMES.some((n) => globMatches(p, insensitive ? n.toLowerCase() : n))) return true;
    if (!GLOB.test(p)) return false;
    const ext = /\.([A-Za-z0-9]+)$/.exec(p)?.[1];
    return ext === void 0 || SETTINGS_EXTENSIONS.has(ext.toLowerCase());
  });
}
function protectedInTree(path, pp, cwd, names) {
  const roots = protectedRoots(pp, cwd).filter((root) => inside(root, path));
  if (!names || namesCouldBeSettings(names)) return roots;
  return roots.filter((root) => !SETTINGS_ROOT.test(basename(root)));
}
var GLOB = /[*?[]/;
function resolveWord(word, dynamic, cwd, pp, homeKnown = true) {
  let w = word;
  if (w === "~" || w.startsWith("~/")) {
    if (!homeKnown) return { kind: "unknown", why: `\`${word}\` depends on a HOME this command changes` };
    w = pp.homeDir + w.slice(1);
  } else if (w.startsWith("~")) return { kind: "unknown", why: `\`${word}\` is another user's home` };
  if (homeKnown) w = w.replace(/\$\{HOME\}|\$HOME(?![A-Za-z0-9_])/g, pp.homeDir);
  if (cwd) w = w.replace(/\$\{PWD\}|\$PWD(?![A-Za-z0-9_])|\$\(pwd\)|`pwd`/g, cwd);
  if (/[$`]/.test(w) || /^<\(|^>\(/.test(w)) return { kind: "unknown", why: `\`${word}\` cannot be resolved statically` };
  if (dynamic && w === word && !GLOB.test(w)) return { kind: "unknown", why: `\`${word}\` is only known at run time` };
  if (!isAbsolute(w) && !cwd) return { kind: "unknown", why: `\`${word}\` is relative to a folder that cannot be resolved statically` };
  const absolute = normalize(resolve(cwd ?? "/", w));
  if (!dynamic || !GLOB.test(w)) return { kind: "path", path: absolute };
  const parts = absolute.split(sep).filter(Boolean);
  const first = parts.findIndex((p) => GLOB.test(p));
  if (first === -1) return { kind: "path", path: absolute };
  return { kind: "glob", dir: `/${parts.slice(0, first).join("/")}`, patterns: parts.slice(first) };
}
function globMatches(pattern, name) {
  if (name.startsWith(".") && !pattern.startsWith(".")) return false;
  let re = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "*") re += ".*";
    else if (c === "?") re += ".";
    else if (c === "[") {
      const end = pattern.indexOf("]", i + 2);
      if (end === -1) re += "\\[";
      else {
        re += `[${pattern.slice(i + 1, end).replace(/^!/, "^").replace(/\\/g, "\\\\")}]`;
        i = end;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, "\\$&");
  }
  try {
    return new RegExp(`^${re}$`, "s").test(name);
  } catch {
    return true;
  }
}
function globWhy(dir, patterns, pp, cwd) {
  const why = protectedWhy(dir, pp);
  if (why) return why;
  for (const p of patterns) {
    if (globMatches(p, ".claude")) return "Claude Code settings (.claude/, which can switch hooks off)";
    if (globMatches(p, ".execguard.yaml") || globMatches(p, ".execguard.yml")) return "the execguard policy file";
  }
  for (const root of protectedRoots(pp, cwd)) {
    if (!inside(root, dir) || root === dir) continue;
    const rel = relative(dir, root).split(sep);
    const n = Math.min(rel.length, patterns.length);
    if (rel.slice(0, n).every((name, i) => globMatches(patterns[i], name))) return protectedWhy(root, pp) ?? `it could match ${root}`;
  }
  return null;
}
function namesProtected(text, pp) {
  const needles = [pp.stateHome, ...pp.alsoProtected ?? [], ...pp.managedSettings, ".local/state/execguard", "managed-settings.json"];
  if (pp.pluginRoot) needles.push(pp.pluginRoot);
  for (const n of needles) if (n && text.includes(n)) return `it names ${n}`;
  if (/(^|[^\w.-])\.claude(\/|['"\s,)]|$)/m.test(text)) return "it names a .claude folder";
  if (/\.execguard\.ya?ml/.test(text)) return "it names the execguard policy file";
  if (/grant-signing\.(key|pub)|helper\.secret/.test(text)) return "it names execguard's keys";
  return null;
}
var INTERPRETER = /^(python[\d.]*|node|nodejs|perl|ruby|php|deno|bun|Rscript|lua|tclsh)$/;
var runsInterpreter = (commands) => commands.some((c) => INTERPRETER.test(c.argv[0] ?? "") || c.via.some((v) => INTERPRETER.test(v.split(" ")[0])));

export {
  inside,
  protectedWhy,
  protectedRoots,
  protectedInTree,
  resolveWord,
  globMatches,
  globWhy,
  namesProtected,
  runsInterpreter
};
