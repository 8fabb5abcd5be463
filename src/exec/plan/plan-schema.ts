// Plan file text -> a validated Plan. Pure: every error names the file, the line and the key,
// e.g. `plan.yaml:7: terraform.varz: unknown key`, so a user or an agent can fix it in one try.
import { isAbsolute, relative, resolve } from 'node:path';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
// zod/mini: the same validation core at a tenth of the load time (the CLI starts on every run).
import {
  _default,
  array,
  type core,
  enum as zEnum,
  int,
  minLength,
  optional,
  regex,
  strictObject,
  string,
  unknown,
  type ZodMiniOptional,
  type ZodMiniUnknown,
} from 'zod/mini';
import type { KeyPath, PlanPath } from '../kinds/kind.js';
import { KINDS, kindOf, OPERATION_TYPES, type OperationType } from '../kinds/index.js';
import { nonEmpty, relPath } from '../kinds/schema-parts.js';
import type { Plan } from '../types.js';

const planProblem = (file: string, line: number, key: string, problem: string) =>
  `${file}${line > 0 ? `:${line}` : ''}: ${key ? `${key}: ` : ''}${problem}`;

export class PlanError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly key: string,
    readonly problem: string,
    /** Further problems found in the same pass (every unknown key at once), one `file:line: key: problem` each. */
    readonly more: string[] = [],
  ) {
    super([planProblem(file, line, key, problem), ...more].join('\n'));
  }
}

const OPERATIONS = OPERATION_TYPES;

/** The top level of a plan; each operation's own section comes from its kind (src/exec/kinds/). */
export const planSchema = strictObject({
  id: optional(string().check(regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'letters, digits, ".", "_" and "-"'))),
  operation: zEnum(OPERATIONS as [OperationType, ...OperationType[]]),
  workdir: _default(relPath, '.'),
  git: optional(
    strictObject({
      files: array(relPath).check(minLength(1)),
      message: nonEmpty(),
      remote: _default(nonEmpty(), 'origin'),
      branch: _default(nonEmpty(), 'main'),
    }),
  ),
  // Checked here only as present or not; the section's own schema runs once the operation is known.
  ...(Object.fromEntries(OPERATIONS.map((op) => [op, optional(unknown())])) as Record<OperationType, ZodMiniOptional<ZodMiniUnknown>>),
  verify: _default(
    array(
      strictObject({
        run: nonEmpty(),
        expect: optional(strictObject({ exitCode: optional(int()), stdoutMatches: optional(string()) })),
      }),
    ),
    [],
  ),
});

type Path = KeyPath;

/** The line of the key at `path` (or of its closest existing ancestor). */
function lineOf(doc: Document, counter: LineCounter, path: Path, wantKey = true): number {
  let node: unknown = doc.contents;
  let offset = 0;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) break;
      offset = (isScalar(pair.key) && pair.key.range?.[0]) || offset;
      node = pair.value;
      if (!wantKey && isScalar(pair.value) && pair.value.range) offset = pair.value.range[0];
    } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
      node = node.items[segment];
      const range = (node as { range?: [number, number, number] }).range;
      if (range) offset = range[0];
    } else break;
  }
  return counter.linePos(offset).line;
}

const keyName = (path: Path): string =>
  path.reduce<string>((acc, s) => (typeof s === 'number' ? `${acc}[${s}]` : acc ? `${acc}.${s}` : s), '');

function describeIssue(issue: core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return `expected ${issue.expected}`;
  if (issue.code === 'invalid_value') return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  if (issue.code === 'too_small') {
    if (issue.origin === 'array') return `needs at least ${issue.minimum} item(s)`;
    if (issue.origin === 'number') return `expected a number ${issue.inclusive ? '>=' : '>'} ${issue.minimum}`;
    return 'must not be empty';
  }
  if (issue.code === 'invalid_format') return `expected ${issue.message}`;
  return issue.message;
}

/** A relative path that stays inside the repository (no absolute path, no escaping `..`). */
function insideRepo(repoRoot: string, path: string): boolean {
  if (isAbsolute(path)) return false;
  const rel = relative(repoRoot, resolve(repoRoot, path));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Parses plan text. `file` is how errors name the file; `repoRoot` is the repository the paths
 * are relative to; `defaultId` is used when the plan has no `id` (the file name).
 */
export function parsePlan(text: string, options: { file: string; repoRoot: string; defaultId: string }): Plan {
  const { file, repoRoot } = options;
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  const fail = (path: Path, problem: string, wantKey = true): never => {
    throw new PlanError(file, lineOf(doc, counter, path, wantKey), keyName(path), problem);
  };
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    throw new PlanError(file, counter.linePos(e.pos[0]).line, '', e.message.split('\n')[0]);
  }
  const raw = doc.toJS();
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    fail([], 'a plan is a YAML mapping (id, operation, workdir, git, <operation>, verify)');

  const parsed = planSchema.safeParse(raw);
  reportUnknownKeys();
  if (!parsed.success) reportIssue(firstIssue(parsed.error.issues));
  const top = parsed.data!;

  const operation = top.operation;
  for (const other of OPERATIONS) {
    if (other !== operation && (raw as Record<string, unknown>)[other] !== undefined) {
      fail([other], `section for operation '${other}', but this plan's operation is '${operation}'`);
    }
  }
  // A section whose fields all have defaults may be omitted (or left empty: `terraform:`).
  const sectionRaw = (raw as Record<string, unknown>)[operation];
  const section = KINDS[operation].section.safeParse(sectionRaw ?? {});
  if (!section.success && sectionRaw === undefined)
    fail(
      ['operation'],
      `missing section '${operation}:' for operation '${operation}' (its ${firstIssue(section.error.issues).path.join('.') || 'fields'} cannot be defaulted)`,
    );
  if (!section.success) {
    const issue = firstIssue(section.error.issues);
    reportIssue({ ...issue, path: [operation, ...issue.path] } as core.$ZodIssue);
  }

  // git cannot be defaulted: a plan says what it commits and where. The line is the operation's.
  if (!top.git) fail(['operation'], 'missing section \'git:\' (git: { files: [...], message: "..." }): it has no defaults');

  const plan: Plan = {
    id: top.id ?? options.defaultId,
    operation,
    workdir: top.workdir,
    ...(top.git ? { git: top.git } : {}),
    [operation]: section.data,
    verify: top.verify,
  } as Plan;

  const paths: PlanPath[] = [
    { key: ['workdir'], path: plan.workdir, input: false },
    ...(plan.git?.files ?? []).map((f, i) => ({ key: ['git', 'files', i], path: f, input: false })),
    ...kindOf(operation).paths(section.data, plan.workdir),
  ];
  for (const { key, path } of paths) {
    if (!insideRepo(repoRoot, path)) fail(key, `path '${path}' is outside the repository ${repoRoot}`, false);
  }
  return plan;

  /** Every misspelt key at once, top level and the operation's section, each with its line: one round of fixes. */
  function reportUnknownKeys(): void {
    const unknownKeys: Path[] = [];
    const collect = (issues: core.$ZodIssue[], prefix: Path) => {
      for (const issue of issues)
        if (issue.code === 'unrecognized_keys') for (const key of issue.keys) unknownKeys.push([...prefix, ...(issue.path as Path), key]);
    };
    if (!parsed.success) collect(parsed.error.issues, []);
    const op = (raw as Record<string, unknown>).operation;
    if (typeof op === 'string' && (OPERATIONS as string[]).includes(op)) {
      const sectionRaw = (raw as Record<string, unknown>)[op];
      const section = KINDS[op as OperationType].section.safeParse(sectionRaw ?? {});
      if (!section.success) collect(section.error.issues, [op]);
    }
    if (!unknownKeys.length) return;
    const [first, ...rest] = unknownKeys.map((path) => ({ line: lineOf(doc, counter, path), key: keyName(path) }));
    throw new PlanError(
      file,
      first.line,
      first.key,
      'unknown key',
      rest.map((k) => planProblem(file, k.line, k.key, 'unknown key')),
    );
  }

  function reportIssue(issue: core.$ZodIssue): never {
    if (issue.code === 'unrecognized_keys') {
      const path = [...issue.path, issue.keys[0]] as Path;
      return fail(path, 'unknown key');
    }
    const path = issue.path as Path;
    const present = path.reduce<unknown>(
      (o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k as string] : undefined),
      raw,
    );
    if (present === undefined) return fail(path, `missing (${describeIssue(issue)})`);
    return fail(path, describeIssue(issue), false);
  }
}

/** A misspelt key also makes the real one "missing": name the misspelling, it is the fix. */
const firstIssue = (issues: core.$ZodIssue[]) => issues.find((i) => i.code === 'unrecognized_keys') ?? issues[0];
