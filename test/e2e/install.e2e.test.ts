// Installed as users install it: a plain clone of this repository (no node_modules) added as a
// marketplace and installed with the real Claude Code CLI, with the npm registry unreachable.
// The marketplace entry points at the built plugin/ folder, which has no package.json or
// lockfile, so Claude Code runs no `npm ci` step: the install is small, fast and offline.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROCESS_TIMEOUT } from '../helpers/timeouts.js';
import { installedPluginCopy } from '../helpers/built-plugin.js';
import { tempDir } from '../helpers/tmp.js';
import { workspace } from '../support/workspace.js';
import { claudeAvailable, claudeBin } from './support/claude-cli.js';

const hasTerraform = spawnSync('terraform', ['version'], { stdio: 'ignore' }).status === 0;

const checkout = join(import.meta.dirname, '..', '..');
const MKT = 'execguard-marketplace';

function du(dir: string): number {
  return readdirSync(dir).reduce((sum, name) => {
    const path = join(dir, name);
    const st = statSync(path);
    return sum + (st.isDirectory() ? du(path) : st.size);
  }, 0);
}

describe.skipIf(!claudeAvailable)(
  `marketplace install with the real Claude Code CLI${claudeAvailable ? '' : ` (skipped: ${claudeBin} missing)`}`,
  () => {
    const root = tempDir('execguard-install-');
    const clone = join(root, 'execguard');
    const home = join(root, 'home');
    const env = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: home,
      DISABLE_AUTOUPDATER: '1',
      CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
      // Nothing listens here: any npm step would fail or retry, and show up in time and output.
      npm_config_registry: 'http://127.0.0.1:9',
      NPM_CONFIG_REGISTRY: 'http://127.0.0.1:9',
    };
    const claude = (...args: string[]) => {
      const run = spawnSync(claudeBin, args, { cwd: root, env, encoding: 'utf8', timeout: PROCESS_TIMEOUT });
      return { ...run, output: `${run.stdout}\n${run.stderr}` };
    };
    const cacheDir = join(home, '.claude', 'plugins', 'cache', MKT, 'execguard');

    beforeAll(() => {
      execFileSync('git', ['clone', '-q', '--no-hardlinks', checkout, clone], { stdio: 'ignore' });
      // The lead commits plugin/ after each merge (test/dist.e2e.test.ts keeps it fresh); build it into
      // the clone here so that this test proves the layout of the current sources either way.
      installedPluginCopy(join(clone, 'plugin'));
    });

    it('the clone has no node_modules, and the marketplace entry points at the built plugin folder', () => {
      expect(existsSync(join(clone, 'node_modules'))).toBe(false);
      const mkt = JSON.parse(readFileSync(join(clone, '.claude-plugin', 'marketplace.json'), 'utf8'));
      expect(mkt.plugins.find((p: { name: string }) => p.name === 'execguard').source).toBe('./plugin');
      expect(existsSync(join(clone, 'plugin', 'package.json'))).toBe(false);
    });

    it('installs under 30 MB, with no npm step; the installed CLI and hook run; uninstall removes it', () => {
      const add = claude('plugin', 'marketplace', 'add', clone);
      expect(add.status, add.output).toBe(0);

      const install = claude('plugin', 'install', `execguard@${MKT}`);
      expect(install.status, install.output).toBe(0);
      expect(install.output).toMatch(/Successfully installed plugin: execguard@execguard-marketplace/);
      expect(install.output).not.toMatch(/\bnpm\b|node_modules|bun install/i);

      const versions = readdirSync(cacheDir);
      expect(versions).toHaveLength(1);
      const installed = join(cacheDir, versions[0]!);
      expect(existsSync(join(installed, 'node_modules'))).toBe(false);
      expect(existsSync(join(installed, 'package.json'))).toBe(false);
      const bytes = du(installed);
      expect(bytes).toBeLessThan(30 * 1024 * 1024);
      console.log(`installed folder ${(bytes / 1024 / 1024).toFixed(1)} MB`);

      // What the session will run: `execguard` from the plugin's bin/ (no package.json above it)
      // and the hook as hooks/hooks.json registers it.
      const cli = spawnSync(join(installed, 'bin', 'execguard'), ['check', '--json', 'terraform destroy -auto-approve'], {
        encoding: 'utf8',
        env: { ...env, EXECGUARD_HOME: join(root, 'state') },
      });
      expect(cli.status, cli.stderr).toBe(2);
      expect(JSON.parse(cli.stdout).decision).toBe('deny');
      const hooks = JSON.parse(readFileSync(join(installed, 'hooks', 'hooks.json'), 'utf8'));
      const [entry] = hooks.hooks.SessionStart[0].hooks;
      const args = entry.args.map((a: string) => a.replace('${CLAUDE_PLUGIN_ROOT}', installed));
      const hook = spawnSync(entry.command, args, {
        input: JSON.stringify({ hook_event_name: 'SessionStart', session_id: 's-install', cwd: root, source: 'startup' }),
        encoding: 'utf8',
        env: { ...env, CLAUDE_PLUGIN_ROOT: installed, EXECGUARD_HOME: join(root, 'state') },
      });
      expect(hook.status, hook.stderr).toBe(0);
      expect(JSON.parse(hook.stdout).hookSpecificOutput.additionalContext).toMatch(/execguard is active/);

      const uninstall = claude('plugin', 'uninstall', `execguard@${MKT}`);
      expect(uninstall.status, uninstall.output).toBe(0);
      const registry = JSON.parse(readFileSync(join(home, '.claude', 'plugins', 'installed_plugins.json'), 'utf8'));
      expect(JSON.stringify(registry)).not.toContain(`execguard@${MKT}`);
      const settings = JSON.parse(readFileSync(join(home, '.claude', 'settings.json'), 'utf8'));
      expect(settings.enabledPlugins?.[`execguard@${MKT}`]).toBeUndefined();
      // Claude Code 2.1.x does not delete the cached copy at uninstall: it marks it `.orphaned_at`
      // and its background sweep removes it days later (documented in the README with the `rm`
      // that reclaims it at once). Either way it is no longer loaded.
      const left = existsSync(installed) ? readdirSync(installed) : [];
      expect(left.length === 0 || left.includes('.orphaned_at')).toBe(true);
    });

    it.skipIf(!hasTerraform)("after a session's run, the user's own terminal (no variables set) lists it and rolls it back", () => {
      const install = claude('plugin', 'install', `execguard@${MKT}`);
      expect(install.status, install.output).toBe(0);
      const installed = join(cacheDir, readdirSync(cacheDir).find((v) => existsSync(join(cacheDir, v, 'bin')))!);
      const bin = join(installed, 'bin', 'execguard');
      // What Claude Code hands the plugin's hooks, and SessionStart hands the agent's Bash tool.
      const pluginData = join(home, '.claude', 'plugins', 'data', `execguard-${MKT}`);
      mkdirSync(pluginData, { recursive: true });
      const ws = workspace();
      const terminal = { ...env, TF_CLI_CONFIG_FILE: '', CHECKPOINT_DISABLE: '1' };
      const session = { ...terminal, CLAUDE_PLUGIN_DATA: pluginData };
      const run = spawnSync(bin, ['execute', 'plan.yaml', '--approval', 'User approved. Execute the plan.'], {
        cwd: ws.repo,
        env: session,
        encoding: 'utf8',
      });
      expect(run.status, run.stdout + run.stderr).toBe(0);
      const runId = run.stdout.match(/\*\*Run:\*\* (\S+)/)?.[1] ?? '';

      // The person at the terminal: same HOME, no EXECGUARD_HOME, no CLAUDE_PLUGIN_DATA.
      const runs = spawnSync(bin, ['runs', '--json'], { cwd: ws.repo, env: terminal, encoding: 'utf8' });
      expect(runs.status, runs.stderr).toBe(0);
      expect(runs.stdout).toContain(runId);
      const back = spawnSync(bin, ['rollback', runId, '--approval', 'User approved. Roll back and destroy the resources it created.'], {
        cwd: ws.repo,
        env: terminal,
        encoding: 'utf8',
      });
      expect(back.status, back.stdout + back.stderr).toBe(0);
      expect(back.stdout).toContain('PLAN_STATUS: COMPLETE');
      expect(existsSync(join(home, '.local', 'state', 'execguard', 'runs'))).toBe(false);
    });
  },
);
