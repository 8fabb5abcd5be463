// An agent loop on @anthropic-ai/sdk for orchestrators that are not Claude Code. Every tool call
// passes the same guard as the Claude Code hook, the approval comes only from the user's prompt
// (never from the model's tool input), and the final message must carry a valid AGENT_STATUS
// block, exactly as the SubagentStop hook demands.
import type Anthropic from '@anthropic-ai/sdk';
import type { MessageParam, Tool, ToolResultBlockParam, ToolUseBlock } from '@anthropic-ai/sdk/resources/messages/messages';

export interface ToolOutcome {
  content: string;
  isError?: boolean;
}

export interface AgentTool {
  definition: Tool;
  /** Runs one call. The loop has already checked nothing; each tool guards its own effects. */
  run: (input: Record<string, unknown>) => Promise<ToolOutcome>;
}

export interface AgentLoopOptions {
  client: Anthropic;
  model: string;
  /** The user's prompt: also the only source of approval for the tools. */
  prompt: string;
  system?: string;
  tools: AgentTool[];
  maxTurns?: number;
  maxTokens?: number;
  /** How many times a final message without a valid AGENT_STATUS block is sent back to be fixed. */
  statusRetries?: number;
  /** Checks the final message; returns the errors (empty when valid). */
  checkFinalMessage: (text: string) => string[];
  onEvent?: (event: AgentEvent) => void;
}

export type AgentEvent =
  | { type: 'tool_call'; name: string; input: Record<string, unknown> }
  | { type: 'tool_result'; name: string; outcome: ToolOutcome }
  | { type: 'status_rejected'; errors: string[] };

export interface AgentLoopResult {
  finalText: string;
  /** True when the final message carried a valid AGENT_STATUS block. */
  statusValid: boolean;
  statusErrors: string[];
  turns: number;
  messages: MessageParam[];
}

export async function runAgentLoop(options: AgentLoopOptions): Promise<AgentLoopResult> {
  const { client, tools, checkFinalMessage } = options;
  const maxTurns = options.maxTurns ?? 20;
  let statusRetriesLeft = options.statusRetries ?? 2;
  const byName = new Map(tools.map((t) => [t.definition.name, t]));
  const messages: MessageParam[] = [{ role: 'user', content: options.prompt }];

  for (let turn = 1; turn <= maxTurns; turn++) {
    const response = await client.messages.create({
      model: options.model,
      max_tokens: options.maxTokens ?? 4096,
      system: options.system,
      tools: tools.map((t) => t.definition),
      messages,
    });
    messages.push({ role: 'assistant', content: response.content as MessageParam['content'] });

    const calls = response.content.filter((block): block is ToolUseBlock => block.type === 'tool_use');
    if (calls.length > 0) {
      const results: ToolResultBlockParam[] = [];
      for (const call of calls) {
        const input = (call.input ?? {}) as Record<string, unknown>;
        options.onEvent?.({ type: 'tool_call', name: call.name, input });
        const tool = byName.get(call.name);
        const outcome: ToolOutcome = tool
          ? await tool.run(input).catch((error: unknown) => ({ content: `tool failed: ${(error as Error).message}`, isError: true }))
          : { content: `unknown tool '${call.name}'; available: ${[...byName.keys()].join(', ')}`, isError: true };
        options.onEvent?.({ type: 'tool_result', name: call.name, outcome });
        results.push({ type: 'tool_result', tool_use_id: call.id, content: outcome.content, is_error: outcome.isError ?? false });
      }
      messages.push({ role: 'user', content: results });
      continue;
    }

    const finalText = response.content
      .filter((block) => block.type === 'text')
      .map((block) => (block as { text: string }).text)
      .join('\n');
    const errors = checkFinalMessage(finalText);
    if (errors.length === 0 || statusRetriesLeft === 0) {
      return { finalText, statusValid: errors.length === 0, statusErrors: errors, turns: turn, messages };
    }
    statusRetriesLeft--;
    options.onEvent?.({ type: 'status_rejected', errors });
    messages.push({
      role: 'user',
      content: `Your final message must end with a valid AGENT_STATUS block. Fix these errors and answer again:\n${errors.map((e) => `- ${e}`).join('\n')}`,
    });
  }
  return { finalText: '', statusValid: false, statusErrors: [`no final answer within ${maxTurns} turns`], turns: maxTurns, messages };
}
