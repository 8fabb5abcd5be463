// The agent loop's `bash` tool: the same guard as the PreToolUse hook decides, with the approval
// the user gave in the prompt. `ask` has no human to ask here, so it is refused with the reason.
import { execa } from 'execa';
import { decide, type DecisionInput } from '../guard/decide.js';
import { DEFAULT_POLICY, type Policy } from '../guard/policy.js';
import { grantFromWords } from '../approval/answer-binding.js';
import { decisionInput } from '../state/decision-input.js';
import type { AgentTool } from './loop.js';

export interface BashToolOptions {
  cwd: string;
  /** The user's approval text (the prompt); null when the user has not approved anything. */
  approvalText: string | null;
  policy?: Policy;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

const MAX_OUTPUT = 20_000;
const clip = (text: string) =>
  text.length > MAX_OUTPUT ? `${text.slice(0, MAX_OUTPUT)}\n… (${text.length - MAX_OUTPUT} more characters)` : text;

/**
 * The decision's inputs as the SDK loop builds them: the prompt's approval is the grant, and the caller is an agent.
 * @internal exported for its tests (knip --production)
 */
export function sdkDecisionInput(command: string, options: BashToolOptions): DecisionInput {
  return decisionInput({
    command,
    cwd: options.cwd,
    env: options.env ?? process.env,
    policy: options.policy ?? DEFAULT_POLICY,
    grant: grantFromWords(options.approvalText, command, 'prompt'),
    agentSession: true,
  });
}

export function guardedBashTool(options: BashToolOptions): AgentTool {
  return {
    definition: {
      name: 'bash',
      description:
        "Run a bash command in the workspace. Every command passes the execguard guard: state-changing commands need the user's approval, and destroys, production deletes, force pushes and secrets on the command line are refused.",
      input_schema: { type: 'object', properties: { command: { type: 'string', description: 'the bash command' } }, required: ['command'] },
    },
    run: async (input) => {
      const command = input.command;
      if (typeof command !== 'string' || command.trim() === '')
        return { content: 'bash: input.command must be a non-empty string', isError: true };
      const decision = await decide(sdkDecisionInput(command, options));
      if (decision.decision !== 'allow') {
        const label = decision.decision === 'ask' ? 'needs a human to confirm, and none is present' : 'denied';
        return { content: `execguard ${label}: ${decision.reason}`, isError: true };
      }
      const result = await execa('bash', ['-c', command], {
        cwd: options.cwd,
        env: options.env,
        reject: false,
        timeout: options.timeoutMs ?? 120_000,
        stdin: 'ignore',
      });
      const output = [result.stdout, result.stderr].filter(Boolean).join('\n');
      return { content: clip(`exit code ${result.exitCode ?? 'none'}\n${output}`), isError: result.exitCode !== 0 };
    },
  };
}
