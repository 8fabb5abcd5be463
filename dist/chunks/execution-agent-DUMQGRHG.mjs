import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  Anthropic
} from "./chunk-R4LY6XFZ.mjs";
import {
  execa,
  renderStatus
} from "./chunk-XTNUR4HF.mjs";
import {
  pluginSkillsDir
} from "./chunk-R4MKSLTT.mjs";
import "./chunk-P37WMGKB.mjs";
import {
  checkStatus,
  formatStatusError
} from "./chunk-FP4XGDEA.mjs";
import "./chunk-3PDF6CMC.mjs";
import {
  decide
} from "./chunk-HEV5FJY2.mjs";
import "./chunk-NUQ2TTKM.mjs";
import "./chunk-7KTHKGCI.mjs";
import "./chunk-NPWP2KBB.mjs";
import "./chunk-N5QN7TY3.mjs";
import "./chunk-NQJ7SG5Y.mjs";
import "./chunk-EFYBUVPJ.mjs";
import {
  DEFAULT_POLICY
} from "./chunk-ZVMRUSTS.mjs";
import {
  decisionIoFor,
  protectedPathsFor
} from "./chunk-2O4HQGCF.mjs";
import "./chunk-IXTILJUS.mjs";
import {
  parseApproval
} from "./chunk-IFFSJ7SF.mjs";
import "./chunk-GLDXOGL5.mjs";

// src/agent/execution-agent.ts
import { readFileSync } from "node:fs";
import { join } from "node:path";

// src/agent/bash-tool.ts
var MAX_OUTPUT = 2e4;
var clip = (text) => text.length > MAX_OUTPUT ? `${text.slice(0, MAX_OUTPUT)}
\u2026 (${text.length - MAX_OUTPUT} more characters)` : text;
function sdkDecisionInput(command, options) {
  const scope = options.approvalText ? parseApproval(options.approvalText) : null;
  const env = options.env ?? process.env;
  return {
    command,
    cwd: options.cwd,
    grant: scope?.affirmed ? { id: "prompt", scope } : null,
    policy: options.policy ?? DEFAULT_POLICY,
    protectedPaths: protectedPathsFor(env, options.cwd),
    agentSession: true,
    io: decisionIoFor(env, options.cwd)
  };
}
function guardedBashTool(options) {
  return {
    definition: {
      name: "bash",
      description: "Run a bash command in the workspace. Every command passes the execguard guard: state-changing commands need the user's approval, and destroys, production deletes, force pushes and secrets on the command line are refused.",
      input_schema: { type: "object", properties: { command: { type: "string", description: "the bash command" } }, required: ["command"] }
    },
    run: async (input) => {
      const command = input.command;
      if (typeof command !== "string" || command.trim() === "")
        return { content: "bash: input.command must be a non-empty string", isError: true };
      const decision = await decide(sdkDecisionInput(command, options));
      if (decision.decision !== "allow") {
        const label = decision.decision === "ask" ? "needs a human to confirm, and none is present" : "denied";
        return { content: `execguard ${label}: ${decision.reason}`, isError: true };
      }
      const result = await execa("bash", ["-c", command], {
        cwd: options.cwd,
        env: options.env,
        reject: false,
        timeout: options.timeoutMs ?? 12e4,
        stdin: "ignore"
      });
      const output = [result.stdout, result.stderr].filter(Boolean).join("\n");
      return { content: clip(`exit code ${result.exitCode ?? "none"}
${output}`), isError: result.exitCode !== 0 };
    }
  };
}

// src/agent/executor-tools.ts
var planInput = { type: "object", properties: {}, additionalProperties: false };
function executorTools(options) {
  const wrongInput = (input) => Object.keys(input).length > 0 ? `this tool takes no input (the plan is ${options.plan}, the approval is the user's); got ${Object.keys(input).join(", ")}` : null;
  return [
    {
      definition: {
        name: "plan",
        description: `Pre-flight and dry run of the plan ${options.plan}: what will be created, changed and destroyed, the files to commit, the risk, the rollback path and the plan digest. Changes nothing.`,
        input_schema: planInput
      },
      run: async (input) => {
        const problem = wrongInput(input);
        if (problem) return { content: problem, isError: true };
        const { planOnly } = await import("./plan-run-CB6YIURX.mjs");
        const result = await planOnly({
          planArg: options.plan,
          cwd: options.cwd,
          env: options.env,
          ...options.home ? { home: options.home } : {}
        });
        return { content: result.text, isError: result.status !== "COMPLETE" };
      }
    },
    {
      definition: {
        name: "execute",
        description: `Carries out the plan ${options.plan} with the user's approval: pre-flight, persist (commit + push), apply, verify. Returns the execution report ending in an AGENT_STATUS block. Refused without the user's approval.`,
        input_schema: planInput
      },
      run: async (input) => {
        const problem = wrongInput(input);
        if (problem) return { content: problem, isError: true };
        const { executePlan } = await import("./execute-FOIX2JHV.mjs");
        const result = await executePlan({
          planArg: options.plan,
          cwd: options.cwd,
          env: options.env,
          ...options.userApproval ? { approvalText: options.userApproval } : {},
          ...options.home ? { home: options.home } : {}
        });
        return { content: result.markdown, isError: result.status !== "COMPLETE" };
      }
    }
  ];
}

// src/agent/loop.ts
async function runAgentLoop(options) {
  const { client, tools, checkFinalMessage } = options;
  const maxTurns = options.maxTurns ?? 20;
  let statusRetriesLeft = options.statusRetries ?? 2;
  const byName = new Map(tools.map((t) => [t.definition.name, t]));
  const messages = [{ role: "user", content: options.prompt }];
  for (let turn = 1; turn <= maxTurns; turn++) {
    const response = await client.messages.create({
      model: options.model,
      max_tokens: options.maxTokens ?? 4096,
      system: options.system,
      tools: tools.map((t) => t.definition),
      messages
    });
    messages.push({ role: "assistant", content: response.content });
    const calls = response.content.filter((block) => block.type === "tool_use");
    if (calls.length > 0) {
      const results = [];
      for (const call of calls) {
        const input = call.input ?? {};
        options.onEvent?.({ type: "tool_call", name: call.name, input });
        const tool = byName.get(call.name);
        const outcome = tool ? await tool.run(input).catch((error) => ({ content: `tool failed: ${error.message}`, isError: true })) : { content: `unknown tool '${call.name}'; available: ${[...byName.keys()].join(", ")}`, isError: true };
        options.onEvent?.({ type: "tool_result", name: call.name, outcome });
        results.push({ type: "tool_result", tool_use_id: call.id, content: outcome.content, is_error: outcome.isError ?? false });
      }
      messages.push({ role: "user", content: results });
      continue;
    }
    const finalText = response.content.filter((block) => block.type === "text").map((block) => block.text).join("\n");
    const errors = checkFinalMessage(finalText);
    if (errors.length === 0 || statusRetriesLeft === 0) {
      return { finalText, statusValid: errors.length === 0, statusErrors: errors, turns: turn, messages };
    }
    statusRetriesLeft--;
    options.onEvent?.({ type: "status_rejected", errors });
    messages.push({
      role: "user",
      content: `Your final message must end with a valid AGENT_STATUS block. Fix these errors and answer again:
${errors.map((e) => `- ${e}`).join("\n")}`
    });
  }
  return { finalText: "", statusValid: false, statusErrors: [`no final answer within ${maxTurns} turns`], turns: maxTurns, messages };
}

// src/agent/execution-agent.ts
var DEFAULT_AGENT_MODEL = "claude-sonnet-5-5";
function executionInstructions(env = process.env) {
  const dir = pluginSkillsDir(env);
  if (!dir) throw new Error("execguard: the execution skill was not found (skills/execution/SKILL.md next to the package)");
  const text = readFileSync(join(dir, "execution", "SKILL.md"), "utf8");
  return text.replace(/^---\n[\s\S]*?\n---\n/, "").trim();
}
var PREFACE = (plan) => `You are an execution sub-agent run through execguard's library, not inside Claude Code.
Your tools: \`plan\` (pre-flight and dry run of ${plan}), \`execute\` (carries it out with the user's approval, if any) and \`bash\` (a shell guarded by execguard).
Where the instructions below say to run \`execguard plan\` or \`execguard execute\`, call the \`plan\` or \`execute\` tool instead.
The approval is the user's, given to execguard by the caller; you cannot grant or widen it. End your final message with a valid AGENT_STATUS block.

`;
var blockedStatus = (errors) => ({
  planStatus: "BLOCKED",
  currentPhase: "Execute",
  pendingSteps: ["Get a valid AGENT_STATUS block from the execution agent, or run execguard execute directly"],
  nextAction: `The agent's final message had no valid AGENT_STATUS block after one repair turn: ${errors[0] ?? "missing"}`.slice(0, 300),
  agentId: "execguard-agent"
});
async function runExecutionAgent(options) {
  const env = options.env ?? process.env;
  const client = options.client ?? new Anthropic();
  const userApproval = options.userApproval?.trim() ? options.userApproval : null;
  const tools = [
    ...executorTools({ cwd: options.cwd, plan: options.plan, userApproval, env, ...options.home ? { home: options.home } : {} }),
    guardedBashTool({ cwd: options.cwd, approvalText: userApproval, env, ...options.policy ? { policy: options.policy } : {} })
  ];
  const prompt = [
    `Execute the plan ${options.plan} in ${options.cwd}.`,
    userApproval ? `The user's approval, as they wrote it: "${userApproval}"` : "The user has not approved this plan: present it (plan tool) and end with PLAN_STATUS: PENDING_APPROVAL."
  ].join("\n");
  let firstErrors;
  const result = await runAgentLoop({
    client,
    model: options.model ?? DEFAULT_AGENT_MODEL,
    prompt,
    system: PREFACE(options.plan) + executionInstructions(env),
    tools,
    maxTurns: options.maxTurns ?? 30,
    statusRetries: 1,
    checkFinalMessage: (text) => checkStatus(text, { required: true }).errors.map(formatStatusError),
    onEvent: (event) => {
      if (event.type === "status_rejected" && !firstErrors) firstErrors = event.errors;
      options.onEvent?.(event);
    }
  });
  const check = checkStatus(result.finalText, { required: true });
  const status = result.statusValid && check.status ? check.status : blockedStatus(result.statusErrors);
  return {
    status,
    statusBlock: renderStatus(status),
    statusValid: result.statusValid,
    repaired: result.statusValid && firstErrors !== void 0,
    statusErrors: result.statusErrors,
    finalText: result.finalText,
    turns: result.turns,
    messages: result.messages
  };
}
export {
  DEFAULT_AGENT_MODEL,
  runExecutionAgent
};
