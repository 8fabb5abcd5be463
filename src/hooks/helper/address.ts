// Where the warm helper listens. One helper per hook bundle (path, size, mtime) and per
// environment that can change an answer, so a rebuilt plugin or another state folder never
// talks to a helper running other code or other settings.
import { lstatSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stateHome } from '../../state/home.js';

/** Environment variables that can change a hook's answer; the helper is keyed on them. */
const KEY_ENV = ['EXECGUARD_HOME', 'CLAUDE_PLUGIN_DATA', 'CLAUDE_PLUGIN_ROOT', 'HOME', 'PATH', 'KUBECONFIG'] as const;

/** FNV-1a, 32 bit: a short, dependency-free name (not a security measure). */
function fnv(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The socket folder must be ours and private; otherwise no helper is used. */
export function privateDir(dir: string): boolean {
  try {
    const s = lstatSync(dir);
    return s.isDirectory() && (s.mode & 0o077) === 0 && (typeof process.getuid !== 'function' || s.uid === process.getuid());
  } catch {
    return false;
  }
}

function helperDir(env: NodeJS.ProcessEnv): string {
  const dir = join(stateHome(env), 'hookd');
  // Unix socket paths are limited to ~107 bytes: fall back to a per-user folder in tmp.
  if (dir.length <= 80) return dir;
  const uid = typeof process.getuid === 'function' ? process.getuid() : 0;
  return join(tmpdir(), `execguard-hookd-${uid}-${fnv(dir)}`);
}

export function socketPath(bundle: string, env: NodeJS.ProcessEnv): string {
  const s = statSync(bundle);
  const key = [bundle, s.size, s.mtimeMs, ...KEY_ENV.map((k) => `${k}=${env[k] ?? ''}`)].join('\n');
  return join(helperDir(env), `${fnv(key)}.sock`);
}
