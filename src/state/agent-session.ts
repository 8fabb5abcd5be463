// Is this process running inside an agent session, and which one? Claude Code sets CLAUDECODE=1
// in the Bash tool's environment; SessionStart hands EXECGUARD_SESSION_ID (and EXECGUARD_HOME) to
// the Bash tool through CLAUDE_ENV_FILE; hook processes get CLAUDE_CODE_SESSION_ID.
export interface AgentSession {
  /** True when an agent (not a person at a terminal) started this process. */
  inAgent: boolean;
  /** The session whose grants apply, when known. */
  sessionId?: string;
}

export function agentSession(env: NodeJS.ProcessEnv = process.env): AgentSession {
  const sessionId = env.EXECGUARD_SESSION_ID || env.CLAUDE_CODE_SESSION_ID || undefined;
  const inAgent = env.CLAUDECODE === '1' || sessionId !== undefined;
  return sessionId ? { inAgent, sessionId } : { inAgent };
}
