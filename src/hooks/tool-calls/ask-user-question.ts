// PreToolUse for AskUserQuestion: a structured way for the user to say yes (issue 18 §5).
//
// Choice (documented in skills/execution): the nonce is minted here, when the agent asks, not at
// Stop. The agent presents its plan and calls AskUserQuestion with one question whose header is
// "Approval" (or whose options start with "Approve"); this hook records the pending request (what
// the turn presented: denied commands, plan digests, the question) under a fresh nonce and
// rewrites that question's options (through updatedInput) into execguard's three:
//   Approve [P-<nonce>-A]              the grant, bound to what was presented; no destroy
//   Approve incl. destroy [P-<nonce>-D] the same, explicitly including destroy
//   Refuse [P-<nonce>-R]               every grant of the session ends
// The PostToolUse hook (events/post-tool-use.ts) reads the user's selection from the tool's own
// output and records exactly what the selected label says, matching the nonce, never the words.
// The agent cannot write that output, and cannot mint a label: an option carrying a nonce it
// wrote is refused. Sub-agents do not ask the user: they report PENDING_APPROVAL to the main agent.
import { randomBytes } from 'node:crypto';
import { recordPending } from '../../state/grant-store.js';
import type { HookAnswer, HookInput } from '../hook-protocol.js';
import type { HookContext } from '../context.js';
import { presentedInTurn, turnSinceLastPrompt } from '../events/pending-request.js';
import { allow, deny } from '../permission-answers.js';

/** An execguard nonce in a label: `[P-<hex>]` or `[P-<hex>-A|D|R]`. */
const ANY_NONCE = /\[\s*P-[0-9a-f]{4,}/i;

interface Option {
  label?: unknown;
  description?: unknown;
  preview?: unknown;
}
interface Question {
  question?: unknown;
  header?: unknown;
  options?: unknown;
  multiSelect?: unknown;
}

const isApproval = (q: Question) =>
  (typeof q.header === 'string' && /^\s*approv/i.test(q.header)) ||
  (Array.isArray(q.options) && (q.options as Option[]).some((o) => typeof o?.label === 'string' && /^\s*approve\b/i.test(o.label)));

const short = (d: string) => `${d.slice(0, 19)}…`;

export function askUserQuestion(input: HookInput, ctx: HookContext): HookAnswer {
  const toolInput = input.tool_input as { questions?: unknown };
  if (!Array.isArray(toolInput.questions) || toolInput.questions.length === 0)
    return deny('execguard: AskUserQuestion without questions: cannot tell what the user would be asked');
  const questions = toolInput.questions as Question[];
  for (const q of questions) {
    const texts = [
      q.question,
      q.header,
      ...(Array.isArray(q.options) ? (q.options as Option[]).flatMap((o) => [o?.label, o?.description]) : []),
    ];
    if (texts.some((t) => typeof t === 'string' && ANY_NONCE.test(t)))
      return deny(
        'execguard: an option carries an execguard approval nonce ([P-…]); only execguard mints those. Ask with header "Approval" and any two options: execguard fills in the approval options.',
      );
  }
  const asking = questions.map((q, i) => (isApproval(q) ? i : -1)).filter((i) => i >= 0);
  if (asking.length === 0) return allow('silent');
  if (asking.length > 1) return deny('execguard: one approval question per AskUserQuestion call; ask the others separately.');
  if (ctx.agentId)
    return deny(
      'execguard: a sub-agent does not ask the user for approval; end with PLAN_STATUS: PENDING_APPROVAL and let the main agent present the plan (it relays your commands and digests).',
    );
  if (!ctx.sessionId) return deny('execguard: AskUserQuestion without a session id: an approval could not be recorded');

  const q = questions[asking[0]];
  // What the user sees: the text the agent wrote this turn (the plan it presented), and the question.
  const said = turnSinceLastPrompt(ctx.transcriptPath).assistantText;
  const shown = [said, q.question, ...(Array.isArray(q.options) ? (q.options as Option[]).map((o) => o?.description) : [])]
    .filter((t): t is string => typeof t === 'string' && t !== '')
    .join('\n');
  const { commands, digests, environments } = presentedInTurn(ctx.env, ctx.sessionId, shown, ctx.transcriptPath);
  // Nothing to bind the answer to: the user would approve whatever the agent runs next. The digest
  // in the question itself is what the hook can always see (Claude Code may not have written the
  // turn's plan output to the transcript yet when this hook runs).
  if (digests.length === 0 && commands.length === 0)
    return deny(
      "execguard: this approval question shows no plan: put the plan's digest in the question as `execguard plan` printed it (`Plan digest: sha256:…`), so the user approves exactly that plan, then ask again.",
    );
  const nonce = randomBytes(6).toString('hex');
  const { createHash } = process.getBuiltinModule('node:crypto');
  recordPending(
    {
      sessionId: ctx.sessionId,
      source: 'ask-user-question',
      nonce,
      commands,
      environments,
      digests,
      messageHash: `sha256:${createHash('sha256').update(shown).digest('hex')}`,
    },
    { env: ctx.env },
  );
  // What the grant will be bound to, said in the options the user chooses between.
  const bound = [
    digests.length ? `only the plan ${digests.map(short).join(', ')}` : '',
    commands.length ? `the commands ${commands.map((c) => c.command).join('; ')}` : '',
    environments.length ? `in ${environments.join(', ')} only` : '',
  ].filter(Boolean);
  const what = bound.length ? `Runs ${bound.join(', ')}.` : 'Runs what was presented above.';
  const options = [
    { label: `Approve [P-${nonce}-A]`, description: `${what} Does not authorize destroying anything.` },
    { label: `Approve incl. destroy [P-${nonce}-D]`, description: `${what} Explicitly includes destroying what the plan destroys.` },
    { label: `Refuse [P-${nonce}-R]`, description: 'Nothing runs; every approval in this session ends.' },
  ];
  const rewritten = questions.map((x, i) => (i === asking[0] ? { ...x, header: 'Approval', multiSelect: false, options } : x));
  // No permissionDecision: an `allow` would answer the tool for the user (Claude Code then skips
  // the question and the tool returns "The user did not answer"); the question must reach the user.
  return {
    json: {
      hookSpecificOutput: {
        hookEventName: 'PreToolUse',
        permissionDecisionReason: `execguard: approval request P-${nonce} recorded; the options are execguard's`,
        updatedInput: { ...toolInput, questions: rewritten },
      },
    },
    exitCode: 0,
  };
}
