import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  environmentsOf
} from "./chunk-NQJ7SG5Y.mjs";

// src/guard/tool-invocations.ts
var GIT_VALUED_GLOBALS = /* @__PURE__ */ new Set([
  "-C",
  "-c",
  "--git-dir",
  "--work-tree",
  "--namespace",
  "--exec-path",
  "--config-env",
  "--super-prefix",
  "--list-cmds",
  "--attr-source"
]);
function splitAlias(value) {
  const out = [];
  const re = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
  let m;
  while (m = re.exec(value)) out.push(m[1] ?? m[2] ?? m[3]);
  return out;
}
function gitInvocation(argv, extraConfigs = []) {
  const configs = [...extraConfigs];
  let i = 1;
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith("-")) break;
    if (a === "--") {
      i++;
      break;
    }
    const eq = a.indexOf("=");
    const name = a.startsWith("--") && eq !== -1 ? a.slice(0, eq) : a;
    if (GIT_VALUED_GLOBALS.has(name)) {
      if (name === "-c" || name === "--config-env") configs.push(eq !== -1 && a.startsWith("--") ? a.slice(eq + 1) : argv[i + 1] ?? "");
      if (!(a.startsWith("--") && eq !== -1)) i++;
    } else if (/^-c./.test(a)) {
      configs.push(a.slice(2));
    } else if (/^-C./.test(a)) {
    }
  }
  let sub = argv[i];
  let args = argv.slice(i + 1);
  if (sub !== void 0) {
    for (const c of [...configs].reverse()) {
      const m = /^alias\.([^=]+)=(.*)$/is.exec(c);
      if (!m || m[1].toLowerCase() !== sub.toLowerCase()) continue;
      let value = m[2].trim();
      if (value.startsWith("!")) {
        value = value.slice(1).trim();
        const words = splitAlias(value);
        if (words[0] === "git") words.shift();
        [sub, ...args] = [...words, ...args];
      } else {
        const words = splitAlias(value);
        [sub, ...args] = [...words, ...args];
      }
      break;
    }
  }
  return { sub, args, configs };
}
var TERRAFORM_TOOLS = /* @__PURE__ */ new Set(["terraform", "tofu", "terragrunt"]);
var isTerraformTool = (name) => !!name && TERRAFORM_TOOLS.has(name);
var TERRAGRUNT_VALUED = /* @__PURE__ */ new Set([
  "--terragrunt-working-dir",
  "--working-dir",
  "--terragrunt-config",
  "--config",
  "--terragrunt-tfpath",
  "--tf-path",
  "--terragrunt-log-level",
  "--log-level",
  "--terragrunt-source",
  "--source",
  "--terragrunt-iam-role",
  "--iam-assume-role",
  "--terragrunt-include-dir",
  "--queue-include-dir",
  "--terragrunt-exclude-dir",
  "--queue-exclude-dir",
  "--terragrunt-parallelism",
  "--parallelism",
  "--terragrunt-download-dir",
  "--download-dir",
  "--filter"
]);
var TERRAGRUNT_RUNNERS = /* @__PURE__ */ new Set(["run-all", "run", "stack", "all"]);
function terraformInvocation(argv) {
  const tool = argv[0];
  if (!isTerraformTool(tool)) return void 0;
  let workdir;
  let all = false;
  const positionals = [];
  let afterDoubleDash = false;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      afterDoubleDash = true;
      continue;
    }
    if (!afterDoubleDash && a.startsWith("-")) {
      const eq = a.indexOf("=");
      const name = (eq === -1 ? a : a.slice(0, eq)).replace(/^--?/, "-");
      if (name === "-chdir" || name === "-terragrunt-working-dir" || name === "-working-dir") {
        workdir = eq !== -1 ? a.slice(eq + 1) : argv[++i];
        continue;
      }
      if (name === "-all" || name === "-terragrunt-all") all = true;
      if (tool === "terragrunt" && eq === -1 && TERRAGRUNT_VALUED.has(a)) i++;
      if (positionals.length > 0 && tool !== "terragrunt") break;
      continue;
    }
    if (tool === "terragrunt" && positionals.length === 0 && TERRAGRUNT_RUNNERS.has(a)) {
      if (a === "run-all" || a === "all") all = true;
      continue;
    }
    positionals.push({ word: a, index: i });
    break;
  }
  const first = positionals[0];
  if (!first) return { tool, args: [], workdir, all };
  if (tool === "terragrunt" && workdir === void 0) {
    for (let i = first.index + 1; i < argv.length; i++) {
      const m = /^--?(?:terragrunt-working-dir|working-dir)(?:=(.*))?$/.exec(argv[i]);
      if (m) workdir = m[1] ?? argv[i + 1];
    }
  }
  let sub = first.word;
  if (tool === "terragrunt" && /-all$/.test(sub) && sub !== "run-all") {
    all = true;
    sub = sub.replace(/-all$/, "");
  }
  return { tool, sub, args: argv.slice(first.index + 1).filter((a) => a !== "--"), workdir, all };
}
var KUBECTL_VALUED_LONG = /* @__PURE__ */ new Set([
  "namespace",
  "context",
  "kubeconfig",
  "cluster",
  "user",
  "server",
  "token",
  "as",
  "as-group",
  "as-uid",
  "selector",
  "filename",
  "kustomize",
  "output",
  "field-selector",
  "grace-period",
  "timeout",
  "cascade",
  "request-timeout",
  "container",
  "cache-dir",
  "certificate-authority",
  "client-certificate",
  "client-key",
  "tls-server-name",
  "template",
  "type",
  "image",
  "replicas",
  "raw",
  "overrides",
  "port",
  "patch-file",
  "patch",
  "kube-context",
  "values",
  "set",
  "set-string",
  "set-file",
  "version",
  "repo",
  "description",
  "username",
  "password",
  "registry-config",
  "repository-cache",
  "repository-config",
  "kube-apiserver",
  "kube-as-user",
  "kube-token",
  "kube-ca-file",
  "revision",
  "profile",
  "v",
  "log-file",
  "chunk-size",
  "subresource",
  "field-manager",
  "wait-for"
]);
var KUBECTL_VALUED_SHORT = /* @__PURE__ */ new Set(["n", "l", "f", "k", "o", "s", "c", "v"]);
function kubeInvocation(argv) {
  const options = /* @__PURE__ */ new Map();
  const order = /* @__PURE__ */ new Map();
  const positionals = [];
  let seen = 0;
  const add = (name, value) => {
    options.set(name, [...options.get(name) ?? [], value]);
    order.set(name, seen++);
  };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith("--") && a.length > 2) {
      const eq = a.indexOf("=");
      const name = eq === -1 ? a.slice(2) : a.slice(2, eq);
      if (eq !== -1) add(name, a.slice(eq + 1));
      else if (KUBECTL_VALUED_LONG.has(name) && i + 1 < argv.length) add(name, argv[++i]);
      else add(name, "");
      continue;
    }
    if (a.startsWith("-") && a.length > 1 && a !== "-") {
      const letters = a.slice(1);
      for (let j = 0; j < letters.length; j++) {
        const l = letters[j];
        if (KUBECTL_VALUED_SHORT.has(l)) {
          let rest2 = letters.slice(j + 1);
          if (rest2.startsWith("=")) rest2 = rest2.slice(1);
          if (rest2) add(l, rest2);
          else if (i + 1 < argv.length) add(l, argv[++i]);
          else add(l, "");
          break;
        }
        add(l, "");
      }
      continue;
    }
    positionals.push(a);
  }
  const [verb, ...rest] = positionals;
  return { verb, positionals: rest, options, order };
}
var optionOf = (inv, ...names) => names.flatMap((n) => inv.options.get(n) ?? []);
function lastOption(inv, ...names) {
  let last;
  let at = -1;
  for (const n of names) {
    const index = inv.order.get(n);
    if (index !== void 0 && index > at) {
      at = index;
      const values = inv.options.get(n) ?? [];
      last = values[values.length - 1];
    }
  }
  return last;
}
var hasOption = (inv, ...names) => {
  const value = lastOption(inv, ...names);
  return value !== void 0 && !/^(false|0)$/i.test(value);
};

// src/guard/command-targets.ts
var NAMESPACE_TYPES = /* @__PURE__ */ new Set(["ns", "namespace", "namespaces", "project", "projects"]);
function deletedNamespaces(positionals) {
  const names = [];
  const [first, ...rest] = positionals;
  if (!first) return names;
  const types = first.split(",").map((t) => t.toLowerCase());
  if (!first.includes("/") && types.some((t) => NAMESPACE_TYPES.has(t))) names.push(...rest);
  for (const p of positionals) {
    const m = /^(ns|namespaces?|projects?)\/(.+)$/i.exec(p);
    if (m) names.push(m[2]);
  }
  return names;
}
function producedTargets(cmd) {
  const none = { manifests: [], namespaces: [], contexts: [] };
  const producer = cmd.stdin?.kind === "pipe" ? cmd.stdin.producer : void 0;
  if (!producer) return none;
  const inv = kubeInvocation(producer);
  const tool = producer[0];
  if ((tool === "kubectl" || tool === "oc") && inv.verb === "kustomize") return { ...none, manifests: inv.positionals.slice(0, 1) };
  if (tool === "kustomize" && inv.verb === "build") return { ...none, manifests: inv.positionals.slice(0, 1) };
  if (tool === "helm" && inv.verb === "template") {
    const ns = lastOption(inv, "namespace", "n");
    const ctx = lastOption(inv, "kube-context");
    return { manifests: [...inv.positionals, ...optionOf(inv, "values", "f")], namespaces: ns ? [ns] : [], contexts: ctx ? [ctx] : [] };
  }
  return none;
}
function kubeTarget(cmd, index, commands) {
  const inv = kubeInvocation(cmd.argv);
  const isHelm = cmd.argv[0] === "helm";
  const priorContexts = [];
  const priorNamespaces = [];
  for (let i = 0; i < index; i++) {
    const c = commands[i];
    const name = c.argv[0];
    if (name === "kubectx" && c.argv[1] && !c.argv[1].startsWith("-")) priorContexts.push(c.argv[1].split("=").pop() ?? "");
    if (name === "kubens" && c.argv[1] && !c.argv[1].startsWith("-")) priorNamespaces.push(c.argv[1]);
    if (name === "kubectl" || name === "oc") {
      const k = kubeInvocation(c.argv);
      if (k.verb === "config" && k.positionals[0] === "use-context" && k.positionals[1]) priorContexts.push(k.positionals[1]);
      if (k.verb === "config" && k.positionals[0] === "use" && k.positionals[1]) priorContexts.push(k.positionals[1]);
      if (k.verb === "config" && k.positionals[0] === "set-context") priorNamespaces.push(...optionOf(k, "namespace"));
    }
  }
  priorContexts.splice(0, priorContexts.length - 1);
  priorNamespaces.splice(0, priorNamespaces.length - 1);
  const last = (...names) => {
    const value = lastOption(inv, ...names);
    return value ? [value] : [];
  };
  const readsStdin = optionOf(inv, "filename", "f").includes("-");
  const produced = readsStdin ? producedTargets(cmd) : { manifests: [], namespaces: [], contexts: [] };
  return {
    namespaces: [...last("namespace", "n"), ...produced.namespaces],
    contexts: [...last("context", "kube-context"), ...last("cluster"), ...produced.contexts],
    kubeconfigs: last("kubeconfig"),
    manifests: [
      ...isHelm ? optionOf(inv, "values", "f") : optionOf(inv, "filename", "f", "kustomize", "k"),
      ...produced.manifests
    ].filter(Boolean),
    priorContexts,
    priorNamespaces
  };
}
function targetNames(cmd, index, commands) {
  const names = [];
  if (cmd.cwd) names.push(cmd.cwd);
  const name = cmd.argv[0];
  if (name === "kubectl" || name === "oc" || name === "helm") {
    const t = kubeTarget(cmd, index, commands);
    names.push(...t.namespaces, ...t.contexts, ...t.kubeconfigs, ...t.manifests, ...t.priorContexts, ...t.priorNamespaces);
    const inv = kubeInvocation(cmd.argv);
    if (name !== "helm") names.push(...deletedNamespaces(inv.positionals));
  }
  if (name === "flux") names.push(...optionOf(kubeInvocation(cmd.argv), "namespace", "n", "context", "kubeconfig"));
  if (isTerraformTool(name)) {
    const inv = terraformInvocation(cmd.argv);
    if (inv?.workdir) names.push(inv.workdir);
    const args = inv?.args ?? [];
    for (let i = 0; i < args.length; i++) {
      const m = /^--?var-file(?:=(.*))?$/.exec(args[i]);
      if (m) names.push(m[1] ?? args[i + 1] ?? "");
    }
    if (cmd.toolEnv?.TF_WORKSPACE) names.push(cmd.toolEnv.TF_WORKSPACE);
    if (inv?.sub === "workspace" && (inv.args[0] === "select" || inv.args[0] === "new"))
      names.push(...inv.args.slice(1).filter((a) => !a.startsWith("-")));
    for (let i = 0; i < index; i++) {
      const prior = terraformInvocation(commands[i].argv);
      if (prior?.sub === "workspace" && prior.args[0] === "select") names.push(...prior.args.slice(1).filter((a) => !a.startsWith("-")));
    }
  }
  return names.filter(Boolean);
}
function environmentConflict(cmd, index, commands, approval, policy) {
  if (!approval || approval.environments.length === 0) return [];
  const targeted = /* @__PURE__ */ new Set();
  for (const n of targetNames(cmd, index, commands)) for (const e of environmentsOf(n, policy)) targeted.add(e);
  return [...targeted].filter((e) => !approval.environments.includes(e));
}

export {
  gitInvocation,
  terraformInvocation,
  kubeInvocation,
  lastOption,
  hasOption,
  deletedNamespaces,
  kubeTarget,
  environmentConflict
};
