import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  analyze,
  evaluate
} from "./chunk-SAC4WMST.mjs";
import {
  protectedWrite
} from "./chunk-EYY5MI6A.mjs";
import {
  logDecision
} from "./chunk-BGA5UW7D.mjs";
import {
  allow,
  ask,
  deny
} from "./chunk-UVX3D2J7.mjs";
import {
  activeGrant,
  scopeWithin
} from "./chunk-J2R2UMVC.mjs";
import "./chunk-SLWZ5OZ3.mjs";
import "./chunk-JYZVYPDW.mjs";
import {
  parseApproval
} from "./chunk-VRQJHM6H.mjs";
import "./chunk-UOJPWSGW.mjs";

// src/hooks/tools/approval-flag.ts
import { basename } from "node:path";
function runsExecguard(argv) {
  const [program = "", first = ""] = argv;
  if (program === "execguard") return 1;
  if (program === "npx" && first === "execguard") return 2;
  if (program === "node" && /(^|\/)(cli\.mjs|execguard(\.mjs)?)$/.test(first)) return 2;
  return 0;
}
function approvalFlags(commands) {
  const flags = [];
  for (const command of commands) {
    const start = runsExecguard(command.argv.map((w, i) => i < 2 ? basename(w) : w));
    if (!start) continue;
    for (let i = start; i < command.argv.length; i++) {
      const word = command.argv[i];
      if (word === "--approval") {
        const value = command.argv[i + 1];
        flags.push({ text: value !== void 0 && !command.dynamic[i + 1] ? value : void 0, command: command.text });
        i++;
      } else if (word.startsWith("--approval=")) {
        flags.push({ text: command.dynamic[i] ? void 0 : word.slice("--approval=".length), command: command.text });
      }
    }
  }
  return flags;
}

// src/hooks/tools/bash.ts
var KUBE_CONTEXT_TIMEOUT_MS = 1500;
async function currentKubeContext(cwd, env) {
  const { execFile } = await import("node:child_process");
  return new Promise((resolve) => {
    execFile("kubectl", ["config", "current-context"], { cwd, env, timeout: KUBE_CONTEXT_TIMEOUT_MS }, (error, stdout) => {
      resolve(error ? void 0 : stdout.trim() || void 0);
    });
  });
}
var withPrefix = (reason) => reason.startsWith("execguard") ? reason : `execguard: ${reason}`;
async function hookOnlyChecks(command, ctx, policy, grant) {
  const analysis = await analyze(command, { aliases: policy.aliases });
  const write = protectedWrite(analysis.commands, ctx);
  if (write) {
    return {
      rule: "protected-file",
      reason: `execguard: this command would change ${write.path}, ${write.what}. An agent may not change execguard's policy, hook registrations, Claude Code settings or execguard state; describe the change and ask the user to make it.`
    };
  }
  for (const flag of approvalFlags(analysis.commands)) {
    const scope = flag.text === void 0 ? null : parseApproval(flag.text);
    if (scope && scopeWithin(scope, grant?.scope ?? null)) continue;
    const has = grant ? `the active grant ("${grant.text}")` : "no active grant (the user has not approved in this session)";
    return {
      rule: "approval-gate",
      reason: `execguard: --approval ${flag.text === void 0 ? "with text that cannot be read statically" : JSON.stringify(flag.text)} asks for more than ${has} covers. Approvals come from the user's prompt, not from the command line: present the plan and end with PLAN_STATUS: PENDING_APPROVAL.`
    };
  }
  return null;
}
async function guardBash(command, ctx, policy, tool = "Bash") {
  const grant = ctx.sessionId ? activeGrant(ctx.sessionId, /* @__PURE__ */ new Date(), { env: ctx.env, agentId: ctx.agentId }) : null;
  const kubeContext = policy.readKubeContext && /\b(delete|uninstall)\b/.test(command) ? await currentKubeContext(ctx.cwd, ctx.env) : void 0;
  const decision = await evaluate(command, {
    approval: grant?.scope ?? null,
    policy,
    ...grant ? { grantId: grant.id } : {},
    ...kubeContext ? { currentKubeContext: kubeContext } : {}
  });
  let verdict = decision.decision;
  let rules = decision.rules.map((r) => r.id);
  let reason = decision.reason;
  if (verdict !== "deny") {
    const extra = await hookOnlyChecks(command, ctx, policy, grant);
    if (extra) [verdict, rules, reason] = ["deny", [extra.rule, ...rules], extra.reason];
  }
  if (verdict === "allow") return allow(policy.hookAllow);
  reason = withPrefix(reason || `${verdict} (${rules.join(", ")})`);
  const grantId = decision.grantId ?? grant?.id;
  const stderr = logDecision(
    {
      time: (/* @__PURE__ */ new Date()).toISOString(),
      session: ctx.sessionId,
      tool,
      command,
      decision: verdict,
      rules,
      reason,
      ...grantId ? { grantId } : {},
      ...ctx.agentId ? { agentId: ctx.agentId } : {}
    },
    ctx.env
  );
  const answer = verdict === "deny" ? deny(reason) : ask(reason);
  return stderr ? { ...answer, stderr } : answer;
}
export {
  guardBash
};
