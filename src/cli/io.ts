// The CLI's edges: how a command reads its input and writes its output. Commands take an Io so
// tests and the demo can run them in-process.
import { readFileSync } from 'node:fs';
import { UsageError } from '../usage-error.js';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads all of standard input (empty string when stdin is a terminal). */
  readStdin: () => Promise<string>;
  env: NodeJS.ProcessEnv;
  cwd: string;
  isTTY: boolean;
}

export const processIo = (): Io => ({
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  readStdin: async () => (process.stdin.isTTY ? '' : readFileSync(0, 'utf8')),
  env: process.env,
  cwd: process.cwd(),
  isTTY: Boolean(process.stdout.isTTY),
});

// Thrown by commands and by the executors below the CLI (src/usage-error.ts).
export { UsageError };

export interface ParsedArgs {
  flags: Record<string, string | boolean>;
  positionals: string[];
}

/**
 * Parses `--flag`, `--flag value`, `--flag=value` and positionals. `valued` lists the flags that
 * take a value; any other `--x` is boolean. Unknown flags are a usage error.
 */
export function parseArgs(argv: string[], spec: { valued?: string[]; boolean?: string[] }): ParsedArgs {
  const valued = new Set(spec.valued ?? []);
  const bools = new Set([...(spec.boolean ?? []), 'help']);
  const flags: Record<string, string | boolean> = {};
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h') {
      flags.help = true;
      continue;
    }
    if (arg.startsWith('--') && arg.length > 2) {
      const eq = arg.indexOf('=');
      const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      if (valued.has(name)) {
        if (eq !== -1) flags[name] = arg.slice(eq + 1);
        else if (i + 1 < argv.length) flags[name] = argv[++i];
        else throw new UsageError(`--${name} needs a value`);
      } else if (bools.has(name) && eq === -1) {
        flags[name] = true;
      } else {
        throw new UsageError(`unknown option --${name}`);
      }
      continue;
    }
    positionals.push(arg);
  }
  return { flags, positionals };
}
