// The rule registry agrees with everything else that names a rule (in the way commitlint's rules
// index test checks its rules): every file in src/guard/rules is registered under its file name
// and exports the registered function; RULE_ORDER is the registry's order; docs/guard-rules.md
// lists that order and has a section per rule; every rule has a test file. It reads whatever rule
// files exist, so a new rule is checked without touching this test.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/guard/rules/index.js';
import { TOOLS } from '../../src/guard/tools/index.js';
import { RULE_ORDER } from '../../src/guard/types.js';

const root = join(import.meta.dirname, '..', '..');
const rulesDir = join(root, 'src', 'guard', 'rules');
const files = readdirSync(rulesDir)
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .map((f) => f.slice(0, -3))
  .sort();
const ids: string[] = RULES.map((r) => r.id);
const docs = readFileSync(join(root, 'docs', 'guard-rules.md'), 'utf8');

/** Every *.test.ts under test/, by file name. */
function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? testFiles(join(dir, e.name)) : e.name.endsWith('.test.ts') ? [e.name] : [],
  );
}
const tests = testFiles(join(root, 'test'));

describe('rule registry', () => {
  it('registers every rule file once, under its file name', () => {
    expect(new Set(ids).size, 'an id is registered twice').toBe(ids.length);
    expect([...ids].sort()).toEqual(files);
  });

  it.each(files)('%s: the registered function is the one its file exports', async (id) => {
    const module = (await import(join(rulesDir, `${id}.ts`))) as Record<string, unknown>;
    const entry = RULES.find((r) => r.id === id);
    expect(Object.values(module)).toContain(entry?.rule);
  });

  it('RULE_ORDER is the registry order, then internal-error', () => {
    expect([...RULE_ORDER]).toEqual([...ids, 'internal-error']);
  });

  it('docs/guard-rules.md lists the rules in registry order', () => {
    const section = /^## Rule order\n([\s\S]*?)(?=\n## )/m.exec(docs)?.[1] ?? '';
    const listed = [...section.matchAll(/^\d+\.\s+`([a-z0-9-]+)`/gm)].map((m) => m[1]);
    expect(listed).toEqual(ids);
  });

  it.each(files)('%s has its own section in docs/guard-rules.md', (id) => {
    expect(docs).toMatch(new RegExp(`^### \`?${id}\`?\\s*$`, 'm'));
  });

  it.each(files)('%s has a test file named after it', (id) => {
    const own = `${id}.test.ts`;
    expect(existsSync(join(root, 'test', 'guard', own)) || tests.some((t) => t.startsWith(id)), `test/guard/${own}`).toBe(true);
  });
});

// Tool modules (src/guard/tools): each registered once under its file name, with its own table
// test and a section in docs/guard-tools.md. grammar.ts, types.ts and index.ts are not tools.
const toolsDir = join(root, 'src', 'guard', 'tools');
const toolFiles = readdirSync(toolsDir)
  .filter((f) => f.endsWith('.ts') && !['index.ts', 'types.ts', 'grammar.ts'].includes(f))
  .map((f) => f.slice(0, -3))
  .sort();
const toolIds = TOOLS.map((t) => t.id);
const toolDocs = readFileSync(join(root, 'docs', 'guard-tools.md'), 'utf8');

describe('tool registry', () => {
  it('registers every tool module once, under its file name', () => {
    expect(new Set(toolIds).size, 'a tool is registered twice').toBe(toolIds.length);
    expect([...toolIds].sort()).toEqual(toolFiles);
  });

  it('no program is claimed by two tools', () => {
    const programs = TOOLS.flatMap((t) => t.programs);
    expect(new Set(programs).size).toBe(programs.length);
  });

  it.each(toolFiles)('%s: the registered module is the one its file exports', async (id) => {
    const module = (await import(join(toolsDir, `${id}.ts`))) as Record<string, unknown>;
    expect(Object.values(module)).toContain(TOOLS.find((t) => t.id === id));
  });

  it.each(toolFiles)('%s has a table test in test/guard/tools/', (id) => {
    expect(existsSync(join(root, 'test', 'guard', 'tools', `${id}.test.ts`)), `test/guard/tools/${id}.test.ts`).toBe(true);
  });

  it.each(toolFiles)('%s has its own section in docs/guard-tools.md', (id) => {
    expect(toolDocs).toMatch(new RegExp(`^### \`?${id}\`?\\s*$`, 'm'));
  });
});
