import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  _default,
  _enum,
  _minLength,
  _positive,
  _regex,
  array,
  boolean,
  int,
  number,
  optional,
  record,
  strictObject,
  string,
  union,
  unknown
} from "./chunk-P37WMGKB.mjs";
import {
  require_dist
} from "./chunk-3PDF6CMC.mjs";
import {
  __toESM
} from "./chunk-GLDXOGL5.mjs";

// src/exec/plan-schema.ts
var import_yaml = __toESM(require_dist(), 1);
import { isAbsolute, relative, resolve } from "node:path";
var PlanError = class extends Error {
  constructor(file, line, key, problem) {
    super(`${file}${line > 0 ? `:${line}` : ""}: ${key ? `${key}: ` : ""}${problem}`);
    this.file = file;
    this.line = line;
    this.key = key;
    this.problem = problem;
  }
  file;
  line;
  key;
  problem;
};
var scalarVar = union([string(), number(), boolean()]);
var nonEmpty = () => string().check(_minLength(1));
var relPath = nonEmpty();
var duration = string().check(_regex(/^\d+(ms|s|m|h)$/, "a duration such as 30s, 5m or 1h"));
var tfLike = strictObject({
  vars: _default(record(string(), scalarVar), {}),
  varFiles: _default(array(relPath), []),
  workspace: _default(string().check(_regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, "_" and "-"')), "default")
});
var SECTIONS = {
  terraform: tfLike,
  terragrunt: tfLike,
  gitops: strictObject({
    kustomization: nonEmpty(),
    helmRelease: optional(nonEmpty()),
    namespace: _default(nonEmpty(), "flux-system"),
    timeout: _default(duration, "5m")
  }),
  kubectl: strictObject({
    manifests: array(relPath).check(_minLength(1)),
    namespace: nonEmpty(),
    context: optional(nonEmpty()),
    rollouts: _default(array(string().check(_regex(/^[a-z]+\/[A-Za-z0-9._-]+$/, "kind/name"))), []),
    timeout: _default(duration, "120s")
  }),
  app: strictObject({
    test: optional(nonEmpty()),
    build: optional(nonEmpty()),
    pr: optional(int().check(_positive()))
  })
};
var OPERATIONS = Object.keys(SECTIONS);
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
  if (!parsed.success) reportIssue(firstIssue(parsed.error.issues));
  const top = parsed.data;
  const operation = top.operation;
  for (const other of OPERATIONS) {
    if (other !== operation && raw[other] !== void 0) {
      fail([other], `section for operation '${other}', but this plan's operation is '${operation}'`);
    }
  }
  const sectionRaw = raw[operation];
  const section = SECTIONS[operation].safeParse(sectionRaw ?? {});
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
  const paths = [[["workdir"], plan.workdir]];
  for (const [i, f] of (plan.git?.files ?? []).entries()) paths.push([["git", "files", i], f]);
  const tf = plan.terraform ?? plan.terragrunt;
  for (const [i, f] of (tf?.varFiles ?? []).entries()) paths.push([[operation, "varFiles", i], resolveIn(plan.workdir, f)]);
  for (const [i, f] of (plan.kubectl?.manifests ?? []).entries()) paths.push([["kubectl", "manifests", i], f]);
  for (const [path, value] of paths) {
    if (!insideRepo(repoRoot, value)) fail(path, `path '${value}' is outside the repository ${repoRoot}`, false);
  }
  return plan;
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
var resolveIn = (workdir, file) => isAbsolute(file) ? file : `${workdir}/${file}`;

// src/exec/progress.ts
function createProgress(write, tty, now = () => performance.now()) {
  let phase = "";
  let since = now();
  let last = "";
  let timer;
  const draw = () => write(`\r\x1B[K\u23F3 ${phase} ${((now() - since) / 1e3).toFixed(1)}s  ${last.slice(0, 100)}`);
  return {
    phase(name) {
      if (tty && phase) write(`\r\x1B[K\u2714 ${phase} ${((now() - since) / 1e3).toFixed(1)}s
`);
      phase = name;
      since = now();
      last = "";
      if (tty) {
        timer ??= setInterval(draw, 200);
        timer.unref();
        draw();
      } else write(`execguard: [${name}]
`);
    },
    line(text) {
      last = text;
      if (tty) draw();
      else write(`execguard: [${phase}] ${text}
`);
    },
    done() {
      if (timer) clearInterval(timer);
      timer = void 0;
      if (tty && phase) write(`\r\x1B[K\u2714 ${phase} ${((now() - since) / 1e3).toFixed(1)}s
`);
      phase = "";
    }
  };
}
var silentProgress = { phase() {
}, line() {
}, done() {
} };

export {
  PlanError,
  parsePlan,
  createProgress,
  silentProgress
};
