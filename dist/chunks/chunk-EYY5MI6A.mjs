import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);

// src/hooks/protected-paths.ts
import { existsSync, realpathSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";
var inside = (child, parent) => {
  const rel = relative(parent, child);
  return rel === "" || !rel.startsWith("..") && !isAbsolute(rel);
};
function realPath(path) {
  let existing = path;
  const rest = [];
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
function describe(path, ctx) {
  const name = basename(path);
  if (name === ".execguard.yaml" || name === ".execguard.yml") return "the execguard policy file";
  if (basename(dirname(path)) === ".claude" && /^settings(\..+)?\.json$/.test(name)) {
    return "Claude Code settings (they can switch hooks off)";
  }
  if (ctx.pluginRoot) {
    const root = realPath(resolve(ctx.pluginRoot));
    if (path === join(root, "hooks", "hooks.json")) return "execguard's hook registrations";
  }
  if (inside(path, realPath(resolve(ctx.stateHome)))) return "execguard's state folder (grants and decisions)";
  return null;
}
function protectedReason(file, ctx, cwd = ctx.cwd) {
  let path = file;
  if (ctx.homeDir && (path === "~" || path.startsWith("~/"))) path = join(ctx.homeDir, path.slice(1));
  const absolute = resolve(cwd, path);
  return describe(absolute, ctx) ?? describe(realPath(absolute), ctx);
}
var WRITES_EVERY_ARG = /* @__PURE__ */ new Set(["rm", "rmdir", "unlink", "shred", "truncate", "touch", "chmod", "chown", "chgrp", "tee", "mv", "setfacl", "chattr"]);
var WRITES_LAST_ARG = /* @__PURE__ */ new Set(["cp", "install", "ln", "rsync", "scp"]);
var IN_PLACE = /* @__PURE__ */ new Set(["sed", "perl", "ruby"]);
function operands(argv) {
  const out = [];
  let options = true;
  for (const word of argv.slice(1)) {
    if (options && word === "--") {
      options = false;
      continue;
    }
    if (options && word.startsWith("-") && word !== "-") continue;
    out.push(word);
  }
  return out;
}
function writeTargets(command) {
  const targets = command.redirects.filter((r) => r.op.includes(">")).map((r) => r.target);
  const [program = "", ...args] = command.argv;
  const staticArgv = command.argv.filter((_, i) => !command.dynamic[i]);
  if (WRITES_EVERY_ARG.has(program)) targets.push(...operands(staticArgv));
  if (WRITES_LAST_ARG.has(program)) {
    const ops = operands(staticArgv);
    const dest = ops[ops.length - 1];
    const flagDir = args.find((a, i) => args[i - 1] === "-t" || a.startsWith("--target-directory="));
    const dir = flagDir?.replace(/^--target-directory=/, "");
    if (dir) targets.push(...ops.map((src) => join(dir, basename(src))));
    else if (dest) {
      targets.push(dest);
      targets.push(...ops.slice(0, -1).map((src) => join(dest, basename(src))));
    }
  }
  if (IN_PLACE.has(program) && args.some((a) => /^-[a-zA-Z]*i/.test(a) || a.startsWith("--in-place"))) {
    targets.push(...operands(staticArgv));
  }
  if (program === "dd") targets.push(...args.filter((a) => a.startsWith("of=")).map((a) => a.slice(3)));
  return targets.filter((t) => t.length > 0);
}
function protectedWrite(commands, ctx) {
  for (const command of commands) {
    const cwd = command.cwd ? resolve(ctx.cwd, command.cwd) : ctx.cwd;
    for (const target of writeTargets(command)) {
      const what = protectedReason(target, ctx, cwd);
      if (what) return { path: target, what };
    }
  }
  return null;
}

export {
  protectedReason,
  protectedWrite
};
