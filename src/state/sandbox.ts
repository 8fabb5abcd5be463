// Is this Claude Code session behind the OS boundary? Claude Code's Bash sandbox is on when its
// settings say `sandbox.enabled: true` (managed > local project > project > user) and, on Linux,
// bubblewrap and socat are installed (without them Claude Code runs commands unsandboxed).
import { spawnSync } from 'node:child_process';
import { accessSync, constants, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';

export interface SandboxStatus {
  /** True when the settings enable the sandbox and the OS has what it needs. */
  enabled: boolean;
  /** The settings file that decided `sandbox.enabled`, when one did. */
  settingsFile?: string;
  /** Why the sandbox is off (when it is). */
  reason?: string;
}

export interface SandboxProbe {
  projectDir: string;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
}

/** Managed settings, then the project's local and shared settings, then the user's: the first that sets `sandbox.enabled` wins. */
export function settingsFiles(
  projectDir: string,
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string[] {
  const managed =
    platform === 'darwin' ? '/Library/Application Support/ClaudeCode/managed-settings.json' : '/etc/claude-code/managed-settings.json';
  const userDir = env.CLAUDE_CONFIG_DIR || join(env.HOME || homedir(), '.claude');
  return [
    managed,
    join(projectDir, '.claude', 'settings.local.json'),
    join(projectDir, '.claude', 'settings.json'),
    join(userDir, 'settings.json'),
  ];
}

function readEnabled(file: string): boolean | undefined {
  try {
    const json = JSON.parse(readFileSync(file, 'utf8')) as { sandbox?: { enabled?: unknown } };
    return typeof json?.sandbox?.enabled === 'boolean' ? json.sandbox.enabled : undefined;
  } catch {
    return undefined; // missing or unreadable: this file does not decide
  }
}

function onPath(program: string, env: NodeJS.ProcessEnv = process.env): boolean {
  return (env.PATH ?? '').split(delimiter).some((dir) => {
    if (!dir) return false;
    try {
      accessSync(join(dir, program), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

export function sandboxStatus(probe: SandboxProbe): SandboxStatus {
  const env = probe.env ?? process.env;
  const platform = probe.platform ?? process.platform;
  let settingsFile: string | undefined;
  let enabled: boolean | undefined;
  for (const file of settingsFiles(probe.projectDir, env, platform)) {
    enabled = readEnabled(file);
    if (enabled !== undefined) {
      settingsFile = file;
      break;
    }
  }
  if (!enabled) {
    return {
      enabled: false,
      ...(settingsFile ? { settingsFile } : {}),
      reason: settingsFile ? `sandbox.enabled is false in ${settingsFile}` : 'no Claude Code settings enable the sandbox',
    };
  }
  if (platform === 'linux') {
    const missing = ['bwrap', 'socat'].filter((p) => !onPath(p, env));
    if (missing.length > 0)
      return {
        enabled: false,
        settingsFile,
        reason: `the settings enable it but ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not installed (Debian/Ubuntu: apt-get install bubblewrap socat)`,
      };
  } else if (platform !== 'darwin') {
    return { enabled: false, settingsFile, reason: `Claude Code has no sandbox on ${platform}` };
  }
  return { enabled: true, settingsFile };
}

/**
 * The probe SessionStart and doctor run before saying "contained": a canary in a denied folder,
 * read from inside a bubblewrap sandbox built the way Claude Code's Linux sandbox hides a denied
 * folder (an empty tmpfs over it, the rest of / read-only, a new user namespace). '' when the read
 * fails as it must; otherwise what went wrong. Hooks run outside Claude Code's sandbox, so this
 * checks the OS can build it and hide the folder; test/e2e/contained.e2e.test.ts checks Claude
 * Code itself with the same settings.
 */
export function probeDeniedRead(deniedDir: string, env: NodeJS.ProcessEnv = process.env): string {
  if (process.platform !== 'linux') return ''; // macOS: Seatbelt, nothing to build here; the settings decide.
  const canary = join(deniedDir, 'sandbox-probe');
  const nonce = `execguard-probe-${process.pid}-${Date.now()}`;
  try {
    mkdirSync(deniedDir, { recursive: true, mode: 0o700 });
    writeFileSync(canary, nonce, { mode: 0o600 });
  } catch (error) {
    return `cannot write the canary ${canary}: ${(error as Error).message}`;
  }
  const run = spawnSync(
    'bwrap',
    [
      '--ro-bind',
      '/',
      '/',
      '--dev',
      '/dev',
      '--tmpfs',
      deniedDir,
      '--unshare-user',
      '--unshare-pid',
      '--die-with-parent',
      '--',
      'sh',
      '-c',
      'echo ready; cat "$1" 2>/dev/null; true',
      'sh',
      canary,
    ],
    { encoding: 'utf8', env: { PATH: env.PATH ?? '' }, timeout: 10_000 },
  );
  if (run.error) return `bwrap could not start: ${run.error.message}`;
  if (!run.stdout.startsWith('ready')) return `bwrap did not run the probe (exit ${run.status}: ${run.stderr.trim().split('\n')[0] ?? ''})`;
  if (run.stdout.includes(nonce)) return `the canary ${canary} was readable inside the sandbox`;
  return '';
}
