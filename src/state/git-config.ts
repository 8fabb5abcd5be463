// The configuration git would use for a command: one `git config --list --show-origin -z` in the
// command's folder with its environment (system, global, local, worktree, includes, includeIf,
// GIT_CONFIG_*), which runs nothing from the repository (no fsmonitor, no hooks: test/guard pins
// it). The repository's git folder is found on disk, for its hooks. Cached per folder and
// environment while none of the files it read (and the usual places a new one could appear)
// changes, so the warm hook helper pays for one spawn per repository, not per command.
import { execFile } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { GitConfigEntry, GitConfigRead } from '../guard/run-files/types.js';

/** Variables that change which configuration git reads. */
const CONFIG_ENV =
  /^(HOME|XDG_CONFIG_HOME|GIT_DIR|GIT_WORK_TREE|GIT_COMMON_DIR|GIT_CONFIG|GIT_CONFIG_GLOBAL|GIT_CONFIG_SYSTEM|GIT_CONFIG_NOSYSTEM|GIT_CONFIG_PARAMETERS|GIT_CONFIG_COUNT|GIT_CONFIG_KEY_\d+|GIT_CONFIG_VALUE_\d+|GIT_CEILING_DIRECTORIES|GIT_DISCOVERY_ACROSS_FILESYSTEM|PATH|PREFIX)$/;

const TIMEOUT_MS = 5000;
const cache = new Map<string, { identities: string; result: GitConfigRead }>();
const inFlight = new Map<string, ReturnType<typeof run>>();

function identity(path: string): string {
  try {
    const st = statSync(path);
    return `${st.dev}:${st.ino}:${st.size}:${st.mtimeMs}`;
  } catch {
    return '-';
  }
}

/** The repository around `dir`: its git folder, common git folder (hooks) and work tree top. */
export function findRepository(dir: string, env: NodeJS.ProcessEnv): { gitDir?: string; commonDir?: string; topLevel?: string } {
  let gitDir: string | undefined;
  let topLevel: string | undefined;
  if (env.GIT_DIR) {
    gitDir = resolve(dir, env.GIT_DIR);
    topLevel = env.GIT_WORK_TREE ? resolve(dir, env.GIT_WORK_TREE) : dir;
  } else {
    for (let d = resolve(dir); ; d = dirname(d)) {
      const dotGit = join(d, '.git');
      try {
        const st = statSync(dotGit);
        if (st.isDirectory()) gitDir = dotGit;
        else {
          const m = /^gitdir:\s*(.+?)\s*$/m.exec(readFileSync(dotGit, 'utf8'));
          if (m) gitDir = resolve(d, m[1]);
        }
        if (gitDir) {
          topLevel = d;
          break;
        }
      } catch {
        // not here: a bare repository, or further up
      }
      try {
        if (statSync(join(d, 'HEAD')).isFile() && statSync(join(d, 'objects')).isDirectory()) {
          gitDir = d;
          break;
        }
      } catch {
        // not a bare repository
      }
      if (dirname(d) === d) break;
    }
  }
  if (!gitDir) return {};
  let commonDir = gitDir;
  try {
    commonDir = resolve(gitDir, readFileSync(join(gitDir, 'commondir'), 'utf8').trim());
  } catch {
    // not a linked worktree
  }
  return { gitDir, commonDir, ...(topLevel ? { topLevel } : {}) };
}

/** `origin\0key\nvalue\0` records of `git config --list --show-origin -z`. */
export function parseConfigList(out: string, dir: string): GitConfigEntry[] {
  const tokens = out.split('\0');
  const entries: GitConfigEntry[] = [];
  for (let i = 0; i + 1 < tokens.length; i += 2) {
    let origin = tokens[i];
    const record = tokens[i + 1];
    const nl = record.indexOf('\n');
    const key = nl < 0 ? record : record.slice(0, nl);
    const value = nl < 0 ? 'true' : record.slice(nl + 1);
    const file = /^file:(.*)$/s.exec(origin);
    if (file && !isAbsolute(file[1])) origin = `file:${resolve(dir, file[1])}`;
    entries.push({ key, value, origin });
  }
  return entries;
}

function run(dir: string, env: NodeJS.ProcessEnv): Promise<{ ok: true; out: string } | { ok: false; why: string }> {
  return new Promise((done) => {
    execFile(
      'git',
      ['config', '--list', '--show-origin', '-z'],
      { cwd: dir, env, timeout: TIMEOUT_MS, maxBuffer: 4 * 1024 * 1024, encoding: 'utf8', windowsHide: true },
      (error, stdout, stderr) => {
        // exit 1 with no output: no configuration at all (outside a repository, no global file)
        if (error && !(typeof error.code === 'number' && error.code === 1 && stdout === '')) {
          const why = (stderr || error.message).trim().split('\n')[0];
          done({ ok: false, why: `git config failed: ${why}` });
        } else done({ ok: true, out: stdout });
      },
    );
  });
}

/** The configuration git would use in `dir` with `env`. Never throws. */
export async function readGitConfig(dir: string, env: NodeJS.ProcessEnv): Promise<GitConfigRead> {
  const gitEnv: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined && CONFIG_ENV.test(k)) gitEnv[k] = v;
  // git must not page, prompt or pick up a repository other than the command's
  gitEnv.GIT_PAGER = 'cat';
  gitEnv.GIT_TERMINAL_PROMPT = '0';
  try {
    if (!statSync(dir).isDirectory()) return { unreadable: `${dir} is not a folder` };
  } catch {
    return { unreadable: `${dir} does not exist`, missingFolder: true };
  }
  const repo = findRepository(dir, gitEnv);
  const home = gitEnv.HOME ?? '';
  const watched = [
    '/etc/gitconfig',
    gitEnv.GIT_CONFIG_SYSTEM ?? '',
    gitEnv.GIT_CONFIG_GLOBAL ?? '',
    home && join(home, '.gitconfig'),
    join(gitEnv.XDG_CONFIG_HOME ?? (home && join(home, '.config')), 'git', 'config'),
    repo.commonDir ? join(repo.commonDir, 'config') : '',
    repo.gitDir ? join(repo.gitDir, 'config.worktree') : '',
  ].filter(Boolean);
  const key = JSON.stringify([dir, gitEnv]);
  const hit = cache.get(key);
  if (hit) {
    const files = new Set(watched);
    if ('entries' in hit.result) for (const e of hit.result.entries) if (e.origin.startsWith('file:')) files.add(e.origin.slice(5));
    const identities = [...files].map((f) => `${f}=${identity(f)}`).join('\n');
    if (identities === hit.identities) return hit.result;
  }
  // Callers asking at the same moment (a run's pre-flight judges its git commands side by side)
  // share one read instead of each spawning its own.
  let reading = inFlight.get(key);
  if (!reading) {
    reading = run(dir, gitEnv).finally(() => inFlight.delete(key));
    inFlight.set(key, reading);
  }
  const got = await reading;
  if (!got.ok) return { unreadable: got.why };
  const entries = parseConfigList(got.out, dir);
  const result: GitConfigRead = {
    entries,
    ...(repo.commonDir ? { commonDir: repo.commonDir } : {}),
    ...(repo.topLevel ? { topLevel: repo.topLevel } : {}),
  };
  const files = new Set(watched);
  for (const e of entries) if (e.origin.startsWith('file:')) files.add(e.origin.slice(5));
  if (cache.size > 64) cache.delete(cache.keys().next().value as string);
  cache.set(key, { identities: [...files].map((f) => `${f}=${identity(f)}`).join('\n'), result });
  return result;
}
