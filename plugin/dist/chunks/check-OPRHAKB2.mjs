import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  grantFromWords
} from "./chunk-FM5K4HPB.mjs";
import {
  loadPolicy
} from "./chunk-K3VR3IEB.mjs";
import {
  decisionInput
} from "./chunk-B5I6L5BX.mjs";
import "./chunk-AZF5T37V.mjs";
import {
  decide
} from "./chunk-ZPIQ3ZCV.mjs";
import "./chunk-QLQ6XP6G.mjs";
import "./chunk-GME6JKP7.mjs";
import {
  UsageError,
  parseArgs
} from "./chunk-2AH2R7BX.mjs";
import "./chunk-VL7M2WAP.mjs";
import "./chunk-4KKI333C.mjs";
import "./chunk-ULQT36X4.mjs";
import "./chunk-RVNTFSJA.mjs";
import "./chunk-S7TXNCWD.mjs";
import "./chunk-AQC73Q75.mjs";
import "./chunk-4YJ4M3UI.mjs";
import "./chunk-H5RYQ4RP.mjs";
import "./chunk-NJ4D744S.mjs";
import "./chunk-GLDXOGL5.mjs";

// src/cli/commands/check.ts
var HELP = `Usage: execguard check [--approval TEXT] [--policy FILE] [--json] [COMMAND]

Decides whether a bash command may run: allow, ask or deny, with the rule that fired.

  COMMAND          the command (all remaining arguments, joined by spaces); else read from stdin
  --approval TEXT  approval text in force, e.g. "User approved. Execute the plan."
                   (without it there is no approval, and T3 commands are denied)
  --policy FILE    policy file (default: .execguard.yaml between here and the repository root)
  --json           print {"decision","tier","rules":[{"id","reason"}],"reason"}

Run from an agent session (CLAUDECODE=1 or a session id in the environment), it decides as the
PreToolUse hook does: execguard's own --approval and its session variables are refused there.

Exit status: 0 allow, 2 deny, 3 ask, 1 usage error.
`;
var EXIT = { allow: 0, deny: 2, ask: 3 };
function splitOptions(argv) {
  const options = [];
  let i = 0;
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      i++;
      break;
    }
    if (a === "--approval" || a === "--policy") {
      options.push(a);
      if (i + 1 < argv.length) options.push(argv[++i]);
      continue;
    }
    if (a.startsWith("--approval=") || a.startsWith("--policy=") || a === "--json" || a === "--help" || a === "-h") {
      options.push(a);
      continue;
    }
    if (a.startsWith("-") && options.length === 0 && i === 0 && a !== "-") {
      options.push(a);
      continue;
    }
    break;
  }
  return { options, command: argv.slice(i) };
}
function checkDecisionInput(command, approvalText, policy, env, cwd) {
  return decisionInput({ command, cwd, env, policy, grant: grantFromWords(approvalText, command, "cli-flag") });
}
async function run(argv, io) {
  const { options, command } = splitOptions(argv);
  const { flags } = parseArgs(options, { valued: ["approval", "policy"], boolean: ["json"] });
  if (flags.help) {
    io.stdout(HELP);
    return 0;
  }
  let text = command.join(" ");
  if (command.length === 0) {
    text = await io.readStdin();
    if (text.endsWith("\n")) text = text.replace(/\r?\n$/, "");
  }
  if (text.trim() === "") throw new UsageError("no command given (pass it as an argument or on stdin)");
  let policy;
  try {
    policy = await loadPolicy(typeof flags.policy === "string" ? flags.policy : io.cwd);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const decision = await decide(
    checkDecisionInput(text, typeof flags.approval === "string" ? flags.approval : void 0, policy, io.env, io.cwd)
  );
  if (flags.json) {
    io.stdout(`${JSON.stringify({ decision: decision.decision, tier: decision.tier, rules: decision.rules, reason: decision.reason })}
`);
  } else {
    const rule = decision.rules.find((r) => r.reason === decision.reason)?.id;
    io.stdout(`${decision.decision} (${decision.tier})${rule ? ` ${rule}` : ""}
${decision.reason ? `${decision.reason}
` : ""}`);
  }
  return EXIT[decision.decision];
}
export {
  checkDecisionInput,
  run
};
