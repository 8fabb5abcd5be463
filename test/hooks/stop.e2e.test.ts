// Stop and SubagentStop as Claude Code runs them: real hook JSON piped into the built
// `node dist/hook.mjs subagent-stop|stop`, checking stdout JSON and the exit code.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.js';
import { runNode, useBuiltPlugin } from '../helpers/built-plugin.js';

const plugin = useBuiltPlugin();

const VALID = [
  'Applied the plan; the VPC exists.',
  '',
  '<!-- AGENT_STATUS -->',
  'PLAN_STATUS: COMPLETE',
  'CURRENT_PHASE: Execute',
  'PENDING_STEPS: []',
  'NEXT_ACTION: Task complete - execution successful',
  'AGENT_ID: a12345',
  '<!-- /AGENT_STATUS -->',
].join('\n');

const INVALID = VALID.replace('PENDING_STEPS: []', 'PENDING_STEPS: ["verify"]');

let sessionCounter = 0;

function subagentInput(extra: Record<string, unknown> = {}) {
  return {
    session_id: `session-${++sessionCounter}`,
    transcript_path: '/nonexistent/main.jsonl',
    cwd: '/tmp',
    hook_event_name: 'SubagentStop',
    stop_hook_active: false,
    agent_id: 'a12345',
    agent_type: 'infra-executor',
    agent_transcript_path: '/nonexistent/agent.jsonl',
    ...extra,
  };
}

function stopInput(extra: Record<string, unknown> = {}) {
  return {
    session_id: `session-${++sessionCounter}`,
    transcript_path: '/nonexistent/main.jsonl',
    cwd: '/tmp',
    hook_event_name: 'Stop',
    stop_hook_active: false,
    ...extra,
  };
}

async function hook(event: 'stop' | 'subagent-stop', input: unknown, home = tempDir('execguard-stop-home-')) {
  const result = await runNode(plugin.hook, [event], {
    input: typeof input === 'string' ? input : JSON.stringify(input),
    env: { EXECGUARD_HOME: home },
  });
  return { ...result, home };
}

describe('SubagentStop (built hook)', () => {
  it('passes silently when the final message ends with a valid block', async () => {
    const result = await hook('subagent-stop', subagentInput({ last_assistant_message: VALID }));
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
  });

  it('blocks an invalid block with the exact error and the expected format', async () => {
    const result = await hook('subagent-stop', subagentInput({ last_assistant_message: INVALID }));
    expect(result.code).toBe(0);
    expect(result.json.decision).toBe('block');
    expect(result.json.reason).toContain(
      'line 6: PENDING_STEPS: PLAN_STATUS is COMPLETE but 1 step(s) are pending; expected PENDING_STEPS: []',
    );
    expect(result.json.reason).toContain(
      'sub-agent infra-executor must end its final message with a valid AGENT_STATUS block (block 1 of 3',
    );
    expect(result.json.reason).toContain(
      'PLAN_STATUS: <INVESTIGATING | PENDING_APPROVAL | APPROVED_EXECUTING | COMPLETE | BLOCKED | NEEDS_INPUT>',
    );
  });

  it('blocks a sub-agent whose final message has no block', async () => {
    const result = await hook('subagent-stop', subagentInput({ last_assistant_message: 'All done, the VPC is up.' }));
    expect(result.json.decision).toBe('block');
    expect(result.json.reason).toContain(
      "line 1: AGENT_STATUS: no AGENT_STATUS block found; expected the message to end with a block from '<!-- AGENT_STATUS -->'",
    );
  });

  it('falls back to the agent transcript when last_assistant_message is absent', async () => {
    const dir = tempDir('execguard-transcript-');
    const transcript = join(dir, 'agent-a12345.jsonl');
    const entries = [
      { type: 'user', message: { role: 'user', content: 'User approved. Execute the plan.' } },
      { type: 'assistant', message: { id: 'msg_1', role: 'assistant', content: [{ type: 'text', text: 'Running the apply.' }] } },
      {
        type: 'assistant',
        message: {
          id: 'msg_1',
          role: 'assistant',
          content: [{ type: 'tool_use', id: 'toolu_1', name: 'Bash', input: { command: 'execguard execute plan.yaml' } }],
        },
      },
      { type: 'user', message: { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: 'ok' }] } },
      { type: 'assistant', message: { id: 'msg_2', role: 'assistant', content: [{ type: 'thinking', thinking: 'done' }] } },
      { type: 'assistant', message: { id: 'msg_2', role: 'assistant', content: [{ type: 'text', text: INVALID }] } },
      { type: 'system', subtype: 'stop_hook_summary' },
    ];
    writeFileSync(transcript, `${entries.map((e) => JSON.stringify(e)).join('\n')}\n`);
    const blocked = await hook('subagent-stop', subagentInput({ agent_transcript_path: transcript }));
    expect(blocked.json.decision).toBe('block');
    expect(blocked.json.reason).toContain('line 6: PENDING_STEPS: PLAN_STATUS is COMPLETE');

    writeFileSync(
      transcript,
      `${[...entries.slice(0, 5), { type: 'assistant', message: { id: 'msg_2', content: [{ type: 'text', text: VALID }] } }].map((e) => JSON.stringify(e)).join('\n')}\n`,
    );
    const passed = await hook('subagent-stop', subagentInput({ agent_transcript_path: transcript }));
    expect(passed.code).toBe(0);
    expect(passed.stdout).toBe('');
  });

  it('prefers last_assistant_message over the transcript', async () => {
    const dir = tempDir('execguard-transcript-');
    const transcript = join(dir, 'agent.jsonl');
    writeFileSync(
      transcript,
      `${JSON.stringify({ type: 'assistant', message: { id: 'm', content: [{ type: 'text', text: 'no block here' }] } })}\n`,
    );
    const result = await hook('subagent-stop', subagentInput({ agent_transcript_path: transcript, last_assistant_message: VALID }));
    expect(result.stdout).toBe('');
  });

  it('blocks when neither the message nor the transcript can be read', async () => {
    const result = await hook('subagent-stop', subagentInput());
    expect(result.json.decision).toBe('block');
    expect(result.json.reason).toContain(
      'could not read the final message (no last_assistant_message in the hook input and no assistant text in the transcript /nonexistent/agent.jsonl)',
    );
  });

  it("never judges a sub-agent by the main agent's transcript", async () => {
    const dir = tempDir('execguard-transcript-');
    const main = join(dir, 'main.jsonl');
    writeFileSync(main, `${JSON.stringify({ type: 'assistant', message: { id: 'm', content: [{ type: 'text', text: VALID }] } })}\n`);
    const result = await hook('subagent-stop', subagentInput({ transcript_path: main, agent_transcript_path: undefined }));
    expect(result.json.decision).toBe('block');
    expect(result.json.reason).toContain('could not read the final message');
  });

  it('lists at most 15 problems so the reason stays short', async () => {
    const many = `<!-- AGENT_STATUS -->\n${Array.from({ length: 30 }, (_, i) => `EXTRA_${i}: x`).join('\n')}\n<!-- /AGENT_STATUS -->`;
    const result = await hook('subagent-stop', subagentInput({ last_assistant_message: many }));
    const listed = result.json.reason.split('\n').filter((l: string) => l.startsWith('- line'));
    expect(listed).toHaveLength(15);
    expect(result.json.reason).toContain('- … and 20 more; fix these first');
  });

  it('still blocks, and says why on stderr, when the state folder cannot be written', async () => {
    const file = join(tempDir('execguard-stop-home-'), 'not-a-folder');
    writeFileSync(file, '');
    const result = await hook('subagent-stop', subagentInput({ last_assistant_message: INVALID }), file);
    expect(result.json.decision).toBe('block');
    expect(result.stderr).toMatch(/^execguard: cannot record the stop count in .*not-a-folder\/stops\//);
  });

  it('gives up after 3 consecutive blocks with a systemMessage saying why, then counts afresh', async () => {
    const home = tempDir('execguard-stop-home-');
    const base = subagentInput({ last_assistant_message: INVALID });
    const attempts = [];
    for (const active of [false, true, true, true]) attempts.push(await hook('subagent-stop', { ...base, stop_hook_active: active }, home));
    expect(attempts.slice(0, 3).map((a) => a.json.decision)).toEqual(['block', 'block', 'block']);
    expect(attempts[2].json.reason).toContain('(block 3 of 3 before execguard gives up)');
    expect(attempts[3].code).toBe(0);
    expect(attempts[3].json.decision).toBeUndefined();
    expect(attempts[3].json.systemMessage).toMatch(
      /^execguard gave up checking the AGENT_STATUS block of sub-agent infra-executor after 3 consecutive blocks and let it stop\. Remaining problems: line 6: PENDING_STEPS: PLAN_STATUS is COMPLETE/,
    );
    // The next stop that is not a continuation starts a new count.
    const fresh = await hook('subagent-stop', { ...base, stop_hook_active: false }, home);
    expect(fresh.json.reason).toContain('(block 1 of 3');
  });

  it('keeps the count per agent in the state folder, written as JSON', async () => {
    const home = tempDir('execguard-stop-home-');
    const input = subagentInput({ last_assistant_message: INVALID, agent_id: 'agent-7' });
    await hook('subagent-stop', input, home);
    const files = readdirSync(join(home, 'stops'));
    expect(files).toEqual([`${input.session_id}--agent-7.json`]);
    expect(JSON.parse(readFileSync(join(home, 'stops', files[0]), 'utf8'))).toMatchObject({
      sessionId: input.session_id,
      agentId: 'agent-7',
      consecutiveBlocks: 1,
    });
    // A valid stop clears it.
    await hook('subagent-stop', { ...input, stop_hook_active: true, last_assistant_message: VALID }, home);
    expect(existsSync(join(home, 'stops', files[0]))).toBe(false);
  });

  it('malformed JSON input is blocked with a clear reason and no stack trace', async () => {
    const result = await hook('subagent-stop', '{"session_id": ');
    expect(result.code).toBe(0);
    expect(result.json.decision).toBe('block');
    expect(result.json.reason).toMatch(/^execguard: hook input is not valid JSON \(/);
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/\n\s+at /);
  });

  it('a field of the wrong type is blocked with the field named', async () => {
    const result = await hook('subagent-stop', subagentInput({ last_assistant_message: ['not', 'a', 'string'] }));
    expect(result.json).toEqual({
      decision: 'block',
      reason: "execguard: malformed hook input: 'last_assistant_message' must be a string, got an array",
    });
    const active = await hook('subagent-stop', subagentInput({ last_assistant_message: VALID, stop_hook_active: 'yes' }));
    expect(active.json.reason).toBe(`execguard: malformed hook input: 'stop_hook_active' must be true or false, got "yes"`);
  });
});

describe('Stop (built hook)', () => {
  it('lets the main agent stop without a block', async () => {
    const result = await hook('stop', stopInput({ last_assistant_message: 'Here is the summary you asked for.' }));
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
  });

  it('passes a valid block silently', async () => {
    expect((await hook('stop', stopInput({ last_assistant_message: VALID }))).stdout).toBe('');
  });

  it('blocks a block that is present but invalid', async () => {
    const result = await hook('stop', stopInput({ last_assistant_message: `${VALID}\nThanks!` }));
    expect(result.json.decision).toBe('block');
    expect(result.json.reason).toContain('the agent wrote an AGENT_STATUS block that is not valid');
    expect(result.json.reason).toContain("line 10: AGENT_STATUS: text after the closing sentinel ('Thanks!')");
  });

  it('reads the main transcript when last_assistant_message is absent', async () => {
    const dir = tempDir('execguard-transcript-');
    const transcript = join(dir, 'session.jsonl');
    writeFileSync(
      transcript,
      `${JSON.stringify({ type: 'assistant', message: { id: 'm1', content: [{ type: 'text', text: VALID.replace('a12345', 'bad id') }] } })}\n`,
    );
    const result = await hook('stop', stopInput({ transcript_path: transcript }));
    expect(result.json.reason).toContain("line 8: AGENT_ID: 'bad id' contains space");
  });

  it('lets the main agent stop when there is no message to read', async () => {
    const result = await hook('stop', stopInput());
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('execguard: no final message to check');
  });

  it('gives up after 3 consecutive blocks for the main agent too', async () => {
    const home = tempDir('execguard-stop-home-');
    const base = stopInput({ last_assistant_message: INVALID });
    const answers = [];
    for (const active of [false, true, true, true]) answers.push((await hook('stop', { ...base, stop_hook_active: active }, home)).json);
    expect(answers.map((a) => a.decision ?? 'stop')).toEqual(['block', 'block', 'block', 'stop']);
    expect(answers[3].systemMessage).toMatch(/^execguard gave up checking the AGENT_STATUS block of the agent after 3 consecutive blocks/);
  });

  it('an empty stdin is blocked with a clear reason', async () => {
    const result = await hook('stop', '');
    expect(result.json).toEqual({ decision: 'block', reason: 'execguard: empty hook input: expected a JSON object on stdin' });
  });
});

describe('stop hook bundle', () => {
  /** Every file the event's chunk loads statically, transitively. */
  function staticGraph(start: string): string[] {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const match of readFileSync(file, 'utf8').matchAll(/(?:^|[;\n])\s*import\s*(?:[^'"]*?from\s*)?["'](\.[^"']+)["']/g))
        visit(join(dirname(file), match[1]));
    };
    visit(start);
    return [...seen];
  }

  it('loads no zod, yaml, tree-sitter or other heavy module on the stop path', async () => {
    const chunks = join(dirname(plugin.hook), 'chunks');
    for (const event of ['stop', 'subagent-stop']) {
      const entry = readdirSync(chunks).find((f) => f.startsWith(`${event}-`))!;
      const graph = staticGraph(join(chunks, entry));
      const text = graph.map((f) => readFileSync(f, 'utf8')).join('\n');
      expect(text).not.toMatch(/ZodError|web-tree-sitter|LineCounter|simple-git|@anthropic-ai/);
      // The stop path also records pending approval requests (the turn's denials and digests).
      expect(text.length).toBeLessThan(96 * 1024);
    }
  });
});
