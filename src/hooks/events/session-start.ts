// SessionStart: tells the agent that execguard is active, which policy applies and how approvals
// work, so that its first T3 command is not a surprise. Cannot block.
import { appendFileSync } from 'node:fs';
import type { ContainedPolicy } from '../../guard/policy.js';
import { activeGrant } from '../../state/grant-store.js';
import { protectionOf } from '../../state/protection.js';
import type { HookHandler } from '../hook-protocol.js';
import { hookContext } from '../context.js';
import { sessionPolicy } from '../session-policy.js';

export const handle: HookHandler = async (input, env) => {
  const ctx = hookContext(input, env);
  let policyLine: string;
  let minutes = 30;
  let contained: ContainedPolicy | undefined;
  try {
    const { policy, file } = await sessionPolicy(ctx.cwd, ctx.env);
    minutes = policy.approvalMinutes;
    contained = policy.contained;
    policyLine = file
      ? `Policy: ${file} (mode: ${policy.mode}).`
      : `Policy: built-in defaults (mode: ${policy.mode}); no .execguard.yaml found.`;
  } catch (error) {
    policyLine = `Policy: the project's .execguard.yaml could not be read (${(error as Error).message}); every Bash command is denied until it is fixed.`;
  }
  const grant = ctx.sessionId ? activeGrant(ctx.sessionId, new Date(), { env }) : null;
  const lines = [
    'execguard is active in this session: every Bash command is checked before it runs.',
    policyLine,
    'State-changing (T3) commands (terraform/tofu/terragrunt apply, kubectl apply/delete/scale/rollout, helm install/upgrade, flux reconcile, git push, gh pr merge, npm publish) run only after the user approves: plan, present the plan, end with PLAN_STATUS: PENDING_APPROVAL and wait; then execute exactly what was shown.',
    `An approval is the user's answer to that request (or their explicit "I approve …"), never a request, question, condition or deferral; it lasts until the user moves on to other work, refuses, or ${minutes} minutes pass.`,
    'A generic approval never lifts the never-execute rules: destroying needs "destroy"/"tear down" in the approval, deleting in production needs "delete", a force push needs "force push". Credentials on the command line and non-conventional commit messages are never allowed.',
    "An --approval flag typed on a command line counts for no more than the user's active approval. Sub-agents get only the approval in their launch prompt, and never more than the user's.",
    "The agent cannot change .execguard.yaml, execguard's hooks, .claude/settings*.json or execguard's state. `execguard log` shows what was blocked.",
  ];
  if (grant) lines.push(`An approval is active: "${grant.text}" (grant ${grant.id}, until ${grant.expiresAt}).`);
  lines.push(boundaryLine(env.CLAUDE_PROJECT_DIR || ctx.cwd, env, contained));
  shareStateWithBash(env, ctx.stateHome, ctx.sessionId);
  return { json: { hookSpecificOutput: { hookEventName: 'SessionStart', additionalContext: lines.join('\n') } }, exitCode: 0 };
};

/** Says plainly which boundary protects this session, in the words `execguard doctor` uses (after the same probe). */
function boundaryLine(projectDir: string, env: NodeJS.ProcessEnv, contained: ContainedPolicy | undefined): string {
  return protectionOf({ projectDir, env, probe: true, ...(contained ? { contained } : {}) }).line;
}

/**
 * The Bash tool's commands (`execguard log`, `execguard execute`) must use the hooks' state folder
 * and this session's grants: hand both over through CLAUDE_ENV_FILE, which Claude Code sources
 * before each Bash command. Best effort: SessionStart cannot block.
 */
function shareStateWithBash(env: NodeJS.ProcessEnv, stateHome: string, sessionId: string): void {
  const file = env.CLAUDE_ENV_FILE;
  if (!file) return;
  const quote = (value: string) => `'${value.replaceAll("'", "'\\''")}'`;
  const lines = [`export EXECGUARD_HOME=${quote(stateHome)}`];
  if (sessionId) lines.push(`export EXECGUARD_SESSION_ID=${quote(sessionId)}`);
  try {
    appendFileSync(file, `${lines.join('\n')}\n`);
  } catch {
    // An unwritable env file only costs the CLI its shared state folder; the hooks still guard.
  }
}
