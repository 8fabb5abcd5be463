// UserPromptSubmit: the user's own prompt is where approvals come from (docs/guard-rules.md,
// "Approvals"). The prompt is read as the answer to the open approval request, if the agent asked
// (a turn ended PLAN_STATUS: PENDING_APPROVAL), else as a prompt nobody asked for, where only an
// explicit "I approve" counts. Then:
//   approval     -> a grant, bound to what the request presented (environments, plan digests);
//   refusal      -> every grant of the session ends;
//   continuation -> ("continue", "go on") an approval in force still holds;
//   anything else-> the grant in force ends (the conversation moved on), the request is answered.
// The agent is told what the reader decided. What cannot be recorded blocks the prompt, saying so
// (a refusal that is not on record would leave a grant in force); nothing is granted then.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { boundEnvironments } from '../../approval/answer-binding.js';
import { readPrompt } from '../../approval/scope.js';
import { activeUserGrant, markAnswered, openPendingRequest, recordGrant, revokeGrants, voidGrants } from '../../state/grant-store.js';
import { startTurnDenials } from '../../state/turn-denials.js';
import type { ApprovalScope, GrantBinding } from '../../approval/types.js';
import { DEFAULT_POLICY } from '../../guard/policy.js';
import type { HookAnswer, HookHandler } from '../hook-protocol.js';
import { hookContext } from '../context.js';
import { logDecision } from '../decision-log.js';
import { sessionPolicy } from '../session-policy.js';
import { turnStartFile } from './pending-request.js';

const context = (text: string, stderr?: string): HookAnswer => ({
  json: { hookSpecificOutput: { hookEventName: 'UserPromptSubmit', additionalContext: text } },
  ...(stderr ? { stderr } : {}),
  exitCode: 0,
});

function describeScope(scope: ApprovalScope, binding: GrantBinding): string {
  const lifts = [scope.destroy && 'destroy', scope.delete && 'delete', scope.forcePush && 'force push'].filter(Boolean);
  const parts = ['state-changing (T3) commands may run'];
  parts.push(
    lifts.length
      ? `it also explicitly authorizes: ${lifts.join(', ')}`
      : 'it does not authorize destroy, production deletes or force pushes',
  );
  if (scope.environments.length) parts.push(`only for: ${scope.environments.join(', ')}`);
  if (binding.digests.length) parts.push(`execguard execute may run only the plan(s) presented: ${binding.digests.join(', ')}`);
  parts.push('execute exactly what was presented; the approval ends at the next prompt that is not an approval or "continue"');
  return parts.join('; ');
}

function markTurnStart(env: NodeJS.ProcessEnv, sessionId: string, now: Date): string | undefined {
  try {
    const file = turnStartFile(env, sessionId);
    mkdirSync(join(file, '..'), { recursive: true, mode: 0o700 });
    // The turn's refusals are recorded from now on: the previous turn's are not what is asked about.
    startTurnDenials(env, sessionId);
    writeFileSync(file, `${JSON.stringify({ time: now.toISOString() })}\n`, { mode: 0o600 });
    return undefined;
  } catch (error) {
    return `execguard: could not record the turn start (${(error as Error).message})\n`;
  }
}

/**
 * Claude Code submits a background task's completion (an async sub-agent finishing) as a prompt,
 * marked as not user input. It is nobody's answer: it neither approves, nor ends a grant, nor
 * answers the open request (the planner's PENDING_APPROVAL is what it reports).
 */
const NOTIFICATION = /^\s*(?:<system-reminder>\s*)?(?:\[SYSTEM NOTIFICATION - NOT USER INPUT\]|<task-notification>)/;

/**
 * The prompt is blocked (Claude Code erases it and shows the reason to the user): what it meant
 * could not be recorded, and a refusal or an ended approval that is not on record would leave a
 * grant in force. Logged where possible.
 */
function blocked(ctx: { sessionId: string; env: NodeJS.ProcessEnv }, prompt: string, reason: string, note?: string): HookAnswer {
  const logError = logDecision(
    {
      time: new Date().toISOString(),
      session: ctx.sessionId,
      tool: 'UserPromptSubmit',
      command: prompt,
      decision: 'deny',
      rules: ['grant-log-unwritable'],
      reason,
    },
    ctx.env,
  );
  const stderr = `${note ?? ''}${logError ?? ''}`;
  return { json: { decision: 'block', reason }, ...(stderr ? { stderr } : {}), exitCode: 0 };
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

const FIX =
  'Check that the state folder is writable and has free space (and that its keys/ folder is intact), then send your message again.';

/** A refusal (or an approval ending) that could not be recorded: void the session's grants by other means, block, say so. */
function unrecordedEnd(
  ctx: { sessionId: string; env: NodeJS.ProcessEnv },
  prompt: string,
  what: string,
  error: unknown,
  note?: string,
): HookAnswer {
  const voided = voidGrants(ctx.sessionId, { env: ctx.env });
  const state = voided
    ? "execguard voided this session's approvals instead: state-changing commands are denied until you approve again."
    : "execguard could not void this session's approvals either: an earlier approval may still be in force. Stop the agent (Esc) before anything else runs.";
  return blocked(ctx, prompt, `execguard: ${what} could not be recorded (${message(error)}). ${state} ${FIX}`, note);
}

export const handle: HookHandler = async (input, env) => {
  const prompt = input.prompt;
  if (typeof prompt !== 'string')
    return { stderr: 'execguard: UserPromptSubmit input has no prompt string: no grant recorded\n', exitCode: 0 };
  const ctx = hookContext(input, env);
  if (!ctx.sessionId) return { stderr: 'execguard: UserPromptSubmit input has no session_id: no grant recorded\n', exitCode: 0 };
  if (NOTIFICATION.test(prompt))
    return context("execguard: a background-task notification, not the user's prompt: it approves nothing and ends nothing.");
  const now = new Date();
  const turnNote = markTurnStart(env, ctx.sessionId, now);
  let pending: ReturnType<typeof openPendingRequest>;
  let active: ReturnType<typeof activeUserGrant>;
  let reading: ReturnType<typeof readPrompt>;
  // Read once: the policy's production names are read in the prompt too ("approved for live2").
  const policy = await sessionPolicy(ctx.cwd, ctx.env).catch((error: unknown) =>
    error instanceof Error ? error : new Error(String(error)),
  );
  try {
    pending = openPendingRequest(ctx.sessionId, now, { env });
    active = activeUserGrant(ctx.sessionId, now, { env });
    const productionNames = policy instanceof Error ? [] : policy.policy.productionNames;
    reading = readPrompt(prompt, { pending: pending !== null, productionNames });
  } catch (error) {
    return unrecordedEnd(ctx, prompt, 'your message (the grant log could not be read)', error, turnNote);
  }

  if (reading.kind === 'approval') {
    const environments = boundEnvironments(reading.scope.environments, pending?.environments ?? []);
    if (environments === null) {
      try {
        revokeGrants(
          { sessionId: ctx.sessionId, source: 'user-prompt', scope: { ...reading.scope, affirmed: false }, now, reason: 'not-approved' },
          { env },
        );
      } catch (error) {
        return unrecordedEnd(ctx, prompt, 'that this message is not an approval', error, turnNote);
      }
      return context(
        `execguard: not an approval: it names ${reading.scope.environments.join(', ')} but the request presented ${pending?.environments.join(', ')}; nothing is approved. Present the plan for the environment the user named and ask again.`,
        turnNote,
      );
    }
    let approvalMinutes = DEFAULT_POLICY.approvalMinutes;
    let note = turnNote ?? '';
    if (policy instanceof Error)
      note += `execguard: policy unreadable (${message(policy)}); grant uses the default ${approvalMinutes} minutes\n`;
    else approvalMinutes = policy.policy.approvalMinutes;
    const scope = { ...reading.scope, environments };
    const binding: GrantBinding = { digests: pending?.digests ?? [], environments: pending?.environments ?? [] };
    let grant: ReturnType<typeof recordGrant>;
    try {
      grant = recordGrant({ sessionId: ctx.sessionId, source: 'user-prompt', scope, approvalMinutes, now, binding }, { env });
    } catch (error) {
      // Nothing is granted; an earlier approval ends too, as any new prompt ends it.
      return unrecordedEnd(ctx, prompt, 'your approval', error, note || undefined);
    }
    const answered = pending ? 'it answers the request you presented' : 'an explicit approval statement';
    return context(
      `execguard: the user's approval is recorded for this session (grant ${grant.id}, until ${grant.expiresAt}; ${answered}): ${describeScope(scope, binding)}.`,
      note || undefined,
    );
  }

  if (reading.kind === 'refusal') {
    // Always recorded: a refusal ends every grant of the session, whatever else is in the folder.
    try {
      revokeGrants({ sessionId: ctx.sessionId, source: 'user-prompt', scope: reading.scope, now, reason: 'refused' }, { env });
    } catch (error) {
      return unrecordedEnd(ctx, prompt, 'your refusal', error, turnNote);
    }
    return context(`execguard: ${reading.why}.`, turnNote);
  }

  if (reading.kind === 'continuation') {
    try {
      if (pending) markAnswered(ctx.sessionId, now, { env });
    } catch (error) {
      // An open request left open would read a later "yes" as its answer.
      return blocked(
        ctx,
        prompt,
        `execguard: your message could not be recorded as the answer to the open request (${message(error)}). ${FIX}`,
        turnNote,
      );
    }
    const holds = active ? ` (grant ${active.id} still holds)` : '; no approval is in force';
    return context(`execguard: ${reading.why}${holds}.`, turnNote);
  }

  // Anything else: the conversation moved on. The grant in force ends; the request is answered.
  try {
    if (active) revokeGrants({ sessionId: ctx.sessionId, source: 'user-prompt', scope: reading.scope, now, reason: 'moved-on' }, { env });
    else if (pending) markAnswered(ctx.sessionId, now, { env });
  } catch (error) {
    if (active) return unrecordedEnd(ctx, prompt, `the end of the earlier approval (grant ${active.id})`, error, turnNote);
    return blocked(
      ctx,
      prompt,
      `execguard: your message could not be recorded as the answer to the open request (${message(error)}). ${FIX}`,
      turnNote,
    );
  }
  const ended = active ? ` The earlier approval (grant ${active.id}) has ended.` : '';
  return context(`execguard: ${reading.why}.${ended}`, turnNote);
};
