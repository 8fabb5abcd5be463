// The execution sub-agent for orchestrators that are not Claude Code, on @anthropic-ai/sdk: the
// `execution` skill is its instructions; its tools are the executor phases (plan, execute) and a
// guarded shell; the approval comes only from the caller's user-approval input (never from the
// model); and its final AGENT_STATUS block is validated: one repair turn, then BLOCKED.
import Anthropic from '@anthropic-ai/sdk';
import { ExecguardInputError } from './errors.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Policy } from '../guard/policy.js';
import { pluginSkillsDir } from '../registry/load.js';
import { checkStatus, formatStatusError } from '../status/parse.js';
import { renderStatus } from '../status/render.js';
import type { AgentStatus } from '../status/schema.js';
import { guardedBashTool } from './bash-tool.js';
import { executorTools } from './executor-tools.js';
import { runAgentLoop, type AgentEvent } from './loop.js';

export const DEFAULT_AGENT_MODEL = 'claude-sonnet-5-5';

export interface ExecutionAgentOptions {
  /** The plan file (relative to cwd or absolute). */
  plan: string;
  /** The repository the plan belongs to. */
  cwd: string;
  /**
   * The user's own approval words, e.g. "User approved. Execute the plan.", or null when the user
   * has not approved. The only approval source: nothing the model writes can grant one.
   */
  userApproval: string | null;
  /** An SDK client; default: `new Anthropic()` (ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL). */
  client?: Anthropic;
  model?: string;
  /** Environment for the executor and the shell (default: process.env). */
  env?: NodeJS.ProcessEnv;
  /** execguard's state folder (journals, locks); default: $EXECGUARD_HOME or ~/.local/state/execguard. */
  home?: string;
  policy?: Policy;
  maxTurns?: number;
  onEvent?: (event: AgentEvent) => void;
}

export interface ExecutionAgentResult {
  /** The final AGENT_STATUS: the model's when valid, else a BLOCKED one saying why. */
  status: AgentStatus;
  /** That status as an AGENT_STATUS block. */
  statusBlock: string;
  /** True when the model's own final block was valid (possibly after the one repair turn). */
  statusValid: boolean;
  /** True when the first final block was invalid and the repair turn fixed it. */
  repaired: boolean;
  /** What was wrong with the model's final block (empty when valid). */
  statusErrors: string[];
  finalText: string;
  turns: number;
  messages: Anthropic.MessageParam[];
}

/** The execution skill's text without its frontmatter. */
function executionInstructions(env: NodeJS.ProcessEnv = process.env): string {
  const dir = pluginSkillsDir(env);
  if (!dir) throw new Error('execguard: the execution skill was not found (skills/execution/SKILL.md next to the package)');
  const text = readFileSync(join(dir, 'execution', 'SKILL.md'), 'utf8');
  return text.replace(/^---\n[\s\S]*?\n---\n/, '').trim();
}

const PREFACE = (plan: string) => `You are an execution sub-agent run through execguard's library, not inside Claude Code.
Your tools: \`plan\` (pre-flight and dry run of ${plan}), \`execute\` (carries it out with the user's approval, if any) and \`bash\` (a shell guarded by execguard).
Where the instructions below say to run \`execguard plan\` or \`execguard execute\`, call the \`plan\` or \`execute\` tool instead.
The approval is the user's, given to execguard by the caller; you cannot grant or widen it. End your final message with a valid AGENT_STATUS block.

`;

const blockedStatus = (errors: string[]): AgentStatus => ({
  planStatus: 'BLOCKED',
  currentPhase: 'Execute',
  pendingSteps: ['Get a valid AGENT_STATUS block from the execution agent, or run execguard execute directly'],
  nextAction: `The agent's final message had no valid AGENT_STATUS block after one repair turn: ${errors[0] ?? 'missing'}`.slice(0, 300),
  agentId: 'execguard-agent',
});

export async function runExecutionAgent(options: ExecutionAgentOptions): Promise<ExecutionAgentResult> {
  if (options === null || typeof options !== 'object') throw new ExecguardInputError('options', 'expected { plan, cwd, userApproval }');
  if (typeof options.plan !== 'string' || options.plan === '') throw new ExecguardInputError('plan', 'expected the plan file');
  if (typeof options.cwd !== 'string' || options.cwd === '') throw new ExecguardInputError('cwd', 'expected the repository folder');
  const env = options.env ?? process.env;
  // Without a client or a key the SDK's own error would surface from deep inside the first request.
  if (!options.client && !env.ANTHROPIC_API_KEY && !env.ANTHROPIC_AUTH_TOKEN)
    throw new ExecguardInputError(
      'client',
      'no model to run the agent: pass a client, or set ANTHROPIC_API_KEY (and ANTHROPIC_BASE_URL for a gateway); without a model, run the plan with execguard execute',
    );
  const client = options.client ?? new Anthropic();
  const userApproval = options.userApproval?.trim() ? options.userApproval : null;
  const tools = [
    ...executorTools({ cwd: options.cwd, plan: options.plan, userApproval, env, ...(options.home ? { home: options.home } : {}) }),
    guardedBashTool({ cwd: options.cwd, approvalText: userApproval, env, ...(options.policy ? { policy: options.policy } : {}) }),
  ];
  const prompt = [
    `Execute the plan ${options.plan} in ${options.cwd}.`,
    userApproval
      ? `The user's approval, as they wrote it: "${userApproval}"`
      : 'The user has not approved this plan: present it (plan tool) and end with PLAN_STATUS: PENDING_APPROVAL.',
  ].join('\n');
  let firstErrors: string[] | undefined;
  const result = await runAgentLoop({
    client,
    model: options.model ?? DEFAULT_AGENT_MODEL,
    prompt,
    system: PREFACE(options.plan) + executionInstructions(env),
    tools,
    maxTurns: options.maxTurns ?? 30,
    statusRetries: 1,
    checkFinalMessage: (text) => checkStatus(text, { required: true }).errors.map(formatStatusError),
    onEvent: (event) => {
      if (event.type === 'status_rejected' && !firstErrors) firstErrors = event.errors;
      options.onEvent?.(event);
    },
  });
  const check = checkStatus(result.finalText, { required: true });
  const status = result.statusValid && check.status ? check.status : blockedStatus(result.statusErrors);
  return {
    status,
    statusBlock: renderStatus(status),
    statusValid: result.statusValid,
    repaired: result.statusValid && firstErrors !== undefined,
    statusErrors: result.statusErrors,
    finalText: result.finalText,
    turns: result.turns,
    messages: result.messages,
  };
}
