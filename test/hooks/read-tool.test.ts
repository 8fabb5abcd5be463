// The Read, Grep and Glob tools against execguard's keys, on a real folder: every way a path can
// lead into the keys folder (plain, `~`, `..`, a symlink, a dangling symlink, a hard link, a search
// or a pattern that reaches it) is denied; ordinary reads are not. Also the symlink resolver the
// guard uses, on dangling links.
import { linkSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readProtected } from '../../src/hooks/tool-calls/read.js';
import { resolveLinks } from '../../src/state/decision-input.js';
import { tempDir } from '../helpers/tmp.js';

let root = '';
let home = '';
let state = '';
let project = '';
const ctx = () => ({ cwd: project, env: { HOME: home, EXECGUARD_HOME: state, CLAUDE_PROJECT_DIR: project } });

beforeAll(() => {
  root = tempDir('execguard-read-');
  home = join(root, 'home');
  state = join(home, '.local', 'state', 'execguard');
  project = join(root, 'proj');
  mkdirSync(join(state, 'keys'), { recursive: true });
  mkdirSync(join(project, 'src'), { recursive: true });
  writeFileSync(join(state, 'keys', 'grant-signing.key'), '{"kty":"OKP"}\n');
  writeFileSync(join(state, 'keys', 'helper.secret'), 'secret\n');
  writeFileSync(join(state, 'decisions.jsonl'), '');
  writeFileSync(join(project, 'src', 'app.ts'), 'x');
  symlinkSync(join(state, 'keys'), join(project, 'k'));
  symlinkSync(join(state, 'keys', 'grant-signing.key'), join(project, 'key-link'));
  // A hard link made before the guard looked (e.g. by a tool outside the session).
  linkSync(join(state, 'keys', 'helper.secret'), join(project, 'notes.txt'));
});

describe('Read, Grep and Glob may not reach execguard keys', () => {
  const denied: [string, () => Record<string, unknown>][] = [
    ['Read', () => ({ file_path: join(state, 'keys', 'grant-signing.key') })],
    ['Read', () => ({ file_path: '~/.local/state/execguard/keys/helper.secret' })],
    ['Read', () => ({ file_path: join(project, '..', 'home', '.local', 'state', 'execguard', 'keys', 'helper.secret') })],
    ['Read', () => ({ file_path: join(project, 'k', 'grant-signing.key') })],
    ['Read', () => ({ file_path: join(project, 'key-link') })],
    ['Read', () => ({ file_path: join(project, 'notes.txt') })],
    ['Grep', () => ({ pattern: 'd', path: join(state, 'keys') })],
    ['Grep', () => ({ pattern: 'd', path: home })],
    ['Grep', () => ({ pattern: 'd', path: join(project, 'k') })],
    ['Grep', () => ({ pattern: 'd', path: join(project, 'notes.txt') })],
    ['Glob', () => ({ pattern: '**/*.key', path: home })],
    ['Glob', () => ({ pattern: '*', path: join(state, 'keys') })],
    ['Glob', () => ({ pattern: `${state}/k*/*` })],
    ['Glob', () => ({ pattern: '*', path: join(project, 'k') })],
  ];
  it.each(denied)('%s %o is denied', (tool, fields) => {
    expect(readProtected(tool, fields(), ctx())).not.toBeNull();
  });

  const allowed: [string, () => Record<string, unknown>][] = [
    ['Read', () => ({ file_path: join(project, 'src', 'app.ts') })],
    ['Read', () => ({ file_path: join(state, 'decisions.jsonl') })],
    ['Read', () => ({ file_path: join(project, 'missing.txt') })],
    ['Grep', () => ({ pattern: 'd', path: join(project, 'src') })],
    ['Grep', () => ({ pattern: 'd' })],
    ['Glob', () => ({ pattern: '**/*.ts' })],
    ['Glob', () => ({ pattern: '*.jsonl', path: state })],
  ];
  it.each(allowed)('%s %o is allowed', (tool, fields) => {
    expect(readProtected(tool, fields(), ctx())).toBeNull();
  });
});

describe('resolveLinks reads a link by its text, existing target or not', () => {
  it('follows a dangling link to where it points', () => {
    const dir = tempDir('execguard-links-');
    mkdirSync(join(dir, '.claude'));
    symlinkSync('.claude/settings.local.json', join(dir, 'dangling'));
    symlinkSync(join(dir, 'nowhere', '..', 'grants', 'x.json'), join(dir, 'abs'));
    symlinkSync('dangling', join(dir, 'chain'));
    symlinkSync('loop-b', join(dir, 'loop-a'));
    symlinkSync('loop-a', join(dir, 'loop-b'));
    expect(resolveLinks(join(dir, 'dangling'))).toBe(join(dir, '.claude', 'settings.local.json'));
    expect(resolveLinks(join(dir, 'chain'))).toBe(join(dir, '.claude', 'settings.local.json'));
    expect(resolveLinks(join(dir, 'abs'))).toBe(join(dir, 'grants', 'x.json'));
    expect(resolveLinks(join(dir, 'plain', 'file'))).toBe(join(dir, 'plain', 'file'));
    // A loop ends (the kernel's ELOOP); the answer is some path, never a hang.
    expect(typeof resolveLinks(join(dir, 'loop-a', 'x'))).toBe('string');
  });
});
