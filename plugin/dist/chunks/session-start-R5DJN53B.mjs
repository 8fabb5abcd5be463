import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  protectionOf
} from "./chunk-4J7LPDGA.mjs";
import {
  sessionPolicy
} from "./chunk-TZ273R2A.mjs";
import "./chunk-K3VR3IEB.mjs";
import {
  hookContext
} from "./chunk-7AACBDAA.mjs";
import "./chunk-B5I6L5BX.mjs";
import "./chunk-AZF5T37V.mjs";
import {
  activeGrant
} from "./chunk-H6SCAQY7.mjs";
import "./chunk-SHPKBHHF.mjs";
import "./chunk-VL7M2WAP.mjs";
import "./chunk-4YJ4M3UI.mjs";
import "./chunk-H5RYQ4RP.mjs";
import "./chunk-GLDXOGL5.mjs";

// src/hooks/events/session-start.ts
import { appendFileSync } from "node:fs";
var handle = async (input, env) => {
  const ctx = hookContext(input, env);
  let policyLine;
  let minutes = 30;
  let contained;
  try {
    const { policy, file } = await sessionPolicy(ctx.cwd, ctx.env);
    minutes = policy.approvalMinutes;
    contained = policy.contained;
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
  lines.push(boundaryLine(env.CLAUDE_PROJECT_DIR || ctx.cwd, env, contained));
  shareStateWithBash(env, ctx.stateHome, ctx.sessionId);
  return { json: { hookSpecificOutput: { hookEventName: "SessionStart", additionalContext: lines.join("\n") } }, exitCode: 0 };
};
function boundaryLine(projectDir, env, contained) {
  return protectionOf({ projectDir, env, probe: true, ...contained ? { contained } : {} }).line;
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
