// `--call NONCE` on execute, resume and rollback: the one-time nonce execguard's PreToolUse hook
// appends to the Bash call that starts the executor, so the executor can tell which agent runs it
// (src/hooks/tool-calls/executor-call.ts, src/state/executor-calls.ts). Not for people: outside an
// agent session it is not needed, and inside one a command that names it is blocked.
import { CALL_ENV } from '../state/executor-calls.js';

/** The environment the executor gets: the nonce from `--call`, when given, where it reads it. */
export const withExecutorCall = (env: NodeJS.ProcessEnv, call: unknown): NodeJS.ProcessEnv =>
  typeof call === 'string' ? { ...env, [CALL_ENV]: call } : env;
