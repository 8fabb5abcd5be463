// What a command prints, when that is known without running it: `echo X | sh`, `$(printf X)`,
// `cat <<'EOF' ... EOF`, `base64 -d <<< X`. Anything else is unknown (undefined).
import type { SimpleCommand } from './types.js';
import { decodeAnsiC } from './words.js';

const SILENT = new Set([':', 'true', 'cd', 'pushd', 'popd', 'export', 'declare', 'typeset', 'local', 'readonly', 'unset', 'alias', 'unalias', 'set', 'shopt']);

export function staticOutput(cmd: SimpleCommand): string | undefined {
  if (cmd.dynamic.some(Boolean)) return undefined;
  const [program, ...args] = cmd.argv;
  if (SILENT.has(program)) return '';
  switch (program) {
    case 'echo':
      return echo(args);
    case 'printf':
      return printf(args);
    case 'cat':
      return args.every((a) => a === '-') ? cmd.stdin?.text : undefined;
    case 'base64':
      return base64(args, cmd.stdin?.text);
    default:
      return undefined;
  }
}

function echo(args: string[]): string {
  let newline = true;
  let escapes = false;
  let index = 0;
  for (; index < args.length && /^-[neE]+$/.test(args[index]); index++) {
    for (const flag of args[index].slice(1)) {
      if (flag === 'n') newline = false;
      else escapes = flag === 'e';
    }
  }
  let text = args.slice(index).join(' ');
  if (escapes) text = decodeAnsiC(text);
  return newline ? `${text}\n` : text;
}

/** printf with %s / %b / %d / %% only; other conversions are unknown. */
function printf(args: string[]): string | undefined {
  let index = 0;
  if (args[0] === '--') index = 1;
  const format = args[index];
  if (format === undefined || format === '-v') return undefined;
  const values = args.slice(index + 1);
  let used = 0;
  let output = '';
  let unknown = false;
  const once = (): string =>
    decodeAnsiC(format).replace(/%([%sbd])|%./g, (whole, conversion: string | undefined) => {
      if (conversion === '%') return '%';
      if (!conversion) {
        unknown = true;
        return whole;
      }
      const value = values[used++] ?? '';
      return conversion === 'b' ? decodeAnsiC(value) : value;
    });
  // bash reuses the format until every argument is consumed
  do {
    output += once();
  } while (used > 0 && used < values.length);
  return unknown ? undefined : output;
}

function base64(args: string[], input: string | undefined): string | undefined {
  const decode = args.some((a) => a === '-d' || a === '--decode' || a === '-D' || /^-[a-zA-Z]*d/.test(a));
  const files = args.filter((a) => !a.startsWith('-'));
  if (!decode || files.length > 0 || input === undefined) return undefined;
  const compact = input.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) return undefined;
  const bytes = Buffer.from(compact, 'base64');
  const text = bytes.toString('utf8');
  // binary output is not a script we can read
  return text.includes('\uFFFD') || text.includes('\0') ? undefined : text;
}
