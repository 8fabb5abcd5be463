// `execguard doctor` in four set-ups, each a fresh HOME laid out as Claude Code leaves it after
// `claude plugin install` from a directory marketplace (installed_plugins.json,
// known_marketplaces.json, enabledPlugins), with the built plugin as the marketplace's plugin folder:
// no sandbox, the sandbox, contained, and the marketplace clone deleted. The hook doctor runs is the
// real built hook; bwrap and socat are stand-ins on PATH (only their presence is read). SessionStart,
// run as the real hook process, must say what doctor says.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBuiltPlugin } from '../helpers/built-plugin.js';
import { tempDir } from '../helpers/tmp.js';

const plugin = useBuiltPlugin();

/** Why a real bubblewrap sandbox cannot be built here ('' when it can). */
const noRealSandbox = (() => {
  if (process.platform !== 'linux') return `bubblewrap is Linux only (${process.platform})`;
  const probe = spawnSync('bwrap', ['--ro-bind', '/', '/', '--dev', '/dev', '--unshare-user', '--unshare-pid', 'true'], {
    encoding: 'utf8',
  });
  if (probe.error) return 'bwrap is not installed (apt-get install bubblewrap socat)';
  return probe.status === 0 ? '' : `bwrap cannot create a sandbox here: ${probe.stderr.trim()}`;
})();
const MKT = 'execguard-marketplace';
const EXECUTOR_ONLY = [
  '~/.aws',
  '~/.config/gcloud',
  '~/.azure',
  '~/.kube',
  '~/.terraform.d/credentials.tfrc.json',
  '~/.ssh',
  '~/.git-credentials',
  '~/.docker',
];

function standInSandboxTools(dir: string): string {
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  for (const name of ['bwrap', 'socat']) {
    writeFileSync(join(bin, name), '#!/bin/sh\nexit 0\n');
    chmodSync(join(bin, name), 0o755);
  }
  return bin;
}

/** A HOME where Claude Code installed execguard from a directory marketplace (a clone holding plugin/). */
function installedHome(settings: Record<string, unknown> | null) {
  const root = tempDir('execguard-doctor-');
  const home = join(root, 'home');
  const clone = join(root, 'execguard');
  const project = join(root, 'project');
  mkdirSync(join(clone, '.claude-plugin'), { recursive: true });
  cpSync(plugin.root, join(clone, 'plugin'), { recursive: true });
  writeFileSync(
    join(clone, '.claude-plugin', 'marketplace.json'),
    JSON.stringify({ name: MKT, owner: { name: 't' }, plugins: [{ name: 'execguard', source: './plugin' }] }),
  );
  const plugins = join(home, '.claude', 'plugins');
  mkdirSync(plugins, { recursive: true });
  writeFileSync(
    join(plugins, 'installed_plugins.json'),
    JSON.stringify({
      version: 2,
      plugins: {
        [`execguard@${MKT}`]: [{ scope: 'user', installPath: join(plugins, 'cache', MKT, 'execguard', '0.1.0'), version: '0.1.0' }],
      },
    }),
  );
  writeFileSync(join(plugins, 'known_marketplaces.json'), JSON.stringify({ [MKT]: { source: { source: 'directory', path: clone } } }));
  writeFileSync(join(home, '.claude', 'settings.json'), JSON.stringify({ enabledPlugins: { [`execguard@${MKT}`]: true } }));
  mkdirSync(join(project, '.claude'), { recursive: true });
  if (settings) writeFileSync(join(project, '.claude', 'settings.json'), JSON.stringify(settings));
  // The state folder SessionStart's hook uses (CLAUDE_PLUGIN_DATA in a real session), for doctor too.
  const env = { PATH: `${standInSandboxTools(root)}:${process.env.PATH}`, HOME: home, EXECGUARD_HOME: join(root, 'state') };
  return { root, home, clone, project, env };
}

function doctor(setup: ReturnType<typeof installedHome>) {
  const run = spawnSync(process.execPath, [plugin.cli, 'doctor', '--json'], { cwd: setup.project, env: setup.env, encoding: 'utf8' });
  return { code: run.status, report: JSON.parse(run.stdout || '{}'), stderr: run.stderr };
}

function sessionStartSays(setup: ReturnType<typeof installedHome>): string {
  const run = spawnSync(process.execPath, [join(setup.clone, 'plugin', 'dist', 'hook.cjs'), 'session-start'], {
    input: JSON.stringify({ hook_event_name: 'SessionStart', session_id: 'doctor', cwd: setup.project, source: 'startup' }),
    env: {
      ...setup.env,
      CLAUDE_PLUGIN_ROOT: join(setup.clone, 'plugin'),
      CLAUDE_PROJECT_DIR: setup.project,
      EXECGUARD_HOME: join(setup.root, 'state'),
    },
    encoding: 'utf8',
  });
  return JSON.parse(run.stdout).hookSpecificOutput.additionalContext as string;
}

const protectionLine = (report: { checks: { name: string; detail: string }[] }) =>
  report.checks.find((c) => c.name === 'protection')!.detail;

describe('execguard doctor', () => {
  it('no sandbox: guarded by the guard alone, exit 0, and it says how to add the sandbox', () => {
    const setup = installedHome(null);
    const { code, report } = doctor(setup);
    expect(code).toBe(0);
    expect(report.verdict).toBe('guard-alone');
    expect(report.checks.find((c: { name: string }) => c.name === 'hook').ok).toBe(true);
    expect(protectionLine(report)).toMatch(/^Protection: the guard alone/);
    expect(sessionStartSays(setup)).toContain(protectionLine(report));
  });

  it('the sandbox on: sandbox, and every executor-only path listed as open', () => {
    const setup = installedHome({ sandbox: { enabled: true } });
    const { code, report } = doctor(setup);
    expect(code).toBe(0);
    expect(report.verdict).toBe('sandbox');
    // The defaults, and execguard's own key folder.
    expect(report.executorOnly.filter((p: { readDenied: boolean }) => !p.readDenied)).toHaveLength(EXECUTOR_ONLY.length + 1);
    expect(protectionLine(report)).toMatch(/Not contained: the agent's commands can still use ~\/\.aws/);
    expect(sessionStartSays(setup)).toContain(protectionLine(report));
  });

  // Contained needs the real bubblewrap: doctor and SessionStart probe a read of a denied folder from inside one.
  it.skipIf(Boolean(noRealSandbox))(
    `contained: execguard init --contained, and the probe passes${noRealSandbox ? ` (skipped: ${noRealSandbox})` : ''}`,
    () => {
      const setup = installedHome({ sandbox: { enabled: true } });
      const env = { ...setup.env, PATH: process.env.PATH ?? '', EXECGUARD_HOME: join(setup.root, 'state') };
      spawnSync('git', ['init', '-q', setup.project]);
      const init = spawnSync(process.execPath, [plugin.cli, 'init', '--contained'], { cwd: setup.project, env, encoding: 'utf8' });
      expect(init.status, init.stderr).toBe(0);
      const contained = { ...setup, env };
      const { code, report } = doctor(contained);
      expect(code).toBe(0);
      expect(report.verdict).toBe('contained');
      expect(protectionLine(report)).toMatch(/^Contained: .* the agent's commands cannot use ~\/\.aws, .*\/state\/keys/);
      expect(sessionStartSays(contained)).toContain(protectionLine(report));
      // One default path left readable (a user's own edit of the shared settings) is not contained, and doctor names it.
      const shared = join(setup.project, '.claude', 'settings.json');
      const settings = JSON.parse(readFileSync(shared, 'utf8'));
      settings.sandbox.filesystem.denyRead = settings.sandbox.filesystem.denyRead.filter((p: string) => p !== '~/.aws');
      writeFileSync(shared, JSON.stringify(settings));
      const partial = doctor(contained).report;
      expect(partial.verdict).toBe('sandbox');
      expect(partial.checks.find((c: { name: string }) => c.name === 'contained').detail).toMatch(/can still use ~\/\.aws$/);
      expect(sessionStartSays(contained)).toContain(protectionLine(partial));
    },
  );

  it('the settings deny every path but the sandbox tools are stand-ins: the probe fails, so not contained', () => {
    const setup = installedHome({ sandbox: { enabled: true, filesystem: { denyRead: EXECUTOR_ONLY, denyWrite: EXECUTOR_ONLY } } });
    const keys = join(setup.root, 'state', 'keys');
    const env = { ...setup.env, EXECGUARD_HOME: join(setup.root, 'state') };
    writeFileSync(
      join(setup.project, '.claude', 'settings.local.json'),
      JSON.stringify({ sandbox: { filesystem: { denyRead: [`/${keys}`], denyWrite: [`/${keys}`] } } }),
    );
    const { report } = doctor({ ...setup, env });
    expect(report.verdict).toBe('sandbox');
    expect(protectionLine(report)).toMatch(/the probe could read a denied path from inside a sandbox \(bwrap did not run the probe/);
    expect(sessionStartSays({ ...setup, env })).toContain(protectionLine(report));
  });

  it('the marketplace clone deleted: unprotected, exit 1, and the fix', () => {
    const setup = installedHome({ sandbox: { enabled: true } });
    rmSync(setup.clone, { recursive: true, force: true });
    const { code, report } = doctor(setup);
    expect(code).toBe(1);
    expect(report.verdict).toBe('unprotected');
    const pluginCheck = report.checks.find((c: { name: string }) => c.name === 'plugin');
    expect(pluginCheck.ok).toBe(false);
    expect(pluginCheck.detail).toMatch(/is gone or incomplete/);
    expect(pluginCheck.fix).toMatch(/reinstall/);
  });

  it('nothing installed: unprotected, exit 1; the text form names each check', () => {
    const root = tempDir('execguard-doctor-none-');
    const run = spawnSync(process.execPath, [plugin.cli, 'doctor'], {
      cwd: root,
      env: { PATH: process.env.PATH, HOME: root },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^execguard doctor: unprotected/);
    expect(run.stdout).toMatch(/✗ plugin: Claude Code has no execguard plugin installed/);
    expect(run.stdout).toMatch(/fix: claude plugin marketplace add/);
  });
});
