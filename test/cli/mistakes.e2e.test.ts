// Ordinary user mistakes, command by command: each gets one line naming what is wrong (the file,
// the key, the flag or the run), the documented exit code, and never "internal error".
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.js';
import { runCli } from '../support/cli.js';

function cli(cwd: string, home: string, ...argv: string[]) {
  const { CLAUDECODE: _c, EXECGUARD_SESSION_ID: _s, ...env } = process.env;
  return runCli(argv, { cwd, env: { ...env, EXECGUARD_HOME: home } });
}

function setup() {
  const dir = tempDir('execguard-mistakes-');
  const home = join(dir, 'state');
  mkdirSync(home);
  execFileSync('git', ['init', '-q', '-b', 'main', dir]);
  writeFileSync(join(dir, 'bad.yaml'), 'operation: terraform\nworkdir: [unclosed\n');
  writeFileSync(
    join(dir, 'keys.yaml'),
    'operation: terraform\nworkdir: infra\nwrokdir: x\ngit: { files: [a.tf], message: "feat: x" }\nterraform: { varz: {} }\n',
  );
  writeFileSync(
    join(dir, 'nowhere.yaml'),
    'operation: terraform\nworkdir: infra/missing\ngit: { files: [infra/missing/main.tf], message: "feat: x" }\n',
  );
  return { dir, home };
}

type Case = [string, string[], RegExp];

// [what, argv, what the one line must name]
const USAGE: Case[] = [
  ['plan: a missing plan file', ['plan', 'no-such.yaml'], /no-such\.yaml/],
  ['plan: no argument', ['plan'], /plan/i],
  ['plan: an unknown flag', ['plan', 'bad.yaml', '--frobnicate'], /--frobnicate/],
  ['plan: bad YAML', ['plan', 'bad.yaml'], /bad\.yaml:\d+/],
  ['execute: a missing plan file', ['execute', 'no-such.yaml'], /no-such\.yaml/],
  ['execute: no argument', ['execute'], /plan/i],
  ['execute: an unknown flag', ['execute', 'keys.yaml', '--yes'], /--yes/],
  ['execute: bad YAML', ['execute', 'bad.yaml'], /bad\.yaml:\d+/],
  ['rollback: an unknown run id', ['rollback', 'no-such-run'], /no-such-run/],
  ['rollback: no argument', ['rollback'], /run/i],
  ['rollback: an unknown flag', ['rollback', 'x', '--force'], /--force/],
  ['resume: an unknown run id', ['resume', 'no-such-run'], /no-such-run/],
  ['resume: no argument', ['resume'], /run/i],
  ['runs: an unknown run id', ['runs', 'no-such-run'], /no-such-run/],
  ['runs: an unknown flag', ['runs', '--all'], /--all/],
  ['check: an unknown flag', ['check', '--frobnicate', 'ls'], /--frobnicate/],
  ['log: a bad --limit', ['log', '--limit', 'many'], /limit/],
];

describe('user mistakes get one line, the documented exit code, never "internal error"', () => {
  it.each(USAGE)('%s', async (_what, argv, names) => {
    const { dir, home } = setup();
    const { code, stdout, stderr } = await cli(dir, home, ...argv);
    const text = stdout + stderr;
    expect(text).not.toMatch(/internal error/i);
    expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack trace
    expect(text).toMatch(names);
    expect(code, text).toBe(1);
  });

  it('every unknown plan key is reported at once, each with file:line', async () => {
    const { dir, home } = setup();
    const { code, stdout, stderr } = await cli(dir, home, 'plan', 'keys.yaml');
    const text = stdout + stderr;
    expect(code).toBe(1);
    expect(text).toMatch(/keys\.yaml:3: wrokdir: unknown key/);
    expect(text).toMatch(/keys\.yaml:5: terraform\.varz: unknown key/);
    expect(text).not.toMatch(/internal error/i);
  });

  it('a missing workdir is named as such, not as "command not found"', async () => {
    const { dir, home } = setup();
    const { code, stdout, stderr } = await cli(dir, home, 'plan', 'nowhere.yaml');
    const text = stdout + stderr;
    expect(code).not.toBe(0);
    expect(text).toMatch(/workdir infra\/missing does not exist/);
    expect(text).not.toMatch(/command not found|internal error/i);
  });

  it('status validate: exit 1 for an invalid block, 2 for a file it cannot read', async () => {
    const { dir, home } = setup();
    writeFileSync(join(dir, 'invalid.md'), '<!-- AGENT_STATUS -->\nPLAN_STATUS: DONE\n<!-- /AGENT_STATUS -->\n');
    expect((await cli(dir, home, 'status', 'validate', 'invalid.md')).code).toBe(1);
    const missing = await cli(dir, home, 'status', 'validate', 'no-such.md');
    expect(missing.code).toBe(2);
    expect(missing.stdout + missing.stderr).toMatch(/no-such\.md/);
  });
});
