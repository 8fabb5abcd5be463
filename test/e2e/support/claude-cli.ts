// Runs the real Claude Code CLI headless (`claude -p`) against a loopback Messages API, with this
// repository as the plugin, a throwaway HOME and a private execguard state folder.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const checkout = join(import.meta.dirname, '..', '..', '..');
/** The plugin loaded with --plugin-dir: this repository, or EXECGUARD_TEST_PLUGIN_ROOT (see test/hooks/support/hook-process.ts). */
export const repoRoot = process.env.EXECGUARD_TEST_PLUGIN_ROOT || checkout;
export const claudeBin = join(checkout, 'node_modules', '.bin', 'claude');
export const claudeAvailable = existsSync(claudeBin);

export interface ClaudeRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  /** The `--output-format json` result, when stdout held one. */
  result?: any;
}

export interface ClaudeOptions {
  prompt: string;
  cwd: string;
  apiUrl: string;
  /** HOME for Claude Code (its config, transcripts); created if missing. */
  home: string;
  execguardHome: string;
  resume?: string;
  sessionId?: string;
  allowedTools?: string;
  env?: Record<string, string>;
  timeoutMs?: number;
  /** The plugin to load with --plugin-dir (default: repoRoot); null loads none (an installed plugin runs instead). */
  pluginDir?: string | null;
}

export function runClaude(options: ClaudeOptions): Promise<ClaudeRun> {
  mkdirSync(options.home, { recursive: true });
  const pluginDir = options.pluginDir === undefined ? repoRoot : options.pluginDir;
  const args = [
    '-p',
    options.prompt,
    ...(pluginDir ? ['--plugin-dir', pluginDir] : []),
    '--allowedTools',
    options.allowedTools ?? 'Bash',
    '--output-format',
    'json',
  ];
  if (options.resume) args.push('--resume', options.resume);
  if (options.sessionId) args.push('--session-id', options.sessionId);
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: options.home,
    ANTHROPIC_BASE_URL: options.apiUrl,
    ANTHROPIC_API_KEY: 'sk-e2e-test',
    CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
    DISABLE_AUTOUPDATER: '1',
    EXECGUARD_HOME: options.execguardHome,
    TF_CLI_CONFIG_FILE: '',
    CHECKPOINT_DISABLE: '1',
    TF_IN_AUTOMATION: '1',
    GIT_CONFIG_NOSYSTEM: '1',
    EXECGUARD_HOOK_HELPER_IDLE_MS: '5000',
    ...options.env,
  };
  return new Promise((resolve, reject) => {
    const child = spawn(claudeBin, args, { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 45_000);
    child.on('error', reject);
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      let result: any;
      try {
        result = JSON.parse(stdout.trim().split('\n').pop() ?? '');
      } catch {
        result = undefined;
      }
      resolve({ exitCode, stdout, stderr, result });
    });
  });
}
