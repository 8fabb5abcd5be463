// The one in-process CLI runner: `execguard ARGV` through the CLI's entry point (`main(argv, io)`,
// what dist/cli.mjs runs), in a given folder and environment, so a table of CLI cases costs no
// process per row. Tests of the process itself (exit status, real stdin, signals) run the built
// CLI instead: runNode in test/helpers/built-plugin.ts.
import type { Io } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { repoRoot } from '../helpers/plugin-folder.js';

export const APPROVAL = 'User approved. Execute the plan.';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** The folder it runs in; default: this repository. */
  cwd?: string;
  /** The whole environment; default: the test's own, without CLAUDE_PLUGIN_ROOT. */
  env?: NodeJS.ProcessEnv;
  /** What stdin holds. */
  input?: string;
}

export async function runCli(argv: string[], options: CliOptions = {}): Promise<CliResult> {
  let env = options.env;
  if (!env) {
    const { CLAUDE_PLUGIN_ROOT: _root, ...rest } = process.env;
    env = rest;
  }
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readStdin: async () => options.input ?? '',
    env,
    cwd: options.cwd ?? repoRoot,
    isTTY: false,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** `execguard ARGV` in `cwd` with exactly `env`. */
export const execguard = (cwd: string, env: NodeJS.ProcessEnv, ...argv: string[]): Promise<CliResult> => runCli(argv, { cwd, env });

/** The run id a report names (`**Run:** <id>`); throws when it names none. */
export function runIdOf(report: string): string {
  const id = /\*\*Run:\*\* (\S+)/.exec(report)?.[1];
  if (!id) throw new Error(`no run id in:\n${report}`);
  return id;
}
