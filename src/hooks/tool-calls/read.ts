// PreToolUse for Read, Grep and Glob: execguard's keys (the grant signing key, the helper secret,
// the keys/ folder of every state folder) may not be read, searched or listed by the agent. A path
// counts by where it leads: `~`, `..`, symlinks (dangling ones by their text) and hard links (the
// same inode) are all followed. This is a guard on Claude Code's own file tools; the OS boundary
// is the sandbox's denyRead that `execguard init` writes (docs/security.md says what remains).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { globMatches, inside, type ProtectedPaths, resolveWord } from '../../guard/protected-path-checks.js';
import { resolveLinks } from '../../state/decision-input.js';
import type { HookAnswer, HookInput } from '../hook-protocol.js';
import { type HookContext, protectedPathsOf } from '../context.js';
import { allow } from '../permission-answers.js';
import { refuseProtected } from './file-edit.js';

export const READ_TOOLS = new Set(['Read', 'Grep', 'Glob']);

/** device:inode of every file in the key folders (a hard link elsewhere has the same). */
function keyInodes(pp: ProtectedPaths): Set<string> {
  const out = new Set<string>();
  for (const dir of pp.readDenied) {
    let names: string[] = [];
    try {
      names = readdirSync(dir);
    } catch {
      continue; // no keys yet
    }
    for (const name of names) {
      try {
        const s = statSync(join(dir, name));
        if (s.isFile()) out.add(`${s.dev}:${s.ino}`);
      } catch {
        // vanished meanwhile
      }
    }
  }
  return out;
}

function sameInodeAsKey(path: string, pp: ProtectedPaths): boolean {
  let id: string;
  try {
    const s = statSync(path);
    if (!s.isFile()) return false;
    id = `${s.dev}:${s.ino}`;
  } catch {
    return false;
  }
  return keyInodes(pp).has(id);
}

/** The key folder `path` (literal or through links) leads into, or null. */
function intoKeys(path: string, pp: ProtectedPaths): string | null {
  const real = resolveLinks(path);
  return pp.readDenied.find((k) => inside(path, k) || inside(real, k)) ?? null;
}

/** A key folder a recursive search of `dir` would reach, or null. */
function reachesKeys(dir: string, pp: ProtectedPaths): string | null {
  const real = resolveLinks(dir);
  return pp.readDenied.find((k) => inside(k, dir) || inside(k, real) || inside(dir, k) || inside(real, k)) ?? null;
}

/** Could a Glob pattern rooted at `dir` name something inside a key folder? */
function globReachesKeys(dir: string, patterns: string[], pp: ProtectedPaths): string | null {
  for (const k of pp.readDenied) {
    for (const base of new Set([dir, resolveLinks(dir)])) {
      if (inside(base, k)) return k;
      if (!inside(k, base)) continue;
      // `**` matches any depth (and dot-folders too, to be safe).
      if (patterns.some((p) => p.includes('**'))) return k;
      const rel = k.slice(base.length).split('/').filter(Boolean);
      if (patterns.length > rel.length && rel.every((name, i) => globMatches(patterns[i], name) || patterns[i] === name)) return k;
    }
  }
  return null;
}

/**
 * Why the read tool call may not go ahead, or null.
 * @internal exported for its tests (knip --production)
 */
export function readProtected(
  tool: string,
  fields: Record<string, unknown>,
  ctx: Pick<HookContext, 'cwd' | 'env' | 'pluginRoot'>,
): string | null {
  const pp = protectedPathsOf(ctx);
  if (pp.readDenied.length === 0) return null;
  const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
  const where = (word: string) => {
    const r = resolveWord(word, false, ctx.cwd, pp);
    return r.kind === 'path' ? r.path : null;
  };
  if (tool === 'Read') {
    const file = str(fields.file_path);
    if (!file) return 'a Read without tool_input.file_path: cannot tell what it reads';
    const path = where(file);
    if (!path) return `a path that cannot be resolved (${file})`;
    const k = intoKeys(path, pp);
    if (k) return `${path} leads into ${k}, execguard's keys`;
    if (sameInodeAsKey(path, pp)) return `${path} is a hard link to one of execguard's keys`;
    return null;
  }
  const base = str(fields.path) ?? ctx.cwd;
  const dir = where(base);
  if (!dir) return `a path that cannot be resolved (${base})`;
  if (tool === 'Grep') {
    const k = reachesKeys(dir, pp);
    if (k) return `a search of ${dir} reaches ${k}, execguard's keys; search a folder that does not hold them`;
    if (sameInodeAsKey(dir, pp)) return `${dir} is a hard link to one of execguard's keys`;
    return null;
  }
  // Glob: names only, but the keys folder is not the agent's to list either.
  const pattern = str(fields.pattern) ?? '*';
  const r = resolveWord(pattern.startsWith('/') ? pattern : `${dir.replace(/\/$/, '')}/${pattern}`, true, ctx.cwd, pp);
  if (r.kind === 'unknown') return `a pattern that cannot be resolved (${pattern})`;
  const k = r.kind === 'path' ? intoKeys(r.path, pp) : globReachesKeys(r.dir, r.patterns, pp);
  return k ? `the pattern could list ${k}, execguard's keys` : null;
}

export function guardRead(tool: string, input: HookInput, ctx: HookContext): HookAnswer {
  const fields = (input.tool_input ?? {}) as Record<string, unknown>;
  const what = readProtected(tool, fields, ctx);
  if (!what) return allow('silent');
  const shown = String(fields.file_path ?? fields.path ?? fields.pattern ?? '');
  const reason =
    `execguard: ${tool} ${shown} is blocked: ${what}. An agent may not read execguard's keys ` +
    '(they sign approvals); nothing in a normal task needs them.';
  return refuseProtected(ctx, tool, shown, reason);
}
