import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  storeUrlProblem
} from "./chunk-S3TMDBQ5.mjs";
import {
  require_dist
} from "./chunk-3PDF6CMC.mjs";
import {
  DEFAULT_CONTAINED,
  DEFAULT_POLICY
} from "./chunk-4YJ4M3UI.mjs";
import "./chunk-H5RYQ4RP.mjs";
import {
  __toESM
} from "./chunk-GLDXOGL5.mjs";

// src/guard/policy-parse.ts
var import_yaml = __toESM(require_dist(), 1);
var PolicyError = class extends Error {
  constructor(file, line, key, detail) {
    super(`${file}:${line}: ${key ? `${key}: ` : ""}${detail}`);
    this.file = file;
    this.line = line;
    this.key = key;
    this.name = "PolicyError";
  }
  file;
  line;
  key;
};
var TOP_KEYS = [
  "mode",
  "productionNames",
  "localContexts",
  "protectedBranches",
  "commit",
  "aliases",
  "approvalMinutes",
  "readKubeContext",
  "hookAllow",
  "approvals",
  "store",
  "contained"
];
var ENVIRONMENTS = ["dev", "staging", "prod"];
var COMMIT_KEYS = ["headerMaxLength", "extraTypes", "forbiddenTrailers"];
var CONTAINED_KEYS = ["executorOnly", "stateFolders", "controlPlaneHosts", "planCredentials"];
var PLAN_CREDENTIAL_KEYS = ["env", "awsProfile"];
var PATH_ENTRY = /^[^*?[\]\n\r]+$/;
var HOST = /^(\*\.)?[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*$/;
var ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
var describe = (v) => v === null || v === void 0 ? "nothing" : typeof v === "string" ? JSON.stringify(v) : Array.isArray(v) ? "a list" : typeof v === "object" ? "a mapping" : String(v);
function parsePolicy(text, file) {
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset) => offset === void 0 ? 1 : lineCounter.linePos(offset).line;
  const lineOf = (node) => lineAt(node?.range?.[0]);
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    throw new PolicyError(file, lineAt(e.pos?.[0]), "", `not valid YAML: ${e.message.split("\n")[0]}`);
  }
  const policy = structuredClone(DEFAULT_POLICY);
  policy.source = file;
  const root = doc.contents;
  if (root === null || (0, import_yaml.isScalar)(root) && (root.value === null || root.value === "")) return policy;
  if (!(0, import_yaml.isMap)(root)) throw new PolicyError(file, lineOf(root), "", `expected a mapping of settings, got ${describe(doc.toJS())}`);
  const fail = (node, key, detail) => {
    throw new PolicyError(file, lineOf(node), key, detail);
  };
  const scalar = (node) => (0, import_yaml.isScalar)(node) ? node.value : node ? node.toJSON?.() : null;
  const stringList = (node, key, pattern, what) => {
    if (!(0, import_yaml.isSeq)(node)) return fail(node, key, `expected a list of strings, got ${describe(scalar(node))}`);
    return node.items.map((item, i) => {
      const v = scalar(item);
      if (typeof v !== "string" || v.trim() === "") fail(item ?? node, `${key}[${i}]`, `expected a non-empty string, got ${describe(v)}`);
      if (pattern && !pattern.test(v)) fail(item, `${key}[${i}]`, `expected ${what}, got ${JSON.stringify(v)}`);
      return v;
    });
  };
  const positiveInteger = (node, key, max) => {
    const v = scalar(node);
    if (typeof v !== "number" || !Number.isInteger(v) || v < 1 || v > max)
      fail(node, key, `expected a whole number from 1 to ${max}, got ${describe(v)}`);
    return v;
  };
  const oneOf = (node, key, options) => {
    const v = scalar(node);
    if (typeof v !== "string" || !options.includes(v))
      fail(node, key, `expected ${options.map((o) => `"${o}"`).join(" or ")}, got ${describe(v)}`);
    return v;
  };
  const keyName = (pair, parent) => {
    const k = scalar(pair.key);
    if (typeof k !== "string") fail(pair.key, parent, `expected a key name, got ${describe(k)}`);
    return k;
  };
  for (const pair of root.items) {
    const key = keyName(pair, "");
    const value = pair.value;
    switch (key) {
      case "mode":
        policy.mode = oneOf(value, key, ["default", "strict"]);
        break;
      case "productionNames":
        policy.productionNames = [
          .../* @__PURE__ */ new Set([
            ...DEFAULT_POLICY.productionNames,
            ...stringList(value, key, /^[A-Za-z0-9]+$/, "a single segment of letters and digits").map((s) => s.toLowerCase())
          ])
        ];
        break;
      case "localContexts":
        policy.localContexts = stringList(value, key);
        break;
      case "protectedBranches":
        policy.protectedBranches = [.../* @__PURE__ */ new Set([...DEFAULT_POLICY.protectedBranches, ...stringList(value, key)])];
        break;
      case "commit": {
        if (!(0, import_yaml.isMap)(value))
          fail(value ?? pair.key, key, `expected a mapping with ${COMMIT_KEYS.join(", ")}, got ${describe(scalar(value))}`);
        for (const inner of value.items) {
          const name = keyName(inner, key);
          const v = inner.value;
          const path = `commit.${name}`;
          if (name === "headerMaxLength") policy.commit.headerMaxLength = positiveInteger(v, path, 1e3);
          else if (name === "extraTypes") policy.commit.extraTypes = stringList(v, path, /^[a-z][a-z0-9-]*$/, "a lower-case type name");
          else if (name === "forbiddenTrailers") policy.commit.forbiddenTrailers = stringList(v, path);
          else fail(inner.key, path, `unknown key (expected one of ${COMMIT_KEYS.join(", ")})`);
        }
        break;
      }
      case "aliases": {
        if (!(0, import_yaml.isMap)(value)) fail(value ?? pair.key, key, `expected a mapping of alias -> program, got ${describe(scalar(value))}`);
        for (const inner of value.items) {
          const name = keyName(inner, key);
          const v = scalar(inner.value);
          if (!/^[A-Za-z0-9_.+-]+$/.test(name)) fail(inner.key, `aliases.${name}`, "expected an alias name of letters, digits, _ . + -");
          if (typeof v !== "string" || !/^[A-Za-z0-9_.+-]+$/.test(v))
            fail(inner.value ?? inner.key, `aliases.${name}`, `expected a program name, got ${describe(v)}`);
          policy.aliases[name] = v;
        }
        break;
      }
      case "approvalMinutes":
        policy.approvalMinutes = positiveInteger(value, key, 24 * 60);
        break;
      case "readKubeContext": {
        const v = scalar(value);
        if (typeof v !== "boolean") fail(value ?? pair.key, key, `expected true or false, got ${describe(v)}`);
        policy.readKubeContext = v;
        break;
      }
      case "hookAllow":
        policy.hookAllow = oneOf(value, key, ["silent", "explicit"]);
        break;
      case "approvals": {
        if (!(0, import_yaml.isMap)(value)) fail(value ?? pair.key, key, `expected a mapping with reviewers, got ${describe(scalar(value))}`);
        for (const inner of value.items) {
          const name = keyName(inner, key);
          if (name === "planLock") {
            const lock = scalar(inner.value);
            if (typeof lock !== "boolean")
              fail(inner.value ?? inner.key, "approvals.planLock", `expected true or false, got ${describe(lock)}`);
            policy.approvals.planLock = lock;
            continue;
          }
          if (name !== "reviewers") fail(inner.key, `approvals.${name}`, "unknown key (expected reviewers or planLock)");
          const v = inner.value;
          if (!(0, import_yaml.isMap)(v))
            fail(v ?? inner.key, "approvals.reviewers", `expected a mapping of environment -> count, got ${describe(scalar(v))}`);
          for (const entry of v.items) {
            const env = keyName(entry, "approvals.reviewers");
            const path = `approvals.reviewers.${env}`;
            if (!ENVIRONMENTS.includes(env)) fail(entry.key, path, `unknown environment (expected one of ${ENVIRONMENTS.join(", ")})`);
            policy.approvals.reviewers[env] = positiveInteger(entry.value, path, 9);
          }
        }
        break;
      }
      case "store": {
        const v = scalar(value);
        if (typeof v !== "string") fail(value ?? pair.key, key, `expected a postgres://USER@HOST/DB URL, got ${describe(v)}`);
        const problem = storeUrlProblem(v);
        if (problem) fail(value, key, problem);
        policy.store = v;
        break;
      }
      case "contained": {
        const contained = structuredClone(DEFAULT_CONTAINED);
        policy.contained = contained;
        const flag = scalar(value);
        if (value === null || flag === null || flag === true) break;
        if (flag === false) {
          delete policy.contained;
          break;
        }
        if (!(0, import_yaml.isMap)(value))
          fail(value ?? pair.key, key, `expected true or a mapping with ${CONTAINED_KEYS.join(", ")}, got ${describe(flag)}`);
        for (const inner of value.items) {
          const name = keyName(inner, key);
          const v = inner.value;
          const path = `contained.${name}`;
          if (name === "executorOnly") contained.executorOnly = stringList(v, path, PATH_ENTRY, "a path without glob characters");
          else if (name === "stateFolders") contained.stateFolders = stringList(v, path, PATH_ENTRY, "a path without glob characters");
          else if (name === "controlPlaneHosts")
            contained.controlPlaneHosts = stringList(v, path, HOST, "a host name (example.com or *.example.com)");
          else if (name === "planCredentials") {
            if (!(0, import_yaml.isMap)(v))
              fail(v ?? inner.key, path, `expected a mapping with ${PLAN_CREDENTIAL_KEYS.join(", ")}, got ${describe(scalar(v))}`);
            for (const cred of v.items) {
              const credName = keyName(cred, path);
              const credValue = cred.value;
              const credPath = `${path}.${credName}`;
              if (credName === "awsProfile") {
                const profile = scalar(credValue);
                if (typeof profile !== "string" || !/^[A-Za-z0-9_.+-]+$/.test(profile))
                  fail(credValue ?? cred.key, credPath, `expected a profile name, got ${describe(profile)}`);
                contained.planCredentials.env.AWS_PROFILE = profile;
              } else if (credName === "env") {
                if (!(0, import_yaml.isMap)(credValue))
                  fail(credValue ?? cred.key, credPath, `expected a mapping of variable -> value, got ${describe(scalar(credValue))}`);
                for (const entry of credValue.items) {
                  const envName = keyName(entry, credPath);
                  const envValue = scalar(entry.value);
                  if (!ENV_NAME.test(envName))
                    fail(entry.key, `${credPath}.${envName}`, "expected a variable name of letters, digits and _");
                  if (typeof envValue !== "string" && typeof envValue !== "number")
                    fail(entry.value ?? entry.key, `${credPath}.${envName}`, `expected a string, got ${describe(envValue)}`);
                  contained.planCredentials.env[envName] = String(envValue);
                }
              } else fail(cred.key, credPath, `unknown key (expected one of ${PLAN_CREDENTIAL_KEYS.join(", ")})`);
            }
          } else fail(inner.key, path, `unknown key (expected one of ${CONTAINED_KEYS.join(", ")})`);
        }
        break;
      }
      default:
        fail(pair.key, key, `unknown key (expected one of ${TOP_KEYS.join(", ")})`);
    }
  }
  return policy;
}
export {
  PolicyError,
  parsePolicy
};
