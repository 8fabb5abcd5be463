import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);

// src/state/protection.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { homedir as homedir2 } from "node:os";
import { join as join2, resolve } from "node:path";

// src/state/sandbox.ts
import { accessSync, constants, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { delimiter, join } from "node:path";
function settingsFiles(projectDir, env = process.env, platform = process.platform) {
  const managed = platform === "darwin" ? "/Library/Application Support/ClaudeCode/managed-settings.json" : "/etc/claude-code/managed-settings.json";
  const userDir = env.CLAUDE_CONFIG_DIR || join(env.HOME || homedir(), ".claude");
  return [
    managed,
    join(projectDir, ".claude", "settings.local.json"),
    join(projectDir, ".claude", "settings.json"),
    join(userDir, "settings.json")
  ];
}
function readEnabled(file) {
  try {
    const json = JSON.parse(readFileSync(file, "utf8"));
    return typeof json?.sandbox?.enabled === "boolean" ? json.sandbox.enabled : void 0;
  } catch {
    return void 0;
  }
}
function onPath(program, env = process.env) {
  return (env.PATH ?? "").split(delimiter).some((dir) => {
    if (!dir) return false;
    try {
      accessSync(join(dir, program), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}
function sandboxStatus(probe) {
  const env = probe.env ?? process.env;
  const platform = probe.platform ?? process.platform;
  let settingsFile;
  let enabled;
  for (const file of settingsFiles(probe.projectDir, env, platform)) {
    enabled = readEnabled(file);
    if (enabled !== void 0) {
      settingsFile = file;
      break;
    }
  }
  if (!enabled) {
    return {
      enabled: false,
      ...settingsFile ? { settingsFile } : {},
      reason: settingsFile ? `sandbox.enabled is false in ${settingsFile}` : "no Claude Code settings enable the sandbox"
    };
  }
  if (platform === "linux") {
    const missing = ["bwrap", "socat"].filter((p) => !onPath(p, env));
    if (missing.length > 0)
      return {
        enabled: false,
        settingsFile,
        reason: `the settings enable it but ${missing.join(" and ")} ${missing.length > 1 ? "are" : "is"} not installed (Debian/Ubuntu: apt-get install bubblewrap socat)`
      };
  } else if (platform !== "darwin") {
    return { enabled: false, settingsFile, reason: `Claude Code has no sandbox on ${platform}` };
  }
  return { enabled: true, settingsFile };
}

// src/state/protection.ts
var EXECUTOR_ONLY_DEFAULTS = [
  "~/.aws",
  "~/.config/gcloud",
  "~/.azure",
  "~/.kube",
  "~/.terraform.d/credentials.tfrc.json",
  "~/.ssh",
  "~/.git-credentials",
  "~/.docker"
];
function readJson(file) {
  try {
    const parsed = JSON.parse(readFileSync2(file, "utf8"));
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? parsed : void 0;
  } catch {
    return void 0;
  }
}
function deniedPaths(files, key, home, projectDir) {
  const out = [];
  for (const file of files) {
    const fs = readJson(file)?.sandbox?.filesystem;
    const list = fs?.[key];
    if (!Array.isArray(list)) continue;
    for (const entry of list) if (typeof entry === "string") out.push(expand(entry, home, projectDir));
  }
  return out;
}
function expand(entry, home, projectDir) {
  if (entry === "~" || entry.startsWith("~/")) return join2(home, entry.slice(1));
  if (entry.startsWith("//")) return resolve(entry.slice(1));
  if (entry.startsWith("/")) return resolve(entry);
  return resolve(projectDir, entry);
}
var covers = (denied, path) => denied.some((d) => path === d || path.startsWith(`${d.replace(/\/$/, "")}/`));
function protectionOf(probe) {
  const env = probe.env ?? process.env;
  const home = env.HOME || homedir2();
  const sandbox = sandboxStatus(probe);
  const files = settingsFiles(probe.projectDir, env, probe.platform);
  const denyRead = deniedPaths(files, "denyRead", home, probe.projectDir);
  const denyWrite = deniedPaths(files, "denyWrite", home, probe.projectDir);
  const executorOnly = EXECUTOR_ONLY_DEFAULTS.map((path) => {
    const full = expand(path, home, probe.projectDir);
    return { path, readDenied: covers(denyRead, full), writeDenied: covers(denyWrite, full) };
  });
  const open = executorOnly.filter((p) => !p.readDenied || !p.writeDenied).map((p) => p.path);
  if (!sandbox.enabled) {
    return {
      level: "guard-alone",
      sandbox,
      executorOnly,
      line: `Protection: the guard alone; there is no OS sandbox in this session (${sandbox.reason}). The guard reads command text, so a program that hides its writes can get past it. \`execguard init\` in the repository enables Claude Code's sandbox.`
    };
  }
  if (open.length === 0) {
    return {
      level: "contained",
      sandbox,
      executorOnly,
      line: `Contained: Claude Code's sandbox (enabled in ${sandbox.settingsFile}) confines every Bash command, and the agent's commands cannot use ${EXECUTOR_ONLY_DEFAULTS.join(", ")}: only an approved execguard run may.`
    };
  }
  return {
    level: "sandbox",
    sandbox,
    executorOnly,
    line: `Protection: Claude Code's sandbox (enabled in ${sandbox.settingsFile}) confines every Bash command at the OS level, on top of the guard: the writes it denies (execguard's state, the plugin and the settings, as execguard init configures it) fail whatever the command text says. Not contained: the agent's commands can still use ${open.join(", ")}.`
  };
}

export {
  readJson,
  protectionOf
};
