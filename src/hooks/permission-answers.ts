// The three answers a PreToolUse hook gives, in the exact shape Claude Code reads (a top-level
// permissionDecision would be silently ignored).
import type { HookAnswer } from './hook-protocol.js';

type Permission = 'allow' | 'deny' | 'ask';

const answer = (permissionDecision: Permission, reason: string): HookAnswer => ({
  json: { hookSpecificOutput: { hookEventName: 'PreToolUse', permissionDecision, permissionDecisionReason: reason } },
  exitCode: 0,
});

export const deny = (reason: string): HookAnswer => answer('deny', reason);
export const ask = (reason: string): HookAnswer => answer('ask', reason);

/** Allowed: silent by default (Claude Code's own permission flow continues), explicit on request. */
export const allow = (mode: 'silent' | 'explicit', reason = 'execguard: allowed'): HookAnswer =>
  mode === 'explicit' ? answer('allow', reason) : { exitCode: 0 };
