import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  agentSession
} from "./chunk-AZF5T37V.mjs";
import {
  UsageError,
  parseArgs
} from "./chunk-2AH2R7BX.mjs";
import "./chunk-GLDXOGL5.mjs";

// src/cli/commands/agent.ts
var USAGE = `Usage: execguard agent PLAN.yaml [--model M] [--approval TEXT] [--json]

Runs PLAN.yaml with execguard's execution sub-agent on the Anthropic API: the execution skill as
its instructions, the executor's plan and execute phases and a guarded shell as its tools.
  --model M        the model (default: $EXECGUARD_AGENT_MODEL, else claude-sonnet-5-5)
  --approval TEXT  the user's approval, in their words ("User approved. Execute the plan.");
                   without it the agent can only plan. Refused inside an agent session.
  --json           print the result (final AGENT_STATUS, validity, turns) as JSON
Needs ANTHROPIC_API_KEY (ANTHROPIC_BASE_URL for a gateway). Without a key, run
\`execguard execute PLAN.yaml\` instead: the same executor, no model.
Exit 0 COMPLETE, 2 any other final status, 1 usage error.
`;
async function run(argv, io) {
  const { flags, positionals } = parseArgs(argv, { valued: ["model", "approval"], boolean: ["json"] });
  if (flags.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError("usage: execguard agent PLAN.yaml [--model M] [--approval TEXT] [--json]");
  if (!io.env.ANTHROPIC_API_KEY && !io.env.ANTHROPIC_AUTH_TOKEN) {
    io.stderr(
      "execguard agent: ANTHROPIC_API_KEY is not set, so there is no model to run the agent.\nSet it (and ANTHROPIC_BASE_URL for a gateway), or run the plan without a model: execguard execute " + positionals[0] + "\n"
    );
    return 1;
  }
  if (typeof flags.approval === "string" && agentSession(io.env).inAgent) {
    io.stderr(
      "execguard agent: --approval is refused inside an agent session: the approval must come from the user, not from a command line the agent writes.\n"
    );
    return 2;
  }
  const { runExecutionAgent } = await import("./execution-agent-5M4W77JQ.mjs");
  const Anthropic = (await import("./sdk-VSYADAUQ.mjs")).default;
  const client = new Anthropic({
    ...io.env.ANTHROPIC_API_KEY ? { apiKey: io.env.ANTHROPIC_API_KEY } : { authToken: io.env.ANTHROPIC_AUTH_TOKEN },
    ...io.env.ANTHROPIC_BASE_URL ? { baseURL: io.env.ANTHROPIC_BASE_URL } : {}
  });
  const model = typeof flags.model === "string" ? flags.model : io.env.EXECGUARD_AGENT_MODEL;
  const result = await runExecutionAgent({
    client,
    plan: positionals[0],
    cwd: io.cwd,
    env: io.env,
    userApproval: typeof flags.approval === "string" ? flags.approval : null,
    ...model ? { model } : {},
    onEvent: (event) => {
      if (!flags.json && event.type === "tool_call") io.stderr(`agent: ${event.name} ${JSON.stringify(event.input).slice(0, 200)}
`);
    }
  });
  if (flags.json) {
    io.stdout(
      `${JSON.stringify({ status: result.status, statusValid: result.statusValid, repaired: result.repaired, statusErrors: result.statusErrors, turns: result.turns, finalText: result.finalText }, null, 2)}
`
    );
  } else {
    io.stdout(`${result.statusValid ? result.finalText : `${result.finalText}

${result.statusBlock}`}
`);
  }
  return result.status.planStatus === "COMPLETE" ? 0 : 2;
}
export {
  run
};
