// The one decision every caller uses: the PreToolUse hook, `execguard check`, the SDK tool loop
// and the executor's command gate all pass the same inputs here and only format the answer.
// (Scaffold: the protected-path and approval-flag rules move in here from the hook adapter.)
import type { ApprovalScope, GrantBinding } from '../approval/types.js';
import { evaluate } from './evaluate.js';
import type { Policy } from './policy.js';
import type { Decision } from './types.js';

/** The grant in force, as the decision sees it. */
export interface GrantView {
  id: string;
  scope: ApprovalScope;
  binding?: GrantBinding;
}

/** Paths whose change (or, for keys, reading) would let an agent switch execguard off. Data, not I/O. */
export interface ProtectedPaths {
  /** execguard's state folder (grants, keys, decisions, runs). */
  stateHome: string;
  /** The plugin's root (CLAUDE_PLUGIN_ROOT), the whole folder. */
  pluginRoot?: string;
  /** The user's home, for `~` and `$HOME`. */
  homeDir: string;
  /** The project root (CLAUDE_PROJECT_DIR), whose `.claude/` and `.execguard.yaml` are protected. */
  projectDir?: string;
  /** Claude Code managed settings files (e.g. /etc/claude-code/managed-settings.json). */
  managedSettings: string[];
  /** Files the agent may not even read (the grant signing key, the helper secret). */
  readDenied: string[];
}

export interface DecisionIo {
  /** `kubectl config current-context`, bounded in time; only called when the policy allows it. */
  readKubeContext?: () => Promise<string | undefined>;
}

export interface DecisionInput {
  command: string;
  /** The folder the command starts in. */
  cwd: string;
  grant: GrantView | null;
  policy: Policy;
  protectedPaths: ProtectedPaths;
  /** The caller is an agent session (hook, SDK loop): execguard's own --approval is refused there. */
  agentSession: boolean;
  io?: DecisionIo;
}

export async function decide(input: DecisionInput): Promise<Decision> {
  const currentKubeContext = input.policy.readKubeContext && input.io?.readKubeContext ? await input.io.readKubeContext() : undefined;
  return evaluate(input.command, {
    approval: input.grant?.scope ?? null,
    policy: input.policy,
    ...(input.grant ? { grantId: input.grant.id } : {}),
    ...(currentKubeContext ? { currentKubeContext } : {}),
  });
}
