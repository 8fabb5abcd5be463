// The protected paths and the decision's I/O as every caller builds them, from the environment and
// the working folder: one builder, so the hook, `check`, the SDK loop and the executor protect the
// same places. Symlinks are resolved here (file-system calls belong at the edge, not in the rules).
import { existsSync, realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DecisionIo } from '../guard/decide.js';
import type { ProtectedPaths } from '../guard/protected-paths.js';
import { listRunDir, readRunFile } from './file-reader.js';
import { stateHome, statePaths } from './home.js';

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

/** The path with symlinks resolved as far as it exists (a link to a protected file is protected). */
export function resolveLinks(path: string): string {
  let existing = path;
  const rest: string[] = [];
  try {
    while (!existsSync(existing)) {
      const parent = dirname(existing);
      if (parent === existing) return path;
      rest.unshift(basename(existing));
      existing = parent;
    }
    return join(realpathSync(existing), ...rest);
  } catch {
    return path;
  }
}

/** execguard's protected paths for a command run with `env` in `cwd`. */
export function protectedPathsFor(env: NodeJS.ProcessEnv, cwd: string): ProtectedPaths {
  const homeDir = env.HOME || homedir();
  const home = resolve(cwd, stateHome(env));
  const pluginRoot = pluginRootOf(env);
  // The executor could be pointed at any of these: protect them all, and their real paths.
  const homes = new Set<string>([home, join(homeDir, '.local', 'state', 'execguard')]);
  if (env.CLAUDE_PLUGIN_DATA) homes.add(resolve(cwd, env.CLAUDE_PLUGIN_DATA));
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
 * The decision's I/O for a caller in `cwd` with `env`: the kube context (bounded), symlinks, the
 * files a command will run and git's configuration. Every caller (hook, check, SDK loop, executor
 * gate) builds it here, so they all read the same.
 */
export function decisionIoFor(env: NodeJS.ProcessEnv, cwd: string): DecisionIo {
  // Loaded when first needed: the file tools' path never reads a kube context.
  const readKubeContext = async () => (await import('../guard/kube-context.js')).readCurrentKubeContext(1500, env, cwd);
  const readGitConfig: DecisionIo['readGitConfig'] = async (dir, commandEnv) =>
    (await import('./git-config.js')).readGitConfig(dir, { ...env, ...commandEnv });
  return { readKubeContext, resolveLinks, readFile: readRunFile, listDir: listRunDir, readGitConfig, env: { ...env } };
}
