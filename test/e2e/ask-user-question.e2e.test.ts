// The structured yes (issue 18 §5, acceptance (b)) with the real Claude Code CLI. `claude -p` with
// plain text I/O leaves AskUserQuestion out, so the session runs the way the Agent SDK runs it:
// stream-json in and out with `--permission-prompt-tool stdio`, where Claude Code offers the model
// AskUserQuestion and sends the question to the client as a `can_use_tool` prompt; the test answers
// it as the user, choosing an option (updatedInput.answers). This plugin is loaded with
// --plugin-dir, the model is scripted by a loopback Messages API, real git with a bare origin and
// real terraform on a terraform_data workspace. Checked afterwards: the grant, terraform state, origin.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeGrant } from '../../src/state/grant-store.js';
import { tempDir } from '../helpers/tmp.js';
import { scaled } from '../helpers/timeouts.js';
import { claudeAvailable, claudeBin, repoRoot } from './support/claude-cli.js';
import { type CanUseTool, type PromptAnswer, runClaudeStream } from './support/claude-stream.js';
import { type MessagesApi, type Responder, startMessagesApi, type Turn, toolResults } from './support/messages-api.js';

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
const DIGEST = /Plan digest:\*{0,2}\s*(sha256:[0-9a-f]{64})/;
const PLAN_MESSAGE = 'feat(infra): add the demo resource';
/** The question names the plan's digest: the user sees exactly what the answer approves. */
const question = (planOutput: string) => `Apply this plan? Plan digest: ${/sha256:[0-9a-f]{64}/.exec(planOutput)?.[0]}`;

/** A git project with a bare origin, a terraform_data workspace in infra/ and plans/infra.yaml. */
function planProject(): { dir: string; infra: string; origin: string } {
  const root = tempDir('execguard-e2e-auq-');
  const dir = join(root, 'project');
  const origin = join(root, 'origin.git');
  const infra = join(dir, 'infra');
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=e2e', '-c', 'user.email=e2e@localhost', ...args], { cwd: dir, stdio: 'ignore' });
  execFileSync('git', ['init', '-q', '--bare', '-b', 'main', origin]);
  mkdirSync(join(dir, 'plans'), { recursive: true });
  mkdirSync(infra);
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir });
  git('remote', 'add', 'origin', origin);
  writeFileSync(join(dir, '.gitignore'), '.terraform/\n*.tfstate\n*.tfstate.backup\n.terraform.lock.hcl\n');
  writeFileSync(
    join(dir, 'plans', 'infra.yaml'),
    `id: infra\noperation: terraform\nworkdir: infra\ngit:\n  files: [infra/main.tf]\n  message: "${PLAN_MESSAGE}"\n  remote: origin\n  branch: main\n`,
  );
  git('add', '-A');
  git('commit', '-q', '-m', 'chore: start the project');
  git('push', '-q', 'origin', 'main');
  writeFileSync(join(infra, 'main.tf'), 'resource "terraform_data" "demo" {\n  input = "hello"\n}\n');
  execFileSync('terraform', ['init', '-input=false', '-no-color'], { cwd: infra, env: tfEnv, stdio: 'ignore' });
  return { dir, infra, origin };
}

const stateResources = (dir: string): string[] => {
  const file = join(dir, 'terraform.tfstate');
  if (!existsSync(file)) return [];
  return (JSON.parse(readFileSync(file, 'utf8')).resources ?? []).map((r: { type: string; name: string }) => `${r.type}.${r.name}`);
};
const originLog = (origin: string) =>
  execFileSync('git', ['log', '--format=%s', 'main'], { cwd: origin, encoding: 'utf8' }).trim().split('\n');

const bash = (command: string) => ({ name: 'Bash', input: { command, description: command } });
const ask = (planOutput: string): Turn['tool'] => ({
  name: 'AskUserQuestion',
  input: {
    questions: [
      {
        question: question(planOutput),
        header: 'Approval',
        options: [
          { label: 'Approve', description: 'Apply the plan' },
          { label: 'Refuse', description: 'Do nothing' },
        ],
        multiSelect: false,
      },
    ],
  },
});

/** The model: plan, present the plan and ask with AskUserQuestion, then `afterAnswer` calls, then a final word. */
function script(afterAnswer: Turn['tool'][]): Responder {
  return (request) => {
    const results = toolResults(request);
    if (results.length === 0) return { tool: bash('execguard plan plans/infra.yaml') };
    if (results.length === 1) return { text: `${results[0].text}\n\nShall I apply this plan?`, tool: ask(results[0].text) };
    const next = afterAnswer[results.length - 2];
    return next ? { tool: next } : { text: 'Done.' };
  };
}

/** The user picks the option whose label starts with `choice` (execguard's labels carry its nonce). */
const choose =
  (choice: RegExp) =>
  (request: CanUseTool): PromptAnswer => {
    if (request.toolName !== 'AskUserQuestion') return { behavior: 'deny', message: 'not asked' };
    const questions = request.input.questions as { question: string; options: { label: string }[] }[];
    const answers = Object.fromEntries(
      questions.map((q) => [q.question, q.options.find((o) => choice.test(o.label))?.label ?? q.options[0].label]),
    );
    return { behavior: 'allow', updatedInput: { ...request.input, answers } };
  };

describe.skipIf(!ready)(`AskUserQuestion approval with the real Claude Code CLI${ready ? '' : ` (skipped: ${why})`}`, () => {
  let api: MessagesApi;
  let responder: Responder = () => ({ text: 'Done.' });
  const execguardHome = tempDir('execguard-e2e-auq-state-');
  const home = tempDir('execguard-e2e-auq-home-');

  beforeAll(async () => {
    api = await startMessagesApi((request) => responder(request));
  });
  afterAll(async () => {
    await api?.close();
  });

  const session = (cwd: string, answer: (r: CanUseTool) => PromptAnswer) =>
    runClaudeStream({
      prompts: ['Apply the infra change.'],
      cwd,
      apiUrl: api.url,
      home,
      execguardHome,
      answer,
      timeoutMs: scaled(240_000),
    });

  it(
    "(b) the user picks execguard's Approve option: the grant is bound to the presented digest and execute runs exactly that plan",
    async () => {
      const { dir, infra, origin } = planProject();
      api.requests.length = 0;
      responder = script([bash('execguard execute plans/infra.yaml')]);
      const run = await session(dir, choose(/^Approve \[P-/));
      expect(run.exitCode, run.stderr).toBe(0);
      const planned = toolResults(api.agentRequests().at(-1)!)[0]?.text ?? '';
      const digest = DIGEST.exec(planned)?.[1];
      expect(digest, planned).toBeDefined();
      // The user was asked through Claude Code's own prompt, with execguard's options (its nonce in each label).
      expect(run.prompts.map((p) => p.toolName)).toEqual(['AskUserQuestion']);
      const shown = (run.prompts[0].input.questions as { options: { label: string; description: string }[] }[])[0].options;
      expect(shown.map((o) => o.label)).toEqual([
        expect.stringMatching(/^Approve \[P-[0-9a-f]{12}-A\]$/),
        expect.stringMatching(/^Approve incl\. destroy \[P-[0-9a-f]{12}-D\]$/),
        expect.stringMatching(/^Refuse \[P-[0-9a-f]{12}-R\]$/),
      ]);
      expect(shown[0].description).toContain(digest!.slice(0, 19));
      // The world: the grant names that digest only; execute ran it; origin has exactly the plan's commit.
      const grant = activeGrant(run.sessionId!, new Date(), { home: execguardHome });
      expect(grant?.binding?.digests).toEqual([digest]);
      expect(grant?.scope.destroy).toBe(false);
      const executed = toolResults(api.agentRequests().at(-1)!).at(-1);
      expect(executed?.text, executed?.text).toMatch(/PLAN_STATUS: COMPLETE/);
      expect(stateResources(infra)).toEqual(['terraform_data.demo']);
      expect(originLog(origin)).toEqual([PLAN_MESSAGE, 'chore: start the project']);
    },
    scaled(600_000),
  );

  it(
    '(b) the agent changes the plan after the user picked Approve: execute refuses; nothing applied or pushed',
    async () => {
      const { dir, infra, origin } = planProject();
      api.requests.length = 0;
      responder = script([bash("sed -i 's/hello/changed/' infra/main.tf"), bash('execguard execute plans/infra.yaml')]);
      const run = await session(dir, choose(/^Approve \[P-/));
      expect(run.exitCode, run.stderr).toBe(0);
      expect(activeGrant(run.sessionId!, new Date(), { home: execguardHome })?.binding?.digests).toHaveLength(1);
      const executed = toolResults(api.agentRequests().at(-1)!).at(-1);
      expect(executed?.text, executed?.text).toMatch(/PLAN_STATUS: BLOCKED/);
      expect(stateResources(infra)).toEqual([]);
      expect(originLog(origin)).toEqual(['chore: start the project']);
    },
    scaled(600_000),
  );

  it(
    '(b) the user picks Refuse: no grant; the execute the agent tries anyway is refused',
    async () => {
      const { dir, infra, origin } = planProject();
      api.requests.length = 0;
      responder = script([bash('execguard execute plans/infra.yaml')]);
      const run = await session(dir, choose(/^Refuse \[P-/));
      expect(run.exitCode, run.stderr).toBe(0);
      expect(activeGrant(run.sessionId!, new Date(), { home: execguardHome })).toBeNull();
      const executed = toolResults(api.agentRequests().at(-1)!).at(-1);
      expect(executed?.text, executed?.text).not.toMatch(/PLAN_STATUS: COMPLETE/);
      expect(stateResources(infra)).toEqual([]);
      expect(originLog(origin)).toEqual(['chore: start the project']);
    },
    scaled(600_000),
  );
});
