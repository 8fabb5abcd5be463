// Runs `execguard ARGV` in-process through the CLI's entry point (`main(argv, io)`, what
// dist/cli.mjs runs), with the same options and result as runNode in built-plugin.ts, so a table
// of CLI cases costs no process per row.
import type { Io } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { repoRoot } from './plugin-folder.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** stdin is `input`; the environment is the test's plus `env`, without CLAUDE_PLUGIN_ROOT unless `env` sets it. */
export async function runCli(argv: string[], options: { input?: string; env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<CliResult> {
  const env = { ...process.env, ...options.env };
  if (!options.env || !('CLAUDE_PLUGIN_ROOT' in options.env)) delete env.CLAUDE_PLUGIN_ROOT;
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
