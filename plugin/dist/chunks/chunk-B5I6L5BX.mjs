import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  agentSession
} from "./chunk-AZF5T37V.mjs";
import {
  installedPluginData,
  stateHome,
  statePaths
} from "./chunk-VL7M2WAP.mjs";

// src/state/decision-input.ts
import { existsSync, lstatSync, readdirSync as readdirSync2, readFileSync, readlinkSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, isAbsolute, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";

// src/state/file-reader.ts
import { closeSync, openSync, readdirSync, readSync, statSync } from "node:fs";
var SNIFF = 4096;
var CACHE_LIMIT = 256;
var cache = /* @__PURE__ */ new Map();
function identityOf(st) {
  return `${st.dev}:${st.ino}:${st.size}:${st.mtimeMs}`;
}
function reason(error) {
  const code = error?.code;
  if (code === "ENOENT" || code === "ENOTDIR") return "missing";
  if (code === "EACCES" || code === "EPERM") return "not readable (permission denied)";
  return `not readable (${code ?? (error instanceof Error ? error.message : String(error))})`;
}
function readUncached(path, maxBytes, size, executable) {
  const fd = openSync(path, "r");
  try {
    const head = Buffer.alloc(Math.min(size, SNIFF));
    const got = readSync(fd, head, 0, head.length, 0);
    if (head.subarray(0, got).includes(0)) return { unreadable: "binary", binary: true, executable };
    if (size > maxBytes) return { unreadable: `larger than ${maxBytes} bytes` };
    const buffer = Buffer.alloc(size);
    let offset = 0;
    while (offset < size) {
      const n = readSync(fd, buffer, offset, size - offset, offset);
      if (n === 0) break;
      offset += n;
    }
    const text = new TextDecoder("utf-8", { fatal: true }).decode(buffer.subarray(0, offset));
    return { text, executable };
  } catch (error) {
    if (error instanceof TypeError) return { unreadable: "not valid UTF-8 text", binary: true, executable };
    throw error;
  } finally {
    closeSync(fd);
  }
}
function readRunFile(path, maxBytes) {
  try {
    const st = statSync(path);
    if (st.isDirectory()) return { unreadable: "a directory" };
    if (!st.isFile()) return { unreadable: "not a regular file" };
    const identity = identityOf(st);
    const key = `${maxBytes}:${path}`;
    const hit = cache.get(key);
    if (hit && hit.identity === identity) return hit.result;
    const result = readUncached(path, maxBytes, st.size, (st.mode & 73) !== 0);
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value);
    cache.set(key, { identity, result });
    return result;
  } catch (error) {
    return { unreadable: reason(error) };
  }
}
function listRunDir(path) {
  try {
    return readdirSync(path).sort();
  } catch {
    return void 0;
  }
}

// src/state/decision-input.ts
var MANAGED_SETTINGS = ["/etc/claude-code/managed-settings.json", "/Library/Application Support/ClaudeCode/managed-settings.json"];
function pluginRootOf(env) {
  if (env.CLAUDE_PLUGIN_ROOT) return env.CLAUDE_PLUGIN_ROOT;
  try {
    let dir = dirname(fileURLToPath(import.meta.url));
    for (let i = 0; i < 4; i++) {
      if (existsSync(join(dir, "hooks", "hooks.json")) && existsSync(join(dir, ".claude-plugin"))) return dir;
      dir = dirname(dir);
    }
  } catch {
  }
  return void 0;
}
function resolveLinks(path) {
  if (!isAbsolute(path)) return path;
  let todo = path.split("/").filter(Boolean);
  let done = "/";
  let hops = 0;
  while (todo.length > 0) {
    const name = todo.shift();
    if (name === ".") continue;
    if (name === "..") {
      done = dirname(done);
      continue;
    }
    const next = join(done, name);
    let link;
    try {
      if (lstatSync(next).isSymbolicLink()) link = readlinkSync(next);
    } catch {
      return normalize(join(next, ...todo));
    }
    if (link === void 0) {
      done = next;
      continue;
    }
    if (++hops > 40) return normalize(join(next, ...todo));
    todo = [...link.split("/").filter(Boolean), ...todo];
    if (isAbsolute(link)) done = "/";
  }
  return done;
}
function protectedPathsFor(env, cwd) {
  const homeDir = env.HOME || homedir();
  const home = resolve(cwd, stateHome(env));
  const pluginRoot = pluginRootOf(env);
  const homes = /* @__PURE__ */ new Set([home, join(homeDir, ".local", "state", "execguard")]);
  if (env.CLAUDE_PLUGIN_DATA) homes.add(resolve(cwd, env.CLAUDE_PLUGIN_DATA));
  for (const data of installedPluginData(env)) homes.add(data);
  for (const h of [...homes]) homes.add(resolveLinks(h));
  const also = new Set(homes);
  if (pluginRoot && resolveLinks(resolve(cwd, pluginRoot)) !== resolve(cwd, pluginRoot)) also.add(resolveLinks(resolve(cwd, pluginRoot)));
  also.delete(home);
  const paths = {
    stateHome: home,
    homeDir,
    managedSettings: MANAGED_SETTINGS,
    readDenied: [...homes].map((h) => statePaths(h).keys),
    alsoProtected: [...also]
  };
  if (pluginRoot) paths.pluginRoot = resolve(cwd, pluginRoot);
  const projectDir = env.CLAUDE_PROJECT_DIR || void 0;
  if (projectDir) paths.projectDir = resolve(cwd, projectDir);
  return paths;
}
function decisionIoFor(env, cwd) {
  const readKubeContext = async () => (await import("./kube-context-B4ADC7KD.mjs")).readCurrentKubeContext(1500, env, cwd);
  const readGitConfig = async (dir, commandEnv) => (await import("./git-config-JUXJAU3Q.mjs")).readGitConfig(dir, { ...env, ...commandEnv });
  return { readKubeContext, resolveLinks, git: gitTreeIo(env), readFile: readRunFile, listDir: listRunDir, readGitConfig, env: { ...env } };
}
function decisionInput(request) {
  const { command, cwd, env, policy, grant } = request;
  const base = protectedPathsFor(env, cwd);
  return {
    command,
    cwd,
    grant,
    policy,
    protectedPaths: request.writable?.length ? { ...base, writable: request.writable } : base,
    agentSession: request.agentSession ?? agentSession(env).inAgent,
    io: decisionIoFor(env, cwd)
  };
}
function grantFromStore(record) {
  if (!record) return null;
  return { id: record.id, scope: record.scope, ...record.binding ? { binding: record.binding } : {} };
}
function gitTreeIo(env = process.env) {
  const gitEnv = {
    PATH: env.PATH ?? process.env.PATH,
    HOME: env.HOME ?? process.env.HOME,
    GIT_CONFIG_NOSYSTEM: "1",
    LC_ALL: "C"
  };
  const run = (top, args) => {
    try {
      const { execFileSync } = process.getBuiltinModule("node:child_process");
      return execFileSync("git", ["-C", top, "-c", "core.fsmonitor=false", ...args], {
        env: gitEnv,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "ignore"],
        maxBuffer: 16 * 1024 * 1024
      });
    } catch {
      return void 0;
    }
  };
  const commit = (top, rev) => {
    if (rev.startsWith("-")) return void 0;
    const three = rev.indexOf("...");
    if (three !== -1) {
      const a = commit(top, rev.slice(0, three) || "HEAD");
      const b = commit(top, rev.slice(three + 3) || "HEAD");
      return a && b ? run(top, ["merge-base", a, b])?.trim() || void 0 : void 0;
    }
    return run(top, ["rev-parse", "-q", "--verify", "--end-of-options", `${rev}^{commit}`])?.trim() || void 0;
  };
  return {
    top(dir) {
      let d = resolve(dir);
      for (let i = 0; i < 256; i++) {
        if (existsSync(join(d, ".git"))) return d;
        const parent = dirname(d);
        if (parent === d) return void 0;
        d = parent;
      }
      return void 0;
    },
    tree(top, rev, paths) {
      const id = commit(top, rev);
      if (!id) return void 0;
      const out = run(top, ["ls-tree", "-r", "-z", "--full-tree", id, "--", ...paths]);
      if (out === void 0) return void 0;
      const entries = /* @__PURE__ */ new Map();
      for (const line of out.split("\0")) {
        const m = /^(\d+) \w+ ([0-9a-f]+)\t(.*)$/s.exec(line);
        if (m) entries.set(m[3], `${m[1]} ${m[2]}`);
      }
      return entries;
    },
    worktree(top, paths) {
      const entries = /* @__PURE__ */ new Map();
      const blob = (data) => {
        const { createHash } = process.getBuiltinModule("node:crypto");
        const h = createHash("sha1");
        h.update(`blob ${data.length}\0`);
        h.update(data);
        return h.digest("hex");
      };
      const walk = (rel, depth) => {
        const full = join(top, rel);
        let st;
        try {
          st = lstatSync(full);
        } catch {
          return;
        }
        if (st.isSymbolicLink()) entries.set(rel, `120000 ${blob(Buffer.from(readlinkSync(full)))}`);
        else if (st.isFile()) {
          try {
            entries.set(rel, `${st.mode & 73 ? "100755" : "100644"} ${blob(readFileSync(full))}`);
          } catch {
            entries.set(rel, "unreadable");
          }
        } else if (st.isDirectory() && depth < 32 && rel.split("/").pop() !== ".git") {
          for (const name of readdirSync2(full)) walk(join(rel, name), depth + 1);
        }
      };
      for (const p of paths) walk(p, 0);
      return entries;
    }
  };
}

export {
  pluginRootOf,
  resolveLinks,
  protectedPathsFor,
  decisionIoFor,
  decisionInput,
  grantFromStore
};
