import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);

// src/cli/io.ts
import { readFileSync } from "node:fs";
var processIo = () => ({
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  readStdin: async () => process.stdin.isTTY ? "" : readFileSync(0, "utf8"),
  env: process.env,
  cwd: process.cwd(),
  isTTY: Boolean(process.stdout.isTTY)
});
var UsageError = class extends Error {
};

// src/cli/main.ts
var COMMANDS = {
  check: { summary: "decide allow / ask / deny for a bash command", load: () => import("./chunks/check-KQTV4JNG.mjs") },
  hook: { summary: "answer a Claude Code hook event (reads hook JSON on stdin)", load: () => import("./chunks/hook-A2UO7WWH.mjs") },
  skills: { summary: "list and validate SKILL.md files", load: () => import("./chunks/skills-7GX5D6LI.mjs") },
  status: { summary: "validate an AGENT_STATUS block", load: () => import("./chunks/status-2MX2EQ5P.mjs") },
  plan: { summary: "pre-flight and dry run of a plan; prints the approval summary and digest", load: () => import("./chunks/plan-2F73KH3B.mjs") },
  execute: { summary: "carry out an approved plan phase by phase", load: () => import("./chunks/execute-6BFAC4IH.mjs") },
  rollback: { summary: "roll back a run", load: () => import("./chunks/rollback-CDTNAGVK.mjs") },
  runs: { summary: "list runs, or show one run and its steps", load: () => import("./chunks/runs-C5OUNQXI.mjs") },
  log: { summary: "show the guard decisions recorded by the hooks", load: () => import("./chunks/log-DRL3EA3S.mjs") },
  demo: { summary: "a self-contained tour of execguard", load: () => import("./chunks/demo-7ZYG5X5O.mjs") }
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
    return await (await command.load()).run(rest, io);
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
