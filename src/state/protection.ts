// Which boundary protects a Claude Code session, said the same way by SessionStart and `execguard
// doctor`: the guard alone (text analysis), Claude Code's sandbox (the OS confines every Bash
// command), or contained (the sandbox also keeps the agent from the paths only an approved
// executor run may use: cloud credentials, kubeconfigs, SSH and git credentials). Reads settings
// files only: cheap enough for a hook.
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { type SandboxStatus, sandboxStatus, settingsFiles } from './sandbox.js';

/** Where credentials and write access usually live: only the executor, run after an approval, may use them. */
const EXECUTOR_ONLY_DEFAULTS = [
  '~/.aws',
  '~/.config/gcloud',
  '~/.azure',
  '~/.kube',
  '~/.terraform.d/credentials.tfrc.json',
  '~/.ssh',
  '~/.git-credentials',
  '~/.docker',
] as const;

export type ProtectionLevel = 'guard-alone' | 'sandbox' | 'contained';

export interface ExecutorOnlyPath {
  /** As configured (`~/.aws`). */
  path: string;
  readDenied: boolean;
  writeDenied: boolean;
}

export interface Protection {
  level: ProtectionLevel;
  sandbox: SandboxStatus;
  executorOnly: ExecutorOnlyPath[];
  /** The one sentence SessionStart tells the agent and doctor prints. */
  line: string;
}

type Json = Record<string, unknown>;

/** A JSON object file (settings, Claude Code's plugin registry), or undefined when missing or not an object. */
export function readJson(file: string): Json | undefined {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Json) : undefined;
  } catch {
    return undefined;
  }
}

/** Claude Code merges `sandbox.filesystem.denyRead|denyWrite` across every settings scope. */
function deniedPaths(files: string[], key: 'denyRead' | 'denyWrite', home: string, projectDir: string): string[] {
  const out: string[] = [];
  for (const file of files) {
    const fs = (readJson(file)?.sandbox as Json | undefined)?.filesystem as Json | undefined;
    const list = fs?.[key];
    if (!Array.isArray(list)) continue;
    for (const entry of list) if (typeof entry === 'string') out.push(expand(entry, home, projectDir));
  }
  return out;
}

/** `~/x` is the home folder; `//x` and `/x` are absolute; anything else is relative to the project. */
function expand(entry: string, home: string, projectDir: string): string {
  if (entry === '~' || entry.startsWith('~/')) return join(home, entry.slice(1));
  if (entry.startsWith('//')) return resolve(entry.slice(1));
  if (entry.startsWith('/')) return resolve(entry);
  return resolve(projectDir, entry);
}

const covers = (denied: string[], path: string) => denied.some((d) => path === d || path.startsWith(`${d.replace(/\/$/, '')}/`));

export function protectionOf(probe: { projectDir: string; env?: NodeJS.ProcessEnv; platform?: NodeJS.Platform }): Protection {
  const env = probe.env ?? process.env;
  const home = env.HOME || homedir();
  const sandbox = sandboxStatus(probe);
  const files = settingsFiles(probe.projectDir, env, probe.platform);
  const denyRead = deniedPaths(files, 'denyRead', home, probe.projectDir);
  const denyWrite = deniedPaths(files, 'denyWrite', home, probe.projectDir);
  const executorOnly = EXECUTOR_ONLY_DEFAULTS.map((path) => {
    const full = expand(path, home, probe.projectDir);
    return { path, readDenied: covers(denyRead, full), writeDenied: covers(denyWrite, full) };
  });
  const open = executorOnly.filter((p) => !p.readDenied || !p.writeDenied).map((p) => p.path);
  if (!sandbox.enabled) {
    return {
      level: 'guard-alone',
      sandbox,
      executorOnly,
      line: `Protection: the guard alone; there is no OS sandbox in this session (${sandbox.reason}). The guard reads command text, so a program that hides its writes can get past it. \`execguard init\` in the repository enables Claude Code's sandbox.`,
    };
  }
  if (open.length === 0) {
    return {
      level: 'contained',
      sandbox,
      executorOnly,
      line: `Contained: Claude Code's sandbox (enabled in ${sandbox.settingsFile}) confines every Bash command, and the agent's commands cannot use ${EXECUTOR_ONLY_DEFAULTS.join(', ')}: only an approved execguard run may.`,
    };
  }
  return {
    level: 'sandbox',
    sandbox,
    executorOnly,
    line: `Protection: Claude Code's sandbox (enabled in ${sandbox.settingsFile}) confines every Bash command at the OS level, on top of the guard: the writes it denies (execguard's state, the plugin and the settings, as execguard init configures it) fail whatever the command text says. Not contained: the agent's commands can still use ${open.join(', ')}.`,
  };
}
