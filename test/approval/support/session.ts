// A Claude Code session driven through the hook entry point (`answerEvent`, in-process): the same
// JSON Claude Code sends, one state folder per session. Used by the prompt table and the flow tests.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { answerEvent } from '../../../src/hooks/answer-event.js';
import type { HookAnswer } from '../../../src/hooks/hook-protocol.js';
import { tempDir } from '../../helpers/tmp.js';

export const PENDING_MESSAGE = [
  'Here is the plan for infra/: 2 to add, 1 to change, 0 to destroy.',
  'I need your approval before applying.',
  '',
  '<!-- AGENT_STATUS -->',
  'PLAN_STATUS: PENDING_APPROVAL',
  'CURRENT_PHASE: Approval',
  'PENDING_STEPS: ["Apply infra after approval"]',
  'NEXT_ACTION: Wait for the user to approve the apply',
  'AGENT_ID: main',
  '<!-- /AGENT_STATUS -->',
].join('\n');

export const COMPLETE_MESSAGE = [
  'Applied: 2 added, 1 changed.',
  '',
  '<!-- AGENT_STATUS -->',
  'PLAN_STATUS: COMPLETE',
  'CURRENT_PHASE: Execute',
  'PENDING_STEPS: []',
  'NEXT_ACTION: Task complete - execution successful',
  'AGENT_ID: main',
  '<!-- /AGENT_STATUS -->',
].join('\n');

/** The probes: what a false grant would let through. */
export const PROBES = {
  apply: 'terraform apply -auto-approve',
  applyDev: 'terraform -chdir=infra/dev apply -auto-approve',
  applyStaging: 'terraform -chdir=infra/staging apply -auto-approve',
  applyProd: 'terraform -chdir=infra/prod apply -auto-approve',
  destroy: 'terraform destroy -auto-approve',
  prodDelete: 'kubectl --context prod delete deployment web',
  forcePush: 'git push --force origin feature/vpc',
} as const;
export type Probe = keyof typeof PROBES;

export class Session {
  readonly home: string;
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  constructor(
    readonly id = `s-${Math.random().toString(16).slice(2)}`,
    home?: string,
  ) {
    this.home = home ?? tempDir('execguard-appr-home-');
    this.cwd = tempDir('execguard-appr-cwd-');
    for (const d of ['infra/dev', 'infra/staging', 'infra/prod']) mkdirSync(join(this.cwd, d), { recursive: true });
    this.env = { EXECGUARD_HOME: this.home, HOME: this.home, PATH: process.env.PATH };
  }

  private send(event: string, input: Record<string, unknown>): Promise<HookAnswer> {
    return answerEvent(
      event,
      JSON.stringify({ session_id: this.id, cwd: this.cwd, transcript_path: join(this.home, 'none.jsonl'), ...input }),
      this.env,
    );
  }

  prompt(prompt: string) {
    return this.send('user-prompt-submit', { hook_event_name: 'UserPromptSubmit', prompt });
  }

  async context(prompt: string): Promise<string> {
    const a = await this.prompt(prompt);
    return (a.json as any)?.hookSpecificOutput?.additionalContext ?? '';
  }

  stop(message: string, extra: Record<string, unknown> = {}) {
    return this.send('stop', { hook_event_name: 'Stop', stop_hook_active: false, last_assistant_message: message, ...extra });
  }

  subagentStop(message: string, agentId: string, extra: Record<string, unknown> = {}) {
    return this.send('subagent-stop', {
      hook_event_name: 'SubagentStop',
      stop_hook_active: false,
      agent_id: agentId,
      agent_type: 'planner',
      last_assistant_message: message,
      ...extra,
    });
  }

  bash(command: string, agentId?: string) {
    return this.send('pre-tool-use', {
      hook_event_name: 'PreToolUse',
      tool_name: 'Bash',
      tool_input: { command },
      ...(agentId ? { agent_id: agentId } : {}),
    });
  }

  task(prompt: string) {
    return this.send('pre-tool-use', {
      hook_event_name: 'PreToolUse',
      tool_name: 'Task',
      tool_input: { description: 'execute', prompt, subagent_type: 'general-purpose' },
    });
  }

  /** True when the guard lets the command run. */
  async allows(command: string, agentId?: string): Promise<boolean> {
    const a = await this.bash(command, agentId);
    const decision = (a.json as any)?.hookSpecificOutput?.permissionDecision;
    return a.exitCode === 0 && decision !== 'deny' && decision !== 'ask';
  }

  async probe(agentId?: string): Promise<Record<Probe, boolean>> {
    const out = {} as Record<Probe, boolean>;
    for (const [name, command] of Object.entries(PROBES)) out[name as Probe] = await this.allows(command, agentId);
    return out;
  }

  /** The agent tried an apply (denied), presented the plan and asked: a pending request. */
  async askForApproval(command: string = PROBES.apply, message = PENDING_MESSAGE): Promise<void> {
    await this.bash(command);
    await this.stop(message);
  }
}
