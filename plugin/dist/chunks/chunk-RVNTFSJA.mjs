import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  environmentsOf,
  isDryRun
} from "./chunk-S7TXNCWD.mjs";

// src/guard/tools/git.ts
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
function tier(argv) {
  const { sub, args } = gitInvocation(argv);
  if (!sub) return "T0";
  if ([
    "status",
    "log",
    "diff",
    "show",
    "blame",
    "reflog",
    "describe",
    "shortlog",
    "grep",
    "ls-files",
    "ls-tree",
    "ls-remote",
    "rev-parse",
    "rev-list",
    "cat-file",
    "whatchanged",
    "help",
    "version",
    "var",
    "check-ignore",
    "name-rev",
    "for-each-ref",
    "show-ref",
    "count-objects",
    "fsck",
    "range-diff",
    "difftool",
    "cherry",
    "merge-base",
    "config",
    "remote",
    "branch",
    "tag",
    "stash",
    "worktree",
    "submodule",
    "notes",
    "bisect",
    "lfs"
  ].includes(sub)) {
    if (sub === "config" || sub === "remote" || sub === "branch" || sub === "tag" || sub === "stash" || sub === "worktree" || sub === "submodule" || sub === "notes" || sub === "bisect" || sub === "lfs") {
      return sub === "lfs" && args[0] === "push" ? "T3" : "T1";
    }
    return "T0";
  }
  if (sub === "push" || sub === "send-pack" || sub === "svn" && args[0] === "dcommit") {
    const dry = args.some((a) => /^--dr(y(-(r(un?)?)?)?)?$/.test(a) || /^-[a-zA-Z]*n[a-zA-Z]*$/.test(a) && !a.includes("o"));
    return dry && !args.includes("--no-dry-run") ? "T2" : "T3";
  }
  return "T1";
}
var git = {
  id: "git",
  programs: ["git"],
  env: ["GIT_CONFIG_PARAMETERS", "GIT_CONFIG_COUNT", "GIT_CONFIG_KEY_<n>", "GIT_CONFIG_VALUE_<n>", "GIT_DIR", "GIT_WORK_TREE"],
  tier
};

// src/guard/tool-invocations.ts
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
  let last2;
  let at = -1;
  for (const n of names) {
    const index = inv.order.get(n);
    if (index !== void 0 && index > at) {
      at = index;
      const values = inv.options.get(n) ?? [];
      last2 = values[values.length - 1];
    }
  }
  return last2;
}
var hasOption = (inv, ...names) => {
  const value = lastOption(inv, ...names);
  return value !== void 0 && !/^(false|0)$/i.test(value);
};

// src/guard/tools/kubectl.ts
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
  if ((tool === "kubectl" || tool === "oc") && inv.verb === "get") {
    const ns = lastOption(inv, "namespace", "n");
    const ctx = lastOption(inv, "context");
    return { ...none, namespaces: ns ? [ns] : [], contexts: ctx ? [ctx] : [] };
  }
  if (tool === "helm" && inv.verb === "template") {
    const ns = lastOption(inv, "namespace", "n");
    const ctx = lastOption(inv, "kube-context");
    return { manifests: [...inv.positionals, ...optionOf(inv, "values", "f")], namespaces: ns ? [ns] : [], contexts: ctx ? [ctx] : [] };
  }
  return none;
}
function findRoots(cmd) {
  if (!cmd.via.some((v) => v.startsWith("find")) || !cmd.argv.includes("{}")) return [];
  const m = /(?:^|[\s;&|(])find\s+((?:[^\s\-(!][^\s]{0,300}\s+){1,20})/.exec(cmd.text);
  return m ? m[1].trim().split(/\s+/).map((w) => w.replace(/^["']|["']$/g, "")) : [];
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
  const last2 = (...names) => {
    const value = lastOption(inv, ...names);
    return value ? [value] : [];
  };
  const readsStdin = optionOf(inv, "filename", "f").includes("-");
  const produced = readsStdin ? producedTargets(cmd) : { manifests: [], namespaces: [], contexts: [] };
  return {
    namespaces: [...last2("namespace", "n"), ...produced.namespaces],
    contexts: [...last2("context", "kube-context"), ...last2("cluster"), ...produced.contexts],
    kubeconfigs: last2("kubeconfig"),
    manifests: [
      ...isHelm ? optionOf(inv, "values", "f") : optionOf(inv, "filename", "f", "kustomize", "k"),
      ...produced.manifests,
      ...findRoots(cmd)
    ].filter(Boolean),
    priorContexts,
    priorNamespaces
  };
}
function tier2(argv) {
  const inv = kubeInvocation(argv);
  const verb = inv.verb;
  if (!verb) return "T0";
  const dry = isDryRun(argv);
  if ([
    "get",
    "describe",
    "logs",
    "log",
    "events",
    "top",
    "explain",
    "api-resources",
    "api-versions",
    "cluster-info",
    "version",
    "wait",
    "port-forward",
    "proxy",
    "completion",
    "options",
    "plugin",
    "krew",
    "tree",
    "neat",
    "ctx",
    "ns"
  ].includes(verb)) {
    return "T0";
  }
  if (verb === "auth") return inv.positionals[0] === "reconcile" ? dry ? "T2" : "T3" : "T0";
  if (verb === "config")
    return ["view", "current-context", "get-contexts", "get-clusters", "get-users"].includes(inv.positionals[0] ?? "") ? "T0" : "T1";
  if (verb === "kustomize" || verb === "convert") return "T1";
  if (verb === "diff") return "T2";
  if (verb === "rollout") return ["status", "history"].includes(inv.positionals[0] ?? "") ? "T0" : dry ? "T2" : "T3";
  if (verb === "certificate" || verb === "debug" || verb === "attach" || verb === "exec" || verb === "cp") return "T3";
  return dry ? "T2" : "T3";
}
function kubeTargetNames(cmd, earlier) {
  const t = kubeTarget(cmd, earlier.length, [...earlier, cmd]);
  const names = [...t.namespaces, ...t.contexts, ...t.kubeconfigs, ...t.manifests, ...t.priorContexts, ...t.priorNamespaces];
  if (cmd.argv[0] !== "helm") names.push(...deletedNamespaces(kubeInvocation(cmd.argv).positionals));
  return names;
}
var kubectl = {
  id: "kubectl",
  programs: ["kubectl", "oc"],
  env: ["KUBECONFIG"],
  tier: tier2,
  targets: kubeTargetNames
};

// src/guard/tools/grammar.ts
function parseArgv(argv, valued, from = 1) {
  const words = [];
  const options = /* @__PURE__ */ new Map();
  const order = /* @__PURE__ */ new Map();
  let seen = 0;
  const add = (name, value) => {
    options.set(name, [...options.get(name) ?? [], value]);
    order.set(name, seen++);
  };
  for (let i = from; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      words.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith("--") && a.length > 2) {
      const eq = a.indexOf("=");
      if (eq !== -1) add(a.slice(0, eq), a.slice(eq + 1));
      else if (valued.has(a) && i + 1 < argv.length) add(a, argv[++i]);
      else add(a, "");
      continue;
    }
    if (a.startsWith("-") && a.length > 1 && !/^-\d/.test(a)) {
      const eq = a.indexOf("=");
      if (eq > 1 && valued.has(a.slice(0, eq)))
        add(a.slice(0, eq), a.slice(eq + 1));
      else if (valued.has(a))
        add(a, i + 1 < argv.length ? argv[++i] : "");
      else if (a.length > 2 && valued.has(a.slice(0, 2)))
        add(a.slice(0, 2), a.slice(2));
      else if (a.length > 2 && eq === -1)
        for (const l of a.slice(1)) add(`-${l}`, "");
      else add(eq === -1 ? a : a.slice(0, eq), eq === -1 ? "" : a.slice(eq + 1));
      continue;
    }
    words.push(a);
  }
  return { words, options, order };
}
function last(p, ...names) {
  let value;
  let at = -1;
  for (const n of names) {
    const index = p.order.get(n);
    if (index !== void 0 && index > at) {
      at = index;
      const values = p.options.get(n) ?? [];
      value = values[values.length - 1];
    }
  }
  return value;
}
function has(p, ...names) {
  const value = last(p, ...names);
  return value !== void 0 && !/^(false|0|no)$/i.test(value);
}
var all = (p, ...names) => names.flatMap((n) => p.options.get(n) ?? []).filter(Boolean);
var set = (text) => new Set(text.split(/\s+/).filter(Boolean));
function dryRun(p, name = "--dry-run") {
  const value = last(p, name);
  return value !== void 0 && !/^(none|false|0)$/i.test(value);
}

// src/guard/tools/argocd.ts
var VALUED = set(
  "--server --auth-token --config --grpc-web-root-path -H --header --kube-context --port-forward-namespace --loglevel --logformat -N --app-namespace -p --parameter --revision --dest-namespace --dest-server --dest-name --project -l --selector -o --output --propagation-policy --cascade --timeout --resource --repo --path --sync-policy --values --helm-set --kustomize-image"
);
var read = (argv) => parseArgv(argv, VALUED);
var READS = /* @__PURE__ */ new Set(["get", "list", "ls", "history", "manifests", "logs", "resources", "diff", "wait", "show", "get-resource", "man"]);
function tier3(argv) {
  const p = read(argv);
  const [group, action] = p.words;
  if (!group) return "T0";
  if (["version", "context", "login", "logout", "relogin", "completion", "help", "configure", "admin"].includes(group))
    return group === "version" ? "T0" : "T1";
  if (!action || READS.has(action)) return action === "diff" ? "T2" : "T0";
  if (dryRun(p) || has(p, "--preview-changes")) return "T2";
  return "T3";
}
function effects(cmd) {
  const p = read(cmd.argv);
  const [group, action] = p.words;
  if (dryRun(p)) return [];
  if (["app", "appset", "proj"].includes(group) && action === "delete")
    return [{ kind: "delete", act: `argocd ${group} delete`, preview: `argocd ${group} get` }];
  if (group === "cluster" && (action === "rm" || action === "delete")) return [{ kind: "delete", act: "argocd cluster rm" }];
  return [];
}
function targets(cmd) {
  const p = read(cmd.argv);
  return [...p.words.slice(2), ...all(p, "--server", "--kube-context", "-N", "--app-namespace", "--dest-namespace", "--project")];
}
var argocd = { id: "argocd", programs: ["argocd"], env: ["ARGOCD_SERVER", "ARGOCD_OPTS"], tier: tier3, effects, targets };

// src/guard/tools/aws.ts
var VALUED2 = set(
  "--profile --region --output --endpoint-url --query --cli-read-timeout --cli-connect-timeout --color --ca-bundle --cli-binary-format --cli-input-json --cli-input-yaml --generate-cli-skeleton --page-size --max-items --starting-token --stack-name --db-instance-identifier --db-cluster-identifier --table-name --name --names --cluster-name --instance-ids --bucket --key --include --exclude --storage-class --acl --sse --content-type --cache-control --metadata --expires --role-arn --parameters --template-body --template-url --capabilities --tags --filters --nodegroup-name --secret-id --key-id --pending-window-in-days --function-name --repository-name --file-system-id --volume-id --final-db-snapshot-identifier --stack-set-name --deletion-mode --retain-resources --client-request-token --value --type --description"
);
var read2 = (argv) => parseArgv(argv, VALUED2);
var READ_OP = /^(describe|list|get|head|show|wait|help|lookup|batch-get|query|scan|search|filter|validate|estimate|simulate|test|check|preview|view|tail|read|print|ls|presign|detect|download|export|select)/;
function tier4(argv) {
  const p = read2(argv);
  const [service, op] = p.words;
  if (!service) return "T0";
  if (["configure", "sso", "help", "login", "logout", "history"].includes(service)) return "T1";
  if (service === "sts" || service === "pricing") return "T0";
  if (service === "s3") return !op || op === "ls" || op === "presign" ? "T0" : has(p, "--dryrun", "--dry-run") ? "T2" : "T3";
  if (!op || READ_OP.test(op)) return "T0";
  if (op === "create-change-set" || op === "deploy" && has(p, "--no-execute-changeset")) return "T2";
  return has(p, "--dry-run") ? "T2" : "T3";
}
var DELETES = {
  rds: /^delete-db-(instance|cluster|snapshot|cluster-snapshot)$|^delete-global-cluster$/,
  dynamodb: /^delete-(table|backup)$/,
  ec2: /^(terminate-instances|delete-volume|delete-snapshot)$/,
  eks: /^delete-(cluster|nodegroup)$/,
  ssm: /^delete-parameters?$/,
  s3api: /^delete-(bucket|objects)$/,
  secretsmanager: /^delete-secret$/,
  kms: /^schedule-key-deletion$/,
  efs: /^delete-file-system$/,
  ecr: /^(delete-repository)$/,
  elasticache: /^delete-(cache-cluster|replication-group)$/,
  redshift: /^delete-cluster$/,
  docdb: /^delete-db-cluster$/,
  neptune: /^delete-db-cluster$/,
  opensearch: /^delete-domain$/,
  es: /^delete-elasticsearch-domain$/,
  backup: /^delete-backup-vault$/,
  route53: /^delete-hosted-zone$/,
  organizations: /^(close-account|delete-organization)$/
};
function effects2(cmd) {
  const p = read2(cmd.argv);
  const [service, op] = p.words;
  if (!service || !op || has(p, "--dry-run", "--dryrun")) return [];
  if (service === "cloudformation" && /^delete-stack(-set)?$/.test(op))
    return [{ kind: "destroy", act: `aws cloudformation ${op}`, preview: "aws cloudformation describe-stack-resources" }];
  if (service === "s3") {
    if (op === "rb") return [{ kind: "delete", act: "aws s3 rb", preview: "aws s3 ls" }];
    if (op === "rm" && has(p, "--recursive", "-r"))
      return [{ kind: "delete", act: "aws s3 rm --recursive", preview: "aws s3 rm --recursive --dryrun" }];
    return [];
  }
  const deletes = DELETES[service];
  if (deletes?.test(op)) return [{ kind: "delete", act: `aws ${service} ${op}` }];
  return [];
}
function targets2(cmd) {
  const p = read2(cmd.argv);
  const names = all(
    p,
    "--profile",
    "--stack-name",
    "--stack-set-name",
    "--db-instance-identifier",
    "--db-cluster-identifier",
    "--table-name",
    "--name",
    "--names",
    "--cluster-name",
    "--nodegroup-name",
    "--bucket",
    "--secret-id",
    "--function-name",
    "--repository-name"
  );
  const rest = p.words.slice(2);
  names.push(...p.words[0] === "s3" ? rest.filter((w) => w.startsWith("s3://")) : rest);
  for (const v of ["AWS_PROFILE", "AWS_DEFAULT_PROFILE"]) if (cmd.assignments[v]) names.push(cmd.assignments[v]);
  return names;
}
var aws = {
  id: "aws",
  programs: ["aws"],
  env: ["AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_REGION", "AWS_DEFAULT_REGION"],
  tier: tier4,
  effects: effects2,
  targets: targets2
};

// src/guard/tools/az.ts
var VALUED3 = set(
  "--subscription -o --output --query -g --resource-group -n --name --location -l --server -s --account-name --vault-name --cluster-name --database-name --tags --sku --image --size --admin-username --query-examples --ids"
);
var read3 = (argv) => parseArgv(argv, VALUED3);
var READ_VERB = /^(show|list|get|get-\S+|list-\S+|show-\S+|exists|check-name|check-\S+|query|download|browse|logs|tail|wait|version)$/;
var ACT_VERB = /^(create|delete|update|set|add|remove|start|stop|restart|resize|scale|upgrade|deploy|import|export|purge|restore|rotate|run|invoke|move|reset|enable|disable|attach|detach|upload|copy|sync|nodepool|delete-\S+|set-\S+|add-\S+|remove-\S+|up|swap|failover|flush|regenerate-key|renew|start-\S+|stop-\S+)$/;
function path(words) {
  const at = words.findIndex((x, i) => i > 0 && (READ_VERB.test(x) || ACT_VERB.test(x)));
  return at === -1 ? { groups: words } : { groups: words.slice(0, at), verb: words[at] };
}
function tier5(argv) {
  const p = read3(argv);
  const [group] = p.words;
  if (!group) return "T0";
  if (["login", "logout", "account", "config", "extension", "version", "help", "init", "upgrade", "feedback", "find", "bicep"].includes(group))
    return group === "account" && p.words[1] === "show" ? "T0" : "T1";
  const { verb } = path(p.words);
  if (!verb) return "T1";
  if (READ_VERB.test(verb)) return "T0";
  if (verb === "get-credentials") return "T1";
  if (group === "deployment" && p.words.includes("what-if")) return "T2";
  if (has(p, "--dry-run") || has(p, "--what-if")) return "T2";
  return "T3";
}
var DELETES2 = [
  /^aks$/,
  /^aks nodepool$/,
  /^sql (db|server|mi)$/,
  /^storage (account|container|share)$/,
  /^cosmosdb( sql database| mongodb database)?$/,
  /^vm$/,
  /^vmss$/,
  /^(postgres|mysql) (flexible-server|server)$/,
  /^keyvault$/,
  /^redis$/,
  /^acr$/
];
function effects3(cmd) {
  const p = read3(cmd.argv);
  const { groups, verb } = path(p.words);
  const g = groups.join(" ");
  if (has(p, "--dry-run")) return [];
  if (verb !== "delete") return batchDelete(p.words);
  if (g === "group") return [{ kind: "destroy", act: "az group delete", preview: "az resource list -g <group>" }];
  if (DELETES2.some((re) => re.test(g))) return [{ kind: "delete", act: `az ${g} delete` }];
  return [];
}
function batchDelete(words) {
  const { groups, verb } = path(words);
  if (groups.join(" ") === "storage blob" && verb === "delete-batch") return [{ kind: "delete", act: "az storage blob delete-batch" }];
  return [];
}
function targets3(cmd) {
  const p = read3(cmd.argv);
  const names = all(p, "--subscription", "-g", "--resource-group", "-n", "--name", "--server", "-s", "--account-name", "--cluster-name");
  if (cmd.assignments.AZURE_SUBSCRIPTION_ID) names.push(cmd.assignments.AZURE_SUBSCRIPTION_ID);
  return names;
}
var az = { id: "az", programs: ["az"], env: ["AZURE_SUBSCRIPTION_ID", "AZURE_CONFIG_DIR"], tier: tier5, effects: effects3, targets: targets3 };

// src/guard/tools/cdk.ts
var VALUED4 = set(
  "-a --app -c --context --profile -r --role-arn -o --output -p --plugin --proxy --ca-bundle-path --toolkit-stack-name --build -e --exclusively --parameters --outputs-file --method -m --change-set-name --require-approval --concurrency --asset-parallelism --progress --hotswap-ecs-minimum-healthy-percent -t --tags --notification-arns -l --language"
);
var read4 = (argv) => parseArgv(argv, VALUED4);
function tier6(argv) {
  const [sub] = read4(argv).words;
  if (!sub) return "T0";
  if (["ls", "list", "doctor", "notices", "docs", "version", "metadata"].includes(sub)) return "T0";
  if (sub === "diff" || sub === "drift") return "T2";
  if (["deploy", "destroy", "bootstrap", "import", "rollback", "watch", "gc", "refactor", "migrate"].includes(sub))
    return sub === "migrate" ? "T1" : "T3";
  return "T1";
}
function effects4(cmd) {
  return read4(cmd.argv).words[0] === "destroy" ? [{ kind: "destroy", act: "cdk destroy", preview: "cdk diff" }] : [];
}
function targets4(cmd) {
  const p = read4(cmd.argv);
  return [...p.words.slice(1), ...all(p, "--profile", "-c", "--context"), cmd.assignments.AWS_PROFILE ?? ""];
}
var cdk = {
  id: "cdk",
  programs: ["cdk", "aws-cdk"],
  env: ["AWS_PROFILE", "CDK_DEFAULT_ACCOUNT", "CDK_DEFAULT_REGION"],
  tier: tier6,
  effects: effects4,
  targets: targets4
};

// src/guard/tools/cdktf.ts
var VALUED5 = set("-a --app -o --output --log-level --var --var-file --parallelism --outputs-file --plugin-cache-dir --language");
var read5 = (argv) => parseArgv(argv, VALUED5);
function tier7(argv) {
  const [sub] = read5(argv).words;
  if (!sub) return "T0";
  if (["list", "ls", "output", "outputs", "debug", "help"].includes(sub)) return "T0";
  if (sub === "diff" || sub === "plan") return "T2";
  if (["deploy", "apply", "destroy", "watch"].includes(sub)) return "T3";
  return "T1";
}
function effects5(cmd) {
  return read5(cmd.argv).words[0] === "destroy" ? [{ kind: "destroy", act: "cdktf destroy", preview: "cdktf diff" }] : [];
}
function targets5(cmd) {
  const p = read5(cmd.argv);
  return [...p.words.slice(1), ...p.options.get("--var-file") ?? []];
}
var cdktf = {
  id: "cdktf",
  programs: ["cdktf", "cdktf-cli"],
  env: ["TF_CLI_ARGS", "TF_WORKSPACE"],
  tier: tier7,
  effects: effects5,
  targets: targets5
};

// src/guard/tools/curl.ts
var VALUED6 = set(
  "-X --request -H --header -d --data --data-raw --data-binary --data-urlencode --json -u --user -o --output -A --user-agent -e --referer -b --cookie -c --cookie-jar -F --form -T --upload-file -w --write-out -m --max-time --connect-timeout --retry -x --proxy --cacert --cert --key -K --config --url --resolve --oauth2-bearer"
);
var read6 = (argv) => parseArgv(argv, VALUED6);
function apiPath(url) {
  const m = /^https?:\/\/(?:api\.github\.com|[^/]+\/api\/v[34])\/(.*)$/i.exec(url);
  return m ? m[1].replace(/\?.*$/, "") : void 0;
}
var REF = /(^|\/)git\/refs\/\S+/;
var PROTECTION = /(^|\/)branches\/[^?\s]+\/protection(\/|$)|(^|\/)protected_branches\/\S+/;
var REPO = /^repos\/[^/\s]+\/[^/\s?]+\/?$|^projects\/[^/\s?]+\/?$/;
var BRANCH = /(^|\/)repository\/branches\/\S+/;
function effects6(cmd) {
  if (cmd.argv[0] !== "curl") return [];
  const p = read6(cmd.argv);
  const urls = [...p.words, ...all(p, "--url")].map(apiPath).filter((u) => u !== void 0);
  if (urls.length === 0) return [];
  const data = [...all(p, "-d", "--data", "--data-raw", "--data-binary", "--json"), cmd.stdin?.text ?? ""].join("\n");
  const method = (last(p, "-X", "--request") ?? (data.trim() ? "POST" : "GET")).toUpperCase();
  for (const path4 of urls) {
    if (method === "DELETE" && (REF.test(path4) || BRANCH.test(path4)))
      return [{ kind: "forge", act: "curl -X DELETE of a ref on the forge", lifts: "delete" }];
    if (method === "DELETE" && PROTECTION.test(path4))
      return [{ kind: "forge", act: "curl -X DELETE of branch protection", lifts: "delete" }];
    if (method === "DELETE" && REPO.test(path4)) return [{ kind: "forge", act: "curl -X DELETE of a repository", lifts: "delete" }];
    if ((method === "PATCH" || method === "POST") && REF.test(path4) && /"force"\s*:\s*true/.test(data))
      return [{ kind: "forge", act: "curl -X PATCH of a ref with force: true (a force push)", lifts: "forcePush" }];
  }
  return [];
}
var tier8 = (_argv) => "T1";
var curl = { id: "curl", programs: ["curl"], env: ["GITHUB_TOKEN", "GH_TOKEN"], tier: tier8, effects: effects6 };

// src/guard/tools/docker.ts
var VALUED7 = set("-H --host -c --context --config -l --log-level --tlscacert --tlscert --tlskey --connection --url --identity");
var READS2 = /* @__PURE__ */ new Set([
  "ps",
  "images",
  "inspect",
  "logs",
  "version",
  "info",
  "stats",
  "top",
  "history",
  "ls",
  "events",
  "port",
  "diff",
  "search"
]);
function tier9(argv) {
  const words = parseArgv(argv, VALUED7).words;
  const sub = ["image", "container", "buildx", "volume", "network"].includes(words[0]) ? words[1] : words[0];
  if (!sub) return "T0";
  if (READS2.has(sub)) return "T0";
  if (sub === "push" || argv.includes("--push")) return "T3";
  if (words[0] === "stack" || words[0] === "service" || words[0] === "swarm" || words[0] === "context" && words[1] === "use") return "T3";
  return "T1";
}
var docker = { id: "docker", programs: ["docker", "podman", "nerdctl"], env: ["DOCKER_HOST", "DOCKER_CONTEXT"], tier: tier9 };

// src/guard/tools/doctl.ts
var VALUED8 = set("-t --access-token -c --config --context -o --output --format --region --tag-name");
var read7 = (argv) => parseArgv(argv, VALUED8);
var READ_VERB2 = /^(get|list|ls|show|describe|logs|kubeconfig|version|help|completion|whoami)$/;
var ACT_VERB2 = /^(create|delete|rm|update|resize|restore|reset|upgrade|deploy|apply|run|add|remove|attach|detach|power-\S+|reboot|shutdown|tag|untag|save|switch|init)$/;
function path2(words) {
  const at = words.findIndex((x, i) => i > 0 && (READ_VERB2.test(x) || ACT_VERB2.test(x)));
  return at === -1 ? { groups: words } : { groups: words.slice(0, at), verb: words[at] };
}
function tier10(argv) {
  const p = read7(argv);
  if (p.words.length === 0) return "T0";
  if (["auth", "account", "version", "completion", "help"].includes(p.words[0])) return p.words[0] === "account" ? "T0" : "T1";
  const { verb } = path2(p.words);
  if (!verb) return "T1";
  if (READ_VERB2.test(verb)) return verb === "kubeconfig" ? "T1" : "T0";
  return "T3";
}
var DELETES3 = /^(kubernetes cluster|k8s cluster|databases|database|compute droplet|compute volume|apps|registry|projects)$/;
function effects7(cmd) {
  const { groups, verb } = path2(read7(cmd.argv).words);
  const g = groups.join(" ");
  return (verb === "delete" || verb === "rm") && DELETES3.test(g) ? [{ kind: "delete", act: `doctl ${g} ${verb}` }] : [];
}
function targets6(cmd) {
  const p = read7(cmd.argv);
  return [...all(p, "--context"), ...p.words.slice(path2(p.words).groups.length + 1)];
}
var doctl = {
  id: "doctl",
  programs: ["doctl"],
  env: ["DIGITALOCEAN_ACCESS_TOKEN", "DIGITALOCEAN_CONTEXT"],
  tier: tier10,
  effects: effects7,
  targets: targets6
};

// src/guard/tools/eksctl.ts
var VALUED9 = set(
  "-n --name -r --region -p --profile -f --config-file --cluster -o --output -v --verbose --timeout --nodegroup-name --namespace --version --node-type --nodes --nodes-min --nodes-max --zones --kubeconfig --color"
);
var read8 = (argv) => parseArgv(argv, VALUED9);
function tier11(argv) {
  const p = read8(argv);
  const [verb] = p.words;
  if (!verb) return "T0";
  if (["get", "version", "info", "completion", "help"].includes(verb)) return "T0";
  if (verb === "utils") return "T1";
  if (dryRun(p)) return "T2";
  return "T3";
}
function effects8(cmd) {
  const p = read8(cmd.argv);
  const [verb, noun] = p.words;
  return verb === "delete" && noun === "cluster" ? [{ kind: "destroy", act: "eksctl delete cluster", preview: "eksctl get cluster" }] : [];
}
function targets7(cmd) {
  const p = read8(cmd.argv);
  return [
    ...all(p, "-n", "--name", "--cluster", "-p", "--profile", "-f", "--config-file"),
    ...p.words.slice(2),
    cmd.assignments.AWS_PROFILE ?? ""
  ];
}
var eksctl = {
  id: "eksctl",
  programs: ["eksctl"],
  env: ["AWS_PROFILE", "AWS_REGION", "KUBECONFIG"],
  tier: tier11,
  effects: effects8,
  targets: targets7
};

// src/guard/tools/flux.ts
var VALUED10 = set(
  "-n --namespace --context --kubeconfig --timeout -l --label-selector --kind --path --source --interval --cluster --verbose"
);
var read9 = (argv) => parseArgv(argv, VALUED10);
function tier12(argv) {
  const p = read9(argv);
  const [verb] = p.words;
  if (!verb) return "T0";
  if (["get", "logs", "tree", "stats", "events", "check", "version", "export", "trace", "completion", "debug"].includes(verb)) return "T0";
  if (verb === "build") return "T1";
  if (verb === "diff") return "T2";
  if (has(p, "--export")) return "T1";
  if (dryRun(p)) return "T2";
  return "T3";
}
function effects9(cmd) {
  const p = read9(cmd.argv);
  const [verb, ...rest] = p.words;
  if (dryRun(p)) return [];
  if (verb === "delete") return [{ kind: "delete", act: `flux delete ${rest.slice(0, 2).join(" ")}`.trim(), preview: "flux get all" }];
  if (verb === "uninstall") return [{ kind: "delete", act: "flux uninstall", preview: "flux uninstall --dry-run" }];
  return [];
}
function targets8(cmd) {
  const p = read9(cmd.argv);
  const names = all(p, "-n", "--namespace", "--context", "--kubeconfig");
  if (p.words[0] === "delete") names.push(...p.words.slice(2));
  return names;
}
var flux = { id: "flux", programs: ["flux"], env: ["KUBECONFIG"], tier: tier12, effects: effects9, targets: targets8 };

// src/guard/tools/gcloud.ts
var VALUED11 = set(
  "--project --account --configuration --format --verbosity --impersonate-service-account --billing-project --flags-file --region --zone --location --filter --limit --sort-by --page-size --cluster --instance --database --async-timeout --trace-token --user-output-enabled --image --platform --service-account --labels --tier --machine-type --num-nodes"
);
var read10 = (argv) => parseArgv(argv, VALUED11);
var READ_VERB3 = /^(describe|list|get|get-\S+|show|read|view|tail|print|ls|cat|du|stat|hash|lookup|search|explain|check|test-iam-permissions|list-\S+|describe-\S+|diff)$/;
var ACT_VERB3 = /^(create|delete|update|deploy|set|add|remove|start|stop|restart|resize|run|apply|import|submit|patch|reset|move|rename|enable|disable|attach|detach|upgrade|rollback|scale|invoke|purge|cancel|rm|cp|mv|rsync|mb|rb|promote|failover|restore|clone|undelete|replace|execute|suspend|resume|ssh|scp|unset|add-\S+|remove-\S+|set-\S+)$/;
function path3(words) {
  const w = words[0] === "alpha" || words[0] === "beta" ? words.slice(1) : words;
  const at = w.findIndex((x, i) => i > 0 && (READ_VERB3.test(x) || ACT_VERB3.test(x)));
  if (at === -1) return { groups: w, rest: [] };
  return { groups: w.slice(0, at), verb: w[at], rest: w.slice(at + 1) };
}
function gsutilTier(argv) {
  const [sub] = parseArgv(argv, set("-o -h -u -p")).words;
  if (!sub) return "T0";
  if (["ls", "cat", "du", "stat", "hash", "version", "help", "lsb"].includes(sub)) return "T0";
  if (["config", "signurl", "perfdiag"].includes(sub)) return "T1";
  return "T3";
}
function tier13(argv) {
  if (argv[0] === "gsutil") return gsutilTier(argv);
  const p = read10(argv);
  if (p.words.length === 0) return "T0";
  if (["config", "auth", "init", "info", "help", "version", "components", "feedback", "topic", "cheat-sheet"].includes(p.words[0]))
    return "T1";
  const { verb } = path3(p.words);
  if (!verb) return "T1";
  if (READ_VERB3.test(verb)) return "T0";
  if (has(p, "--dry-run") || has(p, "--validate-only")) return "T2";
  return "T3";
}
var DELETES4 = [
  /^container (clusters|node-pools)$/,
  /^sql (instances|databases)$/,
  /^run (services|jobs)$/,
  /^compute (instances|disks|snapshots)$/,
  /^storage buckets$/,
  /^(spanner|bigtable|redis|filestore|alloydb) (instances|clusters)$/,
  /^secrets$/,
  /^kms keys versions$/,
  /^firestore databases$/,
  /^artifacts repositories$/
];
function effects10(cmd) {
  if (cmd.argv[0] === "gsutil") {
    const p2 = parseArgv(cmd.argv, set("-o -h -u -p"));
    const [sub] = p2.words;
    if (sub === "rb") return [{ kind: "delete", act: "gsutil rb" }];
    if (sub === "rm" && (has(p2, "-r", "-R", "-a", "--recursive") || p2.words.some((w) => w.includes("**"))))
      return [{ kind: "delete", act: "gsutil rm -r" }];
    return [];
  }
  const p = read10(cmd.argv);
  const { groups, verb } = path3(p.words);
  const g = groups.join(" ");
  if (has(p, "--dry-run") || has(p, "--validate-only")) return [];
  if (g === "projects" && verb === "delete")
    return [{ kind: "destroy", act: "gcloud projects delete", preview: "gcloud projects describe" }];
  if (g === "storage" && verb === "rm" && (has(p, "-r", "-R", "--recursive") || p.words.some((w) => w.includes("**"))))
    return [{ kind: "delete", act: "gcloud storage rm -r" }];
  if (verb !== "delete") return [];
  if (DELETES4.some((re) => re.test(g))) return [{ kind: "delete", act: `gcloud ${g} delete` }];
  return [];
}
function targets9(cmd) {
  if (cmd.argv[0] === "gsutil") return parseArgv(cmd.argv, set("-o -h -u -p")).words.slice(1);
  const p = read10(cmd.argv);
  const names = [...all(p, "--project", "--configuration", "--cluster", "--instance"), ...path3(p.words).rest];
  for (const v of ["CLOUDSDK_CORE_PROJECT", "CLOUDSDK_ACTIVE_CONFIG_NAME"]) if (cmd.assignments[v]) names.push(cmd.assignments[v]);
  return names;
}
var gcloud = {
  id: "gcloud",
  programs: ["gcloud", "gsutil"],
  env: ["CLOUDSDK_CORE_PROJECT", "CLOUDSDK_ACTIVE_CONFIG_NAME", "CLOUDSDK_CONFIG"],
  tier: tier13,
  effects: effects10,
  targets: targets9
};

// src/guard/tools/gh.ts
var VALUED12 = set(
  "-X --method -f -F --field --raw-field -H --header --input -q --jq -t --template --hostname -p --preview --cache -R --repo --title --body -b --body-file -B --base --head -l --label -a --assignee -m --milestone -w --web --json --limit -L -s --state"
);
var read11 = (argv) => parseArgv(argv, VALUED12);
var READ = /* @__PURE__ */ new Set(["view", "list", "status", "diff", "checks", "search", "browse", "watch", "download", "ls"]);
function apiCall(argv) {
  const p = read11(argv);
  if (p.words[0] !== "api") return void 0;
  const fields = all(p, "-f", "-F", "--field", "--raw-field");
  const writes = fields.length > 0 || p.options.has("--input");
  const method = (last(p, "-X", "--method") ?? (writes ? "POST" : "GET")).toUpperCase();
  return { method, endpoint: (p.words[1] ?? "").replace(/^\/+/, ""), fields };
}
function tier14(argv) {
  const p = read11(argv);
  const [group, action] = p.words;
  if (!group) return "T0";
  if (group === "api") return apiCall(argv)?.method === "GET" ? "T0" : "T3";
  if (["auth", "config", "alias", "completion", "help", "version", "extension", "codespace"].includes(group)) return "T1";
  if (!action || READ.has(action)) return "T0";
  if (group === "pr" && ["create", "checkout", "comment", "edit", "ready", "review"].includes(action)) return "T1";
  if (group === "issue" && ["create", "comment", "edit", "close", "reopen"].includes(action)) return "T1";
  if (group === "repo" && ["clone", "fork", "sync", "set-default"].includes(action)) return "T1";
  return "T3";
}
var REF2 = /(^|\/)git\/refs\/\S+/;
var PROTECTION2 = /(^|\/)branches\/[^?\s]+\/protection(\/|$|\?)/;
var REPO2 = /^repos\/[^/\s]+\/[^/\s?]+\/?$/;
var GITLAB_BRANCH = /(^|\/)projects\/[^/\s]+\/(repository\/branches|protected_branches|repository\/tags)\/\S+/;
var GITLAB_PROJECT = /^projects\/[^/\s?]+\/?$/;
function effects11(cmd) {
  if (cmd.argv[0] !== "gh" && cmd.argv[0] !== "glab") return [];
  const p = read11(cmd.argv);
  if (p.words[0] === "repo" && p.words[1] === "delete") return [{ kind: "forge", act: `${cmd.argv[0]} repo delete`, lifts: "delete" }];
  if (p.words[0] === "repo" && p.words[1] === "sync" && p.options.has("--force"))
    return [{ kind: "forge", act: "gh repo sync --force", lifts: "forcePush" }];
  const call = apiCall(cmd.argv);
  if (!call) return [];
  const { method, endpoint, fields } = call;
  if (method === "DELETE" && REF2.test(endpoint))
    return [{ kind: "forge", act: "gh api -X DELETE git/refs (a ref deletion)", lifts: "delete" }];
  if (method === "DELETE" && PROTECTION2.test(endpoint))
    return [{ kind: "forge", act: "gh api -X DELETE \u2026/protection (branch protection removed)", lifts: "delete" }];
  if (method === "DELETE" && REPO2.test(endpoint)) return [{ kind: "forge", act: "gh api -X DELETE repos/OWNER/REPO", lifts: "delete" }];
  if (method === "DELETE" && GITLAB_BRANCH.test(endpoint))
    return [{ kind: "forge", act: `${cmd.argv[0]} api -X DELETE a branch, tag or its protection`, lifts: "delete" }];
  if (method === "DELETE" && GITLAB_PROJECT.test(endpoint))
    return [{ kind: "forge", act: `${cmd.argv[0]} api -X DELETE a project`, lifts: "delete" }];
  const body = last(read11(cmd.argv), "--input") === "-" ? cmd.stdin?.text ?? "" : "";
  const forced = fields.some((f) => /^force=(true|1)$/i.test(f)) || /"force"\s*:\s*true/.test(body);
  const input = last(read11(cmd.argv), "--input");
  const unreadBody = method === "PATCH" && REF2.test(endpoint) && input !== void 0 && (input !== "-" || cmd.stdin?.text === void 0);
  if (unreadBody)
    return [{ kind: "forge", act: "gh api -X PATCH git/refs with a body the guard cannot read (it may force)", lifts: "forcePush" }];
  if ((method === "PATCH" || method === "POST") && REF2.test(endpoint) && forced)
    return [{ kind: "forge", act: "gh api -X PATCH git/refs force=true (a force push)", lifts: "forcePush" }];
  if (endpoint === "graphql") {
    const query = fields.join("\n");
    if (/\bdeleteRef\b|\bdeleteBranchProtectionRule\b/.test(query))
      return [{ kind: "forge", act: "gh api graphql deleteRef", lifts: "delete" }];
    if (/\bupdateRefs?\b[\s\S]*\bforce\s*:\s*true/.test(query))
      return [{ kind: "forge", act: "gh api graphql updateRef force", lifts: "forcePush" }];
  }
  return [];
}
function targets10(cmd) {
  const p = read11(cmd.argv);
  const named = all(p, "-R", "--repo");
  if (p.words[0] === "repo" && p.words[1] === "delete" && p.words[2]) named.push(p.words[2]);
  const endpoint = apiCall(cmd.argv)?.endpoint.match(/^repos\/[^/\s]+\/[^/\s?]+/);
  if (endpoint) named.push(endpoint[0]);
  return named;
}
var gh = {
  id: "gh",
  programs: ["gh", "glab"],
  env: ["GH_REPO", "GH_HOST", "GITHUB_TOKEN", "GH_TOKEN"],
  tier: tier14,
  effects: effects11,
  targets: targets10
};

// src/guard/tools/helm.ts
function tier15(argv) {
  const inv = kubeInvocation(argv);
  const verb = inv.verb;
  if (!verb) return "T0";
  if (["status", "list", "ls", "get", "history", "hist", "show", "inspect", "search", "version", "env", "completion", "verify"].includes(verb))
    return "T0";
  if (verb === "repo" || verb === "dependency" || verb === "dep" || verb === "plugin" || verb === "registry") return "T1";
  if (["lint", "template", "package", "pull", "fetch", "create"].includes(verb)) return "T1";
  if (verb === "diff") return "T2";
  if (isDryRun(argv)) return "T2";
  return "T3";
}
var helm = {
  id: "helm",
  programs: ["helm"],
  env: ["KUBECONFIG", "HELM_NAMESPACE", "HELM_KUBECONTEXT"],
  tier: tier15,
  targets: kubeTargetNames
};

// src/guard/tools/heroku.ts
var VALUED13 = set("-a --app -r --remote -c --config -o --org --region -t --team --confirm --image");
var read12 = (argv) => parseArgv(argv, VALUED13);
var verbPath = (argv) => read12(argv).words.flatMap((w) => w.split(":")).slice(0, 3);
var LOCAL = /* @__PURE__ */ new Set(["login", "logout", "auth", "version", "help", "plugins", "update", "launch", "doctor", "autocomplete"]);
var READ_GROUPS = /* @__PURE__ */ new Set([
  "info",
  "logs",
  "status",
  "ps",
  "releases",
  "list",
  "ls",
  "apps",
  "pg",
  "addons",
  "volumes",
  "postgres",
  "machine",
  "secrets",
  "config",
  "regions",
  "domains",
  "certs"
]);
var READ_ACTION = /^(info|list|ls|show|status|logs|credentials|diagnose|get|display)$/;
function tier16(argv) {
  const [group, action] = verbPath(argv);
  if (!group) return "T0";
  if (LOCAL.has(group)) return "T1";
  if (READ_GROUPS.has(group) && (!action || READ_ACTION.test(action))) return "T0";
  return "T3";
}
function effects12(cmd) {
  const [group, action] = verbPath(cmd.argv);
  const program = cmd.argv[0];
  if (group === "apps" && action === "destroy") return [{ kind: "destroy", act: `${program} apps destroy` }];
  if (group === "destroy" && program !== "heroku") return [{ kind: "destroy", act: `${program} destroy` }];
  if (group === "pg" && action === "reset") return [{ kind: "delete", act: "heroku pg:reset" }];
  if (group === "addons" && action === "destroy") return [{ kind: "delete", act: `${program} addons destroy` }];
  if ((group === "volumes" || group === "postgres" || group === "mpg" || group === "redis") && (action === "destroy" || action === "delete"))
    return [{ kind: "delete", act: `${program} ${group} ${action}` }];
  return [];
}
function targets11(cmd) {
  const p = read12(cmd.argv);
  const [group, action] = verbPath(cmd.argv);
  return [...all(p, "-a", "--app", "-r", "--remote"), ...group === "apps" && action === "destroy" ? p.words.slice(1) : []];
}
var heroku = {
  id: "heroku",
  programs: ["heroku", "fly", "flyctl"],
  env: ["HEROKU_APP", "FLY_APP"],
  tier: tier16,
  effects: effects12,
  targets: targets11
};

// src/guard/tools/pulumi.ts
var VALUED14 = set(
  "-C --cwd -s --stack --color --config-file -v --verbose --tracing --profiling --memprofilerate --logflow -t --target -m --message -p --parallel --exclude --target-dependents -c --config --secrets-provider --policy-pack --policy-pack-config --plan --client --suppress-progress --exec-kind --exec-agent --diff-display -j --import-file --from -o --out"
);
var read13 = (argv) => parseArgv(argv, VALUED14);
function tier17(argv) {
  const p = read13(argv);
  const { words } = p;
  const [sub, action] = words;
  if (!sub) return "T0";
  if (["whoami", "version", "about", "logs", "help", "gen-completion", "schema", "console"].includes(sub)) return "T0";
  if (sub === "preview" || sub === "pre") return "T2";
  if (sub === "destroy" || sub === "down" || sub === "dn") return has(p, "--preview-only") ? "T2" : "T3";
  if (sub === "up" || sub === "update") return "T3";
  if (["refresh", "import", "cancel", "watch"].includes(sub)) return has(p, "--preview-only") ? "T2" : "T3";
  if (sub === "stack") {
    if (["ls", "output", "history", "export", "graph"].includes(action ?? "ls")) return "T0";
    if (["select", "init", "unselect", "change-secrets-provider"].includes(action ?? "")) return "T1";
    if (action === "tag") return words[2] === "ls" || words[2] === "get" ? "T0" : "T3";
    return "T3";
  }
  if (sub === "state") return "T3";
  if (sub === "config") return !action || action === "get" || action === "ls" ? "T0" : "T1";
  if (sub === "plugin" || sub === "package" || sub === "policy") return action === "ls" || action === "get-schema" ? "T0" : "T1";
  return "T1";
}
function effects13(cmd) {
  const p = read13(cmd.argv);
  const [sub, action] = p.words;
  if ((sub === "destroy" || sub === "down" || sub === "dn") && !has(p, "--preview-only"))
    return [{ kind: "destroy", act: "pulumi destroy", preview: "pulumi preview --destroy" }];
  if (sub === "stack" && (action === "rm" || action === "remove"))
    return [{ kind: "destroy", act: "pulumi stack rm", preview: "pulumi stack output" }];
  return [];
}
function targets12(cmd) {
  const p = read13(cmd.argv);
  const names = all(p, "-s", "--stack", "-C", "--cwd");
  if (p.words[0] === "stack" && ["rm", "remove", "select", "init"].includes(p.words[1] ?? "")) names.push(...p.words.slice(2));
  return names;
}
var pulumi = {
  id: "pulumi",
  programs: ["pulumi"],
  env: ["PULUMI_BACKEND_URL", "PULUMI_CONFIG_PASSPHRASE", "PULUMI_ACCESS_TOKEN"],
  tier: tier17,
  effects: effects13,
  targets: targets12
};

// src/guard/tools/sam.ts
var VALUED15 = set(
  "--stack-name --profile --region --config-env --config-file -t --template-file --template --s3-bucket --s3-prefix --capabilities --parameter-overrides --tags --image-repository --role-arn --kms-key-id --signing-profiles --base-dir -u -b"
);
var read14 = (argv) => parseArgv(argv, VALUED15);
function tier18(argv) {
  const p = read14(argv);
  const [sub, action] = p.words;
  if (!sub) return "T0";
  if (["list", "logs", "traces"].includes(sub)) return "T0";
  if (sub === "remote") return action === "invoke" || action === "test-event" ? "T3" : "T0";
  if (sub === "deploy") return p.options.has("--no-execute-changeset") ? "T2" : "T3";
  if (["delete", "sync", "publish", "pipeline"].includes(sub)) return sub === "pipeline" && action !== "bootstrap" ? "T1" : "T3";
  return "T1";
}
function effects14(cmd) {
  return read14(cmd.argv).words[0] === "delete" ? [{ kind: "destroy", act: "sam delete", preview: "sam list resources" }] : [];
}
function targets13(cmd) {
  const p = read14(cmd.argv);
  return [...all(p, "--stack-name", "--profile", "--config-env"), cmd.assignments.AWS_PROFILE ?? ""];
}
var sam = { id: "sam", programs: ["sam"], env: ["AWS_PROFILE", "AWS_REGION"], tier: tier18, effects: effects14, targets: targets13 };

// src/guard/tools/serverless.ts
var VALUED16 = set("-s --stage -r --region --aws-profile -c --config -f --function --param -p --path --org --app --package");
var read15 = (argv) => parseArgv(argv, VALUED16);
function tier19(argv) {
  const [sub, action] = read15(argv).words;
  if (!sub) return "T1";
  if (["info", "print", "logs", "metrics", "help", "version"].includes(sub)) return "T0";
  if (sub === "deploy") return action === "list" ? "T0" : "T3";
  if (sub === "invoke") return action === "local" ? "T1" : "T3";
  if (["remove", "rollback"].includes(sub)) return "T3";
  return "T1";
}
function effects15(cmd) {
  return read15(cmd.argv).words[0] === "remove" ? [{ kind: "destroy", act: "serverless remove", preview: "serverless info" }] : [];
}
function targets14(cmd) {
  const p = read15(cmd.argv);
  return [...all(p, "-s", "--stage", "--aws-profile"), cmd.assignments.AWS_PROFILE ?? ""];
}
var serverless = {
  id: "serverless",
  programs: ["serverless", "sls", "osls"],
  env: ["AWS_PROFILE", "SLS_STAGE"],
  tier: tier19,
  effects: effects15,
  targets: targets14
};

// src/guard/tools/sql-clients.ts
var MYSQL = set("-u --user -h --host -P --port -D --database -e --execute -S --socket --default-character-set --defaults-file");
var PSQL = set("-c --command -h --host -U --username -d --dbname -p --port -f --file -v --set -o --output");
var MONGO = set("--eval --host --port -u --username -p --password --authenticationDatabase --file -f");
var REDIS = set("-h -p -a -n -u -s --user --pass -r -i --tls-cert --tls-key --cacert");
var isMysql = (p) => /^(mysql|mariadb)$/.test(p);
function statements(argv) {
  const program = argv[0];
  if (isMysql(program)) {
    const p = parseArgv(argv, MYSQL);
    const sql = all(p, "-e", "--execute");
    return sql.length > 0 ? sql : void 0;
  }
  if (program === "psql") {
    const p = parseArgv(argv, PSQL);
    const sql = all(p, "-c", "--command");
    return sql.length > 0 ? sql : void 0;
  }
  if (/^mongo(sh)?$/.test(program)) {
    const js = all(parseArgv(argv, MONGO), "--eval");
    return js.length > 0 ? js : void 0;
  }
  if (program === "redis-cli") {
    const words = parseArgv(argv, REDIS).words;
    return words.length > 0 ? [words.join(" ")] : void 0;
  }
  return void 0;
}
var SQL_READ = /^\s*(select|show|describe|desc|explain|\\d\S*|\\l|\\dt|\\conninfo|with\s[\s\S]*\bselect\b)/i;
var SQL_WRITE = /\b(insert|update|delete|drop|truncate|alter|create|grant|revoke|rename|replace|call|set\s+global|vacuum|reindex|copy)\b/i;
var REDIS_READ = /^(ping|get|mget|keys|scan|info|ttl|pttl|exists|type|llen|lrange|hget|hgetall|smembers|scard|zrange|dbsize|client\s+list|config\s+get|--\S+|monitor|hello|strlen)\b/i;
function tier20(argv) {
  const given = statements(argv);
  if (!given) return "T1";
  if (argv[0] === "redis-cli") return given.every((s) => REDIS_READ.test(s)) ? "T0" : "T3";
  if (/^mongo(sh)?$/.test(argv[0]))
    return given.every((s) => /^[\s\w.]*\.(find|findOne|count\w*|aggregate|stats|getCollectionNames|version|serverStatus)\s*\(/.test(s)) ? "T0" : "T3";
  return given.every((s) => SQL_READ.test(s) && !SQL_WRITE.test(s.replace(/'[^']*'/g, ""))) ? "T0" : "T3";
}
function effects16(cmd) {
  const given = statements(cmd.argv) ?? [];
  const text = given.join("\n");
  if (cmd.argv[0] === "redis-cli") {
    const m2 = /^(flushall|flushdb)\b/i.exec(text);
    return m2 ? [{ kind: "delete", act: `redis-cli ${m2[1].toUpperCase()}` }] : [];
  }
  if (/^mongo(sh)?$/.test(cmd.argv[0])) {
    const js = /\.(dropDatabase|drop)\s*\(|\.(deleteMany)\s*\(\s*\{\s*\}\s*\)/.exec(text);
    return js ? [{ kind: "delete", act: `${cmd.argv[0]} ${js[1] ?? js[2]}()` }] : [];
  }
  const m = /\b(drop\s+(?:database|schema|table)|truncate(?:\s+table)?)\b/i.exec(text);
  return m ? [{ kind: "delete", act: `${cmd.argv[0]} ${m[1].toUpperCase().replace(/\s+/g, " ")}` }] : [];
}
function targets15(cmd) {
  const program = cmd.argv[0];
  if (isMysql(program)) return all(parseArgv(cmd.argv, MYSQL), "-h", "--host", "-D", "--database");
  if (program === "psql") {
    const p = parseArgv(cmd.argv, PSQL);
    return [
      ...all(p, "-h", "--host", "-d", "--dbname"),
      ...p.words.slice(0, 1),
      cmd.assignments.PGHOST ?? "",
      cmd.assignments.PGDATABASE ?? ""
    ];
  }
  return all(parseArgv(cmd.argv, REDIS), "-h", "-u");
}
var sqlClients = {
  id: "sql-clients",
  programs: ["mysql", "mariadb", "psql", "redis-cli", "mongo", "mongosh"],
  env: ["MYSQL_PWD", "MYSQL_HOST", "PGPASSWORD", "PGHOST", "PGDATABASE", "REDISCLI_AUTH"],
  tier: tier20,
  effects: effects16,
  targets: targets15
};

// src/guard/tools/terraform.ts
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
  let all2 = false;
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
      if (name === "-all" || name === "-terragrunt-all") all2 = true;
      if (tool === "terragrunt" && eq === -1 && TERRAGRUNT_VALUED.has(a)) i++;
      if (positionals.length > 0 && tool !== "terragrunt") break;
      continue;
    }
    if (tool === "terragrunt" && positionals.length === 0 && TERRAGRUNT_RUNNERS.has(a)) {
      if (a === "run-all" || a === "all") all2 = true;
      continue;
    }
    positionals.push({ word: a, index: i });
    break;
  }
  const first = positionals[0];
  if (!first) return { tool, args: [], workdir, all: all2 };
  if (tool === "terragrunt" && workdir === void 0) {
    for (let i = first.index + 1; i < argv.length; i++) {
      const m = /^--?(?:terragrunt-working-dir|working-dir)(?:=(.*))?$/.exec(argv[i]);
      if (m) workdir = m[1] ?? argv[i + 1];
    }
  }
  let sub = first.word;
  if (tool === "terragrunt" && /-all$/.test(sub) && sub !== "run-all") {
    all2 = true;
    sub = sub.replace(/-all$/, "");
  }
  return { tool, sub, args: argv.slice(first.index + 1).filter((a) => a !== "--"), workdir, all: all2 };
}
function tier21(argv) {
  const inv = terraformInvocation(argv);
  const sub = inv?.sub;
  if (!inv || !sub) return "T0";
  const args = inv.args;
  if ([
    "show",
    "output",
    "version",
    "providers",
    "graph",
    "console",
    "output-all",
    "render-json",
    "hclvalidate",
    "info",
    "find",
    "list"
  ].includes(sub))
    return "T0";
  if (sub === "state") return ["list", "show", "pull"].includes(args.find((a) => !a.startsWith("-")) ?? "list") ? "T0" : "T3";
  if (sub === "workspace") return ["list", "show"].includes(args[0] ?? "list") ? "T0" : args[0] === "delete" ? "T3" : "T1";
  if ([
    "validate",
    "fmt",
    "init",
    "get",
    "test",
    "login",
    "logout",
    "metadata",
    "hclfmt",
    "validate-inputs",
    "graph-dependencies",
    "modules",
    "scaffold",
    "catalog",
    "stack",
    "dag",
    "exec"
  ].includes(sub)) {
    return "T1";
  }
  if (sub === "plan") return "T2";
  if (["apply", "destroy", "import", "taint", "untaint", "refresh", "force-unlock", "push"].includes(sub)) return "T3";
  return "T3";
}
function destroyFlag(args) {
  let on = false;
  for (const a of args) {
    const m = /^--?destroy(?:=(.*))?$/i.exec(a);
    if (m) on = m[1] === void 0 || !/^(false|0|f|no)$/i.test(m[1]);
  }
  return on;
}
function destroyPlanFile(inv) {
  if (inv.sub !== "plan" || !destroyFlag(inv.args)) return void 0;
  for (let i = 0; i < inv.args.length; i++) {
    const m = /^--?out(?:=(.*))?$/.exec(inv.args[i]);
    if (m) return m[1] ?? inv.args[i + 1];
  }
  return void 0;
}
var base = (p) => p.replace(/\/+$/, "").split("/").pop() ?? p;
function destroys(inv, destroyPlans) {
  const { sub, args } = inv;
  if (!sub) return void 0;
  if (sub === "destroy") return `${inv.tool} destroy`;
  if (sub === "apply") {
    if (destroyFlag(args)) return `${inv.tool} apply -destroy`;
    const planFile = args.find((a) => !a.startsWith("-"));
    if (planFile && destroyPlans.some((p) => p === planFile || base(p) === base(planFile))) {
      return `${inv.tool} apply ${planFile}, a plan created by plan -destroy`;
    }
  }
  return void 0;
}
function effects17(cmd, earlier = []) {
  const inv = terraformInvocation(cmd.argv);
  if (!inv) return [];
  const destroyPlans = [];
  for (const c of [...earlier, cmd]) {
    const prior = terraformInvocation(c.argv);
    const planFile = prior && destroyPlanFile(prior);
    if (planFile) destroyPlans.push(planFile);
  }
  const act = destroys(inv, destroyPlans);
  return act ? [{ kind: "destroy", act, preview: `${inv.tool} plan -destroy` }] : [];
}
function targets16(cmd, earlier = []) {
  const inv = terraformInvocation(cmd.argv);
  const names = [];
  if (inv?.workdir) names.push(inv.workdir);
  const args = inv?.args ?? [];
  for (let i = 0; i < args.length; i++) {
    const m = /^--?var-file(?:=(.*))?$/.exec(args[i]);
    if (m) names.push(m[1] ?? args[i + 1] ?? "");
  }
  if (cmd.toolEnv?.TF_WORKSPACE) names.push(cmd.toolEnv.TF_WORKSPACE);
  if (inv?.sub === "workspace" && (inv.args[0] === "select" || inv.args[0] === "new"))
    names.push(...inv.args.slice(1).filter((a) => !a.startsWith("-")));
  for (const c of earlier) {
    const prior = terraformInvocation(c.argv);
    if (prior?.sub === "workspace" && prior.args[0] === "select") names.push(...prior.args.slice(1).filter((a) => !a.startsWith("-")));
  }
  return names;
}
var terraform = {
  id: "terraform",
  programs: ["terraform", "tofu", "terragrunt"],
  env: ["TF_CLI_ARGS", "TF_CLI_ARGS_<subcommand>", "TF_WORKSPACE"],
  tier: tier21,
  effects: effects17,
  targets: targets16
};

// src/guard/tools/vault.ts
var VALUED17 = set(
  "-address -namespace -ns -format -field -mount -output-curl-string -ca-cert -client-cert -client-key -tls-server-name -wrap-ttl -policy -method -path -versions -header -agent-address"
);
var read16 = (argv) => parseArgv(
  argv.map((a, i) => i > 0 ? a.replace(/^--(?=\w)/, "-") : a),
  VALUED17
);
function tier22(argv) {
  const [sub, action] = read16(argv).words;
  if (!sub) return "T0";
  if (["read", "list", "status", "version", "print", "path-help", "version-history", "help"].includes(sub)) return "T0";
  if (sub === "login" || sub === "token") return sub === "token" && ["lookup", "capabilities"].includes(action ?? "") ? "T0" : "T1";
  if (sub === "kv") return ["get", "list"].includes(action ?? "") || action === "metadata" && read16(argv).words[2] === "get" ? "T0" : "T3";
  if (["secrets", "auth", "policy", "audit"].includes(sub)) return action === "list" || action === "read" ? "T0" : "T3";
  return "T3";
}
function effects18(cmd) {
  const [sub, action, third] = read16(cmd.argv).words;
  if (sub === "kv" && action === "destroy") return [{ kind: "delete", act: "vault kv destroy" }];
  if (sub === "kv" && action === "metadata" && third === "delete") return [{ kind: "delete", act: "vault kv metadata delete" }];
  if (sub === "secrets" && action === "disable") return [{ kind: "delete", act: "vault secrets disable" }];
  return [];
}
function targets17(cmd) {
  const p = read16(cmd.argv);
  const names = all(p, "-address", "-namespace", "-ns", "-mount");
  for (const v of ["VAULT_ADDR", "VAULT_NAMESPACE"]) if (cmd.assignments[v]) names.push(cmd.assignments[v]);
  return names;
}
var vault = {
  id: "vault",
  programs: ["vault"],
  env: ["VAULT_ADDR", "VAULT_NAMESPACE", "VAULT_TOKEN"],
  tier: tier22,
  effects: effects18,
  targets: targets17
};

// src/guard/tools/index.ts
var TOOLS = [
  terraform,
  kubectl,
  helm,
  git,
  pulumi,
  cdk,
  cdktf,
  sam,
  serverless,
  eksctl,
  aws,
  gcloud,
  az,
  flux,
  argocd,
  gh,
  vault,
  docker,
  sqlClients,
  doctl,
  heroku,
  curl
];
var BY_PROGRAM = new Map(TOOLS.flatMap((t) => t.programs.map((p) => [p, t])));
var RUNNERS = /* @__PURE__ */ new Set(["npx", "bunx", "pnpx"]);
var RUNNER_SUBCOMMANDS = { npm: ["exec", "x"], pnpm: ["exec", "dlx"], yarn: ["exec", "dlx"] };
function toolArgv(argv) {
  let rest = [...argv];
  for (let guard = 0; guard < 3; guard++) {
    const name = rest[0];
    let from = -1;
    if (RUNNERS.has(name)) from = 1;
    else if (RUNNER_SUBCOMMANDS[name]?.includes(rest[1] ?? "")) from = 2;
    else if ((name === "yarn" || name === "pnpm") && BY_PROGRAM.has(rest[1] ?? "")) from = 1;
    if (from === -1) break;
    let i = from;
    while (i < rest.length && rest[i].startsWith("-")) i += rest[i] === "-p" || rest[i] === "--package" ? 2 : 1;
    rest = rest.slice(i);
  }
  if (rest[0]) rest[0] = rest[0].replace(/(?<=.)@[^/]*$/, "");
  return rest;
}
function toolCall(cmd) {
  const argv = toolArgv(cmd.argv);
  const tool = argv[0] === void 0 ? void 0 : BY_PROGRAM.get(argv[0]);
  if (!tool) return void 0;
  return { tool, cmd: argv.length === cmd.argv.length ? cmd : { ...cmd, argv, dynamic: cmd.dynamic.slice(cmd.argv.length - argv.length) } };
}
function toolTier(cmd) {
  const call = toolCall(cmd);
  return call ? call.tool.tier(call.cmd.argv) : void 0;
}
function effectsOf(cmd, earlier = []) {
  const call = toolCall(cmd);
  return call?.tool.effects?.(call.cmd, earlier) ?? [];
}
function toolTargets(cmd, earlier = []) {
  const call = toolCall(cmd);
  return (call?.tool.targets?.(call.cmd, earlier) ?? []).filter(Boolean);
}

// src/guard/command-environments.ts
function targetNames(cmd, index, commands) {
  const names = [];
  if (cmd.cwd) names.push(cmd.cwd);
  names.push(...toolTargets(cmd, commands.slice(0, index)));
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
  kubeInvocation,
  lastOption,
  hasOption,
  deletedNamespaces,
  kubeTarget,
  toolTier,
  effectsOf,
  environmentConflict
};
