// Is this Claude Code session behind the OS boundary? Claude Code's Bash sandbox is on when its
// settings say `sandbox.enabled: true` (managed > local project > project > user) and, on Linux,
// bubblewrap and socat are installed (without them Claude Code runs commands unsandboxed).
import { accessSync, constants, readFileSync } from 'node:fs';
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
