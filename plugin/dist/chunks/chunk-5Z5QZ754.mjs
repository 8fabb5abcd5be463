import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  KINDS,
  OPERATION_TYPES,
  kindOf
} from "./chunk-2SKKGDWJ.mjs";
import {
  nonEmpty,
  relPath
} from "./chunk-XDDEP7ZQ.mjs";
import {
  _default,
  _enum,
  _minLength,
  _regex,
  array,
  int,
  optional,
  strictObject,
  string,
  unknown
} from "./chunk-P37WMGKB.mjs";
import {
  require_dist
} from "./chunk-3PDF6CMC.mjs";
import {
  __toESM
} from "./chunk-GLDXOGL5.mjs";

// src/exec/plan/plan-file.ts
import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, extname, relative as relative2, resolve as resolve2 } from "node:path";

// src/exec/plan/plan-schema.ts
var import_yaml = __toESM(require_dist(), 1);
import { isAbsolute, relative, resolve } from "node:path";
var planProblem = (file, line, key, problem) => `${file}${line > 0 ? `:${line}` : ""}: ${key ? `${key}: ` : ""}${problem}`;
var PlanError = class extends Error {
  constructor(file, line, key, problem, more = []) {
    super([planProblem(file, line, key, problem), ...more].join("\n"));
    this.file = file;
    this.line = line;
    this.key = key;
    this.problem = problem;
    this.more = more;
  }
  file;
  line;
  key;
  problem;
  more;
};
var OPERATIONS = OPERATION_TYPES;
var planSchema = strictObject({
  id: optional(string().check(_regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'letters, digits, ".", "_" and "-"'))),
  operation: _enum(OPERATIONS),
  workdir: _default(relPath, "."),
  git: optional(
    strictObject({
      files: array(relPath).check(_minLength(1)),
      message: nonEmpty(),
      remote: _default(nonEmpty(), "origin"),
      branch: _default(nonEmpty(), "main")
    })
  ),
  // Checked here only as present or not; the section's own schema runs once the operation is known.
  ...Object.fromEntries(OPERATIONS.map((op) => [op, optional(unknown())])),
  verify: _default(
    array(
      strictObject({
        run: nonEmpty(),
        expect: optional(strictObject({ exitCode: optional(int()), stdoutMatches: optional(string()) }))
      })
    ),
    []
  )
});
function lineOf(doc, counter, path, wantKey = true) {
  let node = doc.contents;
  let offset = 0;
  for (const segment of path) {
    if ((0, import_yaml.isMap)(node)) {
      const pair = node.items.find((p) => (0, import_yaml.isPair)(p) && (0, import_yaml.isScalar)(p.key) && String(p.key.value) === String(segment));
      if (!pair) break;
      offset = (0, import_yaml.isScalar)(pair.key) && pair.key.range?.[0] || offset;
      node = pair.value;
      if (!wantKey && (0, import_yaml.isScalar)(pair.value) && pair.value.range) offset = pair.value.range[0];
    } else if ((0, import_yaml.isSeq)(node) && typeof segment === "number" && node.items[segment]) {
      node = node.items[segment];
      const range = node.range;
      if (range) offset = range[0];
    } else break;
  }
  return counter.linePos(offset).line;
}
var keyName = (path) => path.reduce((acc, s) => typeof s === "number" ? `${acc}[${s}]` : acc ? `${acc}.${s}` : s, "");
function describeIssue(issue) {
  if (issue.code === "invalid_type") return `expected ${issue.expected}`;
  if (issue.code === "invalid_value") return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
  if (issue.code === "too_small") {
    if (issue.origin === "array") return `needs at least ${issue.minimum} item(s)`;
    if (issue.origin === "number") return `expected a number ${issue.inclusive ? ">=" : ">"} ${issue.minimum}`;
    return "must not be empty";
  }
  if (issue.code === "invalid_format") return `expected ${issue.message}`;
  return issue.message;
}
function insideRepo(repoRoot, path) {
  if (isAbsolute(path)) return false;
  const rel = relative(repoRoot, resolve(repoRoot, path));
  return rel === "" || !rel.startsWith("..") && !isAbsolute(rel);
}
function parsePlan(text, options) {
  const { file, repoRoot } = options;
  const counter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  const fail = (path, problem, wantKey = true) => {
    throw new PlanError(file, lineOf(doc, counter, path, wantKey), keyName(path), problem);
  };
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    throw new PlanError(file, counter.linePos(e.pos[0]).line, "", e.message.split("\n")[0]);
  }
  const raw = doc.toJS();
  if (raw === null || typeof raw !== "object" || Array.isArray(raw))
    fail([], "a plan is a YAML mapping (id, operation, workdir, git, <operation>, verify)");
  const parsed = planSchema.safeParse(raw);
  reportUnknownKeys();
  if (!parsed.success) reportIssue(firstIssue(parsed.error.issues));
  const top = parsed.data;
  const operation = top.operation;
  for (const other of OPERATIONS) {
    if (other !== operation && raw[other] !== void 0) {
      fail([other], `section for operation '${other}', but this plan's operation is '${operation}'`);
    }
  }
  const sectionRaw = raw[operation];
  const section = KINDS[operation].section.safeParse(sectionRaw ?? {});
  if (!section.success && sectionRaw === void 0)
    fail(
      ["operation"],
      `missing section '${operation}:' for operation '${operation}' (its ${firstIssue(section.error.issues).path.join(".") || "fields"} cannot be defaulted)`
    );
  if (!section.success) {
    const issue = firstIssue(section.error.issues);
    reportIssue({ ...issue, path: [operation, ...issue.path] });
  }
  if (!top.git) fail(["operation"], `missing section 'git:' (git: { files: [...], message: "..." }): it has no defaults`);
  const plan = {
    id: top.id ?? options.defaultId,
    operation,
    workdir: top.workdir,
    ...top.git ? { git: top.git } : {},
    [operation]: section.data,
    verify: top.verify
  };
  const paths = [
    { key: ["workdir"], path: plan.workdir, input: false },
    ...(plan.git?.files ?? []).map((f, i) => ({ key: ["git", "files", i], path: f, input: false })),
    ...kindOf(operation).paths(section.data, plan.workdir)
  ];
  for (const { key, path } of paths) {
    if (!insideRepo(repoRoot, path)) fail(key, `path '${path}' is outside the repository ${repoRoot}`, false);
  }
  return plan;
  function reportUnknownKeys() {
    const unknownKeys = [];
    const collect = (issues, prefix) => {
      for (const issue of issues)
        if (issue.code === "unrecognized_keys") for (const key of issue.keys) unknownKeys.push([...prefix, ...issue.path, key]);
    };
    if (!parsed.success) collect(parsed.error.issues, []);
    const op = raw.operation;
    if (typeof op === "string" && OPERATIONS.includes(op)) {
      const sectionRaw2 = raw[op];
      const section2 = KINDS[op].section.safeParse(sectionRaw2 ?? {});
      if (!section2.success) collect(section2.error.issues, [op]);
    }
    if (!unknownKeys.length) return;
    const [first, ...rest] = unknownKeys.map((path) => ({ line: lineOf(doc, counter, path), key: keyName(path) }));
    throw new PlanError(
      file,
      first.line,
      first.key,
      "unknown key",
      rest.map((k) => planProblem(file, k.line, k.key, "unknown key"))
    );
  }
  function reportIssue(issue) {
    if (issue.code === "unrecognized_keys") {
      const path2 = [...issue.path, issue.keys[0]];
      return fail(path2, "unknown key");
    }
    const path = issue.path;
    const present = path.reduce(
      (o, k) => o && typeof o === "object" ? o[k] : void 0,
      raw
    );
    if (present === void 0) return fail(path, `missing (${describeIssue(issue)})`);
    return fail(path, describeIssue(issue), false);
  }
}
var firstIssue = (issues) => issues.find((i) => i.code === "unrecognized_keys") ?? issues[0];

// src/exec/plan/plan-file.ts
function findRepoRoot(start) {
  let dir = resolve2(start);
  for (; ; ) {
    if (existsSync(resolve2(dir, ".git"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return void 0;
    dir = parent;
  }
}
function loadPlan(path, cwd) {
  const planPath = resolve2(cwd, path);
  const shown = relative2(cwd, planPath) || path;
  let text;
  try {
    text = readFileSync(planPath, "utf8");
  } catch (error) {
    const code = error.code;
    throw new PlanError(shown, 0, "", code === "ENOENT" ? "no such file" : `cannot read (${code})`);
  }
  const repoRoot = findRepoRoot(dirname(planPath));
  if (!repoRoot) {
    throw new PlanError(
      shown,
      0,
      "",
      `the plan file is not inside a git repository: its paths are resolved against the repository that contains it. Put it in the repository it changes (e.g. plans/${basename(planPath)}; committed or untracked, it never blocks its own run)`
    );
  }
  const plan = parsePlan(text, { file: shown, repoRoot, defaultId: basename(planPath, extname(planPath)) });
  return { plan, planPath, repoRoot, text };
}

// src/exec/plan/plan-section.ts
var sectionOf = (plan) => plan[plan.operation] ?? kindOf(plan.operation).section.parse({});

export {
  loadPlan,
  sectionOf
};
