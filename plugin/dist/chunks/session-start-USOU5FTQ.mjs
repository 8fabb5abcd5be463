import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  sessionPolicy
} from "./chunk-SF4NJWJ7.mjs";
import {
  hookContext
} from "./chunk-BG4IQXAV.mjs";
import {
  activeGrant
} from "./chunk-VZJXIXTK.mjs";
import "./chunk-TLBJUBPP.mjs";
import "./chunk-ZVMRUSTS.mjs";
import "./chunk-2O4HQGCF.mjs";
import "./chunk-IXTILJUS.mjs";
import "./chunk-GLDXOGL5.mjs";

// src/hooks/events/session-start.ts
import { appendFileSync } from "node:fs";

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

// src/hooks/events/session-start.ts
var handle = async (input, env) => {
  const ctx = hookContext(input, env);
  let policyLine;
  let minutes = 30;
  try {
    const { policy, file } = await sessionPolicy(ctx.cwd);
    minutes = policy.approvalMinutes;
    policyLine = file ? `Policy: ${file} (mode: ${policy.mode}).` : `Policy: built-in defaults (mode: ${policy.mode}); no .execguard.yaml found.`;
  } catch (error) {
    policyLine = `Policy: the project's .execguard.yaml could not be read (${error.message}); every Bash command is denied until it is fixed.`;
  }
  const grant = ctx.sessionId ? activeGrant(ctx.sessionId, /* @__PURE__ */ new Date(), { env }) : null;
  const lines = [
    "execguard is active in this session: every Bash command is checked before it runs.",
    policyLine,
    "State-changing (T3) commands (terraform/tofu/terragrunt apply, kubectl apply/delete/scale/rollout, helm install/upgrade, flux reconcile, git push, gh pr merge, npm publish) run only after the user approves: plan, present the plan, end with PLAN_STATUS: PENDING_APPROVAL and wait; then execute exactly what was shown.",
    `An approval is the user's answer to that request (or their explicit "I approve \u2026"), never a request, question, condition or deferral; it lasts until the user moves on to other work, refuses, or ${minutes} minutes pass.`,
    'A generic approval never lifts the never-execute rules: destroying needs "destroy"/"tear down" in the approval, deleting in production needs "delete", a force push needs "force push". Credentials on the command line and non-conventional commit messages are never allowed.',
    "An --approval flag typed on a command line counts for no more than the user's active approval. Sub-agents get only the approval in their launch prompt, and never more than the user's.",
    "The agent cannot change .execguard.yaml, execguard's hooks, .claude/settings*.json or execguard's state. `execguard log` shows what was blocked."
  ];
  if (grant) lines.push(`An approval is active: "${grant.text}" (grant ${grant.id}, until ${grant.expiresAt}).`);
  lines.push(boundaryLine(env.CLAUDE_PROJECT_DIR || ctx.cwd, env));
  shareStateWithBash(env, ctx.stateHome, ctx.sessionId);
  return { json: { hookSpecificOutput: { hookEventName: "SessionStart", additionalContext: lines.join("\n") } }, exitCode: 0 };
};
function boundaryLine(projectDir, env) {
  const sandbox = sandboxStatus({ projectDir, env });
  if (sandbox.enabled) {
    return `Protection: Claude Code's sandbox (enabled in ${sandbox.settingsFile}) confines every Bash command at the OS level, on top of the guard: the writes it denies (execguard's state, the plugin and the settings, as execguard init configures it) fail whatever the command text says.`;
  }
  return `Protection: the guard alone; there is no OS sandbox in this session (${sandbox.reason}). The guard reads command text, so a program that hides its writes can get past it. \`execguard init\` in the repository enables Claude Code's sandbox.`;
}
function shareStateWithBash(env, stateHome, sessionId) {
  const file = env.CLAUDE_ENV_FILE;
  if (!file) return;
  const quote = (value) => `'${value.replaceAll("'", "'\\''")}'`;
  const lines = [`export EXECGUARD_HOME=${quote(stateHome)}`];
  if (sessionId) lines.push(`export EXECGUARD_SESSION_ID=${quote(sessionId)}`);
  try {
    appendFileSync(file, `${lines.join("\n")}
`);
  } catch {
  }
}
export {
  handle
};
