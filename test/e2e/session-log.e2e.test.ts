// `execguard` by that name in a session, and one state folder for the hooks and the CLI: with only
// the marketplace-installed plugin (no --plugin-dir, no EXECGUARD_HOME), the hooks keep their state
// in CLAUDE_PLUGIN_DATA; SessionStart hands that folder to the Bash tool through CLAUDE_ENV_FILE; so
// after a denied destroy, the model's `execguard log` (from the plugin's bin/ on PATH) shows it.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { installedPluginCopy } from '../helpers/built-plugin.js';
import { tempDir } from '../helpers/tmp.js';
import { claudeAvailable, claudeBin, runClaude } from './support/claude-cli.js';
import { scripted, startMessagesApi, toolResults } from './support/messages-api.js';

const checkout = join(import.meta.dirname, '..', '..');
const MKT = 'execguard-marketplace';

describe.skipIf(!claudeAvailable)(
  `execguard log inside a session of the installed plugin${claudeAvailable ? '' : ` (skipped: ${claudeBin} missing)`}`,
  () => {
    const root = tempDir('execguard-e2e-log-');
    const clone = join(root, 'execguard');
    const home = join(root, 'home');
    const work = join(root, 'work');
    const cliEnv = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: home,
      DISABLE_AUTOUPDATER: '1',
      CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
      npm_config_registry: 'http://127.0.0.1:9',
    };

    beforeAll(() => {
      execFileSync('git', ['clone', '-q', '--no-hardlinks', checkout, clone], { stdio: 'ignore' });
      installedPluginCopy(join(clone, 'plugin'));
      for (const args of [
        ['plugin', 'marketplace', 'add', clone],
        ['plugin', 'install', `execguard@${MKT}`],
      ]) {
        const run = spawnSync(claudeBin, args, { cwd: root, env: cliEnv, encoding: 'utf8' });
        expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
      }
      execFileSync('git', ['init', '-q', work]);
    });

    it('a denied destroy, then the model runs `execguard log` and sees that denial', async () => {
      const api2 = await startMessagesApi(
        scripted([
          {
            text: 'Cleaning up.',
            tool: { name: 'Bash', input: { command: 'terraform destroy -auto-approve', description: 'Destroy the stack' } },
          },
          {
            text: 'Let me see why.',
            tool: { name: 'Bash', input: { command: 'command -v execguard; execguard log', description: 'Show what execguard blocked' } },
          },
        ]),
      );
      try {
        const run = await runClaude({
          prompt: 'Clean up the stack.',
          cwd: work,
          apiUrl: api2.url,
          home,
          // No EXECGUARD_HOME: the hooks use CLAUDE_PLUGIN_DATA, as for a user.
          execguardHome: '',
          pluginDir: null,
          env: { npm_config_registry: 'http://127.0.0.1:9' },
          timeoutMs: 90_000,
        });
        expect(run.exitCode, run.stderr).toBe(0);
        const results = toolResults(api2.agentRequests().at(-1)!);
        expect(results).toHaveLength(2);
        const [denied, log] = results;
        expect(denied!.isError).toBe(true);
        expect(denied!.text).toMatch(/PreToolUse:Bash hook error: execguard: .*destroy/is);
        // `execguard` resolved from the installed plugin's bin/, and its log shows the denial.
        expect(log!.isError, log!.text).toBe(false);
        // (A directory marketplace runs the plugin from its source folder; others from the cache.)
        expect(log!.text.split('\n')[0]).toMatch(
          /\/(plugins\/cache\/execguard-marketplace\/execguard\/[^/]+|execguard\/plugin)\/bin\/execguard$/,
        );
        expect(log!.text).toMatch(/DENY\s+Bash: terraform destroy -auto-approve/);
        // The state lives in the plugin's data folder, not in ~/.local/state.
        const data = join(home, '.claude', 'plugins', 'data', `execguard-${MKT}`);
        expect(readFileSync(join(data, 'decisions.jsonl'), 'utf8')).toMatch(/terraform destroy/);
        expect(existsSync(join(home, '.local', 'state', 'execguard', 'decisions.jsonl'))).toBe(false);

        // Uninstalling deletes that data folder (grants, journals, the decision log).
        const uninstall = spawnSync(claudeBin, ['plugin', 'uninstall', `execguard@${MKT}`], { cwd: root, env: cliEnv, encoding: 'utf8' });
        expect(uninstall.status, `${uninstall.stdout}${uninstall.stderr}`).toBe(0);
        expect(existsSync(data)).toBe(false);
      } finally {
        await api2.close();
      }
    });
  },
);
