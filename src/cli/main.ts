// The `execguard` command: dispatches to one lazily loaded module per subcommand, so that
// `execguard check` never pays for the executors and vice versa.
import { processIo, UsageError, type Io } from './io.js';

/** The whole CLI as a function: a command that runs other commands (the demo) gets it passed in. */
export type Cli = (argv: string[], io: Io) => Promise<number>;
type Command = { run: (argv: string[], io: Io, cli: Cli) => Promise<number> };

/** plan, execute, rollback and resume come from one file (executor-commands.ts says why). */
const executor = (name: 'plan' | 'execute' | 'rollback' | 'resume') => async (): Promise<Command> => ({
  run: (await import('./executor-commands.js'))[name],
});

const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  check: { summary: 'decide allow / ask / deny for a bash command', load: () => import('./commands/check.js') },
  hook: { summary: 'answer a Claude Code hook event (reads hook JSON on stdin)', load: () => import('./commands/hook.js') },
  skills: { summary: 'list and validate SKILL.md files', load: () => import('./commands/skills.js') },
  status: { summary: 'validate an AGENT_STATUS block', load: () => import('./commands/status.js') },
  plan: { summary: 'pre-flight and dry run of a plan; prints the approval summary and digest', load: executor('plan') },
  execute: { summary: 'carry out an approved plan phase by phase', load: executor('execute') },
  rollback: { summary: 'roll back a run', load: executor('rollback') },
  runs: { summary: 'list runs, or show one run and its steps', load: () => import('./commands/runs.js') },
  resume: { summary: 'continue an interrupted run from its journal', load: executor('resume') },
  init: {
    summary: 'set a repository up: .execguard.yaml, example plans, the Claude Code sandbox',
    load: () => import('./commands/init.js'),
  },
  agent: {
    summary: 'run a plan with the @anthropic-ai/sdk execution agent (needs ANTHROPIC_API_KEY)',
    load: () => import('./commands/agent.js'),
  },
  log: { summary: 'show the guard decisions recorded by the hooks', load: () => import('./commands/log.js') },
  store: {
    summary: 'the team store: migrate (create or upgrade the schema), sync (send decisions), verify (check the chains)',
    load: () => import('./commands/store.js'),
  },
  approve: {
    summary: "approve another person's plan digest that waits for review (four-eyes)",
    load: () => import('./commands/approve.js'),
  },
  locks: { summary: 'list the workspace leases in the team store', load: () => import('./commands/locks.js') },
  unlock: { summary: 'break a workspace lease in the team store (recorded)', load: () => import('./commands/unlock.js') },
  doctor: {
    summary: "check that Claude Code runs execguard's hooks, and which protection is in force",
    load: () => import('./commands/doctor.js'),
  },
  demo: { summary: 'a self-contained tour of execguard', load: () => import('./commands/demo.js') },
};

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `Usage: execguard <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun \`execguard <command> --help\` for a command's options.\n`;
}

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage());
    return name ? 0 : 1;
  }
  if (name === '--version') {
    io.stdout(`${process.env.EXECGUARD_VERSION ?? '0.1.0'}\n`);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`execguard: unknown command '${name}'\n\n${usage()}`);
    return 1;
  }
  try {
    return await (await command.load()).run(rest, io, main);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`execguard ${name}: ${error.message}\n`);
      return 1;
    }
    io.stderr(`execguard ${name}: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
