import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  protectionOf,
  readJson
} from "./chunk-4J7LPDGA.mjs";
import {
  loadPolicy
} from "./chunk-K3VR3IEB.mjs";
import {
  pluginRootOf
} from "./chunk-B5I6L5BX.mjs";
import "./chunk-AZF5T37V.mjs";
import {
  parseArgs
} from "./chunk-2AH2R7BX.mjs";
import "./chunk-VL7M2WAP.mjs";
import "./chunk-4YJ4M3UI.mjs";
import "./chunk-H5RYQ4RP.mjs";
import "./chunk-GLDXOGL5.mjs";

// src/cli/commands/doctor.ts
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { join, resolve } from "node:path";
var USAGE = `Usage: execguard doctor [--json] [--project DIR]

Checks that Claude Code on this machine runs execguard's hooks, and which protection is in force
for the project (DIR, default: the current folder): the guard alone, Claude Code's sandbox, or
contained (the sandbox also denies the executor-only credential paths).
Exit 0 when a working execguard hook was found, 1 when sessions would run unguarded.
`;
function findInstalls(env, projectDir) {
  const config = env.CLAUDE_CONFIG_DIR || join(env.HOME || homedir(), ".claude");
  const enabled = {};
  for (const file of [
    join(config, "settings.json"),
    join(projectDir, ".claude", "settings.json"),
    join(projectDir, ".claude", "settings.local.json")
  ])
    Object.assign(enabled, readJson(file)?.enabledPlugins ?? {});
  const known = readJson(join(config, "plugins", "known_marketplaces.json")) ?? {};
  const installed = readJson(join(config, "plugins", "installed_plugins.json"))?.plugins ?? {};
  const out = [];
  for (const [id, entries] of Object.entries(installed)) {
    if (!id.startsWith("execguard@") || !Array.isArray(entries)) continue;
    const marketplace = id.slice("execguard@".length);
    const mkt = known[marketplace];
    for (const entry of entries) {
      if (mkt?.source?.source === "directory" && mkt.source.path) {
        const listed = readJson(join(mkt.source.path, ".claude-plugin", "marketplace.json"));
        const plugin = listed?.plugins?.find((p) => p.name === "execguard");
        const rel = typeof plugin?.source === "string" ? plugin.source : ".";
        out.push({
          id,
          root: resolve(mkt.source.path, rel),
          source: `directory marketplace ${marketplace} (${mkt.source.path})`,
          enabled: enabled[id] === true
        });
      } else if (entry.installPath) {
        out.push({ id, root: entry.installPath, source: `installed copy (${entry.installPath})`, enabled: enabled[id] === true });
      }
    }
  }
  if (env.CLAUDE_PLUGIN_ROOT && !out.some((p) => p.root === env.CLAUDE_PLUGIN_ROOT))
    out.push({ id: "execguard (this session)", root: env.CLAUDE_PLUGIN_ROOT, source: "CLAUDE_PLUGIN_ROOT", enabled: true });
  return out;
}
function hookAnswers(root, env, projectDir) {
  const hooksFile = join(root, "hooks", "hooks.json");
  const hooks = readJson(hooksFile);
  const bash = hooks?.hooks?.PreToolUse?.find((e) => e.matcher === "Bash")?.hooks?.[0];
  if (!bash?.args)
    return { name: "hook", ok: false, detail: `${hooksFile} registers no PreToolUse hook for Bash`, fix: "reinstall the plugin" };
  const args = bash.args.map((a) => a.replaceAll("${CLAUDE_PLUGIN_ROOT}", root));
  const scratch = mkdtempSync(join(tmpdir(), "execguard-doctor-"));
  try {
    const run2 = spawnSync(process.execPath, args, {
      input: JSON.stringify({
        hook_event_name: "PreToolUse",
        session_id: "execguard-doctor",
        cwd: projectDir,
        tool_name: "Bash",
        tool_input: { command: "terraform destroy -auto-approve" }
      }),
      encoding: "utf8",
      timeout: 3e4,
      env: { ...env, CLAUDE_PLUGIN_ROOT: root, EXECGUARD_HOME: scratch, EXECGUARD_HOOK_HELPER: "0", CLAUDE_PROJECT_DIR: projectDir }
    });
    const decision = (() => {
      try {
        return JSON.parse(run2.stdout).hookSpecificOutput?.permissionDecision;
      } catch {
        return void 0;
      }
    })();
    if (decision === "deny")
      return {
        name: "hook",
        ok: true,
        detail: `the PreToolUse hook runs and denies \`terraform destroy -auto-approve\`${bash.onFailure === "block" ? "; a hook that fails blocks (onFailure: block)" : ""}`
      };
    return {
      name: "hook",
      ok: false,
      detail: `the PreToolUse hook did not deny a destroy (exit ${run2.status ?? run2.signal}, ${(run2.stderr || run2.stdout).trim().split("\n")[0] ?? "no output"})`,
      fix: "reinstall the plugin (claude plugin install execguard@<marketplace>), or rebuild it (npm run build) for a development checkout"
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
async function run(argv, io) {
  const { flags } = parseArgs(argv, { valued: ["project"], boolean: ["json"] });
  if (flags.help) {
    io.stdout(USAGE);
    return 0;
  }
  const env = io.env;
  const projectDir = resolve(io.cwd, typeof flags.project === "string" ? flags.project : env.CLAUDE_PROJECT_DIR || io.cwd);
  const checks = [];
  const installs = findInstalls(env, projectDir);
  let guarded = false;
  if (installs.length === 0) {
    const own = pluginRootOf(env);
    checks.push({
      name: "plugin",
      ok: false,
      detail: "Claude Code has no execguard plugin installed for this user or project",
      fix: `claude plugin marketplace add <execguard repository> && claude plugin install execguard@execguard-marketplace${own ? ` (or, for development, claude --plugin-dir ${own})` : ""}`
    });
  }
  for (const install of installs) {
    const where = `${install.id} from ${install.source}`;
    if (!existsSync(join(install.root, "hooks", "hooks.json"))) {
      checks.push({
        name: "plugin",
        ok: false,
        detail: `${where}: the plugin folder ${install.root} is gone or incomplete, so Claude Code loads no execguard hooks`,
        fix: `put the clone back at its path, or reinstall: claude plugin uninstall ${install.id} && claude plugin install ${install.id}`
      });
      continue;
    }
    checks.push({
      name: "plugin",
      ok: install.enabled,
      detail: `${where}: ${install.enabled ? "enabled" : "installed but not enabled"}`,
      ...install.enabled ? {} : { fix: `claude plugin enable ${install.id}` }
    });
    const hook = hookAnswers(install.root, env, projectDir);
    checks.push(hook);
    if (hook.ok && install.enabled) guarded = true;
  }
  let contained;
  try {
    contained = (await loadPolicy(projectDir)).contained;
  } catch (error) {
    checks.push({
      name: "policy",
      ok: false,
      detail: `${error.message}: every Bash command is denied until it is fixed`,
      fix: "fix .execguard.yaml"
    });
  }
  const protection = protectionOf({ projectDir, env, probe: true, ...contained ? { contained } : {} });
  checks.push({
    name: "protection",
    ok: guarded && protection.level !== "guard-alone",
    detail: protection.line,
    ...protection.level === "guard-alone" ? { fix: "run execguard init in the repository (it enables Claude Code sandbox), and install bubblewrap and socat on Linux" } : {}
  });
  for (const gap of protection.level === "sandbox" ? protection.gaps : [])
    checks.push({ name: "contained", ok: false, detail: gap.what, fix: gap.fix });
  const verdict = !guarded ? "unprotected" : protection.level;
  if (flags.json) {
    io.stdout(
      `${JSON.stringify({ verdict, guarded, protection: protection.level, executorOnly: protection.executorOnly, gaps: protection.gaps, checks }, null, 2)}
`
    );
  } else {
    io.stdout(`execguard doctor: ${verdict}

`);
    for (const c of checks) {
      io.stdout(`${c.ok ? "\u2713" : "\u2717"} ${c.name}: ${c.detail}
`);
      if (!c.ok && c.fix) io.stdout(`    fix: ${c.fix}
`);
    }
    io.stdout("\nExecutor-only paths (only an approved run may use them):\n");
    for (const p of protection.executorOnly)
      io.stdout(
        `  ${p.readDenied && p.writeDenied ? "\u2713 denied" : "\u2717 open  "} ${p.path}${p.readDenied !== p.writeDenied ? ` (${p.readDenied ? "read" : "write"} denied only)` : ""}
`
      );
  }
  return guarded ? 0 : 1;
}
export {
  run
};
