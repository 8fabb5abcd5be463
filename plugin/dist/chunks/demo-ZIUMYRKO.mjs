import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  agentSession
} from "./chunk-AZF5T37V.mjs";
import {
  parseArgs
} from "./chunk-2AH2R7BX.mjs";
import "./chunk-GLDXOGL5.mjs";

// src/cli/commands/demo.ts
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var APPROVAL = "User approved. Execute the plan.";
var GIT_ID = ["-c", "user.name=execguard-demo", "-c", "user.email=demo@localhost"];
function examplesDir() {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (; ; ) {
    if (existsSync(join(dir, "examples", "terraform-demo", "main.tf"))) return join(dir, "examples");
    const parent = dirname(dir);
    if (parent === dir) throw new Error("examples/terraform-demo not found next to the execguard installation");
    dir = parent;
  }
}
var WORKER_CONFIG = `
resource "terraform_data" "worker" {
  input = {
    app     = terraform_data.app.id
    replica = 1
  }
}
`;
var FAILING_CONFIG = `
resource "terraform_data" "cache" {
  input = "cache for \${var.name}"
}

resource "terraform_data" "db" {
  input      = "db for \${var.name}"
  depends_on = [terraform_data.cache]
  provisioner "local-exec" {
    command = "echo 'Error: quota exceeded: no more database instances in this project' >&2; exit 1"
  }
}
`;
var VALID_STATUS = `Execution finished.

<!-- AGENT_STATUS -->
PLAN_STATUS: COMPLETE
CURRENT_PHASE: Execute
PENDING_STEPS: []
NEXT_ACTION: Task complete - execution successful
AGENT_ID: demo-agent
<!-- /AGENT_STATUS -->
`;
var INVALID_STATUS = `<!-- AGENT_STATUS -->
PLAN_STATUS: DONE
CURRENT_PHASE: Execution
PENDING_STEPS: apply, verify
NEXT_ACTION: Wait
AGENT_ID: demo-agent
<!-- /AGENT_STATUS -->
Let me know if you need anything else.
`;
var SECTIONS = [
  {
    title: "The skills the agent follows",
    async run(ctx) {
      ctx.say("$ execguard skills");
      return (await ctx.execguard("skills")).code === 0;
    }
  },
  {
    title: "AGENT_STATUS blocks are checked before they reach the orchestrator",
    async run(ctx) {
      writeFileSync(join(ctx.dir, "valid-status.md"), VALID_STATUS);
      writeFileSync(join(ctx.dir, "invalid-status.md"), INVALID_STATUS);
      ctx.say("$ execguard status validate valid-status.md");
      const valid = await ctx.execguard("status", "validate", join(ctx.dir, "valid-status.md"));
      ctx.say("$ execguard status validate invalid-status.md");
      const invalid = await ctx.execguard("status", "validate", join(ctx.dir, "invalid-status.md"));
      ctx.say("The SubagentStop hook gives the same errors to a sub-agent whose final block is invalid, so it can fix it in one try.");
      return valid.code === 0 && invalid.code === 1;
    }
  },
  {
    title: "The guard judges commands before they run",
    async run(ctx) {
      const { evaluate } = await import("./evaluate-5ROAOLQY.mjs");
      const { parseApproval } = await import("./scope-G22UULCI.mjs");
      const approval = parseApproval(APPROVAL);
      const cases = [
        { command: "terraform destroy -auto-approve", approved: true, expect: "deny" },
        { command: "kubectl delete deployment web -n prod", approved: true, expect: "deny" },
        { command: "git push --force origin main", approved: true, expect: "deny" },
        {
          command: 'curl -H "Authorization: Bearer ghp_1a2B3c4D5e6F7g8H9i0J1k2L3m4N5o6P7q8R" https://api.github.com/user',
          approved: true,
          expect: "deny"
        },
        { command: "terraform apply tfplan", approved: false, expect: "deny" },
        { command: "terraform apply tfplan", approved: true, expect: "allow" }
      ];
      let ok = true;
      for (const c of cases) {
        const d = await evaluate(c.command, { approval: c.approved ? approval : null });
        const verdict = d.decision === "allow" ? "\u2705 allow" : d.decision === "ask" ? "\u2753 ask  " : "\u26D4 deny ";
        ctx.say(
          `${verdict} ${c.approved ? "(approved)    " : "(no approval) "} ${c.command.length > 70 ? `${c.command.slice(0, 67)}...` : c.command}`
        );
        if (d.reason) ctx.say(`           ${firstSentence(d.reason)}`);
        if (d.decision === "allow" !== (c.expect === "allow")) ok = false;
      }
      return ok;
    }
  },
  {
    title: "Plan and execute an approved change",
    needsTerraform: true,
    approves: true,
    async run(ctx) {
      const tf = join(ctx.repo, "infra/app/main.tf");
      writeFileSync(tf, `${(await import("node:fs")).readFileSync(tf, "utf8")}${WORKER_CONFIG}`);
      ctx.say("Added a terraform_data.worker resource to infra/app/main.tf.\n");
      ctx.say("$ execguard plan plan.yaml");
      const plan = await ctx.execguard("plan", "plan.yaml");
      ctx.say(`$ execguard execute plan.yaml --approval "${APPROVAL}"`);
      const run2 = await ctx.execguard("execute", "plan.yaml", "--approval", APPROVAL);
      return plan.code === 0 && run2.code === 0;
    }
  },
  {
    title: "A failing change, rolled back",
    needsTerraform: true,
    approves: true,
    async run(ctx) {
      const tf = join(ctx.repo, "infra/app/main.tf");
      writeFileSync(tf, `${(await import("node:fs")).readFileSync(tf, "utf8")}${FAILING_CONFIG}`);
      ctx.say("Added terraform_data.cache and terraform_data.db, whose provisioner fails, to infra/app/main.tf.\n");
      ctx.say(`$ execguard execute database.yaml --approval "${APPROVAL}"`);
      const run2 = await ctx.execguard("execute", "database.yaml", "--approval", APPROVAL);
      const runId = run2.stdout.match(/\*\*Run:\*\* (\S+)/)?.[1] ?? "";
      ctx.say(`$ execguard rollback ${runId} --approval "User approved. Roll back."`);
      const back = await ctx.execguard("rollback", runId, "--approval", "User approved. Roll back.");
      ctx.say(`${narrateRollback(back.stdout)}
`);
      const destroy = "User approved. Roll back and destroy the resources it created.";
      ctx.say(`$ execguard rollback ${runId} --approval "${destroy}"`);
      const done = await ctx.execguard("rollback", runId, "--approval", destroy);
      ctx.say("$ git log --oneline -4");
      ctx.say(execFileSync("git", ["log", "--oneline", "-4"], { cwd: ctx.repo, encoding: "utf8" }));
      return run2.code === 2 && back.code === 2 && done.code === 0;
    }
  }
];
function firstSentence(reason) {
  const line = reason.split("\n")[0] ?? "";
  const end = line.search(/\.(\s|$)/);
  return end === -1 ? line : line.slice(0, end + 1);
}
function narrateRollback(report) {
  const status = report.match(/^- \*\*Rollback status:\*\* (.+)$/m)?.[1];
  const needsDestroy = /does not approve destroying/.test(report);
  const said = status ? `The report says: ${status.replace(/\.$/, "")}.` : "The rollback report names no rollback status.";
  return needsDestroy ? `${said} Undoing the apply means destroying what it created, so the rollback waits for an approval that says destroy.` : said;
}
function createWorkspace() {
  const dir = mkdtempSync(join(tmpdir(), "execguard-demo-"));
  const repo = join(dir, "repo");
  const origin = join(dir, "origin.git");
  const home = join(dir, "state");
  const git = (...args) => execFileSync("git", [...GIT_ID, ...args], { cwd: repo, stdio: "ignore" });
  execFileSync("git", ["init", "-q", "--bare", "-b", "main", origin]);
  execFileSync("git", ["init", "-q", "-b", "main", repo]);
  git("remote", "add", "origin", origin);
  cpSync(join(examplesDir(), "terraform-demo"), join(repo, "infra/app"), { recursive: true });
  writeFileSync(join(repo, ".gitignore"), "*.tfstate\n*.tfstate.backup\n.terraform/\n");
  const plan = (id, message) => [
    `id: ${id}`,
    "operation: terraform",
    "workdir: infra/app",
    "git:",
    "  files: [infra/app/main.tf]",
    `  message: "${message}"`,
    "terraform:",
    "  vars: { name: demo }",
    "verify:",
    "  - run: terraform output -raw app_name",
    '    expect: { exitCode: 0, stdoutMatches: "^demo$" }',
    ""
  ].join("\n");
  writeFileSync(join(repo, "plan.yaml"), plan("demo-app", "feat(infra): add a worker to the demo app"));
  writeFileSync(join(repo, "database.yaml"), plan("demo-database", "feat(infra): add a cache and a database"));
  git("add", "-A");
  git("commit", "-q", "-m", "chore: start the demo workspace");
  git("push", "-q", "origin", "main");
  return { dir, repo, home };
}
async function run(argv, io, main) {
  const { flags } = parseArgs(argv, { boolean: ["keep"] });
  if (flags.help) {
    io.stdout("usage: execguard demo [--keep]\n\nA self-contained tour in a temporary workspace (kept with --keep).\n");
    return 0;
  }
  const say = (text) => io.stdout(`${text}
`);
  const terraform = spawnSync("terraform", ["version"], { stdio: "ignore" }).status === 0;
  const { dir, repo, home } = createWorkspace();
  const env = { ...io.env, EXECGUARD_HOME: home, TF_CLI_CONFIG_FILE: "", CHECKPOINT_DISABLE: "1", TF_IN_AUTOMATION: "1" };
  const ctx = {
    io,
    dir,
    repo,
    home,
    env,
    terraform,
    say,
    notes: {},
    execguard: async (...args) => {
      let stdout = "";
      const code = await main(args, { ...io, env, cwd: repo, isTTY: false, stdout: (t) => void (stdout += t), stderr: () => {
      } });
      io.stdout(`${stdout}
`);
      return { code, stdout };
    }
  };
  say(`# execguard demo

Workspace: ${repo} (origin: a bare repository next to it; state: ${home})`);
  if (!terraform) say("\nterraform is not on PATH: the sections that need it are skipped (install terraform >= 1.4 to see them).");
  const inAgent = agentSession(io.env).inAgent;
  if (inAgent)
    say(
      "\nThis runs inside an agent session, where --approval is refused: the sections that approve their own plans are skipped (run `npm run demo` in a terminal to see them)."
    );
  let failed = 0;
  for (const [i, section] of SECTIONS.entries()) {
    say(`
## ${i + 1}. ${section.title}
`);
    if (section.needsTerraform && !terraform) {
      say("(skipped: terraform is not installed)");
      continue;
    }
    if (section.approves && inAgent) {
      say("(skipped: inside an agent session the approval must come from the user, not from --approval)");
      continue;
    }
    try {
      if (!await section.run(ctx)) {
        failed++;
        say(`(this section did not behave as expected)`);
      }
    } catch (error) {
      failed++;
      say(`(this section failed: ${error instanceof Error ? error.message : String(error)})`);
    }
  }
  if (flags.keep) say(`
The workspace is kept at ${dir}.`);
  else rmSync(dir, { recursive: true, force: true });
  say(failed ? `
${failed} section(s) did not behave as expected.` : "\nDemo complete.");
  return failed ? 1 : 0;
}
export {
  APPROVAL,
  SECTIONS,
  run
};
