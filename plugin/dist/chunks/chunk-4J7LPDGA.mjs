import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  stateHome,
  statePaths
} from "./chunk-VL7M2WAP.mjs";
import {
  DEFAULT_CONTAINED
} from "./chunk-4YJ4M3UI.mjs";

// src/state/protection.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { homedir as homedir2 } from "node:os";
import { isAbsolute, join as join2, resolve } from "node:path";

// src/state/sandbox.ts
import { spawnSync } from "node:child_process";
import { accessSync, constants, mkdirSync, readFileSync, writeFileSync } from "node:fs";
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
function probeDeniedRead(deniedDir, env = process.env) {
  if (process.platform !== "linux") return "";
  const canary = join(deniedDir, "sandbox-probe");
  const nonce = `execguard-probe-${process.pid}-${Date.now()}`;
  try {
    mkdirSync(deniedDir, { recursive: true, mode: 448 });
    writeFileSync(canary, nonce, { mode: 384 });
  } catch (error) {
    return `cannot write the canary ${canary}: ${error.message}`;
  }
  const run = spawnSync(
    "bwrap",
    [
      "--ro-bind",
      "/",
      "/",
      "--dev",
      "/dev",
      "--tmpfs",
      deniedDir,
      "--unshare-user",
      "--unshare-pid",
      "--die-with-parent",
      "--",
      "sh",
      "-c",
      'echo ready; cat "$1" 2>/dev/null; true',
      "sh",
      canary
    ],
    { encoding: "utf8", env: { PATH: env.PATH ?? "" }, timeout: 1e4 }
  );
  if (run.error) return `bwrap could not start: ${run.error.message}`;
  if (!run.stdout.startsWith("ready")) return `bwrap did not run the probe (exit ${run.status}: ${run.stderr.trim().split("\n")[0] ?? ""})`;
  if (run.stdout.includes(nonce)) return `the canary ${canary} was readable inside the sandbox`;
  return "";
}

// src/state/protection.ts
function readJson(file) {
  try {
    const parsed = JSON.parse(readFileSync2(file, "utf8"));
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? parsed : void 0;
  } catch {
    return void 0;
  }
}
var sandboxOf = (file) => readJson(file)?.sandbox ?? {};
function mergedList(files, pick) {
  const out = [];
  for (const file of files) {
    const list = pick(sandboxOf(file));
    if (Array.isArray(list)) {
      for (const entry of list) if (typeof entry === "string") out.push(entry);
    }
  }
  return out;
}
function expandPath(entry, home, projectDir) {
  if (entry === "~" || entry.startsWith("~/")) return join2(home, entry.slice(1));
  if (entry.startsWith("//")) return resolve(entry.slice(1));
  if (entry.startsWith("/")) return resolve(entry);
  return resolve(projectDir, entry);
}
var covers = (denied, path) => denied.some((d) => path === d || path.startsWith(`${d.replace(/\/$/, "")}/`));
function localOrigin(projectDir) {
  let text;
  try {
    text = readFileSync2(join2(projectDir, ".git", "config"), "utf8");
  } catch {
    return void 0;
  }
  const section = /\[remote "origin"\]([^[]*)/.exec(text)?.[1] ?? "";
  const url = /^\s*url\s*=\s*(.+?)\s*$/m.exec(section)?.[1];
  if (!url) return void 0;
  if (url.startsWith("file://")) return resolve(decodeURIComponent(url.slice("file://".length)));
  return isAbsolute(url) ? resolve(url) : void 0;
}
function executorOnlyTargets(projectDir, env, contained = DEFAULT_CONTAINED) {
  const home = env.HOME || homedir2();
  const state = statePaths(stateHome(env));
  const origin = localOrigin(projectDir);
  const named = [...contained.executorOnly, ...contained.stateFolders].map((path) => ({
    path,
    full: expandPath(path, home, projectDir)
  }));
  const own = [{ path: state.keys, full: state.keys }, ...origin ? [{ path: origin, full: origin, writeOnly: true }] : []];
  const out = [];
  for (const t of [...named, ...own]) if (!out.some((o) => o.full === t.full)) out.push(t);
  return out;
}
function protectionOf(probe) {
  const env = probe.env ?? process.env;
  const home = env.HOME || homedir2();
  const sandbox = sandboxStatus(probe);
  const files = settingsFiles(probe.projectDir, env, probe.platform);
  const expandAll = (list) => list.map((e) => expandPath(e, home, probe.projectDir));
  const denyRead = expandAll(mergedList(files, (s) => s.filesystem?.denyRead));
  const denyWrite = expandAll(mergedList(files, (s) => s.filesystem?.denyWrite));
  const deniedHosts = mergedList(files, (s) => s.network?.deniedDomains);
  const excluded = mergedList(files, (s) => s.excludedCommands);
  const contained = probe.contained ?? DEFAULT_CONTAINED;
  const targets = executorOnlyTargets(probe.projectDir, env, contained);
  const executorOnly = targets.map((t) => ({
    path: t.path,
    readDenied: covers(denyRead, t.full),
    writeDenied: covers(denyWrite, t.full),
    ...t.writeOnly ? { writeOnly: true } : {}
  }));
  const open = executorOnly.filter((p) => !p.readDenied && !p.writeOnly || !p.writeDenied).map((p) => p.path);
  if (!sandbox.enabled) {
    return {
      level: "guard-alone",
      sandbox,
      executorOnly,
      gaps: [{ what: `no OS sandbox (${sandbox.reason})`, fix: "execguard init --contained in the repository" }],
      line: `Protection: the guard alone; there is no OS sandbox in this session (${sandbox.reason}). The guard reads command text, so a program that hides its writes can get past it. \`execguard init\` in the repository enables Claude Code's sandbox.`
    };
  }
  const gaps = [];
  if (open.length) gaps.push({ what: `the agent's commands can still use ${open.join(", ")}`, fix: "execguard init --contained" });
  const hostsOpen = contained.controlPlaneHosts.filter((h) => !deniedHosts.includes(h));
  if (hostsOpen.length)
    gaps.push({ what: `the agent's commands can still reach ${hostsOpen.join(", ")}`, fix: "execguard init --contained" });
  if (excluded.length)
    gaps.push({
      what: `sandbox.excludedCommands (${excluded.join(", ")}) run outside the sandbox without an approval`,
      fix: "remove sandbox.excludedCommands from the Claude Code settings"
    });
  if (gaps.length === 0 && probe.probe) {
    const failure = probeDeniedRead(statePaths(stateHome(env)).keys, env);
    if (failure)
      gaps.push({
        what: `the probe could read a denied path from inside a sandbox (${failure})`,
        fix: "install bubblewrap and socat and allow unprivileged user namespaces (sysctl kernel.unprivileged_userns_clone=1)"
      });
  }
  if (gaps.length === 0) {
    return {
      level: "contained",
      sandbox,
      executorOnly,
      gaps,
      line: `Contained: Claude Code's sandbox (enabled in ${sandbox.settingsFile}) confines every Bash command, and the agent's commands cannot use ${executorOnly.map((p) => p.path).join(", ")}${contained.controlPlaneHosts.length ? ` or reach ${contained.controlPlaneHosts.join(", ")}` : ""}: only an approved execguard run may (execute, resume or rollback of an approved plan, run with dangerouslyDisableSandbox).`
    };
  }
  return {
    level: "sandbox",
    sandbox,
    executorOnly,
    gaps,
    line: `Protection: Claude Code's sandbox (enabled in ${sandbox.settingsFile}) confines every Bash command at the OS level, on top of the guard: the writes it denies (execguard's state, the plugin and the settings, as execguard init configures it) fail whatever the command text says. Not contained: ${gaps.map((g) => g.what).join("; ")}. Fix: ${[...new Set(gaps.map((g) => g.fix))].join("; ")}.`
  };
}

export {
  readJson,
  executorOnlyTargets,
  protectionOf
};
