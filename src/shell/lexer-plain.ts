// The fast path: a command made only of characters bash gives no meaning to is just words split on
// blanks, so the hook need not load tree-sitter for it.
import type { RawCommand } from './context.js';
import { splitAssignment } from './variables.js';

const PLAIN = /^[A-Za-z0-9 \t_./:=,@%+-]*$/;

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

/** True when the text needs no quoting, expansion, globbing or control operator handling. */
export function isPlain(text: string): boolean {
  if (!PLAIN.test(text)) return false;
  const first = text.split(/[ \t]+/).find((word) => word !== '' && !splitAssignment(word));
  return first === undefined || !RESERVED.has(first);
}

/** Lexes a plain text into one raw command (or none for blank text). Call only when isPlain(). */
export function lexPlain(text: string): RawCommand[] {
  const words = text.split(/[ \t]+/).filter((word) => word !== '');
  if (words.length === 0) return [];
  const raw: RawCommand = { words: [], assignments: [], redirects: [], text: text.trim() };
  let index = 0;
  for (; index < words.length; index++) {
    const assignment = splitAssignment(words[index]);
    if (!assignment) break;
    raw.assignments.push({
      name: assignment.name,
      append: assignment.append,
      value: { text: assignment.value, dynamic: false },
    });
  }
  raw.words = words.slice(index).map((word) => ({ text: word, dynamic: false }));
  return [raw];
}
