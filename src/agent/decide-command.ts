// The common case for a library caller: one command, the folder it runs in, and optionally the
// user's own words approving it. The inputs come from the one builder (state/decision-input.ts),
// with the policy file found from `cwd`, so the answer is the one the hook and the CLI give.
import { decide } from '../guard/decide.js';
import type { Policy } from '../guard/policy.js';
import type { Decision } from '../guard/types.js';
import { loadPolicy } from '../state/policy-file.js';
import { grantFromWords } from '../approval/answer-binding.js';
import { decisionInput } from '../state/decision-input.js';
import { ExecguardInputError } from './errors.js';

export interface DecideCommandOptions {
  /** The bash command, as the shell will receive it. */
  command: string;
  /** The folder it runs in (the policy is looked up from here). */
  cwd: string;
  /** The user's own words approving this command (never the model's); absent: no approval. */
  approval?: string;
  /** A policy to use instead of the `.execguard.yaml` found from `cwd`. */
  policy?: Policy;
  /** The environment the command runs with (default: this process's). */
  env?: NodeJS.ProcessEnv;
  /** The caller is an agent loop (execguard's own --approval is refused there). Default: true. */
  agentSession?: boolean;
}

export async function decideCommand(options: DecideCommandOptions): Promise<Decision> {
  if (options === null || typeof options !== 'object') throw new ExecguardInputError('options', 'expected { command, cwd, approval? }');
  const { command, cwd, approval } = options;
  if (typeof command !== 'string') throw new ExecguardInputError('command', `expected a string, got ${typeof command}`);
  if (typeof cwd !== 'string' || cwd === '') throw new ExecguardInputError('cwd', 'expected the folder the command runs in');
  if (approval !== undefined && typeof approval !== 'string')
    throw new ExecguardInputError('approval', 'expected the user’s words, a string');
  const env = options.env ?? process.env;
  const policy = options.policy ?? (await loadPolicy(cwd));
  return decide(
    decisionInput({
      command,
      cwd,
      env,
      policy,
      grant: grantFromWords(approval, command, 'caller-approval'),
      agentSession: options.agentSession ?? true,
    }),
  );
}
