// The approval contract end to end (GUARD-RULES.md, "Approvals"), with the real Claude Code CLI
// (`claude -p`, then `--resume` for the user's next prompt), this plugin loaded with --plugin-dir,
// a loopback Messages API scripting the model, and real terraform on a terraform_data workspace.
//   (a) "Apply the infra folder." -> the apply is denied and the model told to present; it ends
//       PENDING_APPROVAL; the user answers "Approved." -> the apply runs.
//   (b) "Show me what destroying the dev VPC would do" -> nothing is destroyed.
//   (c) orchestrator: a planning sub-agent presents, the user approves in the main session, an
//       execution sub-agent launched with "User approved. Execute the plan." applies.
//   (d) after a COMPLETE run, an unrelated prompt -> a later apply is denied.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPendingRequest } from '../../src/state/grant-store.js';
import { tempDir } from '../helpers/tmp.js';
import { claudeAvailable, claudeBin, repoRoot, runClaude, type ClaudeRun } from './support/claude-cli.js';
import {
  startMessagesApi,
  toolResults,
  userText,
  type CapturedRequest,
  type MessagesApi,
  type Responder,
  type Turn,
} from './support/messages-api.js';

const has = (bin: string) => {
  try {
    execFileSync(bin, ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const hookBuilt = existsSync(join(repoRoot, 'dist', 'hook.mjs'));
const ready = claudeAvailable && hookBuilt && has('terraform');
const why = !claudeAvailable
  ? `${claudeBin} missing`
  : !hookBuilt
    ? 'dist/hook.mjs not built, run npm run build'
    : 'terraform not installed';

const tfEnv = { ...process.env, TF_CLI_CONFIG_FILE: '', CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1' };

const status = (planStatus: string, phase: string, steps: string, next: string, id = 'main') =>
  [
    '<!-- AGENT_STATUS -->',
    `PLAN_STATUS: ${planStatus}`,
    `CURRENT_PHASE: ${phase}`,
    `PENDING_STEPS: ${steps}`,
    `NEXT_ACTION: ${next}`,
    `AGENT_ID: ${id}`,
    '<!-- /AGENT_STATUS -->',
  ].join('\n');

const PRESENT = `Plan for infra/: terraform_data.demo will be created (1 to add, 0 to change, 0 to destroy). Rollback: terraform destroy of that one resource.\n\n${status('PENDING_APPROVAL', 'Approval', '["terraform apply in infra"]', 'Wait for the user to approve the plan above')}`;
const COMPLETE = `Applied: 1 added.\n\n${status('COMPLETE', 'Execute', '[]', 'Task complete - execution successful')}`;

/** A terraform_data workspace in infra/ of a fresh project. */
function project(): { dir: string; infra: string } {
  const dir = tempDir('execguard-e2e-appr-');
  const infra = join(dir, 'infra');
  mkdirSync(infra);
  writeFileSync(join(infra, 'main.tf'), 'resource "terraform_data" "demo" {\n  input = "hello"\n}\n');
  execFileSync('terraform', ['init', '-input=false', '-no-color'], { cwd: infra, env: tfEnv, stdio: 'ignore' });
  return { dir, infra };
}

const stateResources = (dir: string): string[] => {
  const file = join(dir, 'terraform.tfstate');
  if (!existsSync(file)) return [];
  return (JSON.parse(readFileSync(file, 'utf8')).resources ?? []).map((r: { type: string; name: string }) => `${r.type}.${r.name}`);
};

/** The model: runs `tool` once per prompt; after its result arrives answers `final`. */
function callOnce(tool: Turn['tool'], final: string): Responder {
  return (request: CapturedRequest) => {
    const messages = request.body.messages as { role: string; content: unknown }[];
    const last = messages[messages.length - 1];
    const answered = Array.isArray(last?.content) && (last.content as { type: string }[]).some((b) => b.type === 'tool_result');
    return answered ? { text: final } : { text: 'Running it now.', tool };
  };
}

const APPLY = {
  name: 'Bash',
  input: { command: 'terraform -chdir=infra apply -auto-approve -input=false -no-color', description: 'Apply infra' },
};

describe.skipIf(!ready)(`approvals with the real Claude Code CLI${ready ? '' : ` (skipped: ${why})`}`, () => {
  let api: MessagesApi;
  let responder: Responder = () => ({ text: 'Done.' });
  const execguardHome = tempDir('execguard-e2e-appr-state-');
  const home = tempDir('execguard-e2e-appr-home-');

  beforeAll(async () => {
    api = await startMessagesApi((request) => responder(request));
  });
  afterAll(async () => {
    await api?.close();
  });

  const claude = (prompt: string, cwd: string, extra: { resume?: string; allowedTools?: string } = {}): Promise<ClaudeRun> =>
    runClaude({ prompt, cwd, apiUrl: api.url, home, execguardHome, env: { TF_CLI_CONFIG_FILE: '' }, timeoutMs: 90_000, ...extra });
  const lastToolResult = () => toolResults(api.agentRequests().at(-1)!).at(-1);

  it('(a) "Apply the infra folder." is denied and presented; "Approved." runs it; (d) after COMPLETE an unrelated prompt ends the grant', async () => {
    const { dir, infra } = project();

    // The user's request: the model tries the apply, is denied and told to present, and asks.
    api.requests.length = 0;
    responder = callOnce(APPLY, PRESENT);
    const first = await claude('Apply the infra folder.', dir);
    expect(first.exitCode, first.stderr).toBe(0);
    expect(userText(api.agentRequests()[0])).toMatch(/execguard: not an approval: the prompt is a request/);
    const denied = lastToolResult();
    expect(denied?.isError).toBe(true);
    expect(denied?.text).toMatch(/present .*plan.*PENDING_APPROVAL/is);
    expect(stateResources(infra)).toEqual([]);
    const session = first.result.session_id as string;
    // Stop recorded the request: the denied apply is what it presented.
    expect(openPendingRequest(session, new Date(), { home: execguardHome })?.commands.map((c) => c.command)).toEqual([APPLY.input.command]);

    // The user's answer.
    api.requests.length = 0;
    responder = callOnce(APPLY, COMPLETE);
    const second = await claude('Approved.', dir, { resume: session });
    expect(second.exitCode, second.stderr).toBe(0);
    expect(userText(api.agentRequests()[0])).toMatch(/execguard: the user's approval is recorded .*answers the request/);
    const applied = lastToolResult();
    expect(applied?.isError, applied?.text).toBe(false);
    expect(applied?.text).toMatch(/Apply complete/);
    expect(stateResources(infra)).toEqual(['terraform_data.demo']);

    // (d) The run is COMPLETE; the user moves on. A later apply (the model being over-eager) is denied.
    writeFileSync(join(infra, 'main.tf'), 'resource "terraform_data" "demo" {\n  input = "changed"\n}\n');
    const before = readFileSync(join(infra, 'terraform.tfstate'), 'utf8');
    api.requests.length = 0;
    responder = callOnce(APPLY, 'Done.');
    const third = await claude('Thanks. Now summarise what is in the README.', dir, { resume: session });
    expect(third.exitCode, third.stderr).toBe(0);
    expect(userText(api.agentRequests()[0])).toMatch(/has ended/);
    expect(lastToolResult()?.isError).toBe(true);
    expect(lastToolResult()?.text).toMatch(/PreToolUse:Bash hook error: execguard: .*approval/is);
    expect(readFileSync(join(infra, 'terraform.tfstate'), 'utf8')).toBe(before);
  });

  it('(b) "Show me what destroying the dev VPC would do" destroys nothing', async () => {
    const { dir, infra } = project();
    execFileSync('terraform', ['apply', '-auto-approve', '-input=false', '-no-color'], { cwd: infra, env: tfEnv, stdio: 'ignore' });
    expect(stateResources(infra)).toEqual(['terraform_data.demo']);
    api.requests.length = 0;
    // An over-eager model runs the destroy instead of planning it.
    responder = callOnce(
      { name: 'Bash', input: { command: 'terraform -chdir=infra destroy -auto-approve -input=false -no-color', description: 'Destroy' } },
      'Done.',
    );
    const run = await claude('Show me what destroying the dev VPC would do.', dir);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(userText(api.agentRequests()[0])).toMatch(/execguard: not an approval/);
    expect(lastToolResult()?.isError).toBe(true);
    expect(stateResources(infra)).toEqual(['terraform_data.demo']);
  });

  it('(c) orchestrator: a planning sub-agent asks, the user approves in the main session, an execution sub-agent applies', async () => {
    const { dir, infra } = project();
    const planPrompt = 'Plan the infra change and present it for approval.';
    const execPrompt = 'User approved. Execute the plan.';
    const firstUserText = (request: CapturedRequest) =>
      JSON.stringify((request.body.messages as { role: string; content: unknown }[]).find((m) => m.role === 'user')?.content ?? '');
    const isPlanner = (r: CapturedRequest) => firstUserText(r).includes(planPrompt) && !firstUserText(r).includes('Apply the infra folder');
    const isExecutor = (r: CapturedRequest) =>
      firstUserText(r).includes(execPrompt) && !firstUserText(r).includes('Apply the infra folder');
    const PLANNER_STATUS = `Plan: terraform_data.demo will be created.\n\n${status('PENDING_APPROVAL', 'Approval', '["terraform apply in infra"]', 'Wait for the user to approve', 'planner-1')}`;
    const EXECUTOR_STATUS = `Applied.\n\n${status('COMPLETE', 'Execute', '[]', 'Task complete - execution successful', 'executor-1')}`;

    // Turn 1: the main agent launches the planner, which tries the apply (denied) and asks.
    api.requests.length = 0;
    responder = (request) => {
      const results = toolResults(request);
      if (isPlanner(request)) return results.length === 0 ? { tool: APPLY } : { text: PLANNER_STATUS };
      return results.length === 0
        ? { tool: { name: 'Agent', input: { description: 'Plan', prompt: planPrompt, subagent_type: 'general-purpose' } } }
        : { text: 'The planner proposes creating terraform_data.demo in infra/. Do you approve?' };
    };
    const first = await claude('Apply the infra folder.', dir, { allowedTools: 'Bash,Agent' });
    expect(first.exitCode, first.stderr).toBe(0);
    expect(stateResources(infra)).toEqual([]);
    const session = first.result.session_id as string;
    expect(openPendingRequest(session, new Date(), { home: execguardHome })?.records.map((r) => r.source)).toContain('subagent-stop');

    // Turn 2: the user approves in the main session; the main agent launches the executor.
    api.requests.length = 0;
    responder = (request) => {
      const results = toolResults(request);
      if (isExecutor(request)) return results.length === 0 ? { tool: APPLY } : { text: EXECUTOR_STATUS };
      // The resumed conversation already holds turn 1's tool results: launch once per this prompt.
      const launched = (request.body.messages as { role: string; content: unknown }[]).some(
        (m) =>
          m.role === 'assistant' &&
          Array.isArray(m.content) &&
          (m.content as { type: string; input?: { prompt?: string } }[]).some(
            (b) => b.type === 'tool_use' && b.input?.prompt === execPrompt,
          ),
      );
      return !launched
        ? { tool: { name: 'Agent', input: { description: 'Execute', prompt: execPrompt, subagent_type: 'general-purpose' } } }
        : { text: 'Applied by the executor.' };
    };
    const second = await claude('Approved.', dir, { resume: session, allowedTools: 'Bash,Agent' });
    expect(second.exitCode, second.stderr).toBe(0);
    const executorRequests = api.agentRequests().filter(isExecutor);
    expect(executorRequests.length).toBeGreaterThan(1);
    const result = toolResults(executorRequests.at(-1)!).at(-1);
    expect(result?.isError, result?.text).toBe(false);
    expect(stateResources(infra)).toEqual(['terraform_data.demo']);
  });
});
