// A sub-agent's approval request answered by an unrelated "yes" (issue 18 §1, acceptance (a)), end
// to end with the real Claude Code CLI (`claude -p`, then `--resume`), this plugin loaded with
// --plugin-dir, a loopback Messages API scripting the model, real git with a bare origin and real
// terraform on a terraform_data workspace. The planning sub-agent ends PENDING_APPROVAL; the main
// thread asks the user something else; the user says "yes". The main thread then runs the
// executor and the apply itself (test/e2e/approvals.e2e.test.ts (e) has a sub-agent try): no grant is
// recorded, nothing is applied, origin is unchanged.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeGrant, openPendingRequest } from '../../src/state/grant-store.js';
import { tempDir } from '../helpers/tmp.js';
import { scaled } from '../helpers/timeouts.js';
import { claudeAvailable, claudeBin, repoRoot, runClaude } from './support/claude-cli.js';
import { type CapturedRequest, type MessagesApi, type Responder, startMessagesApi, toolResults } from './support/messages-api.js';

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
const PLAN_PROMPT = 'Plan the infra change with execguard and present it for approval.';

const pending = (id: string) =>
  [
    '<!-- AGENT_STATUS -->',
    'PLAN_STATUS: PENDING_APPROVAL',
    'CURRENT_PHASE: Approval',
    'PENDING_STEPS: ["execguard execute plans/infra.yaml"]',
    'NEXT_ACTION: Wait for the user to approve',
    `AGENT_ID: ${id}`,
    '<!-- /AGENT_STATUS -->',
  ].join('\n');

/** A git project with a bare origin, a terraform_data workspace in infra/ and plans/infra.yaml. */
function planProject(): { dir: string; infra: string; origin: string } {
  const root = tempDir('execguard-e2e-subreq-');
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
    'id: infra\noperation: terraform\nworkdir: infra\ngit:\n  files: [infra/main.tf]\n  message: "feat(infra): add the demo resource"\n  remote: origin\n  branch: main\n',
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
const originHead = (origin: string) => execFileSync('git', ['rev-parse', 'main'], { cwd: origin, encoding: 'utf8' }).trim();
const firstUserText = (request: CapturedRequest) =>
  JSON.stringify((request.body.messages as { role: string; content: unknown }[]).find((m) => m.role === 'user')?.content ?? '');
const isPlanner = (request: CapturedRequest) => firstUserText(request).includes(PLAN_PROMPT);
const bash = (command: string) => ({ name: 'Bash', input: { command, description: command } });

describe.skipIf(!ready)(
  `a sub-agent's request and an unrelated yes, with the real Claude Code CLI${ready ? '' : ` (skipped: ${why})`}`,
  () => {
    let api: MessagesApi;
    let responder: Responder = () => ({ text: 'Done.' });
    const execguardHome = tempDir('execguard-e2e-subreq-state-');
    const home = tempDir('execguard-e2e-subreq-home-');

    beforeAll(async () => {
      api = await startMessagesApi((request) => responder(request));
    });
    afterAll(async () => {
      await api?.close();
    });

    const claude = (prompt: string, cwd: string, resume?: string) =>
      runClaude({
        prompt,
        cwd,
        apiUrl: api.url,
        home,
        execguardHome,
        allowedTools: 'Bash,Agent',
        timeoutMs: scaled(180_000),
        ...(resume ? { resume } : {}),
      });

    it(
      '(a) the planner ends PENDING_APPROVAL, the main thread asks about a typo, the user says yes: no grant; the execute and the apply do not run',
      async () => {
        const { dir, infra, origin } = planProject();
        const before = originHead(origin);

        // Turn 1: the planner plans and asks; the main thread does not relay it and asks something else.
        api.requests.length = 0;
        responder = (request) => {
          const results = toolResults(request);
          if (isPlanner(request)) {
            if (results.length === 0) return { tool: bash('execguard plan plans/infra.yaml') };
            return { text: `Plan digest: ${DIGEST.exec(results[0].text)?.[1] ?? 'none'}\n\n${pending('planner-1')}` };
          }
          return results.length === 0
            ? { tool: { name: 'Agent', input: { description: 'Plan', prompt: PLAN_PROMPT, subagent_type: 'general-purpose' } } }
            : { text: 'The planner is done. I also noticed a typo in README.md. Shall I fix it?' };
        };
        const first = await claude('Plan the infra change.', dir);
        expect(first.exitCode, first.stderr).toBe(0);
        const planned = toolResults(api.agentRequests().filter(isPlanner).at(-1)!)[0];
        expect(planned?.text, planned?.text).toMatch(DIGEST);
        const session = first.result.session_id as string;
        // What the user was shown asks for no approval: nothing is pending.
        expect(openPendingRequest(session, new Date(), { home: execguardHome })).toBeNull();

        // Turn 2: "yes" (to the typo). The main thread runs the executor, then the apply, itself.
        api.requests.length = 0;
        const turn = [
          bash('execguard execute plans/infra.yaml'),
          bash('terraform -chdir=infra apply -auto-approve -input=false -no-color'),
        ];
        // The resumed conversation holds turn 1's results: count this turn's from the first request.
        let base: number | undefined;
        responder = (request) => {
          const results = toolResults(request);
          base ??= results.length;
          return turn[results.length - base] ? { tool: turn[results.length - base] } : { text: 'Done.' };
        };
        const second = await claude('yes', dir, session);
        expect(second.exitCode, second.stderr).toBe(0);
        const results = toolResults(api.agentRequests().at(-1)!).slice(-2);
        expect(results[0]?.text, results[0]?.text).toMatch(/PLAN_STATUS: BLOCKED/);
        expect(results[0]?.text).toMatch(/holds no active grant/);
        expect(results[1]?.isError, results[1]?.text).toBe(true);
        expect(results[1]?.text).toMatch(/PreToolUse:Bash hook error: execguard/);

        // The world: no grant, nothing applied, origin as it was.
        expect(activeGrant(session, new Date(), { home: execguardHome })).toBeNull();
        expect(stateResources(infra)).toEqual([]);
        expect(originHead(origin)).toBe(before);
      },
      scaled(600_000),
    );
  },
);
