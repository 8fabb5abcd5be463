// One SKILL.md -> a typed record, or errors naming the file, the line and the field.
// Pure: the caller reads the file. gray-matter splits the frontmatter; the `yaml` package parses
// it so every key keeps its line.
import matter from 'gray-matter';
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';
// zod/mini with named imports: tree-shaken, so the CLI's shared zod chunk stays small (the
// executor loads it on every run). English messages as full zod gives them (it sets them itself).
import en from 'zod/v4/locales/en.js';
import {
  array,
  boolean,
  config,
  enum as zEnum,
  literal,
  looseObject,
  maxLength,
  minLength,
  optional,
  type output,
  record,
  strictObject,
  string,
  trim,
  union,
  unknown,
} from 'zod/mini';
import { splitToolList, toolEntryProblem } from './allowed-tools.js';
import type { RegistryError, SkillRecord } from './types.js';

const MAX_DESCRIPTION = 1024;
const MAX_NAME = 64;
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const BOOLEAN_WORDS: Record<string, boolean> = {
  true: true,
  false: false,
  yes: true,
  no: false,
  on: true,
  off: false,
  '1': true,
  '0': false,
};

if (!config().localeError) config(en());

const booleanish = union([boolean(), zEnum(Object.keys(BOOLEAN_WORDS) as [string, ...string[]])], {
  error: 'expected true or false',
});
const stringOrList = union([string(), array(string())], { error: 'expected a string or a list of strings' });
const text = (what: string) =>
  string({ error: (issue) => (issue.input === undefined ? `missing; expected ${what}` : `expected ${what}, got ${typeof issue.input}`) });

/** Every frontmatter field Claude Code accepts (CLAUDE-CODE.md §2.2); anything else is an error. */
const FrontmatterSchema = strictObject({
  name: text('the skill name (the folder name, kebab-case)'),
  description: text(`a description of at most ${MAX_DESCRIPTION} characters, trigger words first`).check(
    minLength(1, { error: 'empty; expected what the skill does and when to use it' }),
    maxLength(MAX_DESCRIPTION, { error: (issue) => `${String(issue.input).length} characters; expected at most ${MAX_DESCRIPTION}` }),
  ),
  when_to_use: optional(string()),
  'argument-hint': optional(string()),
  arguments: optional(stringOrList),
  'disable-model-invocation': optional(booleanish),
  'user-invocable': optional(booleanish),
  'allowed-tools': optional(stringOrList),
  'disallowed-tools': optional(stringOrList),
  model: optional(string()),
  effort: optional(zEnum(['low', 'medium', 'high', 'xhigh', 'max'])),
  context: optional(literal('fork', { error: "expected 'fork'" })),
  agent: optional(string()),
  background: optional(booleanish),
  hooks: optional(record(string(), unknown(), { error: 'expected a mapping of hook events' })),
  paths: optional(stringOrList),
  shell: optional(zEnum(['bash', 'powershell'])),
  metadata: optional(
    looseObject(
      {
        triggers: optional(
          array(
            string({ error: 'expected a prompt phrase (a string)' }).check(
              trim(),
              minLength(1, { error: 'empty trigger; expected a prompt phrase' }),
            ),
            { error: 'expected a list of prompt phrases' },
          ),
        ),
      },
      { error: 'expected a mapping' },
    ),
  ),
  license: optional(string()),
  compatibility: optional(string().check(maxLength(500, { error: 'expected at most 500 characters' }))),
});

type Frontmatter = output<typeof FrontmatterSchema>;

/** Line of a path in the frontmatter (the key's line for mappings, the item's line for lists). */
function lineOf(doc: Document, counter: LineCounter, path: readonly PropertyKey[], fallback: number): number {
  let node: unknown = doc.contents;
  let line = fallback;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) break;
      const range = (pair.key as { range?: [number, number, number] }).range;
      if (range) line = counter.linePos(range[0]).line;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as { range?: [number, number, number] } | undefined;
      if (!item) break;
      if (item.range) line = counter.linePos(item.range[0]).line;
      node = item;
    } else break;
  }
  return line;
}

const toList = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value.flatMap(splitToolList) : splitToolList(value);

export interface SkillFileResult {
  record?: SkillRecord;
  errors: RegistryError[];
}

/**
 * Validates one SKILL.md. `folder` is the name of the directory holding it: the skill's name
 * must equal it.
 */
export function parseSkillFile(file: string, source: string, folder: string): SkillFileResult {
  const errors: RegistryError[] = [];
  const fail = (line: number, field: string, message: string) => errors.push({ file, line, field, message });
  if (!/^---[ \t]*\r?\n/.test(source)) {
    fail(1, 'frontmatter', "missing; expected the file to start with a '---' line, the YAML frontmatter, and a closing '---' line");
    return { errors };
  }
  let doc: Document | undefined;
  const counter = new LineCounter();
  let parsed: unknown;
  try {
    // The frontmatter text starts right after the first '---', so its line N is the file's line N.
    const result = matter(source, {
      engines: {
        yaml: (frontmatter: string) => {
          doc = parseDocument(frontmatter, { lineCounter: counter, uniqueKeys: true });
          if (doc.errors.length) throw doc.errors[0];
          return (doc.toJS() ?? {}) as object;
        },
      },
    });
    parsed = result.data;
  } catch (error) {
    const yamlError = error as { linePos?: { line: number }[]; message?: string; code?: string };
    const line = yamlError.linePos?.[0]?.line ?? 1;
    const message = String(yamlError.message ?? error)
      .split('\n')[0]
      .replace(/ at line \d+, column \d+:?$/, '');
    fail(
      line,
      'frontmatter',
      `invalid YAML (${message}); Claude Code would load this skill with empty metadata, so it never triggers. Quote values that contain ': ' or start with a special character`,
    );
    return { errors };
  }
  if (!doc || !isMap(doc.contents)) {
    fail(2, 'frontmatter', 'expected a YAML mapping of fields (name, description, …) between the --- lines');
    return { errors };
  }
  const where = (path: readonly PropertyKey[]) => lineOf(doc!, counter, path, 1);

  const check = FrontmatterSchema.safeParse(parsed);
  const data = (check.success ? check.data : parsed) as Partial<Frontmatter> & Record<string, unknown>;
  if (!check.success) {
    for (const issue of check.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          fail(
            where([...issue.path, key]),
            [...issue.path, key].join('.'),
            issue.path.length
              ? 'unknown key'
              : 'unknown frontmatter key; expected only the fields Claude Code reads (name, description, when_to_use, allowed-tools, user-invocable, metadata, …)',
          );
        }
        continue;
      }
      fail(where(issue.path), issue.path.join('.') || 'frontmatter', issue.message);
    }
  }

  // Checks beyond the shape, run whenever the field has the right type.
  if (typeof data.name === 'string') {
    const line = where(['name']);
    if (!KEBAB.test(data.name))
      fail(line, 'name', `'${data.name}' is not kebab-case; expected lower-case letters, digits and single hyphens`);
    else if (data.name.length > MAX_NAME) fail(line, 'name', `${data.name.length} characters; expected at most ${MAX_NAME}`);
    else if (/anthropic|claude/.test(data.name)) fail(line, 'name', `'${data.name}' contains a reserved word (anthropic, claude)`);
    if (data.name !== folder) fail(line, 'name', `'${data.name}' does not match its folder '${folder}'; expected name: "${folder}"`);
  }
  if (typeof data.description === 'string' && /[<>]/.test(data.description)) {
    fail(where(['description']), 'description', "contains '<' or '>'; expected plain text without XML tags");
  }
  for (const field of ['allowed-tools', 'disallowed-tools'] as const) {
    const value = data[field];
    if (typeof value !== 'string' && !Array.isArray(value)) continue;
    const items = typeof value === 'string' ? [value] : value;
    items.forEach((item, index) => {
      if (typeof item !== 'string') return;
      for (const entry of splitToolList(item)) {
        const problem = toolEntryProblem(entry);
        if (problem) fail(where(Array.isArray(value) ? [field, index] : [field]), field, problem);
      }
    });
  }

  if (errors.length) return { errors: errors.sort((a, b) => a.line - b.line) };
  const fm = data as Frontmatter;
  const invocable = fm['user-invocable'];
  return {
    errors,
    record: {
      name: fm.name,
      description: fm.description,
      userInvocable: invocable === undefined ? true : typeof invocable === 'boolean' ? invocable : BOOLEAN_WORDS[invocable],
      allowedTools: toList(fm['allowed-tools']),
      triggers: fm.metadata?.triggers?.map((t) => t.trim()) ?? [],
      path: file,
    },
  };
}
