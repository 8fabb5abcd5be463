import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  $ZodArray,
  $ZodBoolean,
  $ZodDefault,
  $ZodEnum,
  $ZodNever,
  $ZodNumber,
  $ZodNumberFormat,
  $ZodObject,
  $ZodOptional,
  $ZodRecord,
  $ZodString,
  $ZodType,
  $ZodUnion,
  $ZodUnknown,
  $constructor,
  _boolean,
  _int,
  _minLength,
  _never,
  _number,
  _positive,
  _regex,
  _string,
  _unknown,
  clone,
  installLazyProp,
  normalizeParams,
  own,
  parse,
  parseAsync,
  safeParse,
  safeParseAsync,
  shallowClone
} from "./chunk-XRSQDQ2N.mjs";
import {
  require_dist
} from "./chunk-65FTERJX.mjs";
import {
  __toESM
} from "./chunk-UOJPWSGW.mjs";

// src/exec/plan-schema.ts
var import_yaml = __toESM(require_dist(), 1);
import { isAbsolute, relative, resolve } from "node:path";

// node_modules/zod/v4/mini/schemas.js
var ZodMiniType = /* @__PURE__ */ $constructor("ZodMiniType", (inst, def) => {
  if (!inst._zod)
    throw new Error("Uninitialized schema in ZodMiniType.");
  $ZodType.init(inst, def);
  inst.def = def;
  inst.type = def.type;
}, {
  // `with` is an alias for `check`: the same function object, not a wrapper.
  get with() {
    return this.check;
  },
  set with(value) {
    own(this, "with", value);
  },
  parse(data, params) {
    return parse(this, data, params, { callee: this.parse });
  },
  parseAsync(data, params) {
    return parseAsync(this, data, params, { callee: this.parseAsync });
  },
  safeParse(data, params) {
    return safeParse(this, data, params);
  },
  safeParseAsync(data, params) {
    return safeParseAsync(this, data, params);
  },
  check(...checks) {
    const def = this.def;
    return this.clone({
      ...def,
      checks: [
        ...def.checks ?? [],
        ...checks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
      ]
    }, { parent: true });
  },
  clone(_def, params) {
    return clone(this, _def, params);
  },
  brand() {
    return this;
  },
  register(reg, meta2) {
    reg.add(this, meta2);
    return this;
  },
  apply(fn, ...args) {
    return args.length === 0 ? fn(this) : fn(this, ...args);
  }
});
var ZodMiniString = /* @__PURE__ */ $constructor("ZodMiniString", (inst, def) => {
  $ZodString.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function string(params) {
  return _string(ZodMiniString, params);
}
var ZodMiniNumber = /* @__PURE__ */ $constructor("ZodMiniNumber", (inst, def) => {
  $ZodNumber.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function number(params) {
  return _number(ZodMiniNumber, params);
}
var ZodMiniNumberFormat = /* @__PURE__ */ $constructor("ZodMiniNumberFormat", (inst, def) => {
  $ZodNumberFormat.init(inst, def);
  ZodMiniNumber.init(inst, def);
});
function int(params) {
  return _int(ZodMiniNumberFormat, params);
}
var ZodMiniBoolean = /* @__PURE__ */ $constructor("ZodMiniBoolean", (inst, def) => {
  $ZodBoolean.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function boolean(params) {
  return _boolean(ZodMiniBoolean, params);
}
var ZodMiniUnknown = /* @__PURE__ */ $constructor("ZodMiniUnknown", (inst, def) => {
  $ZodUnknown.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function unknown() {
  return _unknown(ZodMiniUnknown);
}
var ZodMiniNever = /* @__PURE__ */ $constructor("ZodMiniNever", (inst, def) => {
  $ZodNever.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function never(params) {
  return _never(ZodMiniNever, params);
}
var ZodMiniArray = /* @__PURE__ */ $constructor("ZodMiniArray", (inst, def) => {
  $ZodArray.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function array(element, params) {
  return new ZodMiniArray({
    type: "array",
    element,
    ...normalizeParams(params)
  });
}
var ZodMiniObject = /* @__PURE__ */ $constructor("ZodMiniObject", (inst, def) => {
  $ZodObject.init(inst, def);
  ZodMiniType.init(inst, def);
  installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
});
// @__NO_SIDE_EFFECTS__
function strictObject(shape, params) {
  return new ZodMiniObject({
    type: "object",
    shape,
    catchall: /* @__PURE__ */ never(),
    ...normalizeParams(params)
  });
}
var ZodMiniUnion = /* @__PURE__ */ $constructor("ZodMiniUnion", (inst, def) => {
  $ZodUnion.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function union(options, params) {
  return new ZodMiniUnion({
    type: "union",
    options,
    ...normalizeParams(params)
  });
}
var ZodMiniRecord = /* @__PURE__ */ $constructor("ZodMiniRecord", (inst, def) => {
  $ZodRecord.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function record(keyType, valueType, params) {
  if (!valueType || !valueType._zod) {
    return new ZodMiniRecord({
      type: "record",
      keyType: /* @__PURE__ */ string(),
      valueType: keyType,
      ...normalizeParams(valueType)
    });
  }
  return new ZodMiniRecord({
    type: "record",
    keyType,
    valueType,
    ...normalizeParams(params)
  });
}
var ZodMiniEnum = /* @__PURE__ */ $constructor("ZodMiniEnum", (inst, def) => {
  $ZodEnum.init(inst, def);
  ZodMiniType.init(inst, def);
  inst.options = [...inst._zod.values];
});
// @__NO_SIDE_EFFECTS__
function _enum(values, params) {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodMiniEnum({
    type: "enum",
    entries,
    ...normalizeParams(params)
  });
}
var ZodMiniOptional = /* @__PURE__ */ $constructor("ZodMiniOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function optional(innerType) {
  return new ZodMiniOptional({
    type: "optional",
    innerType
  });
}
var ZodMiniDefault = /* @__PURE__ */ $constructor("ZodMiniDefault", (inst, def) => {
  $ZodDefault.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function _default(innerType, defaultValue) {
  return new ZodMiniDefault({
    type: "default",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
    }
  });
}

// src/exec/plan-schema.ts
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
