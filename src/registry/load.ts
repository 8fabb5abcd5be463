// The registry's one I/O edge: finds SKILL.md files on disk. Everything else in src/registry is pure.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildRegistry, type SkillSource } from './registry.js';
import type { Registry } from './types.js';

const isDir = (path: string) => existsSync(path) && statSync(path).isDirectory();

/**
 * SKILL.md files under DIR. DIR may be a skills folder (`<DIR>/<name>/SKILL.md`), a plugin root
 * (`<DIR>/skills/<name>/SKILL.md`) or one skill's folder (`<DIR>/SKILL.md`).
 */
function findSkillFiles(dir: string): string[] {
  if (existsSync(join(dir, 'SKILL.md'))) return [join(dir, 'SKILL.md')];
  const children = (d: string) =>
    readdirSync(d)
      .sort()
      .map((name) => join(d, name, 'SKILL.md'))
      .filter((file) => existsSync(file));
  const direct = children(dir);
  if (direct.length === 0 && isDir(join(dir, 'skills'))) return children(join(dir, 'skills'));
  return direct;
}

export function loadRegistry(dirs: string[], cwd = process.cwd()): Registry {
  const sources: SkillSource[] = [];
  const missing: Registry['errors'] = [];
  for (const dir of dirs) {
    const full = resolve(cwd, dir);
    if (!isDir(full)) {
      missing.push({
        file: dir,
        line: 1,
        field: 'folder',
        message: 'not a directory; expected a skills folder, a plugin root or a skill folder',
      });
      continue;
    }
    for (const file of findSkillFiles(full)) {
      const shown = relative(cwd, file);
      sources.push({
        file: shown && !shown.startsWith('..') ? shown : file,
        folder: basename(dirname(file)),
        text: readFileSync(file, 'utf8'),
      });
    }
  }
  const registry = buildRegistry(sources);
  return { skills: registry.skills, errors: [...missing, ...registry.errors] };
}

/**
 * The plugin's own skills folder: $CLAUDE_PLUGIN_ROOT/skills, else the nearest folder above this
 * module (dist/cli.mjs, a dist/chunks/ chunk, or src/ when run from source) that holds
 * .claude-plugin/plugin.json and skills/.
 */
export function pluginSkillsDir(
  env: NodeJS.ProcessEnv = process.env,
  from: string = dirname(fileURLToPath(import.meta.url)),
): string | undefined {
  if (env.CLAUDE_PLUGIN_ROOT && isDir(join(env.CLAUDE_PLUGIN_ROOT, 'skills'))) return join(env.CLAUDE_PLUGIN_ROOT, 'skills');
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.claude-plugin', 'plugin.json')) && isDir(join(dir, 'skills'))) return join(dir, 'skills');
    if (dirname(dir) === dir) return undefined;
  }
}
