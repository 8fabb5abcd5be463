// Scripts run by a shell: `bash|sh|zsh|dash|ksh FILE ARGS`, `source FILE`, `. FILE`, and whether a
// file run by its path is a shell script (a shell shebang, or none: bash runs it itself).
import { SHELLS, SOURCE_BUILTINS } from '../../shell/interpreters.js';
import type { SimpleCommand } from '../../shell/types.js';

/** `bash [opts] FILE ARGS` / `source FILE ARGS`: the script and its arguments; undefined when none is run from a file. */
export function scriptArgs(cmd: SimpleCommand): { file: string | undefined; args: string[] } | undefined {
  const [name, ...rest] = cmd.argv;
  if (SOURCE_BUILTINS.has(name)) {
    const i = rest[0] === '--' ? 1 : 0;
    if (rest[i] === undefined) return undefined;
    return { file: cmd.dynamic[i + 1] ? undefined : rest[i], args: rest.slice(i + 1) };
  }
  if (!SHELLS.has(name)) return undefined;
  // `bash < deploy.sh`, `sh -s < deploy.sh`: the script is the file fed on stdin
  const fromStdin = (i: number) =>
    cmd.stdin?.kind === 'file' && cmd.stdin.from !== undefined ? { file: cmd.stdin.from, args: rest.slice(i) } : undefined;
  for (let i = 0; i < rest.length; i++) {
    const t = rest[i];
    if (t === '--' || t === '-') {
      const file = rest[i + 1];
      if (t === '-' || file === undefined) return fromStdin(i + 1);
      return { file: cmd.dynamic[i + 2] ? undefined : file, args: rest.slice(i + 2) };
    }
    if (t.startsWith('--')) {
      if (t === '--rcfile' || t === '--init-file') i++;
      continue;
    }
    if (/^[-+]/.test(t)) {
      const flags = t.slice(1);
      if (flags.includes('c')) return undefined; // a string: the shell analysis reads it
      if (flags.includes('s')) return fromStdin(i + 1);
      if (/[oO]$/.test(flags)) i++;
      continue;
    }
    // `/dev/stdin`, `<(…)`: the shell analysis reads those
    if (/^\/dev\/|^\/proc\//.test(t)) return undefined;
    return { file: cmd.dynamic[i + 1] ? undefined : t, args: rest.slice(i + 1) };
  }
  return fromStdin(rest.length);
}

const SHELL_NAMES = /^(ba|z|da|k|mk|a|r|y)?sh$/;

/** true: a shell script; false: another interpreter's (python, node, …); a missing shebang is a shell script. */
export function shellShebang(text: string): boolean {
  if (!text.startsWith('#!')) return true;
  const line = text.slice(2, text.indexOf('\n') >= 0 ? text.indexOf('\n') : undefined).trim();
  const words = line.split(/\s+/);
  let program = (words[0] ?? '').split('/').pop() ?? '';
  if (program === 'env') {
    const rest = words.slice(1).filter((w) => !w.startsWith('-') && !w.includes('='));
    program = (rest[0] ?? '').split('/').pop() ?? '';
  }
  return SHELL_NAMES.test(program);
}
