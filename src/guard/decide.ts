// The one decision every caller uses: the PreToolUse hook, `execguard check`, the SDK tool loop
// and the executor's command gate all pass the same inputs here and only format the answer.
// Everything a rule needs arrives as data (protected paths, the grant, whether an agent runs the
// command) or as injected I/O (the kube context, symlinks, the files a command will run, git's
// configuration), so the same inputs give the same answer.
import type { ApprovalScope, GrantBinding } from '../approval/types.js';
import type { Analysis } from '../shell/types.js';
import { evaluate } from './evaluate.js';
import { needsKubeContext } from './kube-context.js';
import type { Policy } from './policy.js';
import type { GitTreeIo, ProtectedPaths } from './protected-path-checks.js';
import type { FileRead, GitConfigRead } from './run-files/types.js';
import type { UnsandboxedRequest } from './rules/unsandboxed-request.js';
import type { Decision } from './types.js';

export type { ProtectedPaths } from './protected-path-checks.js';

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
  /**
   * Reads a file the command will run (a script, Makefile, package.json, justfile, Taskfile,
   * terraform test file, git hook), absolute path, at most `maxBytes`. Without it such files are
   * unreadable: asked, or denied in strict mode.
   */
  readFile?: (path: string, maxBytes: number) => FileRead;
  /** Lists a folder (terraform test files, a hooks folder). */
  listDir?: (path: string) => string[] | undefined;
  /** The configuration git would use in `dir` with the command's `env` in force (aliases, hooks, editors…). */
  readGitConfig?: (dir: string, env: Record<string, string>) => Promise<GitConfigRead>;
  /** The environment the command inherits (GIT_SSH_COMMAND, GIT_EDITOR, HOME, …). */
  env?: Record<string, string | undefined>;
}

/** Programs whose invocation may run a file (kept here so the readers load only when needed). */
const RUNS_FILES = /^(bash|sh|zsh|dash|ksh|mksh|ash|source|\.|g?make|npm|pnpm|yarn|bun|just|task|go-task|terraform|tofu|git)$/;

async function withRunFiles(analysis: Analysis, input: DecisionInput): Promise<Analysis> {
  if (!analysis.commands.some((c) => c.path !== undefined || RUNS_FILES.test(c.argv[0] ?? ''))) return analysis;
  const { expandRunFiles } = await import('./run-files/index.js');
  const io = input.io;
  return expandRunFiles(analysis, {
    cwd: input.cwd,
    homeDir: input.protectedPaths.homeDir,
    aliases: input.policy.aliases,
    io: io?.readFile
      ? {
          readFile: io.readFile,
          ...(io.listDir ? { listDir: io.listDir } : {}),
          ...(io.readGitConfig ? { readGitConfig: io.readGitConfig } : {}),
          ...(io.env ? { env: io.env } : {}),
        }
      : undefined,
  });
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
  /** The call asks to run outside Claude Code's sandbox (Bash `dangerouslyDisableSandbox`): what the unsandboxed-request rule checks. */
  unsandboxed?: UnsandboxedRequest;
}

export async function decide(input: DecisionInput): Promise<Decision> {
  const { policy, io } = input;
  return evaluate(input.command, {
    approval: input.grant?.scope ?? null,
    policy,
    ...(input.grant ? { grantId: input.grant.id } : {}),
    extend: async (read) => {
      // what the command runs from files is judged with it: the rules see those commands too
      const analysis = await withRunFiles(read, input);
      const currentKubeContext =
        policy.readKubeContext && io?.readKubeContext && needsKubeContext(analysis) ? await io.readKubeContext() : undefined;
      return {
        ...(analysis !== read ? { analysis } : {}),
        cwd: input.cwd,
        protectedPaths: input.protectedPaths,
        agentSession: input.agentSession,
        ...(io?.resolveLinks ? { resolveLinks: io.resolveLinks } : {}),
        ...(io?.git ? { git: io.git } : {}),
        ...(currentKubeContext ? { currentKubeContext } : {}),
        ...(input.unsandboxed ? { unsandboxed: input.unsandboxed } : {}),
      };
    },
  });
}
