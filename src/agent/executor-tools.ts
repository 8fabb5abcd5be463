// The executor phases as tools of the execution agent: `plan` (pre-flight + dry run, the digest)
// and `execute` (pre-flight, persist, apply, verify). The approval is the caller's: the model's
// tool input can name the plan, never an approval.
import type { AgentTool } from './loop.js';

export interface ExecutorToolOptions {
  /** The repository the plan's paths are relative to. */
  cwd: string;
  /** The plan file the caller asked to run: the only one these tools accept. */
  plan: string;
  /** The user's own approval words, or null: the executor's only approval source. */
  userApproval: string | null;
  env: NodeJS.ProcessEnv;
  /** execguard's state folder (journals, locks). */
  home?: string;
}

const planInput = { type: 'object' as const, properties: {}, additionalProperties: false };

export function executorTools(options: ExecutorToolOptions): AgentTool[] {
  const wrongInput = (input: Record<string, unknown>) =>
    Object.keys(input).length > 0
      ? `this tool takes no input (the plan is ${options.plan}, the approval is the user's); got ${Object.keys(input).join(', ')}`
      : null;
  return [
    {
      definition: {
        name: 'plan',
        description: `Pre-flight and dry run of the plan ${options.plan}: what will be created, changed and destroyed, the files to commit, the risk, the rollback path and the plan digest. Changes nothing.`,
        input_schema: planInput,
      },
      run: async (input) => {
        const problem = wrongInput(input);
        if (problem) return { content: problem, isError: true };
        const { planOnly } = await import('../exec/plan/plan-run.js');
        const result = await planOnly({
          planArg: options.plan,
          cwd: options.cwd,
          env: options.env,
          ...(options.home ? { home: options.home } : {}),
        });
        return { content: result.text, isError: result.status !== 'COMPLETE' };
      },
    },
    {
      definition: {
        name: 'execute',
        description: `Carries out the plan ${options.plan} with the user's approval: pre-flight, persist (commit + push), apply, verify. Returns the execution report ending in an AGENT_STATUS block. Refused without the user's approval.`,
        input_schema: planInput,
      },
      run: async (input) => {
        const problem = wrongInput(input);
        if (problem) return { content: problem, isError: true };
        const { executePlan } = await import('../exec/run/execute.js');
        const result = await executePlan({
          planArg: options.plan,
          cwd: options.cwd,
          env: options.env,
          ...(options.userApproval ? { approvalText: options.userApproval } : {}),
          ...(options.home ? { home: options.home } : {}),
        });
        return { content: result.markdown, isError: result.status !== 'COMPLETE' };
      },
    },
  ];
}
