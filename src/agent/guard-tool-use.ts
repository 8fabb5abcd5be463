// For hand-written tool loops: pass each tool_use block through the same guard decision as the
// Claude Code hook before running it. A refusal comes back as the tool_result to send the model.
import { decide } from '../guard/decide.js';
import { DEFAULT_POLICY, type Policy } from '../guard/policy.js';
import type { Decision } from '../guard/types.js';
import { grantFromWords } from '../approval/answer-binding.js';
import { decisionInput } from '../state/decision-input.js';

/** The tool_use block as the Messages API returns it (only what the guard reads). */
export interface ToolUseLike {
  type?: 'tool_use';
  id: string;
  name: string;
  input: unknown;
}

export interface ToolUseContext {
  /** Where the command will run. */
  cwd: string;
  /** The user's own approval words (never the model's), or null. */
  userApproval?: string | null;
  policy?: Policy;
  env?: NodeJS.ProcessEnv;
  /** Tool names whose input.command is a shell command (default: bash, Bash, shell). */
  shellTools?: string[];
  /**
   * Tool names that run no shell command and need no guard (your `get_weather`, `read_file`). A tool
   * named in neither list is refused: a name the guard does not know (`shell_exec`, `run`) could run
   * anything, so unknown is not safe.
   */
  otherTools?: string[];
}

export interface GuardResult {
  allowed: boolean;
  /** The guard's decision; absent for a tool that runs no shell command. */
  decision?: Decision;
  /** When not allowed: the tool_result to send back to the model instead of running the tool. */
  toolResult?: { type: 'tool_result'; tool_use_id: string; content: string; is_error: true };
}

export async function guardToolUse(block: ToolUseLike, context: ToolUseContext): Promise<GuardResult> {
  const refuse = (content: string): GuardResult => ({
    allowed: false,
    toolResult: { type: 'tool_result', tool_use_id: String(block?.id ?? ''), content, is_error: true },
  });
  if (block === null || typeof block !== 'object' || typeof block.name !== 'string')
    return refuse('execguard: not a tool_use block (expected { id, name, input })');
  const shellTools = context?.shellTools ?? ['bash', 'Bash', 'shell'];
  if ((context?.otherTools ?? []).includes(block.name) && !shellTools.includes(block.name)) return { allowed: true };
  if (!shellTools.includes(block.name))
    return refuse(
      `execguard: unknown tool '${block.name}': the guard cannot tell what it runs, so it was not run (name it in shellTools or otherTools)`,
    );
  if (context === null || typeof context !== 'object' || typeof context.cwd !== 'string')
    return refuse('execguard: the guard needs the folder the command runs in (context.cwd); the command was not run');
  const command = (block.input as { command?: unknown } | null)?.command;
  if (typeof command !== 'string' || command.trim() === '')
    return refuse(`execguard: ${block.name}: input.command must be a non-empty string`);
  const env = context.env ?? process.env;
  let decision: Decision;
  try {
    decision = await decide(
      decisionInput({
        command,
        cwd: context.cwd,
        env,
        policy: context.policy ?? DEFAULT_POLICY,
        grant: grantFromWords(context.userApproval, command, 'caller-approval'),
        agentSession: true,
      }),
    );
  } catch (error) {
    // Fail closed: a guard that cannot decide does not let the command through.
    return refuse(`execguard: the guard could not decide (${(error as Error).message}); the command was not run`);
  }
  if (decision.decision === 'allow') return { allowed: true, decision };
  const label = decision.decision === 'ask' ? 'needs a human to confirm, and none is present' : 'denied';
  return { ...refuse(`execguard ${label}: ${decision.reason}`), decision };
}
