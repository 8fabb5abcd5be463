import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  evaluate
} from "./chunk-SAC4WMST.mjs";
import {
  loadPolicy
} from "./chunk-KCJRZOTD.mjs";
import "./chunk-SLWZ5OZ3.mjs";
import {
  UsageError,
  parseArgs
} from "./chunk-6DUTV3N7.mjs";
import {
  parseApproval
} from "./chunk-VRQJHM6H.mjs";
import "./chunk-UOJPWSGW.mjs";

// src/guard/kube-context.ts
import { execFile } from "node:child_process";
var mayDelete = (command) => /\b(kubectl|k|oc|helm)\b/.test(command) && /\b(delete|uninstall|del|un)\b/.test(command);
function readCurrentKubeContext(timeoutMs = 1500, env = process.env) {
  return new Promise((done) => {
    try {
      execFile("kubectl", ["config", "current-context"], { timeout: timeoutMs, env, encoding: "utf8" }, (error, stdout) => {
        const name = stdout?.trim();
        done(error || !name ? void 0 : name);
      });
    } catch {
      done(void 0);
    }
  });
}

// src/cli/commands/check.ts
var HELP = `Usage: execguard check [--approval TEXT] [--policy FILE] [--json] [COMMAND]

Decides whether a bash command may run: allow, ask or deny, with the rule that fired.

  COMMAND          the command (all remaining arguments, joined by spaces); else read from stdin
  --approval TEXT  approval text in force, e.g. "User approved. Execute the plan."
                   (without it there is no approval, and T3 commands are denied)
  --policy FILE    policy file (default: .execguard.yaml between here and the repository root)
  --json           print {"decision","tier","rules":[{"id","reason"}],"reason"}

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
  const approval = typeof flags.approval === "string" ? parseApproval(flags.approval) : null;
  const currentKubeContext = policy.readKubeContext && mayDelete(text) ? await readCurrentKubeContext(1500, io.env) : void 0;
  const decision = await evaluate(text, { approval, policy, currentKubeContext });
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
  run
};
