// The approval contract end to end (docs/guard-rules.md, "Approvals"), with the real Claude Code CLI
// (`claude -p`, then `--resume` for the user's next prompt; or the user's prompts one after another
// in one process, as the Agent SDK sends them), this plugin loaded with --plugin-dir,
// a loopback Messages API scripting the model, and real terraform on a terraform_data workspace.
//   (a) "Apply the infra folder." -> the apply is denied and the model told to present; it ends
//       PENDING_APPROVAL; the user answers "Approved." -> the apply runs.
//   (b) "Show me what destroying the dev VPC would do" -> nothing is destroyed.
//   (c) orchestrator: a planning sub-agent runs `execguard plan` and presents (PENDING_APPROVAL),
//       the user approves in the main session, an execution sub-agent launched with "User approved.
//       Execute the plan." runs `execguard plan` + `execguard execute` and ends COMPLETE.
//   (d) after a COMPLETE run, an unrelated prompt -> a later apply is denied.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeGrant, openPendingRequest } from '../../src/state/grant-store.js';
import { tempDir } from '../helpers/tmp.js';
import { createRepo } from '../support/workspace.js';
import { claudeAvailable, claudeBin, repoRoot, runClaude, type ClaudeRun } from './support/claude-cli.js';
import { runClaudeStream, type StreamOptions } from './support/claude-stream.js';
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

const PLAN_MESSAGE = 'feat(infra): add the demo resource';

/** A git project with a bare origin, a terraform_data workspace in infra/ and plans/infra.yaml. */
function planProject(): { dir: string; infra: string; origin: string } {
  const root = tempDir('execguard-e2e-orch-');
  const dir = join(root, 'project');
  const origin = join(root, 'origin.git');
  const infra = join(dir, 'infra');
  const { git } = createRepo(root, { name: 'project', tracking: false });
  mkdirSync(join(dir, 'plans'), { recursive: true });
  mkdirSync(infra);
  writeFileSync(join(dir, '.gitignore'), '.terraform/\n*.tfstate\n*.tfstate.backup\n.terraform.lock.hcl\n');
  writeFileSync(
    join(dir, 'plans', 'infra.yaml'),
    [
      'id: infra',
      'operation: terraform',
      'workdir: infra',
      'git:',
      '  files: [infra/main.tf]',
      `  message: "${PLAN_MESSAGE}"`,
      '  remote: origin',
      '  branch: main',
      '',
    ].join('\n'),
  );
  git('add', '-A');
  git('commit', '-q', '-m', 'chore: start the project');
  git('push', '-q', 'origin', 'main');
  writeFileSync(join(infra, 'main.tf'), 'resource "terraform_data" "demo" {\n  input = "hello"\n}\n');
  return { dir, infra, origin };
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

const CLAUDE_ENV = {
  TF_CLI_CONFIG_FILE: '',
  GIT_AUTHOR_NAME: 'e2e',
  GIT_AUTHOR_EMAIL: 'e2e@localhost',
  GIT_COMMITTER_NAME: 'e2e',
  GIT_COMMITTER_EMAIL: 'e2e@localhost',
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
    runClaude({
      prompt,
      cwd,
      apiUrl: api.url,
      home,
      execguardHome,
      env: CLAUDE_ENV,
      timeoutMs: 90_000,
      ...extra,
    });
  /** The user's prompts, one after another, in one Claude Code process (one start, not one per prompt). */
  const conversation = (prompts: string[], cwd: string, extra: { betweenTurns: StreamOptions['betweenTurns']; allowedTools?: string }) =>
    runClaudeStream({
      prompts,
      cwd,
      apiUrl: api.url,
      home,
      execguardHome,
      env: CLAUDE_ENV,
      timeoutMs: 90_000 * prompts.length,
      ...extra,
    });
  const lastToolResult = () => toolResults(api.agentRequests().at(-1)!).at(-1);

  it('(a) "Apply the infra folder." is denied and presented; "Approved." runs it; (d) after COMPLETE an unrelated prompt ends the grant', async () => {
    const { dir, infra } = project();
    let before = '';

    // One conversation, the user's three prompts in one Claude Code process; the world is looked at
    // after each turn, before the user types the next prompt.
    api.requests.length = 0;
    // The user's request: the model tries the apply, is denied and told to present, and asks.
    responder = callOnce(APPLY, PRESENT);
    const run = await conversation(['Apply the infra folder.', 'Approved.', 'Thanks. Now summarise what is in the README.'], dir, {
      betweenTurns: (turn, result) => {
        if (turn === 0) {
          expect(result.is_error, result.result).toBe(false);
          expect(userText(api.agentRequests()[0])).toMatch(/execguard: not an approval: the prompt is a request/);
          const denied = lastToolResult();
          expect(denied?.isError).toBe(true);
          expect(denied?.text).toMatch(/present .*plan.*PENDING_APPROVAL/is);
          expect(stateResources(infra)).toEqual([]);
          // Stop recorded the request: the denied apply is what it presented.
          expect(openPendingRequest(result.session_id, new Date(), { home: execguardHome })?.commands.map((c) => c.command)).toEqual([
            APPLY.input.command,
          ]);
          // The user's answer.
          api.requests.length = 0;
          responder = callOnce(APPLY, COMPLETE);
          return;
        }
        expect(result.is_error, result.result).toBe(false);
        expect(userText(api.agentRequests()[0])).toMatch(/execguard: the user's approval is recorded .*answers the request/);
        const applied = lastToolResult();
        expect(applied?.isError, applied?.text).toBe(false);
        expect(applied?.text).toMatch(/Apply complete/);
        expect(stateResources(infra)).toEqual(['terraform_data.demo']);
        // (d) The run is COMPLETE; the user moves on. A later apply (the model being over-eager) is denied.
        writeFileSync(join(infra, 'main.tf'), 'resource "terraform_data" "demo" {\n  input = "changed"\n}\n');
        before = readFileSync(join(infra, 'terraform.tfstate'), 'utf8');
        api.requests.length = 0;
        responder = callOnce(APPLY, 'Done.');
      },
    });
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.results).toHaveLength(3);
    expect(new Set(run.results.map((r) => r.session_id)).size).toBe(1);
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

  it("(e) a planning sub-agent's request answered by an unrelated yes grants nothing; nothing is applied or pushed", async () => {
    const { dir, infra, origin } = planProject();
    const planPrompt = 'Plan the infra change with execguard and present it for approval.';
    const execPrompt = 'User approved. Execute the plan.';
    const firstUserText = (request: CapturedRequest) =>
      JSON.stringify((request.body.messages as { role: string; content: unknown }[]).find((m) => m.role === 'user')?.content ?? '');
    const isPlanner = (r: CapturedRequest) => firstUserText(r).includes(planPrompt) && !firstUserText(r).includes('Plan the infra change.');
    const isExecutor = (r: CapturedRequest) =>
      firstUserText(r).includes(execPrompt) && !firstUserText(r).includes('Plan the infra change.');
    const bash = (command: string, description: string) => ({ name: 'Bash', input: { command, description } });
    const originBefore = execFileSync('git', ['rev-parse', 'main'], { cwd: origin, encoding: 'utf8' });

    // Turn 1: the planner plans and ends PENDING_APPROVAL; the main agent asks something unrelated.
    api.requests.length = 0;
    responder = (request) => {
      const results = toolResults(request);
      if (isPlanner(request)) {
        if (results.length === 0) return { tool: bash('execguard plan plans/infra.yaml', 'Plan') };
        const digest = /Plan digest:\*{0,2}\s*(sha256:[0-9a-f]{64})/.exec(results[0].text)?.[1] ?? 'none';
        return {
          text: `Plan digest: ${digest}\n\n${status('PENDING_APPROVAL', 'Approval', '["execguard execute plans/infra.yaml"]', 'Wait for the user to approve', 'planner-1')}`,
        };
      }
      return results.length === 0
        ? { tool: { name: 'Agent', input: { description: 'Plan', prompt: planPrompt, subagent_type: 'general-purpose' } } }
        : { text: 'While the planner worked I noticed a typo in README.md. Shall I fix it?' };
    };
    const first = await claude('Plan the infra change.', dir, { allowedTools: 'Bash,Agent' });
    expect(first.exitCode, first.stderr).toBe(0);
    const session = first.result.session_id as string;
    expect(openPendingRequest(session, new Date(), { home: execguardHome })).toBeNull();

    // Turn 2: the user says yes (to the typo). The main agent launches an executor anyway.
    api.requests.length = 0;
    responder = (request) => {
      const results = toolResults(request);
      if (isExecutor(request))
        return results.length === 0
          ? { tool: bash('execguard execute plans/infra.yaml', 'Execute') }
          : { text: `Blocked.\n\n${status('BLOCKED', 'Execute', '["Get the user to approve the plan"]', 'Ask the user', 'executor-1')}` };
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
        : { text: 'The executor was blocked.' };
    };
    const second = await claude('yes', dir, { resume: session, allowedTools: 'Bash,Agent' });
    expect(second.exitCode, second.stderr).toBe(0);
    expect(activeGrant(session, new Date(), { home: execguardHome })).toBeNull();
    const executed = toolResults(api.agentRequests().filter(isExecutor).at(-1)!).at(-1);
    expect(executed?.text).not.toMatch(/Execution Complete/);
    expect(stateResources(infra)).toEqual([]);
    expect(execFileSync('git', ['rev-parse', 'main'], { cwd: origin, encoding: 'utf8' })).toBe(originBefore);
  });

  it('(c) orchestrator: a planning sub-agent runs execguard plan and asks; the user approves; an execution sub-agent runs execguard plan + execute to COMPLETE', async () => {
    const { dir, infra, origin } = planProject();
    const planPrompt = 'Plan the infra change with execguard and present it for approval.';
    const execPrompt = 'User approved. Execute the plan.';
    const firstUserText = (request: CapturedRequest) =>
      JSON.stringify((request.body.messages as { role: string; content: unknown }[]).find((m) => m.role === 'user')?.content ?? '');
    const isPlanner = (r: CapturedRequest) => firstUserText(r).includes(planPrompt) && !firstUserText(r).includes('Apply the infra folder');
    const isExecutor = (r: CapturedRequest) =>
      firstUserText(r).includes(execPrompt) && !firstUserText(r).includes('Apply the infra folder');
    const bash = (command: string, description: string) => ({ name: 'Bash', input: { command, description } });
    const PLAN = bash('execguard plan plans/infra.yaml', 'Plan with execguard');
    const EXECUTE = bash('execguard execute plans/infra.yaml', 'Execute the approved plan');
    const EXECUTOR_STATUS = `Executed plans/infra.yaml.\n\n${status('COMPLETE', 'Execute', '[]', 'Task complete - execution successful', 'executor-1')}`;

    // Turn 1: the main agent launches the planner; it runs `execguard plan` and presents the digest.
    api.requests.length = 0;
    responder = (request) => {
      const results = toolResults(request);
      if (isPlanner(request)) {
        if (results.length === 0) return { tool: PLAN };
        const digest = /Plan digest:\*{0,2}\s*(sha256:[0-9a-f]{64})/.exec(results[0].text)?.[1] ?? 'none';
        return {
          text: `Plan: terraform_data.demo will be created. Plan digest: ${digest}\n\n${status('PENDING_APPROVAL', 'Approval', '["execguard execute plans/infra.yaml"]', 'Wait for the user to approve', 'planner-1')}`,
        };
      }
      if (results.length === 0)
        return { tool: { name: 'Agent', input: { description: 'Plan', prompt: planPrompt, subagent_type: 'general-purpose' } } };
      // The planner runs in the background; its report arrives as a notification (or as the tool's result).
      const relayed = /Plan digest:\*{0,2}\s*(sha256:[0-9a-f]{64})/.exec(
        `${userText(request)}\n${results.map((r) => r.text).join('\n')}`,
      )?.[1];
      if (!relayed) return { text: 'The planner is working on it.' };
      // The main agent relays the planner's request in its own final message (the digest verbatim) and asks.
      return {
        text: `The planner proposes creating terraform_data.demo in infra/. Plan digest: ${relayed}\n\n${status('PENDING_APPROVAL', 'Approval', '["execguard execute plans/infra.yaml"]', 'Wait for the user to approve')}`,
      };
    };
    const first = await claude('Apply the infra folder.', dir, { allowedTools: 'Bash,Agent' });
    expect(first.exitCode, first.stderr).toBe(0);
    const planned = toolResults(api.agentRequests().filter(isPlanner).at(-1)!).at(-1);
    expect(planned?.isError, planned?.text).toBe(false);
    const digest = /Plan digest:\*{0,2}\s*(sha256:[0-9a-f]{64})/.exec(planned?.text ?? '')?.[1];
    expect(digest, planned?.text).toBeDefined();
    expect(stateResources(infra)).toEqual([]);
    const session = first.result.session_id as string;
    const pending = openPendingRequest(session, new Date(), { home: execguardHome });
    // The request is the main thread's (what the user saw), relaying the planner's digest.
    expect(pending?.records.length).toBeGreaterThan(0);
    expect(pending?.records.every((r) => r.source === 'stop')).toBe(true);
    expect(pending?.digests.map((d) => d.replace(/^sha256:/, ''))).toContain(digest!.replace(/^sha256:/, ''));

    // Turn 2: the user approves in the main session; the main agent launches the executor, which
    // plans again (the same digest) and executes under the session's grant.
    api.requests.length = 0;
    responder = (request) => {
      const results = toolResults(request);
      if (isExecutor(request))
        return results.length === 0 ? { tool: PLAN } : results.length === 1 ? { tool: EXECUTE } : { text: EXECUTOR_STATUS };
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
    // The user's "Approved." answered the planner's request: the grant is bound to the digest it showed.
    const grant = activeGrant(session, new Date(), { home: execguardHome });
    expect(grant?.binding?.digests.map((d) => d.replace(/^sha256:/, ''))).toContain(digest!.replace(/^sha256:/, ''));
    const executorRequests = api.agentRequests().filter(isExecutor);
    const executed = toolResults(executorRequests.at(-1)!).at(-1);
    expect(executed?.isError, executed?.text).toBe(false);
    expect(executed?.text).toMatch(/Execution Complete/);
    expect(executed?.text).toMatch(/PLAN_STATUS: COMPLETE/);
    expect(stateResources(infra)).toEqual(['terraform_data.demo']);
    // Exactly one commit of the plan reached origin.
    expect(
      execFileSync('git', ['log', '--format=%s', 'main'], { cwd: origin, encoding: 'utf8' })
        .split('\n')
        .filter((l) => l === PLAN_MESSAGE),
    ).toHaveLength(1);
    // The executor's final block passed SubagentStop: no block was sent back to it.
    expect(
      api
        .agentRequests()
        .filter(isExecutor)
        .some((r) => /SubagentStop hook blocking error/.test(userText(r))),
    ).toBe(false);
  });
});
