import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import "./chunk-GLDXOGL5.mjs";

// src/state/git-config.ts
import { execFile } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
var CONFIG_ENV = /^(HOME|XDG_CONFIG_HOME|GIT_DIR|GIT_WORK_TREE|GIT_COMMON_DIR|GIT_CONFIG|GIT_CONFIG_GLOBAL|GIT_CONFIG_SYSTEM|GIT_CONFIG_NOSYSTEM|GIT_CONFIG_PARAMETERS|GIT_CONFIG_COUNT|GIT_CONFIG_KEY_\d+|GIT_CONFIG_VALUE_\d+|GIT_CEILING_DIRECTORIES|GIT_DISCOVERY_ACROSS_FILESYSTEM|PATH|PREFIX)$/;
var TIMEOUT_MS = 5e3;
var cache = /* @__PURE__ */ new Map();
var inFlight = /* @__PURE__ */ new Map();
function identity(path) {
  try {
    const st = statSync(path);
    return `${st.dev}:${st.ino}:${st.size}:${st.mtimeMs}`;
  } catch {
    return "-";
  }
}
function findRepository(dir, env) {
  let gitDir;
  let topLevel;
  if (env.GIT_DIR) {
    gitDir = resolve(dir, env.GIT_DIR);
    topLevel = env.GIT_WORK_TREE ? resolve(dir, env.GIT_WORK_TREE) : dir;
  } else {
    for (let d = resolve(dir); ; d = dirname(d)) {
      const dotGit = join(d, ".git");
      try {
        const st = statSync(dotGit);
        if (st.isDirectory()) gitDir = dotGit;
        else {
          const m = /^gitdir:\s*(.+?)\s*$/m.exec(readFileSync(dotGit, "utf8"));
          if (m) gitDir = resolve(d, m[1]);
        }
        if (gitDir) {
          topLevel = d;
          break;
        }
      } catch {
      }
      try {
        if (statSync(join(d, "HEAD")).isFile() && statSync(join(d, "objects")).isDirectory()) {
          gitDir = d;
          break;
        }
      } catch {
      }
      if (dirname(d) === d) break;
    }
  }
  if (!gitDir) return {};
  let commonDir = gitDir;
  try {
    commonDir = resolve(gitDir, readFileSync(join(gitDir, "commondir"), "utf8").trim());
  } catch {
  }
  return { gitDir, commonDir, ...topLevel ? { topLevel } : {} };
}
function parseConfigList(out, dir) {
  const tokens = out.split("\0");
  const entries = [];
  for (let i = 0; i + 1 < tokens.length; i += 2) {
    let origin = tokens[i];
    const record = tokens[i + 1];
    const nl = record.indexOf("\n");
    const key = nl < 0 ? record : record.slice(0, nl);
    const value = nl < 0 ? "true" : record.slice(nl + 1);
    const file = /^file:(.*)$/s.exec(origin);
    if (file && !isAbsolute(file[1])) origin = `file:${resolve(dir, file[1])}`;
    entries.push({ key, value, origin });
  }
  return entries;
}
function run(dir, env) {
  return new Promise((done) => {
    execFile(
      "git",
      ["config", "--list", "--show-origin", "-z"],
      { cwd: dir, env, timeout: TIMEOUT_MS, maxBuffer: 4 * 1024 * 1024, encoding: "utf8", windowsHide: true },
      (error, stdout, stderr) => {
        if (error && !(typeof error.code === "number" && error.code === 1 && stdout === "")) {
          const why = (stderr || error.message).trim().split("\n")[0];
          done({ ok: false, why: `git config failed: ${why}` });
        } else done({ ok: true, out: stdout });
      }
    );
  });
}
async function readGitConfig(dir, env) {
  const gitEnv = {};
  for (const [k, v] of Object.entries(env)) if (v !== void 0 && CONFIG_ENV.test(k)) gitEnv[k] = v;
  gitEnv.GIT_PAGER = "cat";
  gitEnv.GIT_TERMINAL_PROMPT = "0";
  try {
    if (!statSync(dir).isDirectory()) return { unreadable: `${dir} is not a folder` };
  } catch {
    return { unreadable: `${dir} does not exist`, missingFolder: true };
  }
  const repo = findRepository(dir, gitEnv);
  const home = gitEnv.HOME ?? "";
  const watched = [
    "/etc/gitconfig",
    gitEnv.GIT_CONFIG_SYSTEM ?? "",
    gitEnv.GIT_CONFIG_GLOBAL ?? "",
    home && join(home, ".gitconfig"),
    join(gitEnv.XDG_CONFIG_HOME ?? (home && join(home, ".config")), "git", "config"),
    repo.commonDir ? join(repo.commonDir, "config") : "",
    repo.gitDir ? join(repo.gitDir, "config.worktree") : ""
  ].filter(Boolean);
  const key = JSON.stringify([dir, gitEnv]);
  const hit = cache.get(key);
  if (hit) {
    const files2 = new Set(watched);
    if ("entries" in hit.result) {
      for (const e of hit.result.entries) if (e.origin.startsWith("file:")) files2.add(e.origin.slice(5));
    }
    const identities = [...files2].map((f) => `${f}=${identity(f)}`).join("\n");
    if (identities === hit.identities) return hit.result;
  }
  let reading = inFlight.get(key);
  if (!reading) {
    reading = run(dir, gitEnv).finally(() => inFlight.delete(key));
    inFlight.set(key, reading);
  }
  const got = await reading;
  if (!got.ok) return { unreadable: got.why };
  const entries = parseConfigList(got.out, dir);
  const result = {
    entries,
    ...repo.commonDir ? { commonDir: repo.commonDir } : {},
    ...repo.topLevel ? { topLevel: repo.topLevel } : {}
  };
  const files = new Set(watched);
  for (const e of entries) if (e.origin.startsWith("file:")) files.add(e.origin.slice(5));
  if (cache.size > 64) cache.delete(cache.keys().next().value);
  cache.set(key, { identities: [...files].map((f) => `${f}=${identity(f)}`).join("\n"), result });
  return result;
}
export {
  findRepository,
  parseConfigList,
  readGitConfig
};
