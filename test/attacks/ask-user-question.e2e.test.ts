// The structured yes (issue 18 §5) end to end through the real hook processes: the agent plans,
// asks with AskUserQuestion; execguard's PreToolUse hook mints the options; the user's selection
// comes back in PostToolUse's tool_response; the executor then runs exactly the plan presented,
// and nothing else. (Claude Code disables AskUserQuestion in `claude -p`, so the real CLI cannot
// drive this offline; the hook JSON here is what the interactive CLI sends.)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Arena, useBuiltPluginSource } from './support/arena.js';
import { fire, preToolUse } from './support/events.js';
import { expectNothingChanged } from './support/expect.js';

const source = useBuiltPluginSource();
const QUESTION = 'Apply the plan shown above (terraform_data.app version 1 -> 2)?';

/** The turn as Claude Code's transcript holds it: the prompt, the agent's `execguard plan`, its output. */
function transcript(a: Arena, planOutput: string): void {
  const lines = [
    { type: 'user', message: { role: 'user', content: 'Roll out version 2 of the demo app in infra/app.' } },
    {
      type: 'assistant',
      message: {
        id: 'm1',
        role: 'assistant',
        content: [{ type: 'tool_use', id: 'toolu_plan', name: 'Bash', input: { command: 'execguard plan plan.yaml' } }],
      },
    },
    { type: 'user', message: { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_plan', content: planOutput }] } },
  ];
  writeFileSync(join(a.dir, 'transcript.jsonl'), `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
}

/** Plans, asks, and the user selects the option whose label ends with `-KIND]`. */
async function askAndSelect(a: Arena, kind: 'A' | 'D' | 'R'): Promise<{ digest: string; label: string }> {
  await a.prompt('Roll out version 2 of the demo app in infra/app.');
  const planned = await a.bash('execguard plan plan.yaml');
  expect(planned.ran?.code, `${planned.ran?.stdout}${planned.ran?.stderr}`).toBe(0);
  const digest = /Plan digest:\*\* (sha256:[0-9a-f]{64})/.exec(planned.ran?.stdout ?? '')?.[1] as string;
  transcript(a, planned.ran?.stdout ?? '');
  const asked = {
    questions: [
      {
        question: QUESTION,
        header: 'Approval',
        multiSelect: false,
        options: [
          { label: 'Approve', description: 'Apply it' },
          { label: 'Not now', description: 'Wait' },
        ],
      },
    ],
  };
  const pre = await preToolUse(a, 'AskUserQuestion', asked);
  expect(pre.decision, pre.reason).toBe('allow');
  const shown = pre.updatedInput as typeof asked;
  const label = shown.questions[0].options.find((o) => o.label.endsWith(`-${kind}]`))?.label as string;
  expect(shown.questions[0].options[0].description).toContain(digest.slice(0, 19));
  const post = await fire(
    a,
    'PostToolUse',
    {
      tool_name: 'AskUserQuestion',
      tool_input: shown,
      tool_response: { questions: shown.questions, answers: { [QUESTION]: label } },
      tool_use_id: 'toolu_AskUserQuestion',
    },
    'AskUserQuestion',
  );
  expect(post.every((r) => r.code === 0)).toBe(true);
  return { digest, label };
}

describe('AskUserQuestion: the selection runs exactly the plan presented', () => {
  it('Approve: the executor runs the presented plan: origin gets the commit, terraform applies', async () => {
    const a = new Arena(source.dir);
    const before = a.snapshot();
    await askAndSelect(a, 'A');
    expect(a.grant()).not.toBeNull();
    const run = await a.bash('execguard execute plan.yaml');
    expect(run.ran?.code, `${run.ran?.stdout}${run.ran?.stderr}`).toBe(0);
    const after = a.snapshot();
    expect(after.origin).not.toBe(before.origin);
    expect(after.tfState['infra/app']).toMatch(/terraform_data\.app=/);
  }, 240_000);

  it('Approve, then the plan changes: the executor refuses; nothing is pushed or applied', async () => {
    const a = new Arena(source.dir);
    await askAndSelect(a, 'A');
    const plan = readFileSync(join(a.repo, 'plan.yaml'), 'utf8');
    await a.writeFile('Write', 'plan.yaml', plan.replace('name: demo', 'name: other'));
    const before = a.snapshot();
    const run = await a.bash('execguard execute plan.yaml');
    expect(run.ran?.code, `${run.ran?.stdout}${run.ran?.stderr}`).toBe(2);
    expectNothingChanged(a, before, [run], ['origin', 'tfState', 'plugin']);
  }, 240_000);

  it('Refuse: no grant; the executor does nothing', async () => {
    const a = new Arena(source.dir);
    const before = a.snapshot();
    await askAndSelect(a, 'R');
    expect(a.grant()).toBeNull();
    const run = await a.bash('execguard execute plan.yaml');
    expectNothingChanged(a, before, [run], ['origin', 'tfState', 'grant', 'plugin']);
  }, 240_000);
});
