import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  UsageError,
  processIo
} from "./chunks/chunk-2AH2R7BX.mjs";
import "./chunks/chunk-GLDXOGL5.mjs";

// src/cli/main.ts
var executor = (name) => async () => ({
  run: (await import("./executor.mjs"))[name]
});
var COMMANDS = {
  check: { summary: "decide allow / ask / deny for a bash command", load: () => import("./chunks/check-OPRHAKB2.mjs") },
  hook: { summary: "answer a Claude Code hook event (reads hook JSON on stdin)", load: () => import("./chunks/hook-ER2EFYOM.mjs") },
  skills: { summary: "list and validate SKILL.md files", load: () => import("./chunks/skills-OEEZZRH3.mjs") },
  status: { summary: "validate an AGENT_STATUS block", load: () => import("./chunks/status-ERUOBZFR.mjs") },
  plan: { summary: "pre-flight and dry run of a plan; prints the approval summary and digest", load: executor("plan") },
  execute: { summary: "carry out an approved plan phase by phase", load: executor("execute") },
  rollback: { summary: "roll back a run", load: executor("rollback") },
  runs: { summary: "list runs, or show one run and its steps", load: () => import("./chunks/runs-TAIEPMPZ.mjs") },
  resume: { summary: "continue an interrupted run from its journal", load: executor("resume") },
  init: {
    summary: "set a repository up: .execguard.yaml, example plans, the Claude Code sandbox",
    load: () => import("./chunks/init-5UMZEXCI.mjs")
  },
  agent: {
    summary: "run a plan with the @anthropic-ai/sdk execution agent (needs ANTHROPIC_API_KEY)",
    load: () => import("./chunks/agent-7WJPWSDS.mjs")
  },
  log: { summary: "show the guard decisions recorded by the hooks", load: () => import("./chunks/log-BMFOAFA4.mjs") },
  store: {
    summary: "the team store: migrate (create or upgrade the schema), sync (send decisions), verify (check the chains)",
    load: () => import("./chunks/store-53ZKZAMV.mjs")
  },
  approve: {
    summary: "approve another person's plan digest that waits for review (four-eyes)",
    load: () => import("./chunks/approve-DAO4DBMG.mjs")
  },
  locks: { summary: "list the workspace leases in the team store", load: () => import("./chunks/locks-A32YUOZY.mjs") },
  unlock: { summary: "break a workspace lease in the team store (recorded)", load: () => import("./chunks/unlock-UZY3XKSO.mjs") },
  doctor: {
    summary: "check that Claude Code runs execguard's hooks, and which protection is in force",
    load: () => import("./chunks/doctor-ORWUDSCY.mjs")
  },
  demo: { summary: "a self-contained tour of execguard", load: () => import("./chunks/demo-ZIUMYRKO.mjs") }
};
function usage() {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `Usage: execguard <command> [options]

Commands:
${lines.join("\n")}

Run \`execguard <command> --help\` for a command's options.
`;
}
async function main(argv, io = processIo()) {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.stdout(usage());
    return name ? 0 : 1;
  }
  if (name === "--version") {
    io.stdout(`${process.env.EXECGUARD_VERSION ?? "0.1.0"}
`);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`execguard: unknown command '${name}'

${usage()}`);
    return 1;
  }
  try {
    return await (await command.load()).run(rest, io, main);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`execguard ${name}: ${error.message}
`);
      return 1;
    }
    io.stderr(`execguard ${name}: internal error: ${error instanceof Error ? error.message : String(error)}
`);
    return 1;
  }
}

// src/cli/bin.ts
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`execguard: internal error: ${error instanceof Error ? error.message : String(error)}
`);
    process.exit(1);
  }
);
