import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  presentedInTurn,
  turnSinceLastPrompt
} from "./chunk-WGEBBMG6.mjs";
import "./chunk-A3VCP7CC.mjs";
import {
  recordPending
} from "./chunk-H6SCAQY7.mjs";
import {
  allow,
  deny
} from "./chunk-7H2IF47G.mjs";
import "./chunk-SHPKBHHF.mjs";
import "./chunk-RL46IMCX.mjs";
import "./chunk-VL7M2WAP.mjs";
import "./chunk-NJ4D744S.mjs";
import "./chunk-GLDXOGL5.mjs";

// src/hooks/tool-calls/ask-user-question.ts
import { randomBytes } from "node:crypto";
var ANY_NONCE = /\[\s*P-[0-9a-f]{4,}/i;
var isApproval = (q) => typeof q.header === "string" && /^\s*approv/i.test(q.header) || Array.isArray(q.options) && q.options.some((o) => typeof o?.label === "string" && /^\s*approve\b/i.test(o.label));
var short = (d) => `${d.slice(0, 19)}\u2026`;
function askUserQuestion(input, ctx) {
  const toolInput = input.tool_input;
  if (!Array.isArray(toolInput.questions) || toolInput.questions.length === 0)
    return deny("execguard: AskUserQuestion without questions: cannot tell what the user would be asked");
  const questions = toolInput.questions;
  for (const q2 of questions) {
    const texts = [
      q2.question,
      q2.header,
      ...Array.isArray(q2.options) ? q2.options.flatMap((o) => [o?.label, o?.description]) : []
    ];
    if (texts.some((t) => typeof t === "string" && ANY_NONCE.test(t)))
      return deny(
        'execguard: an option carries an execguard approval nonce ([P-\u2026]); only execguard mints those. Ask with header "Approval" and any two options: execguard fills in the approval options.'
      );
  }
  const asking = questions.map((q2, i) => isApproval(q2) ? i : -1).filter((i) => i >= 0);
  if (asking.length === 0) return allow("silent");
  if (asking.length > 1) return deny("execguard: one approval question per AskUserQuestion call; ask the others separately.");
  if (ctx.agentId)
    return deny(
      "execguard: a sub-agent does not ask the user for approval; end with PLAN_STATUS: PENDING_APPROVAL and let the main agent present the plan (it relays your commands and digests)."
    );
  if (!ctx.sessionId) return deny("execguard: AskUserQuestion without a session id: an approval could not be recorded");
  const q = questions[asking[0]];
  const said = turnSinceLastPrompt(ctx.transcriptPath).assistantText;
  const shown = [said, q.question, ...Array.isArray(q.options) ? q.options.map((o) => o?.description) : []].filter((t) => typeof t === "string" && t !== "").join("\n");
  const { commands, digests, environments } = presentedInTurn(ctx.env, ctx.sessionId, shown, ctx.transcriptPath);
  if (digests.length === 0 && commands.length === 0)
    return deny(
      "execguard: this approval question shows no plan: put the plan's digest in the question as `execguard plan` printed it (`Plan digest: sha256:\u2026`), so the user approves exactly that plan, then ask again."
    );
  const nonce = randomBytes(6).toString("hex");
  const { createHash } = process.getBuiltinModule("node:crypto");
  recordPending(
    {
      sessionId: ctx.sessionId,
      source: "ask-user-question",
      nonce,
      commands,
      environments,
      digests,
      messageHash: `sha256:${createHash("sha256").update(shown).digest("hex")}`
    },
    { env: ctx.env }
  );
  const bound = [
    digests.length ? `only the plan ${digests.map(short).join(", ")}` : "",
    commands.length ? `the commands ${commands.map((c) => c.command).join("; ")}` : "",
    environments.length ? `in ${environments.join(", ")} only` : ""
  ].filter(Boolean);
  const what = bound.length ? `Runs ${bound.join(", ")}.` : "Runs what was presented above.";
  const options = [
    { label: `Approve [P-${nonce}-A]`, description: `${what} Does not authorize destroying anything.` },
    { label: `Approve incl. destroy [P-${nonce}-D]`, description: `${what} Explicitly includes destroying what the plan destroys.` },
    { label: `Refuse [P-${nonce}-R]`, description: "Nothing runs; every approval in this session ends." }
  ];
  const rewritten = questions.map((x, i) => i === asking[0] ? { ...x, header: "Approval", multiSelect: false, options } : x);
  return {
    json: {
      hookSpecificOutput: {
        hookEventName: "PreToolUse",
        permissionDecisionReason: `execguard: approval request P-${nonce} recorded; the options are execguard's`,
        updatedInput: { ...toolInput, questions: rewritten }
      }
    },
    exitCode: 0
  };
}
export {
  askUserQuestion
};
