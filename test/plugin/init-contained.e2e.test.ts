// `execguard init --contained` from the user's side: the shared settings get the sandbox, the
// executor-only `~/` paths and the control-plane hosts (nothing of this machine); the local
// settings get this machine's executor-only paths (execguard's keys, state folders; the origin
// folder write-denied); a user's own settings are kept; a second run changes nothing; a bad contained:
// section is a clear error.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXECUTOR_ONLY_DEFAULTS } from '../../src/guard/policy.js';
import { tempDir } from '../helpers/tmp.js';
import { execguard } from '../support/cli.js';

function setup() {
  const dir = tempDir('execguard-init-contained-');
  const project = join(dir, 'project');
  const origin = join(dir, 'origin.git');
  execFileSync('git', ['init', '-q', '--bare', origin]);
  execFileSync('git', ['init', '-q', project]);
  execFileSync('git', ['-C', project, 'remote', 'add', 'origin', origin]);
  const home = join(dir, 'home');
  mkdirSync(home);
  const state = join(dir, 'state');
  return { dir, project, origin, home, state, env: { HOME: home, EXECGUARD_HOME: state, PATH: process.env.PATH } };
}

const json = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

describe('execguard init --contained', () => {
  it('denies the executor-only paths: portable ones in the shared file, this machine’s in the local file', async () => {
    const s = setup();
    writeFileSync(
      join(s.project, '.execguard.yaml'),
      'mode: strict\ncontained:\n  stateFolders: ["../tfstate"]\n  controlPlaneHosts: ["*.eks.amazonaws.com"]\n',
    );
    mkdirSync(join(s.project, '.claude'));
    // The user's own settings, which init must keep.
    writeFileSync(
      join(s.project, '.claude', 'settings.json'),
      JSON.stringify({ model: 'x', sandbox: { filesystem: { denyRead: ['~/private'] } }, permissions: { allow: ['Bash(ls)'] } }),
    );
    const run = await execguard(s.project, s.env, 'init', '--contained');
    expect(run.code, run.stderr).toBe(0);
    const shared = json(join(s.project, '.claude', 'settings.json'));
    expect(shared.model).toBe('x');
    expect(shared.permissions.allow).toEqual(['Bash(ls)']);
    expect(shared.sandbox.enabled).toBe(true);
    expect(shared.sandbox.allowUnsandboxedCommands).toBe(true);
    expect(shared.sandbox.filesystem.denyRead).toEqual(['~/private', ...EXECUTOR_ONLY_DEFAULTS]);
    expect(shared.sandbox.filesystem.denyWrite).toEqual([...EXECUTOR_ONLY_DEFAULTS]);
    expect(shared.sandbox.network.deniedDomains).toEqual(['*.eks.amazonaws.com']);
    // Nothing of this machine in the file a team commits.
    expect(readFileSync(join(s.project, '.claude', 'settings.json'), 'utf8')).not.toContain(s.dir);
    const local = json(join(s.project, '.claude', 'settings.local.json'));
    for (const path of [join(s.state, 'keys'), join(s.dir, 'tfstate')]) {
      expect(local.sandbox.filesystem.denyRead).toContain(`/${path}`);
      expect(local.sandbox.filesystem.denyWrite).toContain(`/${path}`);
    }
    // The origin: only a push changes it, and `execguard plan` reads it (ls-remote) inside the sandbox.
    expect(local.sandbox.filesystem.denyWrite).toContain(`/${s.origin}`);
    expect(local.sandbox.filesystem.denyRead).not.toContain(`/${s.origin}`);
    // The run folders the CLI writes from the Bash tool.
    expect(local.sandbox.filesystem.allowWrite).toEqual(
      expect.arrayContaining([`/${join(s.state, 'runs')}`, `/${join(s.state, 'locks')}`, `/${join(s.state, 'terraform')}`]),
    );
    // The executor's three subcommands, by absolute path, allowed by rule (the hook admits only the approved plan).
    for (const sub of ['execute', 'resume', 'rollback'])
      expect(local.permissions.allow).toContainEqual(expect.stringMatching(new RegExp(`^Bash\\(/\\S+/bin/execguard ${sub}:\\*\\)$`)));
    // The user's policy is kept as written (it already has a contained: section).
    expect(readFileSync(join(s.project, '.execguard.yaml'), 'utf8')).toMatch(/^mode: strict\n/);
    // Again: nothing changes.
    const again = await execguard(s.project, s.env, 'init', '--contained', '--json');
    expect(JSON.parse(again.stdout).files.filter((f: { action: string }) => f.action !== 'unchanged' && f.action !== 'kept')).toEqual([]);
  });

  it('adds the contained: section to a policy that has none, leaving the rest as written', async () => {
    const s = setup();
    writeFileSync(join(s.project, '.execguard.yaml'), 'approvalMinutes: 10\n');
    const run = await execguard(s.project, s.env, 'init', '--contained');
    expect(run.code, run.stderr).toBe(0);
    const text = readFileSync(join(s.project, '.execguard.yaml'), 'utf8');
    expect(text).toMatch(/^approvalMinutes: 10\n/);
    expect(text).toMatch(/^contained:\n {2}# Paths only/m);
  });

  it('keeps a user’s allowUnsandboxedCommands: false unless --force (the executor could not leave)', async () => {
    const s = setup();
    mkdirSync(join(s.project, '.claude'));
    writeFileSync(
      join(s.project, '.claude', 'settings.json'),
      JSON.stringify({ sandbox: { enabled: true, allowUnsandboxedCommands: false } }),
    );
    const run = await execguard(s.project, s.env, 'init', '--contained');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/kept .*allowUnsandboxedCommands is false/);
    expect(json(join(s.project, '.claude', 'settings.json')).sandbox.allowUnsandboxedCommands).toBe(false);
  });

  it.each([
    ['contained:\n  executorOnly: "~/.aws"\n', /:2: contained\.executorOnly: expected a list of strings/],
    ['contained:\n  executorOnly: ["~/.aws/*"]\n', /:2: contained\.executorOnly\[0\]: expected a path without glob characters/],
    ['contained:\n  controlPlaneHosts: ["https://x"]\n', /contained\.controlPlaneHosts\[0\]: expected a host name/],
    ['contained:\n  planCredentials: { env: { "1X": a } }\n', /contained\.planCredentials\.env\.1X: expected a variable name/],
    ['contained:\n  planCredential: {}\n', /contained\.planCredential: unknown key \(expected one of executorOnly/],
    ['contained: 3\n', /:1: contained: expected true or a mapping/],
  ])('a bad contained: section is a clear error naming the line: %j', async (policy, message) => {
    const s = setup();
    writeFileSync(join(s.project, '.execguard.yaml'), policy);
    const run = await execguard(s.project, s.env, 'init', '--contained');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});
