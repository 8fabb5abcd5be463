// Which boundary protects a Claude Code session, said the same way by SessionStart and `execguard
// doctor`: the guard alone (text analysis), Claude Code's sandbox (the OS confines every Bash
// command), or contained (the sandbox also keeps the agent from the paths only an approved
// executor run may use: cloud credentials, kubeconfigs, SSH and git credentials, terraform state,
// the origin when it is a folder, execguard's keys). Reads settings files, and, when
// asked, probes the sandbox once (sandbox.ts): cheap enough for SessionStart.
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { type ContainedPolicy, DEFAULT_CONTAINED } from '../guard/policy.js';
import { stateHome, statePaths } from './home.js';
import { probeDeniedRead, type SandboxStatus, sandboxStatus, settingsFiles } from './sandbox.js';

export type ProtectionLevel = 'guard-alone' | 'sandbox' | 'contained';

export interface ExecutorOnlyPath {
  /** As configured (`~/.aws`), or the absolute path of execguard's state, a state folder, the origin. */
  path: string;
  readDenied: boolean;
  writeDenied: boolean;
  /** Only writes must be denied: the origin, which `execguard plan` reads in the sandbox (ls-remote) and only a push changes. */
  writeOnly?: boolean;
}

export interface Protection {
  level: ProtectionLevel;
  sandbox: SandboxStatus;
  executorOnly: ExecutorOnlyPath[];
  /** What keeps the session from being contained, each with its fix (empty when contained). */
  gaps: { what: string; fix: string }[];
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

const sandboxOf = (file: string) => (readJson(file)?.sandbox as Json | undefined) ?? {};

/** Claude Code merges `sandbox.filesystem.denyRead|denyWrite` (and network.deniedDomains, excludedCommands) across every settings scope. */
function mergedList(files: string[], pick: (sandbox: Json) => unknown): string[] {
  const out: string[] = [];
  for (const file of files) {
    const list = pick(sandboxOf(file));
    if (Array.isArray(list)) for (const entry of list) if (typeof entry === 'string') out.push(entry);
  }
  return out;
}

/** `~/x` is the home folder; `//x` and `/x` are absolute; anything else is relative to the project. */
function expandPath(entry: string, home: string, projectDir: string): string {
  if (entry === '~' || entry.startsWith('~/')) return join(home, entry.slice(1));
  if (entry.startsWith('//')) return resolve(entry.slice(1));
  if (entry.startsWith('/')) return resolve(entry);
  return resolve(projectDir, entry);
}

const covers = (denied: string[], path: string) => denied.some((d) => path === d || path.startsWith(`${d.replace(/\/$/, '')}/`));

/** The project's `origin` when it is a folder on this machine (a path or file:// URL in .git/config), else undefined. */
function localOrigin(projectDir: string): string | undefined {
  let text: string;
  try {
    text = readFileSync(join(projectDir, '.git', 'config'), 'utf8');
  } catch {
    return undefined;
  }
  const section = /\[remote "origin"\]([^[]*)/.exec(text)?.[1] ?? '';
  const url = /^\s*url\s*=\s*(.+?)\s*$/m.exec(section)?.[1];
  if (!url) return undefined;
  if (url.startsWith('file://')) return resolve(decodeURIComponent(url.slice('file://'.length)));
  return isAbsolute(url) ? resolve(url) : undefined;
}

/** Every path only the executor may use, absolute, with the name it is shown by. */
export function executorOnlyTargets(
  projectDir: string,
  env: NodeJS.ProcessEnv,
  contained: ContainedPolicy = DEFAULT_CONTAINED,
): { path: string; full: string; writeOnly?: boolean }[] {
  const home = env.HOME || homedir();
  const state = statePaths(stateHome(env));
  const origin = localOrigin(projectDir);
  const named = [...contained.executorOnly, ...contained.stateFolders].map((path) => ({
    path,
    full: expandPath(path, home, projectDir),
  }));
  const own = [{ path: state.keys, full: state.keys }, ...(origin ? [{ path: origin, full: origin, writeOnly: true }] : [])];
  const out: { path: string; full: string; writeOnly?: boolean }[] = [];
  for (const t of [...named, ...own]) if (!out.some((o) => o.full === t.full)) out.push(t);
  return out;
}

export interface ProtectionProbe {
  projectDir: string;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  /** The project's `contained:` policy (defaults when absent). */
  contained?: ContainedPolicy;
  /** Run the read probe (SessionStart and doctor do; tests of the settings alone need not). */
  probe?: boolean;
}

export function protectionOf(probe: ProtectionProbe): Protection {
  const env = probe.env ?? process.env;
  const home = env.HOME || homedir();
  const sandbox = sandboxStatus(probe);
  const files = settingsFiles(probe.projectDir, env, probe.platform);
  const expandAll = (list: string[]) => list.map((e) => expandPath(e, home, probe.projectDir));
  const denyRead = expandAll(mergedList(files, (s) => (s.filesystem as Json | undefined)?.denyRead));
  const denyWrite = expandAll(mergedList(files, (s) => (s.filesystem as Json | undefined)?.denyWrite));
  const deniedHosts = mergedList(files, (s) => (s.network as Json | undefined)?.deniedDomains);
  const excluded = mergedList(files, (s) => s.excludedCommands);
  const contained = probe.contained ?? DEFAULT_CONTAINED;
  const targets = executorOnlyTargets(probe.projectDir, env, contained);
  const executorOnly = targets.map((t) => ({
    path: t.path,
    readDenied: covers(denyRead, t.full),
    writeDenied: covers(denyWrite, t.full),
    ...(t.writeOnly ? { writeOnly: true } : {}),
  }));
  const open = executorOnly.filter((p) => (!p.readDenied && !p.writeOnly) || !p.writeDenied).map((p) => p.path);

  if (!sandbox.enabled) {
    return {
      level: 'guard-alone',
      sandbox,
      executorOnly,
      gaps: [{ what: `no OS sandbox (${sandbox.reason})`, fix: 'execguard init --contained in the repository' }],
      line: `Protection: the guard alone; there is no OS sandbox in this session (${sandbox.reason}). The guard reads command text, so a program that hides its writes can get past it. \`execguard init\` in the repository enables Claude Code's sandbox.`,
    };
  }
  const gaps: { what: string; fix: string }[] = [];
  if (open.length) gaps.push({ what: `the agent's commands can still use ${open.join(', ')}`, fix: 'execguard init --contained' });
  const hostsOpen = contained.controlPlaneHosts.filter((h) => !deniedHosts.includes(h));
  if (hostsOpen.length)
    gaps.push({ what: `the agent's commands can still reach ${hostsOpen.join(', ')}`, fix: 'execguard init --contained' });
  if (excluded.length)
    gaps.push({
      what: `sandbox.excludedCommands (${excluded.join(', ')}) run outside the sandbox without an approval`,
      fix: 'remove sandbox.excludedCommands from the Claude Code settings',
    });
  if (gaps.length === 0 && probe.probe) {
    // execguard's own key folder is always denied in contained mode, and the probe may leave a canary there.
    const failure = probeDeniedRead(statePaths(stateHome(env)).keys, env);
    if (failure)
      gaps.push({
        what: `the probe could read a denied path from inside a sandbox (${failure})`,
        fix: 'install bubblewrap and socat and allow unprivileged user namespaces (sysctl kernel.unprivileged_userns_clone=1)',
      });
  }
  if (gaps.length === 0) {
    return {
      level: 'contained',
      sandbox,
      executorOnly,
      gaps,
      line: `Contained: Claude Code's sandbox (enabled in ${sandbox.settingsFile}) confines every Bash command, and the agent's commands cannot use ${executorOnly.map((p) => p.path).join(', ')}${contained.controlPlaneHosts.length ? ` or reach ${contained.controlPlaneHosts.join(', ')}` : ''}: only an approved execguard run may (execute, resume or rollback of an approved plan, run with dangerouslyDisableSandbox).`,
    };
  }
  return {
    level: 'sandbox',
    sandbox,
    executorOnly,
    gaps,
    line: `Protection: Claude Code's sandbox (enabled in ${sandbox.settingsFile}) confines every Bash command at the OS level, on top of the guard: the writes it denies (execguard's state, the plugin and the settings, as execguard init configures it) fail whatever the command text says. Not contained: ${gaps.map((g) => g.what).join('; ')}. Fix: ${[...new Set(gaps.map((g) => g.fix))].join('; ')}.`,
  };
}
