// An agent may type `execguard execute plan.yaml --approval "..."` itself. That text is the
// agent's, not the user's: it may not ask for more than the session's active grant covers.
import { basename } from 'node:path';
import type { SimpleCommand } from '../../shell/types.js';

export interface ApprovalFlag {
  /** The text given to --approval; undefined when it cannot be read statically. */
  text?: string;
  command: string;
}

/** True when the simple command runs the execguard CLI (directly, via node, or via npx). */
function runsExecguard(argv: string[]): number {
  const [program = '', first = ''] = argv;
  if (program === 'execguard') return 1;
  if (program === 'npx' && first === 'execguard') return 2;
  if (program === 'node' && /(^|\/)(cli\.mjs|execguard(\.mjs)?)$/.test(first)) return 2;
  return 0;
}

/** Every --approval the command line passes to execguard. */
export function approvalFlags(commands: SimpleCommand[]): ApprovalFlag[] {
  const flags: ApprovalFlag[] = [];
  for (const command of commands) {
    const start = runsExecguard(command.argv.map((w, i) => (i < 2 ? basename(w) : w)));
    if (!start) continue;
    for (let i = start; i < command.argv.length; i++) {
      const word = command.argv[i];
      if (word === '--approval') {
        const value = command.argv[i + 1];
        flags.push({ text: value !== undefined && !command.dynamic[i + 1] ? value : undefined, command: command.text });
        i++;
      } else if (word.startsWith('--approval=')) {
        flags.push({ text: command.dynamic[i] ? undefined : word.slice('--approval='.length), command: command.text });
      }
    }
  }
  return flags;
}
