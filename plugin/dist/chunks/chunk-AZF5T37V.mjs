import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);

// src/state/agent-session.ts
function agentSession(env = process.env) {
  const sessionId = env.EXECGUARD_SESSION_ID || env.CLAUDE_CODE_SESSION_ID || void 0;
  const inAgent = env.CLAUDECODE === "1" || sessionId !== void 0;
  return sessionId ? { inAgent, sessionId } : { inAgent };
}

export {
  agentSession
};
