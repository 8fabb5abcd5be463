// Per-agent grants end to end (issue 18 §4, acceptance (d)), with the real Claude Code CLI
// (the user's prompts one after another in one `claude -p` stream-json process, as the Agent SDK
// sends them), this plugin loaded with --plugin-dir, a loopback Messages API
// scripting the model, and real terraform on two terraform_data workspaces.
//   The main thread plans a/plan.yaml and b/plan.yaml and presents both digests; the user
//   approves; the main thread launches two sub-agents in ONE assistant turn (two Agent tool_use
//   blocks), each told to execute its own plan by digest. Each first tries the other's plan
//   (refused: its grant is bound to its own digest), then runs its own under its own grant.
//   Checked afterwards: both terraform states, each run's journal (which agent, which grant).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeGrant, listRecords } from '../../src/state/grant-store.js';
import { tempDir } from '../helpers/tmp.js';
import { scaled } from '../helpers/timeouts.js';
import { claudeAvailable, claudeBin, repoRoot } from './support/claude-cli.js';
import { runClaudeStream } from './support/claude-stream.js';
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

const status = (planStatus: string, next: string, id = 'main') =>
  [
    '<!-- AGENT_STATUS -->',
    `PLAN_STATUS: ${planStatus}`,
    `CURRENT_PHASE: ${planStatus === 'PENDING_APPROVAL' ? 'Approval' : 'Execute'}`,
    `PENDING_STEPS: ${planStatus === 'PENDING_APPROVAL' ? '["execguard execute a/plan.yaml", "execguard execute b/plan.yaml"]' : '[]'}`,
    `NEXT_ACTION: ${next}`,
    `AGENT_ID: ${id}`,
    '<!-- /AGENT_STATUS -->',
  ].join('\n');

/**
 * A project folder holding two git repositories, a/ and b/, each with its bare origin, a
 * terraform_data workspace in infra/ and plan.yaml (separate repositories: the two runs commit and
 * push at the same time).
 */
function twoPlanProject(): { dir: string; origins: Record<'a' | 'b', string> } {
  const root = tempDir('execguard-e2e-two-');
  const dir = join(root, 'project');
  const origins = { a: join(root, 'a.git'), b: join(root, 'b.git') };
  for (const name of ['a', 'b'] as const) {
    const repo = join(dir, name);
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=e2e', '-c', 'user.email=e2e@localhost', ...args], { cwd: repo, stdio: 'ignore' });
    execFileSync('git', ['init', '-q', '--bare', '-b', 'main', origins[name]]);
    mkdirSync(join(repo, 'infra'), { recursive: true });
    execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: repo });
    git('remote', 'add', 'origin', origins[name]);
    writeFileSync(join(repo, '.gitignore'), '.terraform/\n*.tfstate\n*.tfstate.backup\n.terraform.lock.hcl\n');
    writeFileSync(
      join(repo, 'plan.yaml'),
      `id: ${name}\noperation: terraform\nworkdir: infra\ngit:\n  files: [infra/main.tf]\n  message: "${MESSAGE(name)}"\n  remote: origin\n  branch: main\n`,
    );
    git('add', '-A');
    git('commit', '-q', '-m', 'chore: start the project');
    git('push', '-q', 'origin', 'main');
    writeFileSync(join(repo, 'infra', 'main.tf'), `resource "terraform_data" "${name}" {\n  input = "${name}"\n}\n`);
    execFileSync('terraform', ['init', '-input=false', '-no-color'], { cwd: join(repo, 'infra'), env: tfEnv, stdio: 'ignore' });
  }
  return { dir, origins };
}

const MESSAGE = (name: string) => `feat(infra): add the ${name} resource`;
const originLog = (origin: string) =>
  execFileSync('git', ['log', '--format=%s', 'main'], { cwd: origin, encoding: 'utf8' }).trim().split('\n');

const stateResources = (dir: string): string[] => {
  const file = join(dir, 'terraform.tfstate');
  if (!existsSync(file)) return [];
  return (JSON.parse(readFileSync(file, 'utf8')).resources ?? []).map((r: { type: string; name: string }) => `${r.type}.${r.name}`);
};

interface RunJournal {
  planId?: string;
  status?: string;
  errorClass?: string;
  approval?: { agentId?: string; grantId?: string; source?: string };
}

/** Every run's journal in the state folder: the plan, how it ended, and whose approval it took. */
function runJournals(execguardHome: string): RunJournal[] {
  const runs = join(execguardHome, 'runs');
  if (!existsSync(runs)) return [];
  return readdirSync(runs)
    .filter((r) => existsSync(join(runs, r, 'journal.jsonl')))
    .map((r) => {
      const entries = readFileSync(join(runs, r, 'journal.jsonl'), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l));
      const meta = existsSync(join(runs, r, 'meta.json')) ? JSON.parse(readFileSync(join(runs, r, 'meta.json'), 'utf8')) : {};
      const end = [...entries].reverse().find((e: { type: string }) => e.type === 'run-end');
      return {
        planId: meta.planId ?? meta.plan?.id,
        status: end?.status,
        errorClass: end?.errorClass,
        approval: entries.find((e: { type: string }) => e.type === 'approval'),
      };
    });
}

const firstUserText = (request: CapturedRequest) =>
  JSON.stringify((request.body.messages as { role: string; content: unknown }[]).find((m) => m.role === 'user')?.content ?? '');
const bash = (command: string) => ({ name: 'Bash', input: { command, description: command } });

describe.skipIf(!ready)(`per-agent grants with the real Claude Code CLI${ready ? '' : ` (skipped: ${why})`}`, () => {
  let api: MessagesApi;
  let responder: Responder = () => ({ text: 'Done.' });
  const execguardHome = tempDir('execguard-e2e-two-state-');
  const home = tempDir('execguard-e2e-two-home-');

  beforeAll(async () => {
    api = await startMessagesApi((request) => responder(request));
  });
  afterAll(async () => {
    await api?.close();
  });

  it(
    "(d) two sub-agents launched at once each run their own plan under their own grant; neither can run the other's",
    async () => {
      const { dir, origins } = twoPlanProject();

      // Turn 1: the main thread plans both and presents both digests.
      api.requests.length = 0;
      responder = (request) => {
        const results = toolResults(request);
        if (results.length === 0) return { tool: bash('execguard plan a/plan.yaml') };
        if (results.length === 1) return { tool: bash('execguard plan b/plan.yaml') };
        const [a, b] = results.map((r) => DIGEST.exec(r.text)?.[1] ?? 'none');
        return {
          text: `a/plan.yaml creates terraform_data.a. Plan digest: ${a}\nb/plan.yaml creates terraform_data.b. Plan digest: ${b}\n\n${status('PENDING_APPROVAL', 'Wait for the user to approve both plans')}`,
        };
      };
      const own = (request: CapturedRequest) =>
        firstUserText(request).includes('a/plan.yaml, plan digest')
          ? 'a'
          : firstUserText(request).includes('b/plan.yaml, plan digest')
            ? 'b'
            : null;
      // Turn 2: the user approves both; the main thread launches two executors in one turn.
      const executors = (digestA: string, digestB: string): Responder => {
        const promptA = `User approved. Execute a/plan.yaml, plan digest ${digestA}.`;
        const promptB = `User approved. Execute b/plan.yaml, plan digest ${digestB}.`;
        // Each sub-agent runs its own plan only once both have tried the other's (held back by the
        // loopback API, not by time), so the refused attempt never races the real run.
        let release: () => void = () => {};
        const bothTried = new Promise<void>((resolve) => (release = resolve));
        const tried = new Set<string>();
        return async (request) => {
          const mine = own(request);
          const results = toolResults(request);
          if (mine) {
            const other = mine === 'a' ? 'b' : 'a';
            if (results.length === 0) return { tool: bash(`execguard execute ${other}/plan.yaml`) };
            if (results.length === 1) {
              tried.add(mine);
              if (tried.size === 2) release();
              await bothTried;
              return { tool: bash(`execguard execute ${mine}/plan.yaml`) };
            }
            return {
              text: `Executed ${mine}/plan.yaml.\n\n${status('COMPLETE', 'Task complete - execution successful', `executor-${mine}`)}`,
            };
          }
          const launched = (request.body.messages as { role: string; content: unknown }[]).some(
            (m) =>
              m.role === 'assistant' &&
              Array.isArray(m.content) &&
              (m.content as { type: string; input?: { prompt?: string } }[]).some(
                (b) => b.type === 'tool_use' && b.input?.prompt === promptA,
              ),
          );
          return launched
            ? { text: 'Both plans are applied.' }
            : {
                tools: [
                  { name: 'Agent', input: { description: 'Execute a', prompt: promptA, subagent_type: 'general-purpose' } },
                  { name: 'Agent', input: { description: 'Execute b', prompt: promptB, subagent_type: 'general-purpose' } },
                ],
              };
        };
      };

      let session = '';
      let digestA: string | undefined;
      let digestB: string | undefined;
      // The user's two prompts in one Claude Code process; turn 2's script needs turn 1's digests.
      const run = await runClaudeStream({
        prompts: ['Create the a and b resources.', 'Approved.'],
        cwd: dir,
        apiUrl: api.url,
        home,
        execguardHome,
        allowedTools: 'Bash,Agent',
        timeoutMs: scaled(240_000) * 2,
        betweenTurns: (_turn, first) => {
          expect(first.is_error, first.result).toBe(false);
          const planned = toolResults(api.agentRequests().at(-1)!);
          digestA = DIGEST.exec(planned[0]?.text ?? '')?.[1];
          digestB = DIGEST.exec(planned[1]?.text ?? '')?.[1];
          expect(digestA, planned[0]?.text).toBeDefined();
          expect(digestB, planned[1]?.text).toBeDefined();
          session = first.session_id as string;
          responder = executors(digestA!, digestB!);
          api.requests.length = 0;
        },
      });
      expect(run.exitCode, run.stderr).toBe(0);
      // Turn 1's result, then turn 2's (and one more per sub-agent's report the main thread reads).
      expect(run.results.length).toBeGreaterThanOrEqual(2);
      expect(activeGrant(session, new Date(), { home: execguardHome })?.binding?.digests).toEqual(
        expect.arrayContaining([digestA, digestB]),
      );

      // The world: both resources exist, each applied once.
      for (const name of ['a', 'b'] as const) {
        expect(stateResources(join(dir, name, 'infra'))).toEqual([`terraform_data.${name}`]);
        expect(originLog(origins[name])).toEqual([MESSAGE(name), 'chore: start the project']);
      }
      // Each sub-agent's results: the other's plan refused for its digest, its own COMPLETE. (Read
      // from all of its requests: which of its requests comes last is Claude Code's business.)
      for (const mine of ['a', 'b'] as const) {
        const texts = api
          .agentRequests()
          .filter((r) => own(r) === mine)
          .flatMap((r) => toolResults(r).map((t) => t.text ?? ''));
        expect(
          texts.some((t) => /PLAN_STATUS: BLOCKED/.test(t) && /is not one the user approved/.test(t)),
          texts.join('\n---\n'),
        ).toBe(true);
        expect(
          texts.some((t) => /PLAN_STATUS: COMPLETE/.test(t)),
          texts.join('\n---\n'),
        ).toBe(true);
      }
      // The journals: every execute took a sub-agent's own grant, never the main thread's; the two
      // sub-agents hold different grants, one per agent.
      const userGrantId = activeGrant(session, new Date(), { home: execguardHome })?.id;
      const executes = runJournals(execguardHome).filter((j) => j.approval);
      expect(executes).toHaveLength(4);
      for (const j of executes) {
        expect(j.approval?.source).toBe('session-grant');
        expect(j.approval?.agentId).toBeDefined();
        expect(j.approval?.grantId).not.toBe(userGrantId);
      }
      const completed = executes.filter((j) => j.status === 'COMPLETE');
      expect(completed).toHaveLength(2);
      expect(new Set(completed.map((j) => j.approval?.agentId)).size).toBe(2);
      expect(new Set(completed.map((j) => j.approval?.grantId)).size).toBe(2);
      // Each claim the sub-agents made belongs to its own agent_id, bound to its own digest only.
      const claims = listRecords(session, { home: execguardHome }).filter((r) => r.agentId);
      expect(claims.map((c) => c.binding?.digests).sort()).toEqual([[digestA], [digestB]].sort());
    },
    scaled(600_000),
  );
});
