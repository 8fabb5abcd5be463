// What a command prints, when that is known without running it: `echo X | sh`, `$(printf X)`,
// `cat <<'EOF' ... EOF`, and static decoders: `base64 -d`, `rev`, `xxd -r -p`, `tr SET1 SET2`.
// Anything else is unknown (undefined).
import type { SimpleCommand } from './types.js';
import { decodeAnsiC } from './words.js';

const SILENT = new Set([
  ':',
  'true',
  'cd',
  'pushd',
  'popd',
  'export',
  'declare',
  'typeset',
  'local',
  'readonly',
  'unset',
  'alias',
  'unalias',
  'set',
  'shopt',
]);

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
    case 'rev':
      return args.length === 0 && cmd.stdin?.text !== undefined ? rev(cmd.stdin.text) : undefined;
    case 'xxd':
      return xxdReverse(args, cmd.stdin?.text);
    case 'tr':
      return tr(args, cmd.stdin?.text);
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

/** rev reverses each line. */
function rev(input: string): string {
  return input
    .split('\n')
    .map((line) => [...line].reverse().join(''))
    .join('\n');
}

/** `xxd -r -p` turns a plain hex dump back into bytes. */
function xxdReverse(args: string[], input: string | undefined): string | undefined {
  const flags = args.filter((a) => a.startsWith('-')).join('');
  if (input === undefined || !flags.includes('r') || !flags.includes('p') || args.some((a) => !a.startsWith('-'))) return undefined;
  const hex = input.replace(/\s+/g, '');
  if (!/^([0-9a-fA-F]{2})*$/.test(hex)) return undefined;
  const text = Buffer.from(hex, 'hex').toString('utf8');
  return text.includes('\uFFFD') || text.includes('\0') ? undefined : text;
}

/** A tr set with ranges (`a-z`) and escapes expanded; undefined for classes and other forms. */
function trSet(set: string): string[] | undefined {
  if (/\[[:=]/.test(set)) return undefined;
  const chars = [...decodeAnsiC(set)];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    if (chars[i + 1] === '-' && i + 2 < chars.length) {
      const from = chars[i].codePointAt(0)!;
      const to = chars[i + 2].codePointAt(0)!;
      if (to < from || to - from > 1024) return undefined;
      for (let c = from; c <= to; c++) out.push(String.fromCodePoint(c));
      i += 2;
    } else out.push(chars[i]);
  }
  return out;
}

/** `tr SET1 SET2` (translate) and `tr -d SET` (delete) with literal sets. */
function tr(args: string[], input: string | undefined): string | undefined {
  if (input === undefined) return undefined;
  if (args.length === 2 && args[0] === '-d') {
    const drop = trSet(args[1]);
    return drop ? [...input].filter((c) => !drop.includes(c)).join('') : undefined;
  }
  if (args.length !== 2 || args.some((a) => a.startsWith('-') && a.length > 1)) return undefined;
  const from = trSet(args[0]);
  const to = trSet(args[1]);
  if (!from || !to || to.length === 0) return undefined;
  const map = new Map<string, string>();
  for (const [i, c] of from.entries()) map.set(c, to[Math.min(i, to.length - 1)]);
  return [...input].map((c) => map.get(c) ?? c).join('');
}
