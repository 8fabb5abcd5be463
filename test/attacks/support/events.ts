// Hook events other than PreToolUse/UserPromptSubmit (Stop, SubagentStop, SubagentStart,
// PostToolUse, PreToolUse with its full answer), run exactly as hooks/hooks.json registers them
// in an Arena's plugin copy: matcher, command, args, the Claude Code hook JSON on stdin.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Arena, Ran } from './arena.js';
import { SESSION } from './arena.js';

interface Registered {
  command: string;
  args: string[];
  timeout?: number;
}

function matches(matcher: string | undefined, name: string | undefined): boolean {
  if (!matcher || matcher === '*' || name === undefined) return true;
  if (/^[A-Za-z0-9_\- ,|]+$/.test(matcher))
    return matcher
      .split(/[|,]/)
      .map((m) => m.trim())
      .includes(name);
  return new RegExp(matcher).test(name);
}

/** The hooks of `event` whose matcher covers `name` (a tool name, or an agent type for SubagentStart/Stop). */
function registered(a: Arena, event: string, name?: string): Registered[] {
  const file = join(a.plugin, 'hooks', 'hooks.json');
  if (!existsSync(file)) return [];
  const groups = (JSON.parse(readFileSync(file, 'utf8')).hooks?.[event] ?? []) as {
    matcher?: string;
    hooks: { command: string; args?: string[]; timeout?: number }[];
  }[];
  const fill = (s: string) => s.replaceAll('${CLAUDE_PLUGIN_ROOT}', a.plugin);
  return groups
    .filter((g) => matches(g.matcher, name))
    .flatMap((g) => g.hooks)
    .map((h) => ({ command: fill(h.command), args: (h.args ?? []).map(fill), timeout: h.timeout }));
}

function run(h: Registered, stdin: string, env: NodeJS.ProcessEnv, cwd: string): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(h.command, h.args, { env, cwd, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(
      () => {
        try {
          process.kill(-(child.pid as number), 'SIGKILL');
        } catch {
          // gone
        }
      },
      (h.timeout ?? 60) * 1000,
    );
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.stdin.on('error', () => undefined);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(stdin);
  });
}

/** Runs every hook registered for the event (and name), with the session's common fields filled in. */
export async function fire(a: Arena, event: string, input: Record<string, unknown>, name?: string): Promise<Ran[]> {
  const full = {
    session_id: SESSION,
    transcript_path: join(a.dir, 'transcript.jsonl'),
    cwd: a.repo,
    hook_event_name: event,
    ...input,
  };
  const out: Ran[] = [];
  for (const h of registered(a, event, name)) out.push(await run(h, JSON.stringify(full), a.baseEnv(), a.repo));
  return out;
}

/** The main thread ends its turn with this final message. */
export const stop = (a: Arena, message: string) => fire(a, 'Stop', { stop_hook_active: false, last_assistant_message: message });

/** A sub-agent ends with this final message. */
export const subagentStop = (a: Arena, agentId: string, agentType: string, message: string) =>
  fire(
    a,
    'SubagentStop',
    {
      stop_hook_active: false,
      agent_id: agentId,
      agent_type: agentType,
      agent_transcript_path: join(a.dir, `agent-${agentId}.jsonl`),
      last_assistant_message: message,
    },
    agentType,
  );

/** The PreToolUse answer(s) for a tool call, parsed; the call's input as the hook rewrote it, if it did. */
export async function preToolUse(
  a: Arena,
  tool: string,
  toolInput: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): Promise<{ decision: string; reason: string; updatedInput?: Record<string, unknown>; runs: Ran[] }> {
  const runs = await fire(a, 'PreToolUse', { tool_name: tool, tool_input: toolInput, tool_use_id: `toolu_${tool}`, ...extra }, tool);
  let decision = runs.length ? 'allow' : 'unhooked';
  let reason = '';
  let updatedInput: Record<string, unknown> | undefined;
  for (const r of runs) {
    if (r.code === 2) return { decision: 'deny', reason: r.stderr, runs };
    if (r.code !== 0) return { decision: 'deny', reason: `hook failed (${r.code}): ${r.stderr}`, runs };
    if (!r.stdout.trim()) continue;
    const out = JSON.parse(r.stdout).hookSpecificOutput ?? {};
    if (out.permissionDecision && out.permissionDecision !== 'allow')
      return { decision: out.permissionDecision, reason: out.permissionDecisionReason ?? '', runs };
    reason = out.permissionDecisionReason ?? reason;
    if (out.updatedInput) updatedInput = out.updatedInput;
    decision = 'allow';
  }
  return { decision, reason, ...(updatedInput ? { updatedInput } : {}), runs };
}

/** A status block for a final message. */
export const statusBlock = (status: string, agentId: string, pending = '["Apply after approval"]') =>
  [
    '<!-- AGENT_STATUS -->',
    `PLAN_STATUS: ${status}`,
    `CURRENT_PHASE: ${status === 'PENDING_APPROVAL' ? 'Approval' : 'Investigation'}`,
    `PENDING_STEPS: ${pending}`,
    `NEXT_ACTION: ${status === 'PENDING_APPROVAL' ? 'Wait for the user to approve' : 'Wait for the user'}`,
    `AGENT_ID: ${agentId}`,
    '<!-- /AGENT_STATUS -->',
  ].join('\n');
