import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  KINDS
} from "./chunk-2SKKGDWJ.mjs";
import "./chunk-XDDEP7ZQ.mjs";
import "./chunk-P37WMGKB.mjs";
import {
  executorOnlyTargets
} from "./chunk-4J7LPDGA.mjs";
import {
  loadPolicy
} from "./chunk-K3VR3IEB.mjs";
import {
  pluginRootOf
} from "./chunk-B5I6L5BX.mjs";
import {
  agentSession
} from "./chunk-AZF5T37V.mjs";
import {
  UsageError,
  parseArgs
} from "./chunk-2AH2R7BX.mjs";
import {
  stateHome,
  statePaths
} from "./chunk-VL7M2WAP.mjs";
import {
  DEFAULT_CONTAINED,
  DEFAULT_POLICY,
  EXECUTOR_ONLY_DEFAULTS
} from "./chunk-4YJ4M3UI.mjs";
import "./chunk-H5RYQ4RP.mjs";
import "./chunk-GLDXOGL5.mjs";

// src/cli/commands/init.ts
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";

// src/cli/init/plan-templates.ts
var HEADER = (operation, what) => `# An example ${operation} plan: ${what}
# Check it:    execguard plan plans/${operation}.yaml      (pre-flight + dry run, prints the plan digest)
# Run it:      inside Claude Code, after the user approved: execguard execute plans/${operation}.yaml
#              outside any agent session: execguard execute plans/${operation}.yaml --approval "..."
# Paths are relative to the repository root. Every key, its type and default: execguard plan --reference
# Edit: workdir, git.files, git.message (the placeholder is refused until you replace it), the vars.
# This file may be committed here or left untracked: it never blocks its own run.
`;
var GIT = (files, message) => `# Only these files are staged and committed before the change is applied; any other
# uncommitted change in the repository blocks the run. \`git\` is required.
git:
  files: [${files.join(", ")}]
  message: "EDIT ME: ${message}"  # replace with your Conventional Commit; the commit rule refuses this placeholder
  remote: origin                # default: origin
  branch: main                  # default: main
`;
var PLAN_TEMPLATES = Object.fromEntries(
  Object.entries(KINDS).map(([operation, kind]) => {
    const t = kind.template;
    return [
      operation,
      `${HEADER(operation, kind.summary)}
id: ${`${operation}-example`.padEnd(28)}# default: the file name
operation: ${operation}
workdir: ${t.workdir}
${GIT(t.files, t.message)}
${t.body}`
    ];
  })
);

// src/cli/init/policy-template.ts
var POLICY_KEY_DOCS = {
  mode: 'In "default" mode unknown commands are T2 (allowed) and unreadable ones are asked about;\nin "strict" mode unknown commands are T3 (need approval) and unreadable ones are denied.',
  productionNames: 'Whole name segments that mark production in namespaces, kube contexts, kubeconfigs and\npaths. Deleting there needs "delete" in the approval. Your list is added to the defaults.',
  localContexts: "Kube context names (segments) that are local clusters: deletes there are allowed. Replaces the defaults.",
  protectedBranches: "Branches whose deletion (and force push) is blocked; a trailing * is a prefix match. Added to the defaults.",
  commit: "The commit convention (Conventional Commits, commitlint config-conventional).",
  "commit.headerMaxLength": "Maximum length of the subject line.",
  "commit.extraTypes": "Commit types accepted on top of feat, fix, docs, chore, refactor, test, ci, build, perf, style, revert.",
  "commit.forbiddenTrailers": 'Trailers a commit message must not carry, e.g. "Co-Authored-By: Claude" (case-insensitive line prefix).',
  aliases: "Extra command aliases, name -> program, so the guard sees through them (tf and k are built in).",
  approvalMinutes: "How long a user approval lasts, in minutes.",
  readKubeContext: "May the guard run `kubectl config current-context` when a kubectl delete names no context?\nWhen false, such a delete is treated as possibly production.",
  hookAllow: `What the PreToolUse hook answers for an allowed command: silent (let Claude Code ask as usual)
or explicit (answer "allow", which skips Claude Code's own permission prompt).`,
  approvals: "Four-eyes (needs the team store): reviewers per environment, e.g. { reviewers: { prod: 1 } }: execute of a\nplan touching prod waits until that many other people approve its digest (execguard approve DIGEST)."
};
var comment = (text, indent = "") => text.split("\n").map((line) => `${indent}# ${line}`).join("\n");
var yamlValue = (value) => {
  if (Array.isArray(value)) return `[${value.map((v) => JSON.stringify(v)).join(", ")}]`;
  if (value && typeof value === "object")
    return `{ ${Object.entries(value).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join(", ")} }`;
  return typeof value === "string" ? value : String(value);
};
function policyTemplate(defaults = DEFAULT_POLICY) {
  const out = [
    "# execguard project policy. Every key is optional; each is shown commented out at its default.",
    "# Uncomment a key to change it. An unknown key or a bad value is an error naming the line, and",
    "# while the file is broken every Bash command in a Claude Code session is denied (fail closed).",
    "# Each key is explained where it stands below; the execguard README has the same reference as a table.",
    ""
  ];
  for (const [key, value] of Object.entries(defaults)) {
    if (key === "source") continue;
    out.push(comment(POLICY_KEY_DOCS[key] ?? key));
    if (key === "commit") {
      out.push("# commit:");
      for (const [inner, v] of Object.entries(value)) {
        out.push(comment(POLICY_KEY_DOCS[`commit.${inner}`] ?? inner, "  "));
        out.push(`#   ${inner}: ${yamlValue(v)}`);
      }
    } else {
      out.push(`# ${key}: ${yamlValue(value)}`);
    }
    out.push("");
  }
  out.push(
    "# Team store (docs/team.md): leases, journal, decisions and reviews in PostgreSQL, set by a line",
    "# like  store: postgres://alice@db.internal/execguard  (no password in the URL: PGPASSWORD or ~/.pgpass).",
    ""
  );
  return out.join("\n");
}

// src/cli/init/contained-section.ts
function containedSection() {
  return [
    "",
    "# Contained mode (execguard init --contained, docs/contained.md): Claude Code's sandbox keeps the",
    "# agent's commands from what only an approved execguard run may use. execguard's keys and the",
    "# origin (when it is a folder) are always added. Rerun `execguard init --contained` after a change.",
    "contained:",
    "  # Paths only an approved run may read or write (~/ is the home folder). Replaces these defaults.",
    `  executorOnly: [${EXECUTOR_ONLY_DEFAULTS.map((p) => JSON.stringify(p)).join(", ")}]`,
    "  # Terraform local-backend state folders (absolute, ~/, or relative to the repository).",
    '  # stateFolders: ["../state"]',
    "  # Control-plane hosts the agent's commands may not reach (the sandbox's network deny list).",
    '  # controlPlaneHosts: ["*.eks.amazonaws.com", "management.azure.com"]',
    "  # Read-only credentials for `execguard plan`; none: plan runs inside the sandbox with none.",
    '  # planCredentials: { awsProfile: "plan-readonly" }',
    ""
  ].join("\n");
}

// src/cli/init/sandbox-settings.ts
var abs = (path) => `/${path.startsWith("/") ? path : `/${path}`}`;
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function wantedSettings(t) {
  return {
    sandboxEnabled: true,
    denyWrite: [...t.noWrite, ...t.pluginRoots, ...t.files].map(abs),
    denyRead: t.noRead.map(abs),
    permissionsDeny: [
      ...[...t.noWrite, ...t.pluginRoots].map((d) => `Edit(${abs(d)}/**)`),
      ...t.files.map((f) => `Edit(${abs(f)})`),
      ...t.noRead.map((f) => `Read(${abs(f)})`)
    ]
  };
}
var union = (existing, add) => {
  const list = Array.isArray(existing) ? existing.filter((v) => typeof v === "string") : [];
  return [...list, ...add.filter((v) => !list.includes(v))];
};
function disabledByUser(existing, force) {
  const sandbox = isObject(existing.sandbox) ? existing.sandbox : {};
  return sandbox.enabled === false && !force ? "sandbox.enabled is false in the existing settings; rerun with --force to turn the sandbox on" : void 0;
}
function mergeSharedSettings(existing, force = false) {
  const conflict = disabledByUser(existing, force);
  if (conflict) return { settings: existing, changed: false, conflict };
  const settings = structuredClone(existing);
  const sandbox = isObject(settings.sandbox) ? settings.sandbox : {};
  sandbox.enabled = true;
  settings.sandbox = sandbox;
  return { settings, changed: JSON.stringify(settings) !== JSON.stringify(existing) };
}
function mergeLocalSettings(existing, targets, force = false) {
  const conflict = disabledByUser(existing, force);
  if (conflict) return { settings: existing, changed: false, conflict };
  const want = wantedSettings(targets);
  const settings = structuredClone(existing);
  const sandbox = isObject(settings.sandbox) ? settings.sandbox : {};
  if (sandbox.enabled === false) sandbox.enabled = true;
  const filesystem = isObject(sandbox.filesystem) ? sandbox.filesystem : {};
  filesystem.denyWrite = union(filesystem.denyWrite, want.denyWrite);
  filesystem.denyRead = union(filesystem.denyRead, want.denyRead);
  if (targets.writable?.length) filesystem.allowWrite = union(filesystem.allowWrite, targets.writable.map(abs));
  sandbox.filesystem = filesystem;
  settings.sandbox = sandbox;
  const permissions = isObject(settings.permissions) ? settings.permissions : {};
  permissions.deny = union(permissions.deny, want.permissionsDeny);
  settings.permissions = permissions;
  return { settings, changed: JSON.stringify(settings) !== JSON.stringify(existing) };
}
function denyBoth(sandbox, paths) {
  const filesystem = isObject(sandbox.filesystem) ? sandbox.filesystem : {};
  filesystem.denyRead = union(filesystem.denyRead, paths);
  filesystem.denyWrite = union(filesystem.denyWrite, paths);
  sandbox.filesystem = filesystem;
}
function mergeContainedShared(existing, targets, force = false) {
  const base = mergeSharedSettings(existing, force);
  if (base.conflict) return base;
  const settings = base.settings;
  const sandbox = settings.sandbox;
  if (sandbox.allowUnsandboxedCommands === false && !force)
    return {
      settings: existing,
      changed: false,
      conflict: "sandbox.allowUnsandboxedCommands is false in the existing settings, so an approved execguard run could not leave the sandbox; rerun with --force to set it to true"
    };
  sandbox.allowUnsandboxedCommands = true;
  denyBoth(sandbox, targets.portable);
  if (targets.hosts.length) {
    const network = isObject(sandbox.network) ? sandbox.network : {};
    network.deniedDomains = union(network.deniedDomains, targets.hosts);
    sandbox.network = network;
  }
  return { settings, changed: JSON.stringify(settings) !== JSON.stringify(existing) };
}
function mergeContainedLocal(existing, targets) {
  const settings = structuredClone(existing);
  const sandbox = isObject(settings.sandbox) ? settings.sandbox : {};
  denyBoth(sandbox, targets.machine.map(abs));
  const filesystem = sandbox.filesystem;
  filesystem.denyWrite = union(filesystem.denyWrite, targets.machineWriteOnly.map(abs));
  settings.sandbox = sandbox;
  const permissions = isObject(settings.permissions) ? settings.permissions : {};
  permissions.allow = union(
    permissions.allow,
    targets.executors.flatMap((bin) => ["execute", "resume", "rollback"].map((sub) => `Bash(${bin} ${sub}:*)`))
  );
  settings.permissions = permissions;
  return settings;
}

// src/cli/commands/init.ts
var USAGE = `Usage: execguard init [--force] [--json] [--contained]

Sets up the repository you are in (its git root, else the current folder):
  .execguard.yaml        the project policy: every key at its default, commented out
  plans/<type>.yaml      a commented example plan for terraform, terragrunt, gitops, kubectl, app
  .claude/settings.json  Claude Code's Bash sandbox on (the file a team commits: no machine paths)
  .claude/settings.local.json
                         this machine's part: writes denied to execguard's state, the plugin and
                         the settings files, reads denied to the signing keys (not committed)
  Both are merged into existing settings; nothing is removed.
Running it again changes nothing. An existing file that differs is kept unless --force.
In an agent session (CLAUDECODE=1 or an execguard session id) it only creates what is missing:
the policy and the settings are the user's, and --force is refused where they exist.
  --contained
            contained mode (docs/contained.md): the sandbox also denies reading and writing the
            executor-only paths (cloud credentials, kubeconfigs, SSH and git credentials, terraform
            state folders, the origin when it is a folder, execguard's keys) and the control-plane
            hosts of .execguard.yaml's contained: section (added with the defaults when missing);
            only an approved \`execguard execute|resume|rollback\` runs outside the sandbox
  --force   overwrite .execguard.yaml and the example plans, and turn the sandbox on even where
            the settings turn it off (outside an agent session only)
  --json    print what was done as JSON
`;
function repoRoot(cwd) {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, ".git"))) return dir;
    if (dirname(dir) === dir) return resolve(cwd);
  }
}
function writeTemplate(root, rel, text, force) {
  const path = join(root, rel);
  if (existsSync(path)) {
    if (readFileSync(path, "utf8") === text) return { path: rel, action: "unchanged" };
    if (!force) return { path: rel, action: "kept", note: "exists and differs; --force overwrites it" };
    writeFileSync(path, text);
    return { path: rel, action: "overwritten" };
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return { path: rel, action: "created" };
}
function pluginDataDirs(env) {
  const claudeDir = env.CLAUDE_CONFIG_DIR || join(env.HOME || homedir(), ".claude");
  const ids = /* @__PURE__ */ new Set(["execguard@inline"]);
  try {
    const installed = JSON.parse(readFileSync(join(claudeDir, "plugins", "installed_plugins.json"), "utf8"));
    for (const id of Object.keys(installed.plugins ?? {})) if (id.startsWith("execguard@")) ids.add(id);
  } catch {
  }
  return [...ids].map((id) => join(claudeDir, "plugins", "data", id.replace(/[^A-Za-z0-9_-]/g, "-")));
}
function protectedTargets(root, env) {
  const claudeDir = env.CLAUDE_CONFIG_DIR || join(env.HOME || homedir(), ".claude");
  const homes = [.../* @__PURE__ */ new Set([stateHome(env), ...env.CLAUDE_PLUGIN_DATA ? [env.CLAUDE_PLUGIN_DATA] : [], ...pluginDataDirs(env)])];
  const noWrite = [];
  const noRead = [];
  const files = [];
  const writable = [];
  for (const home of homes) {
    const p = statePaths(home);
    for (const dir of [p.runs, p.locks, join(home, "terraform")]) {
      mkdirSync(dir, { recursive: true, mode: 448 });
      writable.push(dir);
    }
    for (const dir of [p.grants, p.keys, p.pending]) {
      mkdirSync(dir, { recursive: true, mode: 448 });
      noWrite.push(dir);
    }
    if (!existsSync(p.decisions)) writeFileSync(p.decisions, "", { mode: 384 });
    files.push(p.decisions);
    noRead.push(p.grantSigningKey, p.helperSecret);
  }
  const plugin = pluginRootOf(env);
  files.push(
    join(root, ".claude", "settings.json"),
    join(root, ".claude", "settings.local.json"),
    join(root, ".execguard.yaml"),
    join(claudeDir, "settings.json")
  );
  return { stateHomes: homes, noWrite, noRead, files, writable, pluginRoots: plugin ? [resolve(plugin)] : [] };
}
function addContainedSection(root, results, inAgent) {
  const path = join(root, ".execguard.yaml");
  const text = readFileSync(path, "utf8");
  if (/^contained\s*:/m.test(text)) return;
  const index = results.findIndex((r) => r.path === ".execguard.yaml");
  if (inAgent) {
    results[index] = {
      path: ".execguard.yaml",
      action: "kept",
      note: "an agent session never changes the policy; the user runs `execguard init --contained`"
    };
    return;
  }
  writeFileSync(path, `${text.endsWith("\n") ? text : `${text}
`}${containedSection()}`);
  results[index] = { path: ".execguard.yaml", action: "updated", note: "contained: section added" };
}
async function run(argv, io) {
  const { flags, positionals } = parseArgs(argv, { boolean: ["force", "json", "contained"] });
  if (flags.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}' (init works on the current repository)`);
  const force = Boolean(flags.force);
  const root = repoRoot(io.cwd);
  const inAgent = agentSession(io.env).inAgent;
  const ruleFiles = [".execguard.yaml", join(".claude", "settings.json"), join(".claude", "settings.local.json")].filter(
    (rel) => existsSync(join(root, rel))
  );
  if (inAgent && force && ruleFiles.length > 0) {
    io.stderr(
      `execguard init: refused: --force in an agent session would overwrite ${ruleFiles.join(" and ")} in ${root}. Only the user changes the policy and the Claude Code settings: ask them to run \`execguard init --force\` in their own terminal.
`
    );
    return 1;
  }
  const sharedRel = join(".claude", "settings.json");
  const localRel = join(".claude", "settings.local.json");
  const read = (rel) => {
    const path = join(root, rel);
    if (!existsSync(path)) return { json: {}, existed: false };
    try {
      const parsed = JSON.parse(readFileSync(path, "utf8"));
      if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new Error("not a JSON object");
      return { json: parsed, existed: true };
    } catch (error) {
      return `${path} is not valid JSON (${error.message}); fix it first, init never overwrites it`;
    }
  };
  const shared = read(sharedRel);
  const local = read(localRel);
  for (const problem of [shared, local])
    if (typeof problem === "string") {
      io.stderr(`execguard init: ${problem}
`);
      return 1;
    }
  if (typeof shared === "string" || typeof local === "string") return 1;
  const targets = protectedTargets(root, io.env);
  const mayReplace = force && !inAgent;
  const policyText = policyTemplate() + (flags.contained ? containedSection() : "");
  const results = [writeTemplate(root, ".execguard.yaml", policyText, mayReplace)];
  let contained;
  if (flags.contained) {
    addContainedSection(root, results, inAgent);
    let policy;
    try {
      policy = await loadPolicy(join(root, ".execguard.yaml"));
    } catch (error) {
      io.stderr(`execguard init: ${error.message}; fix it first, --contained reads its contained: section
`);
      return 1;
    }
    if (!policy.contained && /^contained\s*:/m.test(readFileSync(join(root, ".execguard.yaml"), "utf8"))) {
      io.stderr(`execguard init: ${join(root, ".execguard.yaml")} turns contained mode off (contained: false); remove that line first
`);
      return 1;
    }
    const all = executorOnlyTargets(root, io.env, policy.contained ?? DEFAULT_CONTAINED);
    const portable = all.filter((t) => t.path === "~" || t.path.startsWith("~/")).map((t) => t.path);
    contained = {
      portable,
      machine: all.filter((t) => !portable.includes(t.path) && !t.writeOnly).map((t) => t.full),
      machineWriteOnly: all.filter((t) => t.writeOnly).map((t) => t.full),
      hosts: policy.contained?.controlPlaneHosts ?? [],
      executors: targets.pluginRoots.map((root2) => join(root2, "bin", "execguard"))
    };
  }
  const sharedMerge = contained ? mergeContainedShared(shared.json, contained, mayReplace) : mergeSharedSettings(shared.json, mayReplace);
  const localMerge = mergeLocalSettings(local.json, targets, mayReplace);
  if (contained && !localMerge.conflict) {
    localMerge.settings = mergeContainedLocal(localMerge.settings, contained);
    localMerge.changed = JSON.stringify(localMerge.settings) !== JSON.stringify(local.json);
  }
  const merges = [
    [sharedRel, shared, sharedMerge],
    [localRel, local, localMerge]
  ];
  for (const [operation, text] of Object.entries(PLAN_TEMPLATES))
    results.push(writeTemplate(root, join("plans", `${operation}.yaml`), text, mayReplace));
  for (const [rel, before, merged] of merges) {
    if (inAgent && before.existed)
      results.push({
        path: rel,
        action: "kept",
        note: "an agent session never changes existing settings; the user runs `execguard init` to merge"
      });
    else if (merged.conflict) results.push({ path: rel, action: "kept", note: merged.conflict });
    else if (!merged.changed) results.push({ path: rel, action: "unchanged" });
    else {
      mkdirSync(join(root, ".claude"), { recursive: true });
      writeFileSync(join(root, rel), `${JSON.stringify(merged.settings, null, 2)}
`);
      results.push({
        path: rel,
        action: before.existed ? "updated" : "created",
        ...rel === localRel ? { note: "this machine's paths: keep it out of git" } : {}
      });
    }
  }
  if (flags.json) {
    io.stdout(
      `${JSON.stringify({ root, files: results, stateHomes: targets.stateHomes, pluginRoots: targets.pluginRoots, ...contained ? { contained } : {} }, null, 2)}
`
    );
    return 0;
  }
  io.stdout(`execguard init in ${root}
`);
  for (const r of results) io.stdout(`  ${r.action.padEnd(11)} ${r.path}${r.note ? `  (${r.note})` : ""}
`);
  io.stdout(
    `
The sandbox protects execguard's state (${targets.stateHomes.map((h) => relative(root, h).startsWith("..") ? h : relative(root, h)).join(", ")})${targets.pluginRoots.length ? `, the plugin (${targets.pluginRoots.join(", ")})` : ""} and the settings files.
` + (process.platform === "linux" ? "On Linux it needs bubblewrap and socat (Debian/Ubuntu: sudo apt-get install bubblewrap socat).\n" : "") + (contained ? `Contained: the agent's commands cannot use ${[...contained.portable, ...contained.machine].join(", ")}${contained.machineWriteOnly.length ? `, nor write ${contained.machineWriteOnly.join(", ")}` : ""}${contained.hosts.length ? ` or reach ${contained.hosts.join(", ")}` : ""}; only an approved execguard run leaves the sandbox. \`execguard doctor\` checks it.
` : "") + "Next: edit a plan in plans/, then `execguard plan plans/<type>.yaml`.\n"
  );
  return 0;
}
export {
  run
};
