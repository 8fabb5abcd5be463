import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  stateHome,
  statePaths
} from "./chunk-IXTILJUS.mjs";

// src/state/protected-paths.ts
import { existsSync, realpathSync } from "node:fs";
import { homedir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
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
  let existing = path;
  const rest = [];
  try {
    while (!existsSync(existing)) {
      const parent = dirname(existing);
      if (parent === existing) return path;
      rest.unshift(basename(existing));
      existing = parent;
    }
    return join(realpathSync(existing), ...rest);
  } catch {
    return path;
  }
}
function protectedPathsFor(env, cwd) {
  const homeDir = env.HOME || homedir();
  const home = resolve(cwd, stateHome(env));
  const pluginRoot = pluginRootOf(env);
  const homes = /* @__PURE__ */ new Set([home, join(homeDir, ".local", "state", "execguard")]);
  if (env.CLAUDE_PLUGIN_DATA) homes.add(resolve(cwd, env.CLAUDE_PLUGIN_DATA));
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
  const readKubeContext = async () => (await import("./kube-context-POTD4ZYF.mjs")).readCurrentKubeContext(1500, env, cwd);
  return { readKubeContext, resolveLinks };
}

export {
  pluginRootOf,
  resolveLinks,
  protectedPathsFor,
  decisionIoFor
};
