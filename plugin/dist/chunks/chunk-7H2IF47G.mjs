import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);

// src/hooks/permission-answers.ts
var answer = (permissionDecision, reason) => ({
  json: { hookSpecificOutput: { hookEventName: "PreToolUse", permissionDecision, permissionDecisionReason: reason } },
  exitCode: 0
});
var deny = (reason) => answer("deny", reason);
var ask = (reason) => answer("ask", reason);
var allow = (mode, reason = "execguard: allowed") => mode === "explicit" ? answer("allow", reason) : { exitCode: 0 };

export {
  deny,
  ask,
  allow
};
