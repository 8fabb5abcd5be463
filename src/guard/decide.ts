// The one decision every caller uses: the PreToolUse hook, `execguard check`, the SDK tool loop
// and the executor's command gate all pass the same inputs here and only format the answer.
// Everything a rule needs arrives as data (protected paths, the grant, whether an agent runs the
// command) or as injected I/O (the kube context, symlinks), so the same inputs give the same answer.
import type { ApprovalScope, GrantBinding } from '../approval/types.js';
import { evaluate } from './evaluate.js';
import { needsKubeContext } from './kube-context.js';
import type { Policy } from './policy.js';
import type { GitTreeIo, ProtectedPaths } from './protected-paths.js';
import type { Decision } from './types.js';

export type { ProtectedPaths } from './protected-paths.js';

/** The grant in force, as the decision sees it. */
export interface GrantView {
  id: string;
  scope: ApprovalScope;
  binding?: GrantBinding;
}

export interface DecisionIo {
  /** `kubectl config current-context`, bounded in time; only called when the policy allows it and a delete names no target. */
  readKubeContext?: () => Promise<string | undefined>;
  /** Resolves symlinks of an absolute path as far as it exists (a link into a protected folder is protected). */
  resolveLinks?: (path: string) => string;
  /** Reads git repositories (work tree top, tree entries) for wholesale git writes. */
  git?: GitTreeIo;
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
  const { policy, io } = input;
  return evaluate(input.command, {
    approval: input.grant?.scope ?? null,
    policy,
    ...(input.grant ? { grantId: input.grant.id } : {}),
    extend: async (analysis) => {
      const currentKubeContext =
        policy.readKubeContext && io?.readKubeContext && needsKubeContext(analysis) ? await io.readKubeContext() : undefined;
      return {
        cwd: input.cwd,
        protectedPaths: input.protectedPaths,
        agentSession: input.agentSession,
        ...(io?.resolveLinks ? { resolveLinks: io.resolveLinks } : {}),
        ...(io?.git ? { git: io.git } : {}),
        ...(currentKubeContext ? { currentKubeContext } : {}),
      };
    },
  });
}
