// The fast path: a command made only of characters bash gives no meaning to, plus single-quoted
// strings (literal in bash, whatever they hold), is just words split on blanks, so the hook and
// the executor's gate need not load tree-sitter for it (`git commit -m 'fix(api): x'`).
import type { RawCommand } from './context.js';
import { splitAssignment } from './variables.js';

const PLAIN = /^(?:[A-Za-z0-9 \t_./:=,@%+-]|'[^'\n]*')*$/;

/** A word as written (quotes kept) and as bash passes it on (quotes removed). */
const WORD = /(?:[A-Za-z0-9_./:=,@%+-]|'[^'\n]*')+/g;

/** Words that make bash parse a compound command; those go through tree-sitter. */
const RESERVED = new Set([
  'if',
  'then',
  'else',
  'elif',
  'fi',
  'for',
  'while',
  'until',
  'do',
  'done',
  'case',
  'esac',
  'select',
  'function',
  'in',
  'coproc',
]);

const unquote = (written: string): string => written.replace(/'([^']*)'/g, '$1');

/** An assignment only when its name and `=` are unquoted (`'A=b' cmd` runs the program `A=b`). */
const assignmentOf = (written: string) => (/^[A-Za-z_][A-Za-z0-9_]*\+?=/.test(written) ? splitAssignment(unquote(written)) : undefined);

/** True when the text needs no expansion, globbing, escaping or control operator handling. */
export function isPlain(text: string): boolean {
  if (!PLAIN.test(text)) return false;
  // A quoted word is never a reserved word, so only an unquoted first word can start a compound.
  const first = (text.match(WORD) ?? []).find((word) => !assignmentOf(word));
  return first === undefined || !RESERVED.has(first);
}

/** Lexes a plain text into one raw command (or none for blank text). Call only when isPlain(). */
export function lexPlain(text: string): RawCommand[] {
  const words = text.match(WORD) ?? [];
  if (words.length === 0) return [];
  const raw: RawCommand = { words: [], assignments: [], redirects: [], text: text.trim() };
  let index = 0;
  for (; index < words.length; index++) {
    const assignment = assignmentOf(words[index]);
    if (!assignment) break;
    raw.assignments.push({
      name: assignment.name,
      append: assignment.append,
      value: { text: assignment.value, dynamic: false },
    });
  }
  raw.words = words.slice(index).map((word) => ({ text: unquote(word), dynamic: false }));
  return [raw];
}
