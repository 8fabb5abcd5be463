// Plan file text -> a validated Plan. Pure: every error names the file, the line and the key,
// e.g. `plan.yaml:7: terraform.varz: unknown key`, so a user or an agent can fix it in one try.
import { isAbsolute, relative, resolve } from 'node:path';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
// zod/mini: the same validation core at a tenth of the load time (the CLI starts on every run).
import * as z from 'zod/mini';
import type { OperationType, Plan } from './types.js';

export class PlanError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly key: string,
    readonly problem: string,
  ) {
    super(`${file}${line > 0 ? `:${line}` : ''}: ${key ? `${key}: ` : ''}${problem}`);
  }
}

const scalarVar = z.union([z.string(), z.number(), z.boolean()]);
const nonEmpty = () => z.string().check(z.minLength(1));
const relPath = nonEmpty();
const duration = z.string().check(z.regex(/^\d+(ms|s|m|h)$/, 'a duration such as 30s, 5m or 1h'));
const tfLike = z.strictObject({
  vars: z._default(z.record(z.string(), scalarVar), {}),
  varFiles: z._default(z.array(relPath), []),
  workspace: z._default(z.string().check(z.regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, "_" and "-"')), 'default'),
});

export const SECTIONS = {
  terraform: tfLike,
  terragrunt: tfLike,
  gitops: z.strictObject({
    kustomization: nonEmpty(),
    helmRelease: z.optional(nonEmpty()),
    namespace: z._default(nonEmpty(), 'flux-system'),
    timeout: z._default(duration, '5m'),
  }),
  kubectl: z.strictObject({
    manifests: z.array(relPath).check(z.minLength(1)),
    namespace: nonEmpty(),
    context: z.optional(nonEmpty()),
    rollouts: z._default(z.array(z.string().check(z.regex(/^[a-z]+\/[A-Za-z0-9._-]+$/, 'kind/name'))), []),
    timeout: z._default(duration, '120s'),
  }),
  app: z.strictObject({
    test: z.optional(nonEmpty()),
    build: z.optional(nonEmpty()),
    pr: z.optional(z.int().check(z.positive())),
  }),
} as const;

const OPERATIONS = Object.keys(SECTIONS) as OperationType[];

export const planSchema = z.strictObject({
  id: z.optional(z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'letters, digits, ".", "_" and "-"'))),
  operation: z.enum(OPERATIONS as [OperationType, ...OperationType[]]),
  workdir: z._default(relPath, '.'),
  git: z.optional(
    z.strictObject({
      files: z.array(relPath).check(z.minLength(1)),
      message: nonEmpty(),
      remote: z._default(nonEmpty(), 'origin'),
      branch: z._default(nonEmpty(), 'main'),
    }),
  ),
  ...Object.fromEntries(OPERATIONS.map((op) => [op, z.optional(z.unknown())])),
  verify: z._default(
    z.array(
      z.strictObject({
        run: nonEmpty(),
        expect: z.optional(z.strictObject({ exitCode: z.optional(z.int()), stdoutMatches: z.optional(z.string()) })),
      }),
    ),
    [],
  ),
});

type Path = (string | number)[];

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

function describeIssue(issue: z.core.$ZodIssue): string {
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
  const section = SECTIONS[operation].safeParse(sectionRaw ?? {});
  if (!section.success && sectionRaw === undefined)
    fail(
      ['operation'],
      `missing section '${operation}:' for operation '${operation}' (its ${firstIssue(section.error.issues).path.join('.') || 'fields'} cannot be defaulted)`,
    );
  if (!section.success) {
    const issue = firstIssue(section.error.issues);
    reportIssue({ ...issue, path: [operation, ...issue.path] } as z.core.$ZodIssue);
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

  const paths: [Path, string][] = [[['workdir'], plan.workdir]];
  for (const [i, f] of (plan.git?.files ?? []).entries()) paths.push([['git', 'files', i], f]);
  const tf = plan.terraform ?? plan.terragrunt;
  for (const [i, f] of (tf?.varFiles ?? []).entries()) paths.push([[operation, 'varFiles', i], resolveIn(plan.workdir, f)]);
  for (const [i, f] of (plan.kubectl?.manifests ?? []).entries()) paths.push([['kubectl', 'manifests', i], f]);
  for (const [path, value] of paths) {
    if (!insideRepo(repoRoot, value)) fail(path, `path '${value}' is outside the repository ${repoRoot}`, false);
  }
  return plan;

  function reportIssue(issue: z.core.$ZodIssue): never {
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
const firstIssue = (issues: z.core.$ZodIssue[]) => issues.find((i) => i.code === 'unrecognized_keys') ?? issues[0];

/** Var files are relative to the workdir; check them as repository paths. */
const resolveIn = (workdir: string, file: string) => (isAbsolute(file) ? file : `${workdir}/${file}`);
