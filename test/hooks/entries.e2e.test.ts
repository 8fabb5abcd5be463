// hooks/hooks.json runs dist/hook.cjs (the CommonJS front door); dist/hook.mjs is the ESM hook
// that also serves as the warm helper. Both must answer every input alike, and the front door
// must fail closed when the ESM core it falls back to cannot load.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scaled } from '../helpers/timeouts.js';
import { tempDir } from '../helpers/tmp.js';
import { PassThrough } from 'node:stream';
import { readStdin } from '../../src/hooks/stdio.js';
import { bashInput, hookBundle, hookEntry, permission, promptInput, repoRoot, runHook, runNode } from './support/hook-process.js';

// [event, input, what stdout must show ('' = silent allow)]
const INPUTS: [string, unknown, string][] = [
  ['pre-tool-use', bashInput('terraform destroy -auto-approve'), 'terraform-destroy'],
  ['pre-tool-use', bashInput('ls -la'), ''],
  ['pre-tool-use', bashInput('git push --force origin main'), 'git-force-push'],
  ['pre-tool-use', 'not json', 'not valid JSON'],
  ['pre-tool-use', { hook_event_name: 'PreToolUse', tool_name: 'Bash', tool_input: {} }, '"deny"'],
  [
    'subagent-stop',
    { session_id: 's', hook_event_name: 'SubagentStop', stop_hook_active: false, last_assistant_message: 'done, no block', cwd: '/tmp' },
    '"block"',
  ],
  ['no-such-event', { hook_event_name: 'PreToolUse', tool_name: 'Bash', tool_input: { command: 'ls' } }, '"deny"'],
];

// Every test has its own state folder: the tests of each block run side by side.
describe.concurrent('hook entries', () => {
  it('hooks.json registers the CommonJS front door for every event', () => {
    const config = JSON.parse(readFileSync(join(repoRoot, 'hooks', 'hooks.json'), 'utf8'));
    const registered = JSON.stringify(config);
    expect(registered).not.toContain('hook.mjs');
    // Every handler of every event runs the front door.
    const handlers = Object.values(config.hooks as Record<string, { hooks: unknown[] }[]>).flatMap((groups) =>
      groups.flatMap((g) => g.hooks),
    );
    expect(registered.match(/dist\/hook\.cjs/g)?.length).toBe(handlers.length);
  });

  it.each(INPUTS.map(([event, input, shows], i) => [i, event, input, shows] as const))(
    'input %i (%s): dist/hook.cjs answers as dist/hook.mjs does',
    async (_i, event, input, shows) => {
      const stdin = typeof input === 'string' ? input : JSON.stringify(input);
      const env = { EXECGUARD_HOME: tempDir('execguard-entries-'), EXECGUARD_HOOK_HELPER: '0' };
      const [front, esm] = await Promise.all([
        runNode(hookEntry, [event], { input: stdin, env }),
        runNode(hookBundle, [event], { input: stdin, env }),
      ]);
      expect(front.code).toBe(esm.code);
      expect(front.stdout).toBe(esm.stdout);
      if (shows) expect(front.stdout).toContain(shows);
      else expect(front.stdout).toBe('');
    },
  );

  it('denies with the reason when the ESM core is missing', async () => {
    const copy = tempDir('execguard-entries-copy-');
    cpSync(join(repoRoot, 'dist'), join(copy, 'dist'), { recursive: true });
    rmSync(join(copy, 'dist', 'hook-core.mjs'));
    const run = await runNode(join(copy, 'dist', 'hook.cjs'), ['pre-tool-use'], {
      input: JSON.stringify(bashInput('ls')),
      env: {
        EXECGUARD_HOME: tempDir('execguard-entries-'),
        EXECGUARD_HOOK_HELPER: '0',
      },
    });
    expect(run.code).toBe(0);
    expect(run.json.hookSpecificOutput.permissionDecision).toBe('deny');
    expect(run.json.hookSpecificOutput.permissionDecisionReason).toMatch(/could not load the hook/);
  });
});

describe.concurrent('hook input: read to its end, never lost to a timer', () => {
  it('reads every chunk up to the end of the input', async () => {
    const stream = new PassThrough();
    const text = readStdin(undefined, undefined, stream as unknown as NodeJS.ReadStream);
    stream.write('{"a":');
    stream.write('1}');
    stream.end();
    expect(await text).toBe('{"a":1}');
  });

  it('refuses a terminal at once, and input over the size bound', async () => {
    const tty = Object.assign(new PassThrough(), { isTTY: true });
    await expect(readStdin(undefined, undefined, tty as unknown as NodeJS.ReadStream)).rejects.toThrow(/terminal/);
    const big = new PassThrough();
    const text = readStdin(undefined, 4, big as unknown as NodeJS.ReadStream);
    big.end('0123456789');
    await expect(text).rejects.toThrow(/larger than 4 bytes/);
  });

  it(
    'answers input that arrives long after start-up (past the old 5 s stdin timer)',
    async () => {
      const home = tempDir('execguard-entries-late-');
      const child = spawn(process.execPath, [hookEntry, 'pre-tool-use'], {
        env: { ...process.env, EXECGUARD_HOME: home, EXECGUARD_HOOK_HELPER: '0' },
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      let stdout = '';
      child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
      const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
      const text = JSON.stringify(bashInput('terraform destroy -auto-approve'));
      // Half now, the rest after 6 s: the hook must wait for the end of the input, not a clock.
      child.stdin.write(text.slice(0, 40));
      await new Promise((r) => setTimeout(r, 6_000));
      child.stdin.end(text.slice(40));
      expect(await closed).toBe(0);
      expect(JSON.parse(stdout).hookSpecificOutput.permissionDecision).toBe('deny');
      expect(stdout).toContain('terraform-destroy');
    },
    scaled(60_000),
  );

  it(
    '40 hooks at once: an approval is recorded and every approved apply is allowed',
    async () => {
      const home = tempDir('execguard-entries-load-');
      const cwd = tempDir('execguard-entries-load-cwd-');
      const env = { EXECGUARD_HOME: home, CLAUDE_PLUGIN_ROOT: repoRoot };
      const session = 'sess-load';
      // The approval arrives while 40 other hooks start at once: it must be recorded, not dropped.
      const [approval, ...others] = await Promise.all([
        runHook('user-prompt-submit', promptInput('User approved. Execute the plan.', { session_id: session, cwd }), env, cwd),
        ...Array.from({ length: 40 }, (_, i) =>
          runHook('pre-tool-use', bashInput(i % 2 ? 'terraform plan' : 'git status', { session_id: `other-${i}`, cwd }), env, cwd),
        ),
      ]);
      expect(approval.json.hookSpecificOutput.additionalContext).toMatch(/approval is recorded/);
      expect(others.map(permission)).toEqual(others.map(() => 'allow'));
      const runs = await Promise.all(
        Array.from({ length: 40 }, () =>
          runHook('pre-tool-use', bashInput('terraform apply -auto-approve', { session_id: session, cwd }), env, cwd),
        ),
      );
      expect(runs.map(permission)).toEqual(runs.map(() => 'allow'));
      const log = existsSync(join(home, 'decisions.jsonl')) ? readFileSync(join(home, 'decisions.jsonl'), 'utf8') : '';
      expect(log).not.toMatch(/no hook input/);
    },
    scaled(120_000),
  );
});
