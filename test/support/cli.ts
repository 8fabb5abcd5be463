// Runs `execguard <argv>` in-process (src/cli/main.ts) with a given environment and folder,
// the way a user or an agent runs it from the repository.
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';

export const APPROVAL = 'User approved. Execute the plan.';

export async function execguard(
  cwd: string,
  env: NodeJS.ProcessEnv,
  ...argv: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readStdin: async () => '',
    env,
    cwd,
    isTTY: false,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** The run id a report names (`**Run:** <id>`). */
export const runIdOf = (report: string): string => /\*\*Run:\*\* (\S+)/.exec(report)?.[1] ?? '';
