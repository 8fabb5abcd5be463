import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  globMatches,
  globWhy,
  inside,
  namesProtected,
  protectedInTree,
  protectedRoots,
  protectedWhy,
  resolveWord,
  runsInterpreter
} from "./chunk-ULQT36X4.mjs";
import {
  deletedNamespaces,
  effectsOf,
  environmentConflict,
  gitInvocation,
  hasOption,
  kubeInvocation,
  kubeTarget,
  lastOption,
  toolTier
} from "./chunk-RVNTFSJA.mjs";
import {
  isDryRun,
  isLocalContext,
  isProductionName,
  segments
} from "./chunk-S7TXNCWD.mjs";
import {
  KNOWN_WRITERS,
  SHELLS,
  SOURCE_BUILTINS,
  analyze,
  envOptions,
  writeTargets
} from "./chunk-AQC73Q75.mjs";
import {
  DEFAULT_POLICY
} from "./chunk-4YJ4M3UI.mjs";

// src/guard/rules/approval-flag.ts
var SUBCOMMANDS = /* @__PURE__ */ new Set(["execute", "rollback", "resume", "agent"]);
var SUBCOMMAND_WORD = new RegExp(`\\b(${[...SUBCOMMANDS].join("|")})\\b`);
var DATA = /* @__PURE__ */ new Set(["echo", "printf", "grep", "egrep", "fgrep", "rg", "ag", "man", "cat", "less", "head", "tail", "true", ":"]);
var LAUNCHER = /^(execguard(\.m?js)?|cli\.m?js|node|nodejs|npx|npm|pnpm|pnpx|yarn|bunx|bun|deno|tsx|ts-node|corepack)$/;
var APPROVAL_OPTION = "--ap(p(r(o(v(al?)?)?)?)?)?";
var APPROVAL_WORD = new RegExp(`^${APPROVAL_OPTION}(=|$)`);
var APPROVAL_IN_TEXT = new RegExp(`${APPROVAL_OPTION}\\b`);
var approvalFlag = (word) => APPROVAL_WORD.test(word);
function launches(cmd) {
  const [program = "", ...words2] = cmd.argv;
  const sub = words2.find((w) => SUBCOMMANDS.has(w));
  if (!sub) return void 0;
  if (DATA.has(program)) return void 0;
  const flag = words2.find(approvalFlag);
  if (flag) return `${sub} with ${flag.split("=")[0]}`;
  if (LAUNCHER.test(program) && cmd.dynamic.some(Boolean)) return `${sub} with arguments that cannot be read statically`;
  return void 0;
}
function inProgramText(ctx) {
  if (!runsInterpreter(ctx.analysis.commands)) return void 0;
  if (!APPROVAL_IN_TEXT.test(ctx.raw) || !SUBCOMMAND_WORD.test(ctx.raw)) return void 0;
  return "an interpreter whose program text passes --approval";
}
var approvalFlagRule = (ctx) => {
  if (!ctx.agentSession) return [];
  const hits = [];
  const hidden = inProgramText(ctx);
  for (const cmd of ctx.analysis.commands) {
    const what = launches(cmd) ?? hidden;
    if (!what) continue;
    hits.push({
      id: "approval-flag",
      decision: "deny",
      reason: `approval-flag: blocked \`${cmd.text.slice(0, 200)}\`: it starts execguard ${what}. Inside an agent session the executor takes its approval from the user's grant in this session, never from its command line. Run it without --approval after the user approves: present the plan and end with PLAN_STATUS: PENDING_APPROVAL.`
    });
    break;
  }
  return hits;
};

// src/guard/tiers.ts
var RANK = { T0: 0, T1: 1, T2: 2, T3: 3 };
var maxTier = (a, b) => RANK[a] >= RANK[b] ? a : b;
var READERS = new Set(
  "ls ll la cat tac head tail less more grep egrep fgrep rg ag ack find fd wc echo printf pwd cd pushd popd dirs which type whereis command hash printenv date cal whoami id groups uname hostname file stat du df free uptime ps pgrep top htop jq yq sort uniq cut tr awk gawk column diff cmp comm tree realpath readlink dirname basename true false test [ [[ sleep history man help info export set unset shopt alias unalias declare local readonly source . shift return exit break continue wait jobs fg bg read mapfile getopts trap umask ulimit md5sum sha1sum sha256sum shasum base64 xxd od hexdump strings nl fold fmt paste join expand unexpand rev seq yes tput clear reset stty tty env nproc lscpu lsblk lsof netstat ss ip ifconfig ping dig nslookup host traceroute whois openssl gpg bat exa eza batcat fzf zcat zgrep zless bzcat xzcat lsattr getfacl locale iconv column logname kubectx kubens tfenv tgenv sops vault-status git-lfs vim vi nano emacs code open xdg-open pbcopy pbpaste tee time sed".split(/\s+/)
);
var LOCAL = new Set(
  "mkdir rmdir touch cp mv rm ln chmod chown chgrp install tar zip unzip gzip gunzip bzip2 xz unxz 7z patch make cmake ninja gcc g++ cc clang go cargo rustc rustup javac java mvn gradle gradlew ant dotnet node deno bun npm npx yarn pnpm corepack nvm python python3 python2 pip pip3 pipx poetry uv pytest tox ruby gem bundle rake rails php composer perl lua tsc eslint prettier vitest jest mocha esbuild webpack vite rollup black ruff flake8 mypy pylint isort shellcheck shfmt hadolint yamllint markdownlint tflint tfsec checkov trivy terrascan kustomize kubeval kubeconform conftest opa pre-commit direnv asdf mise brew apt apt-get apt-cache dnf yum apk pacman curl wget http ssh-keygen ssh-add git-crypt docker-compose kind minikube k3d skaffold tilt helmfile packer vagrant ansible-lint ansible-inventory mktemp truncate split csplit shred dd rsync scp sftp ssh sudo xargs nohup nice timeout watch stdbuf script".split(/\s+/)
);
function packageTier(argv) {
  const sub = argv.slice(1).find((a) => !a.startsWith("-"));
  if (sub === "publish" || sub === "unpublish" || sub === "deprecate" || sub === "owner" || sub === "dist-tag" && argv.includes("add")) {
    return isDryRun(argv) ? "T2" : "T3";
  }
  return "T1";
}
function otherKnownTier(name, argv) {
  const sub = argv.slice(1).find((a) => !a.startsWith("-"));
  switch (name) {
    case "ansible-playbook":
      return argv.includes("--check") || argv.includes("-C") ? "T2" : "T3";
    case "ansible":
      return "T3";
    case "twine":
      return sub === "upload" ? "T3" : "T1";
    case "cargo":
    case "gem":
    case "poetry":
      return sub === "publish" || sub === "push" || sub === "yank" ? "T3" : "T1";
    case "kustomize":
    case "tflint":
    case "helmfile":
      return name === "helmfile" && ["apply", "sync", "destroy", "delete"].includes(sub ?? "") ? "T3" : name === "helmfile" && sub === "diff" ? "T2" : "T1";
    case "skaffold":
      return sub === "run" || sub === "deploy" || sub === "delete" || sub === "apply" ? "T3" : "T1";
    case "vercel":
    case "netlify":
    case "firebase":
    case "wrangler":
      return sub === "deploy" || sub === "publish" || sub === "destroy" || sub === "delete" || sub === "releases:rollback" || argv.includes("--prod") ? "T3" : "T1";
    case "kill":
    case "killall":
    case "pkill":
      return "T1";
    // local processes
    case "systemctl":
    case "service":
    case "reboot":
    case "shutdown":
      return name === "systemctl" && ["status", "list-units", "show", "is-active", "cat"].includes(sub ?? "") ? "T0" : "T3";
  }
  return void 0;
}
function tierOf(cmd, policy) {
  const name = cmd.argv[0];
  if (name === void 0 || name === "") return "T0";
  if ((name === "npx" || name === "bunx" || name === "pnpx") && cmd.argv.length > 1) {
    const rest = cmd.argv.slice(1).filter((a, i, all) => !a.startsWith("-") || all.slice(0, i).some((b) => !b.startsWith("-")));
    if (rest.length > 0 && rest[0] !== name) return tierOf({ ...cmd, argv: rest, dynamic: rest.map(() => false) }, policy);
  }
  const known = toolTier(cmd);
  if (known) return known;
  switch (name) {
    case "npm":
    case "yarn":
    case "pnpm":
      return packageTier(cmd.argv);
    case "sed":
      return cmd.argv.some((a) => /^-[a-zA-Z]*i/.test(a) || a.startsWith("--in-place")) ? "T1" : "T0";
  }
  const other = otherKnownTier(name, cmd.argv);
  if (other) return other;
  if (READERS.has(name)) return "T0";
  if (LOCAL.has(name) || SHELLS.has(name)) return "T1";
  if (isDryRun(cmd.argv)) return "T2";
  return policy.mode === "strict" ? "T3" : "T1";
}

// src/guard/rules/approval-gate.ts
var approvalGate = (ctx) => {
  const hits = [];
  const commands = ctx.analysis.commands;
  commands.forEach((cmd, index) => {
    if (tierOf(cmd, ctx.policy) !== "T3") return;
    const approval = ctx.approval;
    const shown2 = cmd.text.slice(0, 200);
    if (!approval?.affirmed) {
      const known = ctx.policy.mode === "strict" ? " (strict mode: commands execguard does not know count as T3)" : "";
      hits.push({
        id: "approval-gate",
        decision: "deny",
        reason: `approval-gate: blocked \`${shown2}\`: it changes live state (tier T3)${known} and no approval is active` + (approval && !approval.affirmed && approval.text ? ` (the text "${approval.text.slice(0, 80)}" does not approve, or refuses)` : "") + ". Do not run it yet: present your plan (what will change, where, how to roll back) to the user and end your message with `PLAN_STATUS: PENDING_APPROVAL`. Run it after the user approves."
      });
      return;
    }
    const conflict = environmentConflict(cmd, index, commands, approval, ctx.policy);
    if (conflict.length > 0) {
      hits.push({
        id: "approval-gate",
        decision: "deny",
        reason: `approval-gate: blocked \`${shown2}\`: the approval covers ${approval.environments.join("/")} but this command targets ${conflict.join("/")}. Run it only against the approved environment, or present a plan for ${conflict.join("/")} and end with \`PLAN_STATUS: PENDING_APPROVAL\`.`
      });
    }
  });
  return hits;
};

// src/guard/rules/commit-convention.ts
var BASE_TYPES = ["build", "chore", "ci", "docs", "feat", "fix", "perf", "refactor", "revert", "style", "test"];
var AUTOSQUASH = /^(fixup|squash|amend)! /;
var SHORT_VALUED = /* @__PURE__ */ new Set(["m", "F", "C", "c", "t"]);
var SHORT_ATTACHED = /* @__PURE__ */ new Set(["S", "u"]);
var LONG_VALUED = /* @__PURE__ */ new Set([
  "message",
  "file",
  "reuse-message",
  "reedit-message",
  "template",
  "author",
  "date",
  "cleanup",
  "fixup",
  "squash",
  "trailer",
  "pathspec-from-file"
]);
function readMessage(cmd, args) {
  const parts = [];
  let fromStdin = false;
  let firstDynamic = false;
  const argOffset = cmd.argv.length - args.length;
  const isDyn = (i) => cmd.dynamic[argOffset + i] === true;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--") break;
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      const name = eq === -1 ? a.slice(2) : a.slice(2, eq);
      const value = eq === -1 ? LONG_VALUED.has(name) ? args[++i] : void 0 : a.slice(eq + 1);
      if (name === "message") {
        if (value === void 0) continue;
        if (parts.length === 0 && isDyn(i)) firstDynamic = true;
        parts.push(value);
      } else if (name === "file" && (value === "-" || value === "/dev/stdin")) fromStdin = true;
      continue;
    }
    if (a.startsWith("-") && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j];
        if (SHORT_ATTACHED.has(c)) break;
        if (!SHORT_VALUED.has(c)) continue;
        const inline = a.slice(j + 1);
        const value = inline !== "" ? inline : args[++i];
        if (c === "m" && value !== void 0) {
          if (parts.length === 0 && isDyn(i)) firstDynamic = true;
          parts.push(value);
        } else if (c === "F" && (value === "-" || value === "/dev/stdin" || value === void 0 && cmd.stdin !== void 0))
          fromStdin = true;
        break;
      }
    }
  }
  if (parts.length > 0) return firstDynamic ? void 0 : { parts };
  if (fromStdin) return cmd.stdin?.text !== void 0 ? { parts: [cmd.stdin.text] } : void 0;
  return void 0;
}
function subjectOf(parts) {
  const lines = parts[0].replace(/\r\n/g, "\n").split("\n");
  const first = lines.find((l) => l.trim() !== "") ?? "";
  return first.replace(/\s+$/, "");
}
var linter;
function loadLinter() {
  linter ??= (async () => {
    const [lintModule, configModule] = await Promise.all([import("./lint-MTMZMPMV.mjs"), import("./lib-IOSYMZVH.mjs")]);
    const unwrap = (m) => {
      let v = m;
      for (let i = 0; i < 3 && v && typeof v !== "function" && typeof v === "object" && "default" in v; i++)
        v = v.default;
      return v;
    };
    const lint = unwrap(lintModule);
    const config = unwrap(configModule);
    return { lint, rules: config.rules };
  })().catch((error) => {
    linter = void 0;
    throw error;
  });
  return linter;
}
async function problems(parts, policy) {
  const subject = subjectOf(parts);
  const found = [];
  if (AUTOSQUASH.test(subject)) return found;
  const types = [...BASE_TYPES, ...policy.commit.extraTypes];
  const escaped = types.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const pattern = new RegExp(`^(${escaped.join("|")})(\\([^()\\s][^()]*\\))?!?: \\S.*$`);
  if (!pattern.test(subject)) {
    found.push(
      `the subject "${subject.slice(0, 120)}" does not match \`type(scope)!: subject\` with a lower-case type from ${types.join(", ")}`
    );
  }
  if (subject.length > policy.commit.headerMaxLength) {
    found.push(`the subject is ${subject.length} characters long (at most ${policy.commit.headerMaxLength})`);
  }
  if (found.length === 0) {
    const { lint, rules } = await loadLinter();
    const selected = {};
    for (const name of ["type-case", "type-empty", "subject-empty", "header-trim"]) if (rules[name]) selected[name] = rules[name];
    selected["type-enum"] = [2, "always", types];
    selected["header-max-length"] = [2, "always", policy.commit.headerMaxLength];
    const outcome = await lint(subject, selected, {
      parserOpts: { headerPattern: /^(\w*)(?:\((.*)\))?!?: (.*)$/, headerCorrespondence: ["type", "scope", "subject"] }
    });
    if (!outcome.valid) found.push(...outcome.errors.map((e) => `commitlint ${e.name}: ${e.message}`));
  }
  const message = parts.join("\n\n");
  for (const trailer of policy.commit.forbiddenTrailers) {
    const t = trailer.toLowerCase();
    const line = message.split("\n").find((l) => l.trim().toLowerCase().startsWith(t));
    if (line) found.push(`the message carries the forbidden trailer "${line.trim().slice(0, 120)}"`);
  }
  return found;
}
var commitConvention = async (ctx) => {
  const hits = [];
  for (const cmd of ctx.analysis.commands) {
    if (cmd.argv[0] !== "git") continue;
    const { sub, args } = gitInvocation(cmd.argv);
    if (sub !== "commit") continue;
    const message = readMessage(cmd, args);
    if (!message?.parts || message.parts.length === 0) continue;
    if (message.parts.join("").trim() === "" && !args.includes("--allow-empty-message")) continue;
    const found = await problems(message.parts, ctx.policy);
    if (found.length === 0) continue;
    hits.push({
      id: "commit-convention",
      decision: "deny",
      reason: `commit-convention: blocked \`git commit\`: ${found.join("; ")}. Commits must follow Conventional Commits, and no approval lifts this rule. Commit again with a subject such as \`fix(api): handle an empty token\` (type one of ` + [...BASE_TYPES, ...ctx.policy.commit.extraTypes].join(", ") + `, optional scope, \`!\` for breaking changes, at most ${ctx.policy.commit.headerMaxLength} characters); put details in further -m parts (the body).`
    });
  }
  return hits;
};

// src/guard/rules/forge-force-push.ts
var forgeForcePush = (ctx) => {
  const hits = [];
  const commands = ctx.analysis.commands;
  commands.forEach((cmd, index) => {
    for (const effect of effectsOf(cmd, commands.slice(0, index))) {
      if (effect.kind !== "forge") continue;
      const approval = ctx.approval;
      const conflict = environmentConflict(cmd, index, commands, approval, ctx.policy);
      const words2 = approval?.affirmed && (approval.forcePush || effect.lifts === "delete" && approval.delete);
      if (words2 && conflict.length === 0) continue;
      const needed = effect.lifts === "delete" ? '"delete" (or "force push")' : '"force push"';
      hits.push({
        id: "forge-force-push",
        decision: "deny",
        reason: `forge-force-push: blocked \`${effect.act}\` (\`${cmd.text.slice(0, 200)}\`): it rewrites or removes history on the forge, which a generic approval does not cover. Present exactly what it changes to the user, end with \`PLAN_STATUS: PENDING_APPROVAL\`, and wait for an approval that says ${needed}.`
      });
    }
  });
  return hits;
};

// src/guard/rules/git-force-push.ts
var PUSH_LONG = [
  "all",
  "branches",
  "mirror",
  "delete",
  "tags",
  "dry-run",
  "porcelain",
  "force",
  "force-with-lease",
  "force-if-includes",
  "recurse-submodules",
  "thin",
  "receive-pack",
  "exec",
  "set-upstream",
  "progress",
  "prune",
  "verify",
  "follow-tags",
  "signed",
  "atomic",
  "push-option",
  "ipv4",
  "ipv6",
  "repo",
  "quiet",
  "verbose",
  "no-verify"
];
var PUSH_VALUED = /* @__PURE__ */ new Set(["receive-pack", "exec", "repo", "push-option"]);
var FORCING = /* @__PURE__ */ new Set(["force", "force-with-lease", "force-if-includes", "mirror"]);
var SHORT_VALUED2 = /* @__PURE__ */ new Set(["o"]);
function longOption(name) {
  const resolve = (n) => {
    if (PUSH_LONG.includes(n)) return n;
    const matches = PUSH_LONG.filter((o) => o.startsWith(n));
    return matches.length === 1 ? matches[0] : matches.length > 1 ? "ambiguous" : void 0;
  };
  const direct = resolve(name);
  if (direct && direct !== "ambiguous") return { option: direct, negated: false };
  if (name.startsWith("no-")) {
    const negated = resolve(name.slice(3));
    if (negated === "ambiguous") return "ambiguous";
    if (negated) return { option: negated, negated: true };
  }
  return direct === "ambiguous" ? "ambiguous" : void 0;
}
function protectedBranch(ref, policy) {
  const branch = ref.replace(/^refs\/heads\//, "");
  const hit = policy.protectedBranches.find((p) => p.endsWith("*") ? branch.startsWith(p.slice(0, -1)) : branch === p);
  return hit ? branch : void 0;
}
function destination(refspec) {
  const spec = refspec.replace(/^\+/, "");
  const dst = spec.includes(":") ? spec.slice(spec.indexOf(":") + 1) : spec;
  if (dst === "" || dst === "HEAD" || dst.includes("*") || dst.startsWith("@") || /^refs\/(?!heads\/)/.test(dst)) return void 0;
  return dst.replace(/^refs\/heads\//, "");
}
function readPush(args, configs, policy) {
  const forcing = /* @__PURE__ */ new Map();
  let deleteFlag = false;
  let dryRun = false;
  let allBranches = false;
  const positionals = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--") {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      const resolved = longOption(eq === -1 ? a.slice(2) : a.slice(2, eq));
      if (resolved === "ambiguous") return { deletes: [] };
      if (!resolved) continue;
      const { option, negated } = resolved;
      if (FORCING.has(option)) forcing.set(option, negated ? void 0 : a);
      else if (option === "delete") deleteFlag = !negated;
      else if (option === "dry-run") dryRun = !negated;
      else if (option === "all" || option === "branches" || option === "tags") allBranches = !negated;
      else if (PUSH_VALUED.has(option) && eq === -1 && !negated) i++;
      continue;
    }
    if (a.startsWith("-") && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j];
        if (c === "f") forcing.set("force", a);
        if (c === "d") deleteFlag = true;
        if (c === "n") dryRun = true;
        if (SHORT_VALUED2.has(c)) {
          if (j === a.length - 1) i++;
          break;
        }
      }
      continue;
    }
    positionals.push(a);
  }
  const refspecs = positionals.slice(1);
  const leaseOnly = [...forcing].every(([option, v]) => v === void 0 || option === "force-with-lease" || option === "force-if-includes");
  const targets = refspecs.map(destination);
  const plainLease = leaseOnly && !allBranches && !deleteFlag && targets.length > 0 && targets.every((t) => t !== void 0 && !protectedBranch(t, policy));
  let force = plainLease ? void 0 : [...forcing.values()].find((v) => v !== void 0);
  for (const r of positionals) if (r.startsWith("+")) force ??= r;
  for (const c of configs) if (/^remote\.[^=]*\.(push|mirror)=\s*(\+|true)/i.test(c)) force ??= `-c ${c}`;
  const deletes = [];
  for (const r of refspecs) {
    const target = deleteFlag ? r.replace(/^\+/, "") : r.startsWith(":") ? r.slice(1) : void 0;
    if (target === void 0) continue;
    const branch = protectedBranch(target, policy);
    if (branch) deletes.push(branch);
  }
  return { force, deletes, dryRun };
}
var gitForcePush = (ctx) => {
  const hits = [];
  const defined = [];
  for (const cmd of ctx.analysis.commands) {
    if (cmd.argv[0] !== "git") continue;
    const { sub, args, configs } = gitInvocation(cmd.argv, defined);
    if (sub === "config") {
      const words2 = args.filter((a) => !a.startsWith("-"));
      if (words2.length >= 2 && /^alias\./i.test(words2[0])) defined.push(`${words2[0]}=${words2.slice(1).join(" ")}`);
    }
    if (sub !== "push") continue;
    const { force, deletes, dryRun } = readPush(args, configs, ctx.policy);
    if (!force && deletes.length === 0 || dryRun) continue;
    const approval = ctx.approval;
    if (approval?.affirmed && approval.forcePush) continue;
    const what = force ? `a history-rewriting push (\`${force}\`)` : `deleting the protected branch \`${deletes[0]}\``;
    const reason = `git-force-push: blocked \`${cmd.text.slice(0, 200)}\`: ${what}. Force pushes are blocked on every branch, --force-with-lease included, because an agent cannot tell a personal branch from a shared one. ` + (force ? 'Push without force (rebase or merge onto the remote branch first), or ask the user to approve the force push explicitly (the approval must say "force push").' : 'Protected branches are not deleted by an agent; ask the user to do it, or to approve it explicitly with "force push".');
    hits.push({ id: "git-force-push", decision: "deny", reason });
  }
  return hits;
};

// src/guard/rules/irreversible-delete.ts
var irreversibleDelete = (ctx) => {
  const hits = [];
  const commands = ctx.analysis.commands;
  commands.forEach((cmd, index) => {
    for (const effect of effectsOf(cmd, commands.slice(0, index))) {
      if (effect.kind !== "delete") continue;
      const approval = ctx.approval;
      const conflict = environmentConflict(cmd, index, commands, approval, ctx.policy);
      if (approval?.affirmed && approval.delete && conflict.length === 0) continue;
      let reason = `irreversible-delete: blocked \`${effect.act}\` (\`${cmd.text.slice(0, 200)}\`): it deletes data or a whole resource for good, and `;
      if (approval?.affirmed && approval.delete) {
        reason += `the approval covers ${approval.environments.join("/")} while this command targets ${conflict.join("/")}; ask the user to approve this deletion for ${conflict.join("/")} explicitly.`;
      } else {
        reason += "a generic approval does not cover irreversible deletions. " + (effect.preview ? `Show what it would delete (\`${effect.preview}\`), present` : "Present") + ' the exact deletion to the user, end with `PLAN_STATUS: PENDING_APPROVAL`, and wait for an approval that says "delete".';
      }
      hits.push({ id: "irreversible-delete", decision: "deny", reason });
    }
  });
  return hits;
};

// src/guard/rules/kubectl-delete-prod.ts
var HELM_DELETE = /* @__PURE__ */ new Set(["uninstall", "delete", "del", "un"]);
var RAW_WORKLOAD = /\/(namespaces(\/[^/]+)?$|namespaces\/[^/]+\/(deployments|statefulsets|daemonsets|replicasets|pods|jobs|cronjobs|persistentvolumeclaims|services|secrets|configmaps)\b)|\/persistentvolumes\b/;
function isDelete(cmd) {
  const name = cmd.argv[0];
  if (name !== "kubectl" && name !== "oc" && name !== "helm") return void 0;
  const verb = kubeInvocation(cmd.argv).verb;
  if ((name === "kubectl" || name === "oc") && verb === "delete") return "kubectl";
  if ((name === "kubectl" || name === "oc") && verb === "replace" && hasOption(kubeInvocation(cmd.argv), "force")) return "kubectl";
  if (name === "helm" && verb && HELM_DELETE.has(verb)) return "helm";
  return void 0;
}
function judge(cmd, index, ctx, tool) {
  const policy = ctx.policy;
  const commands = ctx.analysis.commands;
  const inv = kubeInvocation(cmd.argv);
  const target = kubeTarget(cmd, index, commands);
  const prod = (v) => isProductionName(v, policy);
  const objects = tool === "kubectl" ? deletedNamespaces(inv.positionals) : [];
  const mass = tool === "kubectl" && hasOption(inv, "all", "A", "all-namespaces");
  const prodNamespace = [...target.namespaces, ...target.priorNamespaces].find(prod);
  if (prodNamespace) return { why: `namespace \`${prodNamespace}\` is production` };
  const prodObject = objects.find(prod);
  if (prodObject) return { why: `it deletes the production namespace \`${prodObject}\`` };
  const prodContext = [...target.contexts, ...target.priorContexts].find(prod);
  if (prodContext) return { why: `context \`${prodContext}\` is production` };
  const prodConfig = target.kubeconfigs.find(prod);
  if (prodConfig) return { why: `kubeconfig \`${prodConfig}\` is production` };
  const prodManifest = target.manifests.find(prod);
  if (prodManifest) return { why: `manifest path \`${prodManifest}\` is production` };
  const raw = tool === "kubectl" ? lastOption(inv, "raw") : void 0;
  if (raw && prod(raw)) return { why: `the raw API path \`${raw}\` is production` };
  const selector = [lastOption(inv, "selector", "l") ?? "", lastOption(inv, "field-selector") ?? ""].find(prod);
  if (selector) return { why: `the selector \`${selector}\` picks production objects` };
  if (raw && RAW_WORKLOAD.test(raw))
    return { why: `a raw API delete (\`${raw}\`) removes a namespace or workload irreversibly, in any environment` };
  if (mass) return { why: "it is a mass delete (`--all` / `-A` / `--all-namespaces`), which is blocked in every namespace" };
  const dryRunNone = /^none$/i.test(lastOption(inv, "dry-run") ?? "");
  if (dryRunNone) return { why: "`--dry-run=none` makes it a real deletion, not a simulation" };
  const dynamicTarget = cmd.dynamic.some(Boolean);
  if (cmd.via.includes("xargs") || dynamicTarget) {
    const fed = [cmd.stdin?.text ?? "", ...commands.filter((c) => c !== cmd).flatMap((c) => c.argv.slice(1))].join(" ");
    if (segments(fed).some((s) => policy.productionNames.includes(s))) {
      return { why: "the names it deletes (from xargs or a loop) include production" };
    }
  }
  const local = [...target.contexts, ...target.priorContexts, ...target.kubeconfigs].some((c) => isLocalContext(c, policy));
  if (local) return {};
  const known = (v) => v !== "" && !/[$`]/.test(v);
  const named = [...target.namespaces, ...target.contexts, ...target.kubeconfigs, ...target.priorContexts, ...target.priorNamespaces].some(
    known
  );
  if (named) return {};
  if (ctx.currentKubeContext) {
    if (prod(ctx.currentKubeContext)) return { why: `the current kube context \`${ctx.currentKubeContext}\` is production` };
    return {};
  }
  if (objects.length > 0) return {};
  return { unknownTarget: true };
}
var kubectlDeleteProd = (ctx) => {
  const hits = [];
  const commands = ctx.analysis.commands;
  commands.forEach((cmd, index) => {
    const tool = isDelete(cmd);
    if (!tool) return;
    const kubectlSimulates = /^(client|server)$/i.test(lastOption(kubeInvocation(cmd.argv), "dry-run") ?? "");
    if (tool === "helm" ? isDryRun(cmd.argv) : kubectlSimulates) return;
    const verdict = judge(cmd, index, ctx, tool);
    let why = verdict.why;
    if (!why && verdict.unknownTarget) {
      if (ctx.policy.mode !== "strict") return;
      why = "it names no namespace or context and the current context is unknown (strict mode)";
    }
    if (!why) return;
    const approval = ctx.approval;
    const conflict = environmentConflict(cmd, index, commands, approval, ctx.policy);
    if (approval?.affirmed && approval.delete && conflict.length === 0) return;
    const what = tool === "helm" ? "helm uninstall" : "kubectl delete";
    let reason = `kubectl-delete-prod: blocked \`${cmd.text.slice(0, 200)}\`: ${what} where ${why}. `;
    if (approval?.affirmed && approval.delete) {
      reason += `The approval covers ${approval.environments.join("/")} but this command targets ${conflict.join("/")}; ask the user to approve this deletion for ${conflict.join("/")} explicitly.`;
    } else {
      reason += 'A generic approval does not cover deletions. Name a non-production namespace and context explicitly (`-n <ns> --context <ctx>`), delete objects one by one instead of `--all`, or present the exact deletion to the user, end with `PLAN_STATUS: PENDING_APPROVAL`, and wait for an approval that says "delete" (or "uninstall").';
    }
    hits.push({ id: "kubectl-delete-prod", decision: "deny", reason });
  });
  return hits;
};

// src/guard/rules/protected-path.ts
import { posix } from "node:path";
var { relative } = posix;
var INTERPRETERS = /* @__PURE__ */ new Set([
  "python",
  "python2",
  "python3",
  "node",
  "nodejs",
  "perl",
  "ruby",
  "php",
  "deno",
  "bun",
  "Rscript",
  "lua",
  "tclsh"
]);
var BODY_FLAGS = /* @__PURE__ */ new Set(["-c", "-e", "-E", "--eval", "-p", "--print", "-r", "-x"]);
var DATA2 = /* @__PURE__ */ new Set([
  "echo",
  "printf",
  "true",
  ":",
  "test",
  "[",
  "[[",
  "export",
  "local",
  "declare",
  "typeset",
  "readonly",
  "cd",
  "pushd",
  "basename",
  "dirname"
]);
var TREE_READERS = /* @__PURE__ */ new Set([
  "cp",
  "tar",
  "bsdtar",
  "zip",
  "7z",
  "rsync",
  "scp",
  "grep",
  "egrep",
  "rg",
  "ag",
  "find",
  "du",
  "cpio",
  "base64",
  "xxd",
  "od",
  "strings",
  "git"
]);
var READERS2 = /* @__PURE__ */ new Set([
  "cat",
  "less",
  "more",
  "head",
  "tail",
  "grep",
  "egrep",
  "fgrep",
  "rg",
  "ag",
  "ls",
  "stat",
  "wc",
  "diff",
  "cmp",
  "file",
  "jq",
  "bat",
  "tree",
  "du",
  "readlink",
  "realpath",
  "sha256sum",
  "sha1sum",
  "sha512sum",
  "md5sum",
  "cksum",
  "b2sum",
  "od",
  "hexdump",
  "strings",
  "column",
  "cut",
  "nl",
  "uniq",
  "tr",
  "pwd",
  "which",
  "type",
  "command",
  "false",
  "popd",
  "unset",
  "base64",
  "xxd",
  "execguard",
  "execguard.mjs"
]);
var RUNNERS = /* @__PURE__ */ new Set([
  "bash",
  "sh",
  "zsh",
  "dash",
  "ksh",
  "fish",
  "source",
  ".",
  "node",
  "nodejs",
  "python",
  "python2",
  "python3",
  "deno",
  "bun",
  "tsx",
  "php",
  "lua",
  "Rscript",
  "tclsh"
]);
var TAIL = " An agent may not change execguard's state, the plugin, Claude Code settings or the policy file, nor read execguard's keys; describe the change and ask the user to make it.";
function interpreterBody(cmd) {
  const [program = "", ...args] = cmd.argv;
  if (!INTERPRETERS.has(program.replace(/[\d.]+$/, "")) && !INTERPRETERS.has(program)) return void 0;
  const bodies = [];
  for (let i = 0; i < args.length; i++) {
    if (BODY_FLAGS.has(args[i]) && args[i + 1] !== void 0) bodies.push(args[i + 1]);
    else if (/^--eval=/.test(args[i])) bodies.push(args[i].slice(7));
  }
  if (cmd.stdin?.text && (args.includes("-") || !args.some((a) => !a.startsWith("-")))) bodies.push(cmd.stdin.text);
  return bodies.length ? bodies.join("\n") : void 0;
}
function folderOf(cmd, index, ctx, pp, homeKnown = true) {
  const start = ctx.cwd;
  if (/\bCDPATH\b/.test(ctx.raw) && ctx.analysis.commands.slice(0, index).some((c) => /^(cd|pushd)$/.test(c.argv[0] ?? "")))
    return void 0;
  if (cmd.cwd === void 0) {
    const moved = ctx.analysis.commands.slice(0, index).some((c) => c.argv[0] === "popd" || /^(cd|pushd)$/.test(c.argv[0] ?? "") && c.argv.includes("-"));
    return moved ? void 0 : start;
  }
  const r = resolveWord(cmd.cwd, /[$`*?[]/.test(cmd.cwd), start, pp, homeKnown);
  return r.kind === "path" ? r.path : void 0;
}
var INDEX_WRITE = /^--(cacheinfo|index-info|add|replace)$/;
var gitSub = (c) => c.argv[0] === "git" ? c.argv.find((a, i) => i > 0 && !a.startsWith("-") && !/^(-C|-c|--git-dir|--work-tree)$/.test(c.argv[i - 1] ?? "")) : void 0;
var CREATES = /* @__PURE__ */ new Set(["checkout", "restore", "checkout-index", "mv", "apply", "am", "clone", "stash", "reset", "switch"]);
function indexTouchedBefore(ctx, index) {
  return ctx.analysis.commands.slice(0, index).some((c) => {
    if (c.argv[0] !== "git") return false;
    const sub = gitSub(c);
    if (sub === "update-index") return c.argv.some((a) => INDEX_WRITE.test(a));
    if (sub === "read-tree") return true;
    if (sub === "apply") return c.argv.includes("--cached") || c.argv.includes("--index");
    return false;
  });
}
function checkedOutBefore(ctx, index, pp, homeKnown) {
  const out = [];
  for (const [i, c] of ctx.analysis.commands.slice(0, index).entries()) {
    if (!CREATES.has(gitSub(c) ?? "")) continue;
    const cwd = folderOf(c, i, ctx, pp, homeKnown);
    for (const t of writeTargets(c)) {
      if (t.gitTree) continue;
      const r = resolveWord(t.word, t.dynamic, cwd, pp, homeKnown);
      if (r.kind === "path") out.push(r.path);
    }
  }
  return out;
}
function wholesaleBefore(ctx, index, pp, homeKnown) {
  const git = ctx.git;
  if (!git) return [];
  const out = [];
  for (const [i, c] of ctx.analysis.commands.slice(0, index).entries()) {
    if (c.argv[0] !== "git") continue;
    const cwd = folderOf(c, i, ctx, pp, homeKnown);
    for (const t of writeTargets(c)) {
      const change2 = t.gitTree;
      if (!change2 || change2.kind === "unknown") continue;
      const r = resolveWord(t.word, t.dynamic, cwd, pp, homeKnown);
      const top = r.kind === "path" ? git.top(r.path) : void 0;
      if (top) out.push({ top, rev: change2.kind === "stash" ? change2.ref : change2.to });
    }
  }
  return out;
}
function linkFromRevision(path, revs, ctx) {
  for (const { top, rev } of revs) {
    if (!inside(path, top) || path === top) continue;
    const parts = relative(top, path).split("/");
    const prefixes = parts.map((_, k) => parts.slice(0, k + 1).join("/"));
    const entries = ctx.git?.tree(top, rev, prefixes);
    const link = prefixes.find((p) => entries?.get(p)?.startsWith("120000 "));
    if (link) return `${link} in ${rev}`;
  }
  return null;
}
function stashedBefore(ctx, index) {
  return ctx.analysis.commands.slice(0, index).some((c) => c.argv[0] === "git" && writeTargets(c).some((t) => t.gitTree?.what.startsWith("git stash") && t.gitTree.kind === "diff"));
}
var changedBetween = (from, to) => [.../* @__PURE__ */ new Set([...from.keys(), ...to.keys()])].filter((n) => from.get(n) !== to.get(n));
function gitTreeHit(cmd, change2, base, ctx, pp, indexTouched, stashed) {
  const git = ctx.git;
  if (!git) return null;
  const top = git.top(base);
  if (!top) return null;
  const text = cmd.text.slice(0, 160);
  const topWhy = protectedWhy(top, pp);
  if (topWhy) return `\`${text}\` rewrites files in ${top}, ${topWhy}.`;
  const own = [".claude", ".execguard.yaml", ".execguard.yml"];
  const rel = new Set(
    protectedRoots(pp, top).filter((r) => inside(r, top) && r !== top).map((r) => relative(top, r))
  );
  const present = /* @__PURE__ */ new Set([...git.worktree(top, own).keys(), ...git.tree(top, "HEAD", own)?.keys() ?? []]);
  for (const name of own) if ([...present].some((p) => p === name || p.startsWith(`${name}/`))) rel.add(name);
  if (rel.size === 0) return null;
  const list = [...rel].sort();
  const what = change2?.what ?? cmd.argv.slice(0, 3).join(" ");
  const blocked = (why) => `\`${text}\` ${why}; the work tree of ${top} holds ${list.join(", ")}, which an agent may not change. Leave them out (name the paths you need, e.g. \`git checkout REV -- src/\`, \`git stash push -- src/\`) or ask the user to run it.`;
  if (!change2 || change2.kind === "unknown" || indexTouched)
    return blocked(
      `rewrites the work tree in a way the guard cannot narrow (${what}${indexTouched ? " after the index was written directly" : ""})`
    );
  let effective = change2;
  if (change2.kind === "stash" && stashed) effective = { kind: "diff", from: "HEAD", to: "HEAD", force: true, what };
  const changed = [];
  if (effective.kind === "stash") {
    const from = git.tree(top, `${effective.ref}^1`, list);
    const to = git.tree(top, effective.ref, list);
    if (!from || !to) return blocked(`applies ${effective.ref}, which the guard cannot read`);
    changed.push(...changedBetween(from, to), ...git.tree(top, `${effective.ref}^3`, list)?.keys() ?? []);
  } else if (effective.kind === "diff") {
    const to = git.tree(top, effective.to, list);
    if (!to) return effective.maybeRev ? null : blocked(`rewrites the work tree to ${effective.to}, which the guard cannot read`);
    const from = git.tree(top, effective.from, list);
    if (!from) return blocked(`rewrites the work tree from ${effective.from}, which the guard cannot read`);
    changed.push(...changedBetween(from, to));
    if (effective.force) {
      const disk = git.worktree(top, list);
      const names = /* @__PURE__ */ new Set([...from.keys(), ...to.keys(), ...effective.untracked ? disk.keys() : []]);
      for (const n of names) if (disk.get(n) !== to.get(n) && !changed.includes(n)) changed.push(n);
    }
  }
  if (changed.length === 0) return null;
  return blocked(`would change ${changed.slice(0, 3).join(", ")} (${what})`);
}
function writeHit(cmd, index, ctx, pp, homeKnown) {
  const cwd = folderOf(cmd, index, ctx, pp, homeKnown);
  const links = ctx.resolveLinks ?? ((p) => p);
  const isGit = cmd.argv[0] === "git";
  const indexTouched = isGit && indexTouchedBefore(ctx, index);
  const stashed = isGit && stashedBefore(ctx, index);
  const fresh = isGit ? [] : checkedOutBefore(ctx, index, pp, homeKnown);
  const revs = isGit ? [] : wholesaleBefore(ctx, index, pp, homeKnown);
  const workTree = isGit ? cmd.assignments.GIT_WORK_TREE : void 0;
  for (const target of writeTargets(cmd)) {
    const word = target.gitTree && workTree !== void 0 ? workTree || "$GIT_WORK_TREE" : target.word;
    const r = resolveWord(word, target.dynamic, cwd, pp, homeKnown);
    if (r.kind === "unknown") {
      return `\`${cmd.text.slice(0, 160)}\` writes to a place the guard cannot resolve statically (${r.why}); it could reach execguard's own files, so it is blocked. Write to a literal path inside the project instead.`;
    }
    if (r.kind === "glob") {
      const why2 = globWhy(r.dir, r.patterns, pp, cwd);
      if (why2) return `\`${cmd.text.slice(0, 160)}\` writes through a pattern that could match ${why2}.`;
      if (indexTouched) {
        const hit = gitTreeHit(cmd, void 0, r.dir, ctx, pp, true, false);
        if (hit) return hit;
      }
      continue;
    }
    if (target.gitTree || indexTouched) {
      const hit = gitTreeHit(cmd, target.gitTree, r.path, ctx, pp, indexTouched, stashed);
      if (hit) return hit;
      if (target.gitTree) continue;
    }
    const real = links(r.path);
    const why = protectedWhy(r.path, pp) ?? protectedWhy(real, pp);
    if (why) return `\`${cmd.text.slice(0, 160)}\` would change ${r.path}, ${why}.`;
    const link = revs.length > 0 ? linkFromRevision(r.path, revs, ctx) : null;
    if (link)
      return `\`${cmd.text.slice(0, 160)}\` writes to ${r.path} after git checked out a revision in which ${link} is a symbolic link: the write would land wherever it points. Run the checkout on its own first.`;
    if (fresh.some((f) => inside(r.path, f)))
      return `\`${cmd.text.slice(0, 160)}\` writes to ${r.path}, which git checked out earlier in this command: it may be a link (into .claude/ or execguard's state) that the guard cannot see yet. Run the checkout on its own first.`;
    if (target.tree) {
      const root = protectedInTree(r.path, pp, cwd, target.names)[0] ?? protectedInTree(real, pp, cwd, target.names)[0];
      if (root)
        return `\`${cmd.text.slice(0, 160)}\` writes to the whole of ${r.path}, which holds ${root} (${protectedWhy(root, pp) ?? "protected"}).`;
    }
  }
  return null;
}
function otherHit(cmd, index, ctx, pp, homeKnown) {
  const program = cmd.argv[0] ?? "";
  if (KNOWN_WRITERS.has(program) || READERS2.has(program) || DATA2.has(program)) return null;
  if (program === "yq" && !cmd.argv.some((a) => /^(-[a-zA-Z]*i|--inplace)$/.test(a))) return null;
  if (program === "sort" && !cmd.argv.some((a) => /^(-[a-zA-Z]*o|--output)/.test(a))) return null;
  const cwd = folderOf(cmd, index, ctx, pp, homeKnown);
  const links = ctx.resolveLinks ?? ((p) => p);
  let skipScript = RUNNERS.has(program.replace(/[\d.]+$/, "")) || RUNNERS.has(program);
  for (let i = 1; i < cmd.argv.length; i++) {
    if (cmd.dynamic[i]) continue;
    const raw = cmd.argv[i];
    const word = raw.startsWith("-") ? /^--?[\w-]+=(.+)$/.exec(raw)?.[1] ?? "" : raw;
    if (!word) continue;
    if (skipScript && !raw.startsWith("-")) {
      skipScript = false;
      continue;
    }
    if (!/^[/~]/.test(word) && !/(^|\/)(\.claude|\.execguard\.ya?ml)(\/|$)/.test(word)) continue;
    const r = resolveWord(word, false, cwd, pp, homeKnown);
    if (r.kind !== "path") continue;
    const why = protectedWhy(r.path, pp) ?? protectedWhy(links(r.path), pp);
    if (why) return `\`${cmd.text.slice(0, 160)}\` gives ${r.path} (${why}) to \`${program}\`, which may change it.`;
  }
  return null;
}
function membersOf(cmd, cwd, pp, homeKnown) {
  const tar = cmd.argv[0] === "tar" || cmd.argv[0] === "bsdtar";
  const out = [];
  let base = cwd;
  for (let i = 1; i < cmd.argv.length; i++) {
    const word = cmd.argv[i];
    const dynamic = cmd.dynamic[i] ?? false;
    const separate = tar && (word === "-C" || word === "--directory") && i + 1 < cmd.argv.length;
    const dir = separate ? cmd.argv[++i] : tar ? /^(?:-C|--directory=)(.+)$/.exec(word)?.[1] : void 0;
    if (dir !== void 0) {
      const r = resolveWord(dir, cmd.dynamic[i] ?? false, base, pp, homeKnown);
      if (r.kind === "path") base = r.path;
      out.push({ word: dir, dynamic: cmd.dynamic[i] ?? false, base });
      continue;
    }
    out.push({ word: word.replace(/^--?[\w-]+=/, ""), dynamic, base });
  }
  return out;
}
function readHit(cmd, index, ctx, pp, homeKnown) {
  if (pp.readDenied.length === 0 || DATA2.has(cmd.argv[0] ?? "")) return null;
  const cwd = folderOf(cmd, index, ctx, pp, homeKnown);
  const links = ctx.resolveLinks ?? ((p) => p);
  const words2 = membersOf(cmd, cwd, pp, homeKnown);
  for (const r of cmd.redirects)
    if (r.op.includes("<") && !r.op.includes("<<")) words2.push({ word: r.target, dynamic: /[$`*?[]/.test(r.target), base: cwd });
  for (const { word, dynamic, base } of words2) {
    if (word.startsWith("-") || word === "") continue;
    const r = resolveWord(word, dynamic, base, pp, homeKnown);
    if (r.kind === "path") {
      const real = links(r.path);
      if (pp.readDenied.some((k) => inside(r.path, k) || inside(real, k)))
        return `\`${cmd.text.slice(0, 160)}\` reads ${r.path}, execguard's keys.`;
      if (TREE_READERS.has(cmd.argv[0] ?? "") && // The state folder or any folder holding it (`tar -C ~/.local -cf - state`), short of `/`.
      pp.readDenied.some((k) => inside(k, r.path) && r.path !== "/")) {
        return `\`${cmd.text.slice(0, 160)}\` reads the whole of ${r.path}, which holds execguard's keys.`;
      }
    } else if (r.kind === "glob") {
      for (const k of pp.readDenied) {
        if (inside(r.dir, k)) return `\`${cmd.text.slice(0, 160)}\` reads through a pattern inside execguard's keys.`;
        if (!inside(k, r.dir)) continue;
        const rel = k.slice(r.dir.length).split("/").filter(Boolean);
        const n = Math.min(rel.length, r.patterns.length);
        if (rel.slice(0, n).every((name, i) => globMatches(r.patterns[i], name)))
          return `\`${cmd.text.slice(0, 160)}\` reads through a pattern that could match execguard's keys.`;
      }
    }
  }
  return null;
}
var protectedPath = (ctx) => {
  const pp = ctx.protectedPaths;
  if (!pp) return [];
  const hits = [];
  const deny2 = (why) => hits.push({ id: "protected-path", decision: "deny", reason: `protected-path: blocked: ${why}${TAIL}` });
  const keyText = pp.readDenied.find((k) => ctx.raw.includes(k)) ?? /\bgrant-signing\.key\b|\bhelper\.secret\b|execguard\/keys\b/.exec(ctx.raw)?.[0];
  if (keyText && ctx.analysis.commands.some((c) => !DATA2.has(c.argv[0] ?? ""))) deny2(`the command names execguard's keys (${keyText}).`);
  const homeKnown = !/(^|[\s;&|(`'"])HOME\+?=/m.test(ctx.raw) && !/\bunset\b[^;&|\n]*\bHOME\b/.test(ctx.raw);
  if (hits.length === 0 && runsInterpreter(ctx.analysis.commands)) {
    const named = namesProtected(ctx.raw, pp);
    if (named) deny2(`the command runs an interpreter and ${named}; the guard cannot tell what the program does to execguard's own files.`);
  }
  for (const [index, cmd] of ctx.analysis.commands.entries()) {
    if (hits.length > 0) break;
    const hit = writeHit(cmd, index, ctx, pp, homeKnown) ?? readHit(cmd, index, ctx, pp, homeKnown) ?? otherHit(cmd, index, ctx, pp, homeKnown);
    if (hit) {
      deny2(hit);
      continue;
    }
    const body = interpreterBody(cmd);
    const named = body === void 0 ? null : namesProtected(body, pp);
    if (named)
      deny2(
        `\`${cmd.argv[0]}\` runs a program whose text names execguard's own files (${named}); the guard cannot tell what it does to them.`
      );
  }
  return hits;
};

// src/guard/rules/secret-in-command.ts
var TOKEN_SHAPES = [
  { name: "an AWS access key id", pattern: /(?<![A-Za-z0-9])(?:AKIA|ASIA)[0-9A-Z]{16}(?![A-Za-z0-9])/ },
  { name: "a GitHub token", pattern: /(?<![A-Za-z0-9])(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{10,255}/ },
  { name: "a GitHub fine-grained token", pattern: /(?<![A-Za-z0-9])github_pat_[A-Za-z0-9_]{10,255}/ },
  { name: "a GitLab token", pattern: /(?<![A-Za-z0-9])glpat-[A-Za-z0-9_-]{10,255}/ },
  { name: "a Slack token", pattern: /(?<![A-Za-z0-9])xox[abpr]-[A-Za-z0-9-]{8,255}/ },
  { name: "a Stripe live key", pattern: /(?<![A-Za-z0-9])[sr]k_live_[A-Za-z0-9]{8,255}/ },
  { name: "an OpenAI key", pattern: /(?<![A-Za-z0-9])sk-proj-[A-Za-z0-9_-]{8,255}/ },
  { name: "an Anthropic key", pattern: /(?<![A-Za-z0-9])sk-ant-[A-Za-z0-9_-]{8,255}/ },
  { name: "an npm token", pattern: /(?<![A-Za-z0-9])npm_[A-Za-z0-9]{30,255}/ },
  { name: "a Docker Hub token", pattern: /(?<![A-Za-z0-9])dckr_pat_[A-Za-z0-9_-]{8,255}/ },
  { name: "a Vault token", pattern: /(?<![A-Za-z0-9])hvs\.[A-Za-z0-9_-]{10,255}/ },
  { name: "a Google API key", pattern: /(?<![A-Za-z0-9])AIza[0-9A-Za-z_-]{20,255}/ },
  { name: "a private key", pattern: /-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY( BLOCK)?-----/ },
  { name: "an AWS secret access key", pattern: /aws_secret_access_key["']?\s{0,5}[=:\s]\s{0,5}["']?[A-Za-z0-9/+=]{40}(?![A-Za-z0-9/+=])/i },
  { name: "an AWS session token", pattern: /AWS_SESSION_TOKEN=["']?(?![$"'`\s;&|)]|$)/ }
];
function isLiteral(value) {
  if (value === void 0) return false;
  const v = value.replace(/^["']+/, "");
  if (v === "" || /^[$`<]/.test(v) || /^["']*$/.test(v)) return false;
  if (/^\*+$/.test(v) || /^-/.test(v)) return false;
  if (/^@[\w./~-]/.test(v) || /^(file|fileb):\/\//.test(v)) return false;
  return true;
}
var W = `[^\\n|;&]{0,300}?`;
var CREDENTIAL_KEY = /password|passwd|pwd|secret|token|key|credential|auth|api|private|cert/i;
var HELM_CREDENTIAL = /(password|passwd|pwd|secret|token|api[_-]?key|credentials?|private[_-]?key|auth[_-]?key)$/i;
var SLOTS = [
  {
    name: "a MySQL password (-p)",
    pattern: new RegExp(`\\b(?:mysql|mysqldump|mysqladmin|mariadb|mariadb-dump|mysqlimport|mysqlshow)\\b${W}\\s-p(?=[^\\s=])(\\S{1,300})`)
  },
  { name: "a MySQL password (--password)", pattern: new RegExp(`\\b(?:mysql|mysqldump|mysqladmin|mariadb)\\b${W}\\s-p=(\\S{1,300})`) },
  { name: "a redis-cli password (-a)", pattern: new RegExp(`\\bredis-cli\\b${W}\\s-a\\s{0,5}(\\S{1,300})`) },
  { name: "a password flag (--password)", pattern: /--password(?:=|\s{1,5})(\S{1,300})/ },
  {
    name: "a credential flag (--\u2026password / --\u2026token / --client-secret)",
    pattern: /(?<![\w-])--[a-z0-9-]{0,40}(?:password|passwd|passphrase|token|api-key|apikey|client-secret|secret-key|secret-access-key)(?:=|\s{1,5})(\S{1,300})/i,
    when: (m) => !/^["']?(true|false|yes|no|none|null|0|1)["']?$/i.test(m[1])
  },
  {
    name: "an AWS secret given to aws configure",
    pattern: /\baws\s{1,5}configure\s{1,5}set\s{1,5}(?:aws_secret_access_key|aws_session_token)\s{1,5}(\S{1,300})/
  },
  {
    name: "a login password (-p)",
    pattern: new RegExp(`\\b(?:docker|podman|nerdctl|buildah|skopeo|helm|az|oras|crane)\\s${W}\\blogin\\b${W}\\s-p\\s{0,5}(\\S{1,300})`)
  },
  { name: "an sshpass password", pattern: new RegExp(`\\bsshpass\\b${W}\\s-p\\s{0,5}(\\S{1,300})`) },
  {
    name: "curl credentials (-u user:pass)",
    pattern: new RegExp(`\\bcurl\\b${W}\\s(?:-u|--user)(?:\\s{1,5}|=)?["']?[^\\s"':]{0,100}:([^\\s"']{1,300})`)
  },
  // the key says whether the value is a credential (`username=admin` is not); quoted values count
  {
    name: "a --from-literal secret value",
    pattern: /--from-literal(?:=|\s{1,5})["']?([^=\s"']{1,200})=["']?([^\s"']{1,300})/,
    group: 2,
    when: (m) => CREDENTIAL_KEY.test(m[1]) && !SECRET_REFERENCE.test(m[1])
  },
  { name: "a literal Authorization header", pattern: /Authorization:\s{0,5}(?:Bearer|token|Basic)\s{1,5}([^\s"']{8,300})/i },
  {
    name: "a literal API key header",
    pattern: /(?<![\w-])(?:X-API-Key|Api-Key|X-Auth-Token|X-Vault-Token|PRIVATE-TOKEN|X-Access-Token|X-Api-Token|Authorization)\s{0,5}:\s{0,5}(?:(?:Bearer|token|Basic|Token)\s{1,5})?(?!(?:Bearer|token|Basic)\b)([^\s"']{6,300})/i
  },
  // a here-string feeding --password-stdin is the password, written out
  { name: "a literal password fed to --password-stdin", pattern: new RegExp(`--password-stdin${W}<<<\\s{0,5}(["']?[^\\s;&|]{1,300})`) },
  {
    name: "a literal password piped to --password-stdin",
    pattern: /\b(?:echo|printf)\s{1,5}(?:-n\s{1,5})?(["']?[^\s"'|;&%]{1,300})["']?\s{0,5}\|[^|;&\n]{0,200}--password-stdin/
  },
  {
    name: "a literal secret string (--secret-string)",
    pattern: /--secret-(?:string|binary)(?:=|\s{1,5})(\S{1,300})/
  },
  { name: "a redis-cli password (--pass)", pattern: new RegExp(`\\bredis-cli\\b${W}\\s--pass(?:=|\\s{1,5})(\\S{1,300})`) },
  { name: "an openssl pass: argument", pattern: /(?<![\w-])-pass(?:in|out)?\s{1,5}["']?pass:([^\s"']{1,300})/ },
  {
    name: "a gh secret given with --body",
    pattern: new RegExp(`\\bgh\\s{1,5}secret\\s{1,5}set\\b${W}\\s(?:--body(?:=|\\s{1,5})|-b\\s{0,5})(\\S{1,300})`)
  },
  {
    name: "a SecureString parameter value",
    pattern: new RegExp(`\\bput-parameter\\b${W}\\s--value(?:=|\\s{1,5})(\\S{1,300})`),
    when: (m) => /SecureString/.test(m[0]) || /SecureString/.test(m.input.slice(m.index, m.index + 800).split(/[|;&\n]/)[0])
  },
  {
    name: "a password in -var",
    pattern: /-var(?:=|\s{1,5})["']?[A-Za-z0-9_.-]{0,100}(?:password|passwd|secret|token|api_key)[A-Za-z0-9_.-]{0,100}\s{0,3}=\s{0,3}["']?([^\s"']{1,300})/i
  }
];
var SECRET_NAME = /(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|AUTHTOKEN|_authToken|ACCESS_KEY|PRIVATE_KEY)/i;
var SECRET_SLOT_NAMES = /^(MYSQL_PWD|PGPASSWORD|REDISCLI_AUTH|PGPASS|MONGO_PWD|RABBITMQ_DEFAULT_PASS|MINIO_ROOT_PASSWORD|ADMIN_PASS|DB_PASS)$/;
var SECRET_OBJECT_NAME = /^existing|(?:Secret|Token)(?:Name|Ref|Scopes?)$|SecretKeyRef$/i;
var SECRET_REFERENCE = /(_FILE|_PATH|_NAME|_ID|_ENV|_ARN|_REF|_KEY_ID|_TYPE|_DIR|_COUNT|_LENGTH|_TTL|_EXPIRY|_HEADER|_PREFIX|_URL|_URI|_ENDPOINT|_HOST|_PORT|_TIMEOUT|_SIZE|_LIMIT|_MODE|_ENABLED|_VERSION|_REGION|_PROVIDER|_SOURCE|_STORE|_MANAGER|_BACKEND|_ROTATION|_POLICY|_LIFETIME|_AGE|_DURATION|_INTERVAL|_LEN|_BITS|_BYTES|_RETRIES|_ATTEMPTS|_EXPIRES_IN|_EXPIRATION|_SECONDS|_MINUTES|_HOURS|_DAYS|_MS|_SCOPES?|_AUDIENCE|_ISSUER|_USER|_USERNAME|_LABEL|_FORMAT|_ALGORITHM|_KIND|_FIELD|_HASH_ALGORITHM|_TTL_SECONDS|_REGEX|_PATTERN|_CHARS|_OWNER|_DESCRIPTION|_NAMES|_IDS|_KEYS|_EXPIRES|_REFRESH_INTERVAL|_ROLE|_GROUP|_POLICIES|_PERIOD|_NUM_USES|_CIDRS)$/i;
function assignmentSecret(raw) {
  const re = /(?:^|[\s;&|(`{'".,])(?:export\s{1,5}|declare\s{1,5}(?:-x\s{1,5})?|local\s{1,5})?((?:\/\/[^\s=]{1,200}:)?[A-Za-z_][A-Za-z0-9_]{0,100})=(["']?)([^\s"';&|]{0,300})/g;
  let m;
  let guard = 0;
  while ((m = re.exec(raw)) && guard++ < 1e4) {
    const name = m[1];
    const bare = name.replace(/^\/\/[^:]*:/, "");
    const slot = SECRET_SLOT_NAMES.test(bare);
    if (!slot && (!SECRET_NAME.test(bare) || SECRET_REFERENCE.test(bare) || SECRET_OBJECT_NAME.test(bare))) continue;
    if (!slot && /TOKEN/i.test(bare) && !/(^|_)(AUTH)?TOKEN($|_)|authToken|TOKEN$/i.test(bare)) continue;
    const value = m[3];
    if (!isLiteral(value)) continue;
    if (/^(true|false|null|none|yes|no)$/i.test(value)) continue;
    if (/[([{]/.test(value) || /^(os\.|process\.env|~?\/|\.\/)/.test(value)) continue;
    return `${bare}=\u2026`;
  }
  return void 0;
}
function urlPassword(raw) {
  const userinfo = /^[^\s/:@'"]{0,200}:([^\s/@'"]{1,300})@/;
  for (let at = raw.indexOf("://"); at !== -1; at = raw.indexOf("://", at + 3)) {
    const m = userinfo.exec(raw.slice(at + 3, at + 3 + 520));
    if (m && isLiteral(m[1])) return true;
  }
  return false;
}
function helmSetSecret(raw) {
  if (!raw.includes("--set")) return false;
  const re = /--set(?:-string)?(?:=|\s{1,5})(["']?)([^\s"']{1,2000})/g;
  let m;
  let guard = 0;
  while ((m = re.exec(raw)) && guard++ < 1e4) {
    for (const pair of m[2].split(",")) {
      const eq = pair.indexOf("=");
      if (eq <= 0) continue;
      const key = pair.slice(0, eq).split(".").pop() ?? "";
      if (HELM_CREDENTIAL.test(key) && !SECRET_OBJECT_NAME.test(key) && isLiteral(pair.slice(eq + 1))) return true;
    }
  }
  return false;
}
function words(segment) {
  const out = [];
  const re = /(?:"(?:[^"\\]|\\.){0,300}"|'[^']{0,300}'|[^\s"']){1,300}/g;
  let m;
  let guard = 0;
  while ((m = re.exec(segment)) && guard++ < 200) out.push(m[0].replace(/"((?:[^"\\]|\\.)*)"|'([^']*)'/g, "$1$2"));
  return out;
}
function segmentsOf(raw, program) {
  const found = [];
  const re = new RegExp(program.source, "g");
  let m;
  let guard = 0;
  while ((m = re.exec(raw)) && guard++ < 1e3) found.push(raw.slice(m.index, m.index + 1e3).split(/[;&|\n]/)[0]);
  return found;
}
function htpasswdSecret(raw) {
  for (const seg of segmentsOf(raw, /\bhtpasswd\s/)) {
    const w = words(seg).slice(1);
    const flags = w.filter((x) => /^-[a-zA-Z]+$/.test(x)).join("");
    if (!flags.includes("b")) continue;
    const positional = w.filter((x, i) => !x.startsWith("-") && !/^-C$/.test(w[i - 1] ?? ""));
    const pass = positional[flags.includes("n") ? 1 : 2];
    if (isLiteral(pass)) return true;
  }
  return false;
}
function pulumiSecret(raw) {
  for (const seg of segmentsOf(raw, /\bpulumi\s/)) {
    const w = words(seg);
    const at = w.findIndex((x, i) => x === "set" && w[i - 1] === "config");
    if (at === -1 || !w.includes("--secret")) continue;
    const positional = [];
    for (let i = at + 1; i < w.length; i++) {
      if (/^(-s|--stack|-C|--cwd|--config-file)$/.test(w[i])) i++;
      else if (!w[i].startsWith("-")) positional.push(w[i]);
    }
    if (isLiteral(positional[1])) return true;
  }
  return false;
}
function vaultSecret(raw) {
  for (const seg of segmentsOf(raw, /\bvault\s/)) {
    const w = words(seg);
    const kv = w.some((x, i) => x === "kv" && /^(put|patch)$/.test(w[i + 1] ?? ""));
    if (!kv && !w.includes("write")) continue;
    for (const pair of w) {
      const m = /^([A-Za-z0-9_.-]{1,100})=(.*)$/.exec(pair);
      if (!m || m[1].startsWith("-")) continue;
      const key = m[1];
      const credential = (CREDENTIAL_KEY.test(key) || kv && /^(value|pass|data)$/i.test(key)) && !SECRET_REFERENCE.test(key);
      if (credential && isLiteral(m[2]) && !/^(true|false)$/i.test(m[2])) return true;
    }
  }
  return false;
}
function secretManifest(text) {
  const raw = text.includes("\\n") ? text.replace(/\\n/g, "\n") : text;
  if (!/\b(?:kubectl|oc)\b[^\n]{0,300}\b(?:apply|create)\b/.test(raw)) return false;
  if (!/kind["']?\s{0,5}:\s{0,5}["']?Secret\b/.test(raw)) return false;
  const yaml = /^([ \t]*)(?:stringData|data):[ \t]*\n((?:\1[ \t]+[^\n]*\n?){1,200})/gm;
  let m;
  let guard = 0;
  while ((m = yaml.exec(raw)) && guard++ < 100) {
    for (const line of m[2].split("\n")) {
      const kv = /^\s+[\w.-]{1,100}\s{0,5}:\s{0,5}(\S.*)$/.exec(line);
      if (kv && isLiteral(kv[1].trim()) && !/^[|>]-?$/.test(kv[1].trim()) && !/\{\{/.test(kv[1])) return true;
    }
  }
  return /"(?:stringData|data)"\s{0,5}:\s{0,5}\{[^}]{0,2000}?"[\w.-]{1,100}"\s{0,5}:\s{0,5}"(?![$"])/.test(raw);
}
var globalSlots;
function findSecret(text) {
  const raw = text.replace(/\\\r?\n/g, " ");
  for (const shape of TOKEN_SHAPES) if (shape.pattern.test(raw)) return shape.name;
  if (urlPassword(raw)) return "a password in a URL (user:pass@)";
  globalSlots ??= SLOTS.map((slot) => ({
    slot,
    re: new RegExp(slot.pattern.source, slot.pattern.flags.includes("g") ? slot.pattern.flags : `${slot.pattern.flags}g`)
  }));
  for (const { slot, re } of globalSlots) {
    re.lastIndex = 0;
    let m;
    let guard = 0;
    while ((m = re.exec(raw)) && guard++ < 1e4) {
      if (m[0].length === 0) re.lastIndex++;
      if (slot.when && !slot.when(m)) continue;
      if (isLiteral(m[slot.group ?? 1])) return slot.name;
    }
  }
  if (helmSetSecret(raw)) return "a credential given to helm --set";
  if (htpasswdSecret(raw)) return "a password given to htpasswd -b";
  if (pulumiSecret(raw)) return "a value given to pulumi config set --secret";
  if (vaultSecret(raw)) return "a credential written to vault as a literal";
  if (secretManifest(raw)) return "a Secret manifest with literal data";
  const assigned = assignmentSecret(raw);
  if (assigned) return `a secret assigned as a literal (${assigned})`;
  return void 0;
}
var secretInCommand = (ctx) => {
  const found = findSecret(ctx.raw);
  if (!found) return [];
  return [
    {
      id: "secret-in-command",
      decision: "deny",
      reason: `secret-in-command: blocked: the command contains ${found} as a literal. Secrets on a command line end up in shell history, process lists, logs and transcripts, and no approval lifts this rule. Pass it by reference instead: an environment variable set outside the command (\`$TOKEN\`), \`--password-stdin\`, \`--from-file\`, \`-var-file\`, or a secret manager (\`$(vault kv get -field=\u2026 \u2026)\`). If this key is real, treat it as leaked and rotate it.`
    }
  ];
};

// src/guard/rules/session-env.ts
var NAMES = "EXECGUARD_HOME|EXECGUARD_SESSION_ID|CLAUDE_PLUGIN_DATA|CLAUDECODE|CLAUDE_CODE_SESSION_ID";
var NAME = new RegExp(`^(${NAMES})$`);
var DECLARE = /* @__PURE__ */ new Set(["export", "declare", "typeset", "local", "readonly"]);
var BARE = new RegExp(`(^|[;&|\\n({'"]\\s*|\\b(then|do|else)\\s+)(${NAMES})\\+?=`, "m");
var ENV_UNSET = new RegExp(`(^|\\s)(-u\\s*|--unset[=\\s]\\s*)['"]?(${NAMES})\\b`, "m");
var ENV_CLEAR = /(^|[\s;&|(])env\s+(-[a-zA-Z]*i\b|--ignore-environment\b|-\s)/m;
var IN_PROGRAM = [
  new RegExp(`(environ|process\\.env|\\$ENV|\\bENV)\\s*(\\.|\\[\\s*['"]?|\\{\\s*['"]?)(?<name>${NAMES})\\b`),
  new RegExp(`\\b(putenv|setenv|unsetenv|environ\\.pop|environ\\.update|environ\\.setdefault)\\b[^\\n]*\\b(?<name>${NAMES})\\b`)
];
function clearsEnvironment(cmd) {
  if (cmd.via.some((v) => v.startsWith("env -i"))) return true;
  return cmd.argv[0] === "env" && envOptions(cmd.argv.map((text) => ({ text, dynamic: false }))).clears;
}
function change(ctx) {
  for (const cmd of ctx.analysis.commands) {
    const assigned = Object.keys(cmd.assignments).find((k) => NAME.test(k));
    if (assigned) return { name: assigned, how: "sets" };
    const [program = "", ...args] = cmd.argv;
    const named = args.map((a) => a.split("=")[0]).find((a) => NAME.test(a));
    if (named && DECLARE.has(program)) return { name: named, how: "exports or declares" };
    if (named && program === "unset") return { name: named, how: "unsets" };
  }
  const bare = BARE.exec(ctx.raw);
  if (bare) return { name: bare[3], how: "sets" };
  if (ctx.analysis.commands.some((c) => c.via.some((v) => v.startsWith("env")) || c.argv[0] === "env")) {
    const unset = ENV_UNSET.exec(ctx.raw);
    if (unset) return { name: unset[3], how: "unsets (env -u)" };
    if (ENV_CLEAR.test(ctx.raw) || ctx.analysis.commands.some(clearsEnvironment)) {
      return { name: "the whole environment (env -i)", how: "clears" };
    }
  }
  if (runsInterpreter(ctx.analysis.commands)) {
    for (const re of IN_PROGRAM) {
      const match = re.exec(ctx.raw);
      if (!match) continue;
      const name = match.groups?.name;
      if (name) return { name, how: "changes" };
    }
  }
  return void 0;
}
var sessionEnv = (ctx) => {
  if (!ctx.agentSession) return [];
  const found = change(ctx);
  if (!found) return [];
  return [
    {
      id: "session-env",
      decision: "deny",
      reason: `session-env: blocked: the command ${found.how} ${found.name}. In an agent session these variables tell execguard where its grants and keys are and which session it serves; an agent may not change them. Run the command without touching them.`
    }
  ];
};

// src/guard/rules/terraform-destroy.ts
var terraformDestroy = (ctx) => {
  const hits = [];
  const commands = ctx.analysis.commands;
  commands.forEach((cmd, index) => {
    for (const effect of effectsOf(cmd, commands.slice(0, index))) {
      if (effect.kind !== "destroy") continue;
      const approval = ctx.approval;
      const conflict = environmentConflict(cmd, index, commands, approval, ctx.policy);
      if (approval?.affirmed && approval.destroy && conflict.length === 0) continue;
      let reason = `terraform-destroy: blocked \`${effect.act}\` (\`${cmd.text.slice(0, 200)}\`). It destroys infrastructure, and `;
      if (approval?.affirmed && approval.destroy) {
        reason += `the approval covers ${approval.environments.join("/")} while this command targets ${conflict.join("/")}. Do not run it against another environment; ask the user to approve the destroy for ${conflict.join("/")} explicitly.`;
      } else {
        reason += "no approval explicitly authorizes destruction (a generic approval does not). " + (effect.preview ? `Run \`${effect.preview}\` to show what would be destroyed, present it` : "Present what would be destroyed") + ' to the user, end with `PLAN_STATUS: PENDING_APPROVAL`, and wait for an approval that says "destroy" or "tear down".';
      }
      hits.push({ id: "terraform-destroy", decision: "deny", reason });
    }
  });
  return hits;
};

// src/guard/rules/unreadable.ts
var SENSITIVE = /* @__PURE__ */ new Set([
  "terraform",
  "tofu",
  "terragrunt",
  "tf",
  "kubectl",
  "k",
  "oc",
  "helm",
  "flux",
  "git",
  "gh",
  "kubectx",
  "kubens",
  ...SHELLS,
  ...SOURCE_BUILTINS,
  "busybox",
  "eval",
  "exec",
  "python",
  "python3",
  "node",
  "perl",
  "ruby",
  "php",
  "lua",
  "awk",
  "base64",
  "xxd",
  "xargs",
  "parallel",
  "sudo",
  "env",
  "ssh",
  "docker",
  "podman",
  "aws",
  "gcloud",
  "az",
  "npm",
  "pulumi",
  "argocd",
  "vault",
  "destroy",
  "delete",
  "apply",
  "push",
  "uninstall",
  "publish",
  "deploy",
  "rm",
  "reconcile",
  "merge",
  "rollout",
  "scale",
  "drain",
  "import",
  "taint",
  "state",
  "replace"
]);
var ALWAYS = /* @__PURE__ */ new Set([
  "hidden-subcommand",
  "hidden-script",
  "written-script",
  "dynamic-program",
  "dynamic-env",
  "injected-code"
]);
var GUARDED = /* @__PURE__ */ new Set([
  "terraform",
  "tofu",
  "terragrunt",
  "kubectl",
  "oc",
  "helm",
  "flux",
  "git",
  "gh",
  "glab",
  "pulumi",
  "cdk",
  "cdktf",
  "aws",
  "gcloud",
  "gsutil",
  "az",
  "eksctl",
  "doctl",
  "argocd",
  "vault",
  "sam",
  "serverless",
  "sls",
  "helmfile",
  "ansible",
  "ansible-playbook",
  "kubectx",
  "kubens",
  "execguard"
]);
function injectedIntoGuarded(commands) {
  return commands.find(
    (cmd) => cmd.injected !== void 0 && // Stryker disable next-line ConditionalExpression,EqualityOperator: the analysis sets `injected` only when it holds something
    cmd.injected.length > 0 && (GUARDED.has(cmd.argv[0] ?? "") || cmd.argv.slice(0, 3).some((a) => /(^|\/)execguard([./-]|$)/.test(a)))
  );
}
function sensitive(commands, unreadable2) {
  if (unreadable2.some((u) => ALWAYS.has(u.kind))) return true;
  for (const cmd of commands) if (cmd.argv.some((word) => SENSITIVE.has(word.toLowerCase()))) return true;
  for (const u of unreadable2) {
    for (const word of u.command.split(/[^\w.-]+/)) if (SENSITIVE.has(word.toLowerCase())) return true;
  }
  return false;
}
var shown = (unreadable2) => unreadable2.slice(0, 3).map((u) => u.detail).join("; ");
var unreadable = (ctx) => {
  const { analysis, policy } = ctx;
  if (analysis.boundHit) {
    return [
      {
        id: "unreadable",
        decision: "deny",
        reason: `unreadable: blocked: the command is too large or too deeply nested to analyse (${shown(analysis.unreadable) || "a resource bound was hit"}). Split it into smaller commands, or write the script to a file and show it to the user before running it.`
      }
    ];
  }
  const guarded = injectedIntoGuarded(analysis.commands);
  if (guarded) {
    return [
      {
        id: "unreadable",
        decision: "deny",
        // Stryker disable next-line ArrayDeclaration: a guarded command always has `injected` (injectedIntoGuarded checks it)
        reason: `unreadable: blocked \`${guarded.text.slice(0, 200)}\`: \`${guarded.argv[0]}\` would run with ${(guarded.injected ?? []).join(", ")}, which loads code the guard cannot see in front of a tool it guards. Run the tool without that variable; if a module or library is needed, show it to the user first.`
      }
    ];
  }
  if (analysis.unreadable.length === 0 || !sensitive(analysis.commands, analysis.unreadable)) return [];
  const decision = policy.mode === "strict" ? "deny" : "ask";
  return [
    {
      id: "unreadable",
      decision,
      reason: `unreadable: the guard could not read all of this command (${shown(analysis.unreadable)}), and it contains something a rule is about. ${decision === "deny" ? "Blocked (strict mode)." : "A human must confirm it."} Write it without dynamic or hidden parts (literal program names and arguments, no eval of computed strings) so it can be checked.`
    }
  ];
};

// src/guard/rules/unsandboxed-request.ts
var PLAIN = /^\s*(\/[A-Za-z0-9._/+-]+)\s+(execute|resume|rollback)\s+([A-Za-z0-9._/+-]+)\s*$/;
var deny = (why, instead) => [
  {
    id: "unsandboxed-request",
    decision: "deny",
    reason: `unsandboxed-request: blocked a request to run outside the sandbox (dangerouslyDisableSandbox): ${why}. In contained mode only an approved execguard run leaves the sandbox; ${instead}`
  }
];
var unsandboxedRequest = (ctx) => {
  const request = ctx.unsandboxed;
  if (!request) return [];
  const exact = request.executors[0] ? `\`${request.executors[0]} execute PLAN.yaml\`` : "the executor by its absolute path";
  const rerun = "run it again without dangerouslyDisableSandbox.";
  const match = PLAIN.exec(ctx.raw);
  const cmd = ctx.analysis.commands[0];
  if (!match || !cmd || cmd.presumedBy || cmd.redirects.length || Object.keys(cmd.assignments).length || cmd.via.length)
    return deny(
      "only one plain executor command may (execute PLAN, resume RUN_ID or rollback RUN_ID, nothing chained, redirected or expanded)",
      `for anything else ${rerun}`
    );
  const [, program, sub, arg] = match;
  if (!request.executors.includes(program))
    return deny(
      `\`${program}\` is not the execguard executor this session trusts`,
      `after the user approves, run ${exact} with dangerouslyDisableSandbox; otherwise ${rerun}`
    );
  if (!request.granted)
    return deny(
      "there is no active approval from the user",
      "present the plan (execguard plan), end with PLAN_STATUS: PENDING_APPROVAL and wait for the user."
    );
  if (request.approvedDigests.length === 0)
    return deny(
      "the approval is not bound to a plan digest",
      "present the `execguard plan` output (its Plan digest line) and ask the user to approve that plan."
    );
  const digest = request.digestOf(sub, arg);
  if (!digest || !request.approvedDigests.includes(digest))
    return deny(
      digest ? `${sub} ${arg} would run the plan ${digest.slice(0, 19)}\u2026, not one the user approved` : `no \`execguard plan\` digest is recorded for ${arg}`,
      "run `execguard plan` on it (inside the sandbox), present the digest and ask the user to approve it."
    );
  return [];
};

// src/guard/rules/index.ts
var RULES = [
  { id: "secret-in-command", rule: secretInCommand },
  { id: "commit-convention", rule: commitConvention },
  { id: "terraform-destroy", rule: terraformDestroy },
  { id: "kubectl-delete-prod", rule: kubectlDeleteProd },
  { id: "irreversible-delete", rule: irreversibleDelete },
  { id: "git-force-push", rule: gitForcePush },
  { id: "forge-force-push", rule: forgeForcePush },
  // Only act when decide() gives them their context (protected paths, an agent session).
  { id: "protected-path", rule: protectedPath },
  { id: "unsandboxed-request", rule: unsandboxedRequest },
  { id: "approval-flag", rule: approvalFlagRule },
  { id: "session-env", rule: sessionEnv },
  { id: "approval-gate", rule: approvalGate },
  { id: "unreadable", rule: unreadable }
];
var INTERNAL_ERROR = "internal-error";
var RULE_ORDER = [...RULES.map((r) => r.id), INTERNAL_ERROR];

// src/guard/evaluate.ts
var SEVERITY = { allow: 0, ask: 1, deny: 2 };
function combine(hits, tier, grantUsed) {
  const order = (id) => RULE_ORDER.indexOf(id);
  const sorted = [...hits].sort((a, b) => order(a.id) - order(b.id));
  let decision = "allow";
  for (const h of sorted) if (SEVERITY[h.decision] > SEVERITY[decision]) decision = h.decision;
  const rules = [];
  for (const h of sorted) if (!rules.some((r) => r.id === h.id)) rules.push({ id: h.id, reason: h.reason });
  const first = sorted.find((h) => h.decision === decision);
  const result = { decision, tier, rules, reason: first?.reason ?? "" };
  if (grantUsed) result.grantId = grantUsed;
  return result;
}
function presumedIn(hits, analysis) {
  const presumed = analysis.commands.filter((c) => c.presumedBy !== void 0 && c.text.trim() !== "");
  if (presumed.length === 0) return;
  for (const hit of hits) {
    const cmd = presumed.find((c) => hit.reason.includes(c.text.slice(0, 200)));
    if (!cmd) continue;
    const prefix = `${hit.id}: `;
    const note = `presumed: ${cmd.presumedBy} may run it (\`${cmd.text.slice(0, 120)}\` is in its arguments, and the guard cannot tell that it treats it as data). `;
    hit.reason = hit.reason.startsWith(prefix) ? prefix + note + hit.reason.slice(prefix.length) : note + hit.reason;
  }
}
async function evaluate(raw, options = {}) {
  try {
    const text = typeof raw === "string" ? raw : String(raw);
    const policy = options.policy ?? DEFAULT_POLICY;
    const approval = options.approval ?? null;
    const analysis = await analyze(text, { aliases: policy.aliases });
    const ctx = {
      raw: text,
      analysis,
      approval,
      policy,
      currentKubeContext: options.currentKubeContext,
      ...await options.extend?.(analysis)
    };
    const hits = [];
    for (const { rule } of RULES) hits.push(...await rule(ctx));
    presumedIn(hits, analysis);
    let tier = "T0";
    for (const cmd of ctx.analysis.commands) tier = maxTier(tier, tierOf(cmd, policy));
    const grantUsed = options.grantId && approval?.affirmed && tier === "T3" ? options.grantId : void 0;
    return combine(hits, tier, grantUsed);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      decision: "deny",
      tier: "T3",
      rules: [
        {
          id: "internal-error",
          reason: `internal-error: the guard failed while checking this command (${message}); it is blocked rather than let through unchecked. Retry, or report the error.`
        }
      ],
      reason: `internal-error: the guard failed while checking this command (${message}); it is blocked rather than let through unchecked. Retry, or report the error.`
    };
  }
}

export {
  evaluate
};
