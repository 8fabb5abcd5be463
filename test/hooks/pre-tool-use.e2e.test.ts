// PreToolUse through the built hook process: the guard's answers, the approval gate driven by
// grants the UserPromptSubmit hook records, fail-closed answers to malformed input, and the
// protection of execguard's own files.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.js';
import { bashInput, permission, promptInput, reasonOf, repoRoot, runHook } from './support/hook-process.js';

let sessions = 0;
function fixture() {
  const home = tempDir('execguard-hook-home-');
  const cwd = tempDir('execguard-hook-cwd-');
  const session = `sess-${process.pid}-${++sessions}`;
  const env = { EXECGUARD_HOME: home, CLAUDE_PLUGIN_ROOT: repoRoot };
  const bash = (command: string, extra: Record<string, unknown> = {}) =>
    runHook('pre-tool-use', bashInput(command, { session_id: session, cwd, ...extra }), env, cwd);
  const prompt = (text: string) => runHook('user-prompt-submit', promptInput(text, { session_id: session, cwd }), env, cwd);
  const tool = (tool_name: string, tool_input: unknown, extra: Record<string, unknown> = {}) =>
    runHook(
      'pre-tool-use',
      { session_id: session, cwd, hook_event_name: 'PreToolUse', tool_name, tool_input, tool_use_id: 'toolu_x', ...extra },
      env,
      cwd,
    );
  const decisions = () =>
    existsSync(join(home, 'decisions.jsonl'))
      ? readFileSync(join(home, 'decisions.jsonl'), 'utf8')
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l))
      : [];
  return { home, cwd, session, env, bash, prompt, tool, decisions };
}

// Every test has its own state folder and session: the tests of each block run side by side.
describe.concurrent('PreToolUse Bash: the guard', () => {
  it('denies terraform destroy with a reason, and logs the denial', async () => {
    const f = fixture();
    const run = await f.bash('terraform destroy -auto-approve');
    expect(run.code).toBe(0);
    expect(run.json.hookSpecificOutput).toMatchObject({ hookEventName: 'PreToolUse', permissionDecision: 'deny' });
    expect(reasonOf(run)).toMatch(/destroy/i);
    const [entry] = f.decisions();
    expect(entry).toMatchObject({ session: f.session, tool: 'Bash', command: 'terraform destroy -auto-approve', decision: 'deny' });
    expect(entry.rules).toContain('terraform-destroy');
    expect(entry.reason).toBe(reasonOf(run));
  });

  it('stays silent for a read-only command and logs nothing', async () => {
    const f = fixture();
    const run = await f.bash('ls -la');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(f.decisions()).toEqual([]);
  });

  it('holds a T3 command until the user approves, then lets it through', async () => {
    const f = fixture();
    const before = await f.bash('terraform apply -auto-approve');
    expect(permission(before)).toBe('deny');
    expect(reasonOf(before)).toMatch(/PENDING_APPROVAL/);
    const approve = await f.prompt('User approved. Execute the plan.');
    expect(approve.code).toBe(0);
    expect(approve.json.hookSpecificOutput.hookEventName).toBe('UserPromptSubmit');
    expect(approve.json.hookSpecificOutput.additionalContext).toMatch(/approval is recorded/);
    const after = await f.bash('terraform apply -auto-approve');
    expect(permission(after)).toBe('allow');
  });

  it('a grant belongs to one session', async () => {
    const f = fixture();
    await f.prompt('User approved. Execute the plan.');
    const other = await f.bash('terraform apply -auto-approve', { session_id: `${f.session}-other` });
    expect(permission(other)).toBe('deny');
  });

  it('a refusal revokes the grant', async () => {
    const f = fixture();
    await f.prompt('User approved. Execute the plan.');
    expect(permission(await f.bash('terraform apply -auto-approve'))).toBe('allow');
    const refusal = await f.prompt('Not approved. Hold off.');
    expect(refusal.json.hookSpecificOutput.additionalContext).toMatch(/refused.*ended/);
    expect(permission(await f.bash('terraform apply -auto-approve'))).toBe('deny');
  });

  it('a neutral prompt grants nothing and ends the grant in force (docs/guard-rules.md, "Approvals": lifetime)', async () => {
    const f = fixture();
    const neutral = await f.prompt('List the files in this folder');
    expect(neutral.code).toBe(0);
    expect(neutral.json.hookSpecificOutput.additionalContext).toMatch(/not an approval/);
    expect(permission(await f.bash('terraform apply -auto-approve'))).toBe('deny');
    await f.prompt('User approved. Execute the plan.');
    expect(permission(await f.bash('terraform apply -auto-approve'))).toBe('allow');
    await f.prompt('continue');
    expect(permission(await f.bash('terraform apply -auto-approve'))).toBe('allow');
    await f.prompt('Now show me the outputs');
    expect(permission(await f.bash('terraform apply -auto-approve'))).toBe('deny');
  });

  it('a generic approval does not lift force push; an explicit one does', async () => {
    const f = fixture();
    await f.prompt('User approved. Execute the plan.');
    const generic = await f.bash('git push --force origin feature/x');
    expect(permission(generic)).toBe('deny');
    expect(reasonOf(generic)).toMatch(/force/i);
    expect(f.decisions().at(-1).grantId).toMatch(/^\d{12}$/);
    await f.prompt('approved, force push to feature/x');
    expect(permission(await f.bash('git push --force origin feature/x'))).toBe('allow');
  });

  it('an --approval typed on the command line is refused, with or without a grant', async () => {
    const f = fixture();
    const none = await f.bash('execguard execute plan.yaml --approval "User approved. Execute the plan."');
    expect(permission(none)).toBe('deny');
    expect(reasonOf(none)).toMatch(/from the user's grant in this session/);
    await f.prompt('User approved. Execute the plan.');
    expect(permission(await f.bash('execguard execute plan.yaml --approval "User approved. Execute the plan."'))).toBe('deny');
    expect(permission(await f.bash('npx execguard execute plan.yaml --approval="Approved, destroy everything"'))).toBe('deny');
  });
});

describe.concurrent('PreToolUse: malformed input fails closed', () => {
  const cases: [string, string | object][] = [
    ['not JSON', 'terraform destroy'],
    ['empty stdin', ''],
    ['a JSON array', '[1,2]'],
    ['a JSON string', '"hello"'],
    ['no tool_name', { session_id: 's', hook_event_name: 'PreToolUse', tool_input: { command: 'ls' } }],
    ['no tool_input', { session_id: 's', hook_event_name: 'PreToolUse', tool_name: 'Bash' }],
    ['no command', { session_id: 's', hook_event_name: 'PreToolUse', tool_name: 'Bash', tool_input: { description: 'x' } }],
    [
      'a command that is not a string',
      { session_id: 's', hook_event_name: 'PreToolUse', tool_name: 'Bash', tool_input: { command: ['rm', '-rf', '/'] } },
    ],
    ['an Edit without file_path', { session_id: 's', hook_event_name: 'PreToolUse', tool_name: 'Edit', tool_input: {} }],
  ];
  for (const [name, input] of cases) {
    it(`denies ${name}`, async () => {
      const f = fixture();
      const run = await runHook('pre-tool-use', input, f.env, f.cwd);
      expect(run.code).toBe(0);
      expect(permission(run)).toBe('deny');
      expect(reasonOf(run)).toMatch(/^execguard: /);
      expect(run.stdout).not.toMatch(/\n\s+at /); // no stack trace
      // A fail-closed answer is never silent: it is in the decision log with its reason.
      const logged = f.decisions().at(-1);
      expect(logged).toMatchObject({ decision: 'deny' });
      expect(logged.reason).toBe(reasonOf(run));
    });
  }

  // Names a guarded matcher can let through that no handler knows: deny with a reason, logged.
  for (const name of ['bash', 'Bash ', 'BashOutput', 'mcp__shell__run', 'mcp__plugin_x_y__Bash', 'WebFetch']) {
    it(`denies the unknown tool name ${JSON.stringify(name)}`, async () => {
      const f = fixture();
      const run = await f.tool(name, { command: 'terraform destroy -auto-approve' });
      expect(permission(run)).toBe('deny');
      expect(reasonOf(run)).toMatch(/does not know what it does/);
      expect(reasonOf(run)).toContain(`'${name}'`);
      expect(f.decisions().at(-1)).toMatchObject({ tool: name, decision: 'deny', rules: ['unknown-tool'] });
    });
  }

  it('an unknown event name with PreToolUse input still denies', async () => {
    const f = fixture();
    const run = await runHook('pre-tool', bashInput('ls'), f.env, f.cwd);
    expect(permission(run)).toBe('deny');
    expect(reasonOf(run)).toMatch(/unknown event 'pre-tool'/);
    expect(f.decisions().at(-1)).toMatchObject({ decision: 'deny', rules: ['fail-closed'] });
  });

  it('a UserPromptSubmit that cannot be read records no grant and logs why', async () => {
    const f = fixture();
    const run = await runHook('user-prompt-submit', 'not json', f.env, f.cwd);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/not valid JSON/);
    expect(f.decisions().at(-1)).toMatchObject({ decision: 'fallback', rules: ['fail-closed'] });
  });

  it('an unknown event with input that names no event exits 1 with a message', async () => {
    const f = fixture();
    const run = await runHook('nope', '{}', f.env, f.cwd);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/unknown event 'nope'/);
  });

  it('an unreadable policy file denies with the file named', async () => {
    const f = fixture();
    writeFileSync(join(f.cwd, '.execguard.yaml'), 'mode: [unclosed\n');
    const run = await f.bash('ls');
    expect(permission(run)).toBe('deny');
    expect(reasonOf(run)).toMatch(/\.execguard\.yaml/);
  });
});

describe.concurrent('PreToolUse: execguard protects its own files', () => {
  it('denies Edit and Write on the policy file, settings, hook registrations and state', async () => {
    const f = fixture();
    const targets: [string, Record<string, unknown>][] = [
      ['Edit', { file_path: join(f.cwd, '.execguard.yaml'), old_string: 'strict', new_string: 'default' }],
      ['Write', { file_path: join(f.cwd, '.execguard.yml'), content: 'mode: default' }],
      ['Write', { file_path: join(f.cwd, '.claude', 'settings.json'), content: '{"disableAllHooks":true}' }],
      ['Edit', { file_path: join(f.cwd, '.claude', 'settings.local.json'), old_string: 'a', new_string: 'b' }],
      ['MultiEdit', { file_path: join(repoRoot, 'hooks', 'hooks.json'), edits: [] }],
      ['Write', { file_path: join(f.home, 'grants', f.session, 'forged.json'), content: '{}' }],
      ['NotebookEdit', { notebook_path: join(f.home, 'x.ipynb'), new_source: '' }],
    ];
    for (const [tool, input] of targets) {
      const run = await f.tool(tool, input);
      expect(permission(run), `${tool} ${String(input.file_path ?? input.notebook_path)}`).toBe('deny');
      expect(reasonOf(run)).toMatch(/may not change/);
    }
    expect(f.decisions().map((d) => d.rules[0])).toEqual(Array(targets.length).fill('protected-path'));
  });

  it('denies a symlink that leads to a protected file', async () => {
    const f = fixture();
    writeFileSync(join(f.cwd, '.execguard.yaml'), 'mode: strict\n');
    const { symlinkSync } = await import('node:fs');
    symlinkSync(join(f.cwd, '.execguard.yaml'), join(f.cwd, 'innocent.yaml'));
    expect(permission(await f.tool('Write', { file_path: join(f.cwd, 'innocent.yaml'), content: '' }))).toBe('deny');
  });

  it('allows edits to ordinary files', async () => {
    const f = fixture();
    mkdirSync(join(f.cwd, 'src'));
    const run = await f.tool('Edit', { file_path: join(f.cwd, 'src', 'app.ts'), old_string: 'a', new_string: 'b' });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(permission(await f.tool('Write', { file_path: join(f.cwd, 'hooks', 'hooks.json'), content: '{}' }))).toBe('allow');
  });

  it('denies Bash commands that write to protected files, allows reading them', async () => {
    const f = fixture();
    for (const command of [
      'echo "mode: default" > .execguard.yaml',
      "sed -i 's/strict/default/' .execguard.yaml",
      'cp /tmp/x.json .claude/settings.json',
      `rm -rf ${f.home}/grants`,
      'mkdir -p .claude && tee .claude/settings.local.json < /tmp/x',
      `cd ${f.home} && rm decisions.jsonl`,
    ]) {
      const run = await f.bash(command);
      expect(permission(run), command).toBe('deny');
      expect(reasonOf(run), command).toMatch(/may not change/);
    }
    expect(permission(await f.bash('cat .execguard.yaml'))).toBe('allow');
  });
});
