// The decision's inputs, built in one place for every caller: the PreToolUse hook, `execguard
// check`, the SDK loop's bash tool, the library (guardToolUse, decideCommand) and the executor's
// gate all call decisionInput() here, so the same command in the same place, with the same
// approval, gets the same protected paths, I/O and grant, and so the same answer from decide().
// Callers differ only in where the approval comes from (the grant store, or the user's own words
// read by approval/answer-binding.ts grantFromWords) and in the folders the executor writes itself. Symlinks, git trees and
// the files a command runs are read here (file-system calls belong at the edge, not in the rules).
import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GrantBinding } from '../approval/types.js';
import type { DecisionInput, DecisionIo, GrantView } from '../guard/decide.js';
import type { Policy } from '../guard/policy.js';
import type { GitTreeIo, ProtectedPaths } from '../guard/protected-path-checks.js';
import { agentSession } from './agent-session.js';
import { listRunDir, readRunFile } from './file-reader.js';
import { installedPluginData, stateHome, statePaths } from './home.js';

const MANAGED_SETTINGS = ['/etc/claude-code/managed-settings.json', '/Library/Application Support/ClaudeCode/managed-settings.json'];

/** The plugin root: CLAUDE_PLUGIN_ROOT, else the folder above this bundle that holds hooks/hooks.json. */
export function pluginRootOf(env: NodeJS.ProcessEnv): string | undefined {
  if (env.CLAUDE_PLUGIN_ROOT) return env.CLAUDE_PLUGIN_ROOT;
  try {
    let dir = dirname(fileURLToPath(import.meta.url));
    for (let i = 0; i < 4; i++) {
      if (existsSync(join(dir, 'hooks', 'hooks.json')) && existsSync(join(dir, '.claude-plugin'))) return dir;
      dir = dirname(dir);
    }
  } catch {
    // Not loaded from a file: no plugin root to protect.
  }
  return undefined;
}

/**
 * The path with every symlink along it resolved, reading each link's own text (lstat + readlink),
 * so a dangling link still counts by where it points: writing through `x -> .claude/settings.local.json`
 * creates that file. Components that do not exist are kept as written. Bounded like the kernel (40 links).
 */
export function resolveLinks(path: string): string {
  if (!isAbsolute(path)) return path;
  let todo = path.split('/').filter(Boolean);
  let done = '/';
  let hops = 0;
  while (todo.length > 0) {
    const name = todo.shift() as string;
    if (name === '.') continue;
    if (name === '..') {
      done = dirname(done);
      continue;
    }
    const next = join(done, name);
    let link: string | undefined;
    try {
      if (lstatSync(next).isSymbolicLink()) link = readlinkSync(next);
    } catch {
      // Missing (or unreadable): nothing below it can be a link yet; the rest stays as written.
      return normalize(join(next, ...todo));
    }
    if (link === undefined) {
      done = next;
      continue;
    }
    if (++hops > 40) return normalize(join(next, ...todo));
    todo = [...link.split('/').filter(Boolean), ...todo];
    if (isAbsolute(link)) done = '/';
  }
  return done;
}

/** execguard's protected paths for a command run with `env` in `cwd`. */
export function protectedPathsFor(env: NodeJS.ProcessEnv, cwd: string): ProtectedPaths {
  const homeDir = env.HOME || homedir();
  const home = resolve(cwd, stateHome(env));
  const pluginRoot = pluginRootOf(env);
  // The executor could be pointed at any of these: protect them all, and their real paths.
  const homes = new Set<string>([home, join(homeDir, '.local', 'state', 'execguard')]);
  if (env.CLAUDE_PLUGIN_DATA) homes.add(resolve(cwd, env.CLAUDE_PLUGIN_DATA));
  // What a person's terminal resolves to (docs/state.md): the installed plugin's data folders.
  for (const data of installedPluginData(env)) homes.add(data);
  for (const h of [...homes]) homes.add(resolveLinks(h));
  const also = new Set<string>(homes);
  if (pluginRoot && resolveLinks(resolve(cwd, pluginRoot)) !== resolve(cwd, pluginRoot)) also.add(resolveLinks(resolve(cwd, pluginRoot)));
  also.delete(home);
  const paths: ProtectedPaths = {
    stateHome: home,
    homeDir,
    managedSettings: MANAGED_SETTINGS,
    readDenied: [...homes].map((h) => statePaths(h).keys),
    alsoProtected: [...also],
  };
  if (pluginRoot) paths.pluginRoot = resolve(cwd, pluginRoot);
  const projectDir = env.CLAUDE_PROJECT_DIR || undefined;
  if (projectDir) paths.projectDir = resolve(cwd, projectDir);
  return paths;
}

/**
 * The decision's I/O for a caller in `cwd` with `env`: the kube context (bounded), symlinks, git
 * trees, and the files and git configuration a command will run.
 * @internal exported for its tests (knip --production)
 */
export function decisionIoFor(env: NodeJS.ProcessEnv, cwd: string): DecisionIo {
  // Loaded when first needed: the file tools' path never reads a kube context.
  const readKubeContext = async () => (await import('../guard/kube-context.js')).readCurrentKubeContext(1500, env, cwd);
  const readGitConfig: DecisionIo['readGitConfig'] = async (dir, commandEnv) =>
    (await import('./git-config.js')).readGitConfig(dir, { ...env, ...commandEnv });
  return { readKubeContext, resolveLinks, git: gitTreeIo(env), readFile: readRunFile, listDir: listRunDir, readGitConfig, env: { ...env } };
}

/** Everything a caller knows about one command: what, where, under which policy and approval. */
export interface DecisionRequest {
  command: string;
  /** The folder the command starts in. */
  cwd: string;
  /** The environment the command runs with: it locates the state folder, the plugin and HOME. */
  env: NodeJS.ProcessEnv;
  policy: Policy;
  /** The approval in force (grantFromStore, grantFromWords), or null. */
  grant: GrantView | null;
  /**
   * The caller is an agent session. The hook, the SDK loop and guardToolUse always are; absent,
   * it is read from the environment (CLAUDECODE, a session id) as `check` and the executor do.
   */
  agentSession?: boolean;
  /** Folders inside the protected ones that this caller writes itself (the executor's runs folder). Never for an agent's call. */
  writable?: string[];
}

/** The one builder of decide()'s inputs. */
export function decisionInput(request: DecisionRequest): DecisionInput {
  const { command, cwd, env, policy, grant } = request;
  const base = protectedPathsFor(env, cwd);
  return {
    command,
    cwd,
    grant,
    policy,
    protectedPaths: request.writable?.length ? { ...base, writable: request.writable } : base,
    agentSession: request.agentSession ?? agentSession(env).inAgent,
    io: decisionIoFor(env, cwd),
  };
}

/** A grant from the store (the session's, or a sub-agent's) as the decision sees it, its binding kept. */
export function grantFromStore(record: { id: string; scope: GrantView['scope']; binding?: GrantBinding } | null): GrantView | null {
  if (!record) return null;
  return { id: record.id, scope: record.scope, ...(record.binding ? { binding: record.binding } : {}) };
}

/**
 * git, read without running anything the repository configures: `ls-tree` and `merge-base` read
 * objects only (no hooks, filters, fsmonitor or external diff); the files on disk are hashed
 * here, not by git (whose clean filters could run code the agent wrote into .git/config).
 */
function gitTreeIo(env: NodeJS.ProcessEnv = process.env): GitTreeIo {
  const gitEnv: NodeJS.ProcessEnv = {
    PATH: env.PATH ?? process.env.PATH,
    HOME: env.HOME ?? process.env.HOME,
    GIT_CONFIG_NOSYSTEM: '1',
    LC_ALL: 'C',
  };
  const run = (top: string, args: string[]): string | undefined => {
    try {
      const { execFileSync } = process.getBuiltinModule('node:child_process') as typeof import('node:child_process');
      return execFileSync('git', ['-C', top, '-c', 'core.fsmonitor=false', ...args], {
        env: gitEnv,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        maxBuffer: 16 * 1024 * 1024,
      });
    } catch {
      return undefined;
    }
  };
  const commit = (top: string, rev: string): string | undefined => {
    if (rev.startsWith('-')) return undefined;
    const three = rev.indexOf('...');
    if (three !== -1) {
      const a = commit(top, rev.slice(0, three) || 'HEAD');
      const b = commit(top, rev.slice(three + 3) || 'HEAD');
      return a && b ? run(top, ['merge-base', a, b])?.trim() || undefined : undefined;
    }
    return run(top, ['rev-parse', '-q', '--verify', '--end-of-options', `${rev}^{commit}`])?.trim() || undefined;
  };
  return {
    top(dir) {
      let d = resolve(dir);
      for (let i = 0; i < 256; i++) {
        if (existsSync(join(d, '.git'))) return d;
        const parent = dirname(d);
        if (parent === d) return undefined;
        d = parent;
      }
      return undefined;
    },
    tree(top, rev, paths) {
      const id = commit(top, rev);
      if (!id) return undefined;
      const out = run(top, ['ls-tree', '-r', '-z', '--full-tree', id, '--', ...paths]);
      if (out === undefined) return undefined;
      const entries = new Map<string, string>();
      for (const line of out.split('\0')) {
        const m = /^(\d+) \w+ ([0-9a-f]+)\t(.*)$/s.exec(line);
        if (m) entries.set(m[3], `${m[1]} ${m[2]}`);
      }
      return entries;
    },
    worktree(top, paths) {
      const entries = new Map<string, string>();
      const blob = (data: Buffer) => {
        const { createHash } = process.getBuiltinModule('node:crypto') as typeof import('node:crypto');
        const h = createHash('sha1');
        h.update(`blob ${data.length}\0`);
        h.update(data);
        return h.digest('hex');
      };
      const walk = (rel: string, depth: number) => {
        const full = join(top, rel);
        let st: ReturnType<typeof lstatSync>;
        try {
          st = lstatSync(full);
        } catch {
          return;
        }
        if (st.isSymbolicLink()) entries.set(rel, `120000 ${blob(Buffer.from(readlinkSync(full)))}`);
        else if (st.isFile()) {
          try {
            entries.set(rel, `${st.mode & 0o111 ? '100755' : '100644'} ${blob(readFileSync(full))}`);
          } catch {
            entries.set(rel, 'unreadable');
          }
        } else if (st.isDirectory() && depth < 32 && rel.split('/').pop() !== '.git') {
          for (const name of readdirSync(full)) walk(join(rel, name), depth + 1);
        }
      };
      for (const p of paths) walk(p, 0);
      return entries;
    },
  };
}
