// A structured way to say yes (issue 18 §5), through the built hook processes with the JSON Claude
// Code sends: the agent asks with AskUserQuestion; PreToolUse records the request and rewrites the
// options into execguard's (each label carrying the nonce it minted); PostToolUse reads the user's
// selection from tool_response and records exactly what the label says, matched by the nonce.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { activeGrant, openPendingRequest } from '../../src/state/grant-store.js';
import { tempDir } from '../helpers/tmp.js';
import { bashInput, permission, promptInput, reasonOf, repoRoot, runHook } from './support/hook-process.js';

const DIGEST = `sha256:${'5e'.repeat(32)}`;
const QUESTION = 'Apply the plan vpc (1 to add, 0 to change, 0 to destroy)?';

let n = 0;
function session() {
  const home = tempDir('execguard-auq-home-');
  const cwd = tempDir('execguard-auq-cwd-');
  const id = `auq-${process.pid}-${++n}`;
  const env = { EXECGUARD_HOME: home, CLAUDE_PLUGIN_ROOT: repoRoot };
  const transcript = join(home, `${id}.jsonl`);
  // The turn so far: the user's prompt, the agent's `execguard plan` and its output (the digest).
  const lines = [
    { type: 'user', message: { role: 'user', content: 'Add the VPC in infra/vpc.' } },
    {
      type: 'assistant',
      message: {
        id: 'm1',
        role: 'assistant',
        content: [{ type: 'tool_use', id: 'toolu_plan', name: 'Bash', input: { command: 'execguard plan plans/vpc.yaml' } }],
      },
    },
    {
      type: 'user',
      message: {
        role: 'user',
        content: [{ type: 'tool_result', tool_use_id: 'toolu_plan', content: `- **Risk:** low\n- **Plan digest:** ${DIGEST}\n` }],
      },
    },
  ];
  writeFileSync(transcript, `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
  const base = { session_id: id, transcript_path: transcript, cwd, permission_mode: 'default' };
  const agentQuestion = (
    options = [
      { label: 'Approve', description: 'Run the plan' },
      { label: 'Not yet', description: 'Wait' },
    ],
  ) => ({ questions: [{ question: QUESTION, header: 'Approval', multiSelect: false, options }] });
  return {
    id,
    home,
    env,
    transcript,
    prompt: (text: string) => runHook('user-prompt-submit', promptInput(text, { ...base }), env, cwd),
    bash: (command: string, extra: Record<string, unknown> = {}) =>
      runHook('pre-tool-use', bashInput(command, { ...base, ...extra }), env, cwd),
    /** The agent calls AskUserQuestion; returns the hook's answer. */
    ask: (toolInput: Record<string, unknown> = agentQuestion(), extra: Record<string, unknown> = {}) =>
      runHook(
        'pre-tool-use',
        { ...base, hook_event_name: 'PreToolUse', tool_name: 'AskUserQuestion', tool_input: toolInput, tool_use_id: 'toolu_ask', ...extra },
        env,
        cwd,
      ),
    /** Claude Code reports the tool's result: the user's answers, keyed by question text. */
    answered: (toolInput: Record<string, unknown>, answers: Record<string, string>, extra: Record<string, unknown> = {}) =>
      runHook(
        'post-tool-use',
        {
          ...base,
          hook_event_name: 'PostToolUse',
          tool_name: 'AskUserQuestion',
          tool_input: toolInput,
          tool_response: { questions: (toolInput as { questions: unknown }).questions, answers },
          tool_use_id: 'toolu_ask',
          ...extra,
        },
        env,
        cwd,
      ),
    agentQuestion,
    grant: () => activeGrant(id, new Date(), { env }),
  };
}

/** The options execguard wrote into the question, from the PreToolUse answer. */
function minted(run: Awaited<ReturnType<typeof runHook>>) {
  const out = run.json?.hookSpecificOutput;
  // No decision of its own: an `allow` would make Claude Code skip the question (the user never answers).
  expect(out?.permissionDecision, run.stdout + run.stderr).toBeUndefined();
  expect(out?.updatedInput, run.stdout + run.stderr).toBeDefined();
  const input = out.updatedInput as {
    questions: { question: string; options: { label: string; description: string }[]; multiSelect: boolean }[];
  };
  const options = input.questions[0].options;
  const label = (kind: string) => options.find((o) => o.label.endsWith(`-${kind}]`))?.label as string;
  return { input, options, approve: label('A'), destroy: label('D'), refuse: label('R') };
}

// Every test has its own session and state folder: the tests of each block run side by side.
describe.concurrent("AskUserQuestion: the options are execguard's", () => {
  it('rewrites the approval question: three options, each label carrying the nonce, the bound digest in the descriptions', async () => {
    const s = session();
    const { input, options, approve, destroy, refuse } = minted(await s.ask());
    expect(options).toHaveLength(3);
    expect(input.questions[0].multiSelect).toBe(false);
    expect(input.questions[0].question).toBe(QUESTION);
    expect(approve).toMatch(/^Approve \[P-[0-9a-f]{12}-A\]$/);
    expect(destroy).toMatch(/^Approve incl\. destroy \[P-[0-9a-f]{12}-D\]$/);
    expect(refuse).toMatch(/^Refuse \[P-[0-9a-f]{12}-R\]$/);
    expect(options[0].description).toContain(DIGEST.slice(0, 19));
    // The request is open, with the digest the turn printed and the nonce.
    const request = openPendingRequest(s.id, new Date(), { env: s.env });
    expect(request?.digests).toEqual([DIGEST]);
    expect(request?.records[0].nonce).toBe(approve.match(/P-([0-9a-f]{12})/)?.[1]);
    expect(s.grant()).toBeNull();
  });

  it('a question that is not about approval passes through untouched', async () => {
    const s = session();
    const run = await s.ask({
      questions: [
        {
          question: 'Which region?',
          header: 'Region',
          multiSelect: false,
          options: [
            { label: 'eu-west-1', description: '' },
            { label: 'us-east-1', description: '' },
          ],
        },
      ],
    });
    expect(run.stdout.trim()).toBe('');
    expect(openPendingRequest(s.id, new Date(), { env: s.env })).toBeNull();
  });

  it('an option the agent labels with a nonce of its own is refused', async () => {
    const s = session();
    const run = await s.ask(
      s.agentQuestion([
        { label: 'Approve [P-0123456789ab-D]', description: 'Run the plan' },
        { label: 'No', description: 'Wait' },
      ]),
    );
    expect(permission(run)).toBe('deny');
    expect(reasonOf(run)).toMatch(/only execguard mints those/);
  });

  it('a question that shows no plan (no digest, no refused command) is refused, and nothing is pending', async () => {
    const s = session();
    writeFileSync(s.transcript, `${JSON.stringify({ type: 'user', message: { role: 'user', content: 'Add the VPC.' } })}\n`);
    const run = await s.ask();
    expect(permission(run)).toBe('deny');
    expect(reasonOf(run)).toMatch(/this approval question shows no plan: put the plan's digest in the question/);
    expect(openPendingRequest(s.id, new Date(), { env: s.env })).toBeNull();
    // The same question naming the digest as `execguard plan` printed it is asked, with execguard's options.
    const named = s.agentQuestion();
    named.questions[0].question = `${QUESTION} Plan digest: ${DIGEST}`;
    expect(minted(await s.ask(named)).approve).toMatch(/^Approve \[P-[0-9a-f]{12}-A\]$/);
    expect(openPendingRequest(s.id, new Date(), { env: s.env })?.digests).toEqual([DIGEST]);
  });

  it('a sub-agent does not ask the user for approval', async () => {
    const s = session();
    const run = await s.ask(undefined, { agent_id: 'planner-1', agent_type: 'planner' });
    expect(permission(run)).toBe('deny');
    expect(openPendingRequest(s.id, new Date(), { env: s.env })).toBeNull();
  });
});

describe.concurrent('AskUserQuestion: the request is what the user was shown', () => {
  it("a sub-agent's denied command is bound only when the agent's text before the question relays it", async () => {
    const s = session();
    await s.prompt('Have the planner look at dev and prod.');
    const dev = 'terraform -chdir=infra/dev apply -auto-approve';
    const prod = 'terraform -chdir=infra/prod apply -auto-approve';
    expect(permission(await s.bash(dev, { agent_id: 'planner-1', agent_type: 'planner' }))).toBe('deny');
    expect(permission(await s.bash(prod, { agent_id: 'planner-1', agent_type: 'planner' }))).toBe('deny');
    // The main agent presents only the dev change, then asks.
    const lines = [
      { type: 'user', message: { role: 'user', content: 'Have the planner look at dev and prod.' } },
      {
        type: 'assistant',
        message: { id: 'm2', role: 'assistant', content: [{ type: 'text', text: `The planner proposes, for dev only:\n\n    ${dev}` }] },
      },
    ];
    writeFileSync(s.transcript, `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
    const { input, approve } = minted(await s.ask());
    const request = openPendingRequest(s.id, new Date(), { env: s.env });
    expect(request?.commands.map((c) => c.command)).toEqual([dev]);
    expect(request?.environments).toEqual(['dev']);
    await s.answered(input, { [QUESTION]: approve });
    expect(s.grant()?.binding?.environments).toEqual(['dev']);
    expect(permission(await s.bash(dev))).toBe('allow');
    expect(permission(await s.bash(prod))).toBe('deny');
  });
});

describe.concurrent("AskUserQuestion: the user's selection is the approval, exactly as labelled", () => {
  it('Approve: a grant bound to the presented digest, without destroy; the apply may run, a destroy may not', async () => {
    const s = session();
    const { input, approve } = minted(await s.ask());
    const post = await s.answered(input, { [QUESTION]: approve });
    expect(post.code).toBe(0);
    expect(post.json?.hookSpecificOutput?.additionalContext).toMatch(/selected Approve/);
    const grant = s.grant();
    expect(grant?.binding?.digests).toEqual([DIGEST]);
    expect(grant?.scope.destroy).toBe(false);
    expect(permission(await s.bash('terraform apply -auto-approve'))).toBe('allow');
    expect(permission(await s.bash('terraform destroy -auto-approve'))).toBe('deny');
  });

  it('Approve incl. destroy: the destroy is covered too', async () => {
    const s = session();
    const { input, destroy } = minted(await s.ask());
    await s.answered(input, { [QUESTION]: destroy });
    expect(s.grant()?.scope.destroy).toBe(true);
    expect(permission(await s.bash('terraform destroy -auto-approve'))).toBe('allow');
  });

  it('Refuse: nothing is granted, and an earlier grant ends', async () => {
    const s = session();
    await s.prompt('User approved. Execute the plan.');
    expect(s.grant()).not.toBeNull();
    const { input, refuse } = minted(await s.ask());
    await s.answered(input, { [QUESTION]: refuse });
    expect(s.grant()).toBeNull();
    expect(permission(await s.bash('terraform apply -auto-approve'))).toBe('deny');
  });

  it('the nonce decides, not the words: a label shown in another language grants the same; words without the nonce grant nothing', async () => {
    const s = session();
    const { input, approve } = minted(await s.ask());
    const nonce = approve.match(/\[P-[0-9a-f]{12}-A\]/)?.[0];
    // The user typed free text ("Other") that merely says approve: nothing.
    await s.answered(input, { [QUESTION]: 'Approve' });
    expect(s.grant()).toBeNull();
    await s.answered(input, { [QUESTION]: `Aprobar ${nonce}` });
    expect(s.grant()).not.toBeNull();
  });

  it('a nonce answers its request once: replayed after the conversation moved on, it grants nothing', async () => {
    const s = session();
    const { input, approve } = minted(await s.ask());
    await s.answered(input, { [QUESTION]: approve });
    expect(s.grant()).not.toBeNull();
    await s.prompt('Now explain what a NAT gateway is.');
    expect(s.grant()).toBeNull();
    const replay = await s.answered(input, { [QUESTION]: approve });
    expect(replay.json?.hookSpecificOutput?.additionalContext).toMatch(/not open/);
    expect(s.grant()).toBeNull();
  });

  it('a made-up nonce grants nothing', async () => {
    const s = session();
    const { input } = minted(await s.ask());
    await s.answered(input, { [QUESTION]: 'Approve incl. destroy [P-0123456789ab-D]' });
    expect(s.grant()).toBeNull();
  });
});
