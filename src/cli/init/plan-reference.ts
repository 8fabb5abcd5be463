// The plan reference (docs/plan-reference.md), generated from the plan schema itself
// (src/exec/plan/plan-schema.ts and each kind's section in src/exec/kinds/), so the documentation cannot drift from what `execguard plan`
// accepts. `npm run docs:plans` rewrites the file; test/plugin/plan-reference.test.ts fails when
// it is stale.
import { KINDS } from '../../exec/kinds/index.js';
import { planSchema } from '../../exec/plan/plan-schema.js';

type Def = { type: string; [key: string]: any };
const def = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** What a value must look like, in words. */
function describeType(schema: unknown): string {
  const d = def(schema);
  switch (d.type) {
    case 'default':
    case 'optional':
      return describeType(d.innerType);
    case 'string': {
      const pattern = (d.checks ?? []).map((c: unknown) => def(c)).find((c: Def) => c.check === 'string_format' && c.format === 'regex');
      return pattern ? `string matching \`${pattern.pattern.source.replaceAll('|', '\\|')}\`` : 'string';
    }
    case 'int':
    case 'number':
      return (d.checks ?? []).length ? 'positive integer' : 'integer';
    case 'boolean':
      return 'boolean';
    case 'enum':
      return Object.values(d.entries as Record<string, string>)
        .map((v) => `\`${v}\``)
        .join(' \\| ');
    case 'array':
      return `list of ${describeType(d.element)}`;
    case 'record':
      return `mapping of name → ${describeType(d.valueType)}`;
    case 'union':
      return (d.options as unknown[]).map(describeType).join(' or ');
    case 'object':
      return 'mapping';
    case 'unknown':
      return 'section (see below)';
    default:
      return d.type;
  }
}

function requirement(schema: unknown): string {
  const d = def(schema);
  if (d.type === 'default') return `default \`${JSON.stringify(d.defaultValue)}\``;
  if (d.type === 'optional') return 'optional';
  return '**required**';
}

function table(shape: Record<string, unknown>, prefix = ''): string[] {
  const rows = ['| key | type | required / default |', '|---|---|---|'];
  for (const [key, schema] of Object.entries(shape)) {
    rows.push(`| \`${prefix}${key}\` | ${describeType(schema)} | ${requirement(schema)} |`);
    const inner = def(schema).type === 'optional' || def(schema).type === 'default' ? def(def(schema).innerType) : def(schema);
    if (inner.type === 'object') rows.push(...table(inner.shape, `${prefix}${key}.`).slice(2));
    if (inner.type === 'array' && def(inner.element).type === 'object')
      rows.push(...table(def(inner.element).shape, `${prefix}${key}[].`).slice(2));
  }
  return rows;
}

export function planReference(): string {
  const top = def(planSchema).shape as Record<string, unknown>;
  const operations = Object.keys(KINDS);
  const general = Object.fromEntries(Object.entries(top).filter(([k]) => !operations.includes(k)));
  const out = [
    '# Plan file reference',
    '',
    '<!-- Generated from src/exec/plan/plan-schema.ts and src/exec/kinds/ by `npm run docs:plans`; do not edit by hand. -->',
    '',
    'A plan is a YAML mapping. Paths are relative to the repository root (var files: to `workdir`) and',
    'must stay inside it. An unknown key, a wrong type or a path outside the repository is an error that',
    'names the file, the line and the key. The plan may be committed (e.g. in `plans/`) or untracked.',
    '`execguard init` writes a commented example for each operation type into `plans/`.',
    '',
    '## Top-level keys',
    '',
    ...table(general),
    '',
    `Exactly one operation section is allowed: the one named by \`operation\`. A section whose fields all`,
    'have defaults may be omitted.',
    '',
  ];
  for (const op of operations) {
    const kind = KINDS[op as keyof typeof KINDS];
    out.push(
      `## \`${op}:\` (operation: ${op})`,
      '',
      `${kind.summary[0].toUpperCase()}${kind.summary.slice(1)}.`,
      '',
      ...table(def(kind.section).shape, `${op}.`),
      '',
    );
  }
  return `${out.join('\n').trimEnd()}\n`;
}
