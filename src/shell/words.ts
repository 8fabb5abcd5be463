// Word normalisation for the tree path: quote removal, escapes, ANSI-C strings, variables resolvable
// in the same command, static command substitutions, field splitting. Unresolvable parts keep their
// literal text and mark the word dynamic.
import type { Word } from './context.js';
import type { SyntaxNode } from './parser.js';
import type { Scope } from './variables.js';
import { isName } from './variables.js';

/** What word evaluation needs from the tree walker: substitutions run commands. */
export interface SubstitutionRunner {
  readonly source: string;
  node(): void;
  /** Walks the commands inside `$( )` / backticks and returns their static output, if known. */
  commandSubstitution(node: SyntaxNode, scope: Scope): string | undefined;
  /** Walks the commands inside `<( )` / `>( )` and returns their static output, if known. */
  processSubstitution(node: SyntaxNode, scope: Scope): string | undefined;
  /** Walks every substitution below node (for parts we cannot evaluate but bash still runs). */
  substitutionsIn(node: SyntaxNode, scope: Scope): void;
}

interface Segment {
  text: string;
  dynamic: boolean;
  /** Unquoted expansion result: bash splits it into fields on blanks. */
  split: boolean;
  procsub?: boolean;
  procsubOutput?: string;
}

/** Evaluates an argument word into the fields bash passes (usually one). */
export function evalFields(node: SyntaxNode, runner: SubstitutionRunner, scope: Scope): Word[] {
  const segments = segmentsOf(node, runner, scope, false);
  const fields: Word[] = [];
  let current: Word | undefined;
  for (const segment of segments) {
    if (segment.split) {
      const pieces = segment.text.split(/[ \t\n]+/);
      pieces.forEach((piece, index) => {
        if (index > 0 && current) {
          fields.push(current);
          current = undefined;
        }
        if (piece !== '') current = appendTo(current, piece, segment.dynamic);
      });
    } else {
      current = appendTo(current, segment.text, segment.dynamic);
    }
  }
  if (current) fields.push(current);
  if (segments.length === 1 && segments[0].procsub && fields.length === 1) {
    fields[0].procsub = true;
    fields[0].procsubOutput = segments[0].procsubOutput;
  }
  if (fields.length > 0 && hasBraceExpansion(node)) for (const field of fields) field.dynamic = true;
  return fields;
}

/** Evaluates a word without field splitting (assignment values, here-strings, heredoc parts). */
export function evalSingle(node: SyntaxNode, runner: SubstitutionRunner, scope: Scope): Word {
  const segments = segmentsOf(node, runner, scope, false);
  return {
    text: segments.map((s) => s.text).join(''),
    dynamic: segments.some((s) => s.dynamic),
  };
}

function appendTo(word: Word | undefined, text: string, dynamic: boolean): Word {
  if (!word) return { text, dynamic };
  word.text += text;
  word.dynamic ||= dynamic;
  return word;
}

function segmentsOf(node: SyntaxNode, runner: SubstitutionRunner, scope: Scope, quoted: boolean): Segment[] {
  runner.node();
  switch (node.type) {
    case 'word':
    case 'command_name':
      if (node.type === 'command_name' && node.namedChildCount > 0) {
        return node.namedChildren.flatMap((child) => (child ? segmentsOf(child, runner, scope, quoted) : []));
      }
      return [unquotedLiteral(node.text)];
    case 'number':
    case 'extglob_pattern':
    case 'regex':
    case 'special_variable_name':
    case 'variable_name':
    case 'file_descriptor':
      return [{ text: node.text, dynamic: false, split: false }];
    case 'raw_string':
      return [{ text: node.text.slice(1, -1), dynamic: false, split: false }];
    case 'ansi_c_string':
      return [{ text: decodeAnsiC(node.text.slice(2, -1)), dynamic: false, split: false }];
    case 'string':
    case 'translated_string':
      return doubleQuoted(node, runner, scope);
    case 'concatenation':
      return withGaps(node, runner, scope, quoted, node.startIndex, node.endIndex);
    case 'simple_expansion':
    case 'expansion':
      return [expansion(node, runner, scope, quoted)];
    case 'command_substitution': {
      const output = runner.commandSubstitution(node, scope);
      if (output === undefined) return [{ text: node.text, dynamic: true, split: false }];
      return [{ text: output, dynamic: false, split: !quoted }];
    }
    case 'process_substitution': {
      const output = runner.processSubstitution(node, scope);
      return [{ text: node.text, dynamic: true, split: false, procsub: true, procsubOutput: output }];
    }
    default:
      // arithmetic, brace ranges, anything else: bash still runs the substitutions inside
      runner.substitutionsIn(node, scope);
      return [{ text: node.text, dynamic: true, split: false }];
  }
}

function doubleQuoted(node: SyntaxNode, runner: SubstitutionRunner, scope: Scope): Segment[] {
  const open = node.text.startsWith('$"') ? 2 : 1;
  const segments = withGaps(node, runner, scope, true, node.startIndex + open, node.endIndex - 1);
  // "" is an (empty) word of its own
  return segments.length > 0 ? segments : [{ text: '', dynamic: false, split: false }];
}

/** Children in order, with any source text between them taken literally. */
function withGaps(
  node: SyntaxNode,
  runner: SubstitutionRunner,
  scope: Scope,
  quoted: boolean,
  start: number,
  end: number,
): Segment[] {
  const segments: Segment[] = [];
  let position = start;
  const gap = (to: number): void => {
    if (to <= position) return;
    const text = runner.source.slice(position, to);
    segments.push(quoted ? { text: unescapeDoubleQuoted(text), dynamic: false, split: false } : unquotedLiteral(text));
  };
  for (const child of node.namedChildren) {
    if (!child || child.endIndex <= start || child.startIndex >= end) continue;
    gap(child.startIndex);
    if (child.type === 'string_content' || child.type === 'heredoc_content') {
      segments.push({ text: quoted ? unescapeDoubleQuoted(child.text) : child.text, dynamic: false, split: false });
    } else {
      segments.push(...segmentsOf(child, runner, scope, quoted));
    }
    position = Math.max(position, child.endIndex);
  }
  gap(end);
  return segments;
}

function expansion(node: SyntaxNode, runner: SubstitutionRunner, scope: Scope, quoted: boolean): Segment {
  const text = node.text;
  const inner = node.type === 'simple_expansion' ? text.slice(1) : text.slice(2, -1);
  const unknown = (): Segment => {
    runner.substitutionsIn(node, scope);
    return { text, dynamic: true, split: false };
  };
  if (node.type === 'simple_expansion' && !/^([A-Za-z_][A-Za-z0-9_]*|[0-9]|[@*#?$!-])$/.test(inner)) {
    // tree-sitter reads `"a $ b"` as an expansion of " b"; bash prints the `$` literally
    return { text, dynamic: false, split: false };
  }
  if (isName(inner) || /^([0-9]|[@*#?$!-])$/.test(inner)) {
    const value = scope.get(inner);
    if (!value) return unknown();
    return { text: value.text, dynamic: value.dynamic, split: !quoted && !value.dynamic };
  }
  const withDefault = /^([A-Za-z_][A-Za-z0-9_]*)(:?)-(.*)$/s.exec(inner);
  if (withDefault) {
    const value = scope.get(withDefault[1]);
    if (value && !value.dynamic && (value.text !== '' || withDefault[2] === '')) {
      return { text: value.text, dynamic: false, split: !quoted };
    }
  }
  return unknown();
}

/** An unquoted literal word: backslashes quote the next character; globs are dynamic. */
function unquotedLiteral(raw: string): Segment {
  let text = '';
  let glob = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '\\' && i + 1 < raw.length) {
      i += 1;
      if (raw[i] !== '\n') text += raw[i];
      continue;
    }
    if (c === '*' || c === '?' || (c === '[' && raw.indexOf(']', i + 1) > i + 1)) glob = true;
    text += c;
  }
  return { text, dynamic: glob, split: false };
}

function hasBraceExpansion(node: SyntaxNode): boolean {
  if (node.type !== 'concatenation' && node.type !== 'word' && node.type !== 'brace_expression') return false;
  return /\{[^{}\s'"]*(,|\.\.)[^{}\s'"]*\}/.test(node.text);
}

/** Inside "...", a backslash only quotes $ ` " \ and newline. */
export function unescapeDoubleQuoted(text: string): string {
  return text.replace(/\\([$`"\\\n])/g, (_, c: string) => (c === '\n' ? '' : c));
}

/** Decodes the body of an ANSI-C string $'...'. */
export function decodeAnsiC(body: string): string {
  const simple: Record<string, string> = {
    a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
    '\\': '\\', "'": "'", '"': '"', '?': '?',
  };
  return body.replace(
    /\\(x[0-9A-Fa-f]{1,2}|u[0-9A-Fa-f]{1,4}|U[0-9A-Fa-f]{1,8}|[0-7]{1,3}|c.|.)/gs,
    (whole, esc: string) => {
      if (esc[0] === 'x' && esc.length > 1) return String.fromCharCode(parseInt(esc.slice(1), 16));
      if ((esc[0] === 'u' || esc[0] === 'U') && esc.length > 1) {
        const code = parseInt(esc.slice(1), 16);
        return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      if (/^[0-7]/.test(esc)) return String.fromCharCode(parseInt(esc, 8) & 0xff);
      if (esc[0] === 'c' && esc.length === 2) return String.fromCharCode(esc.charCodeAt(1) & 0x1f);
      return simple[esc] ?? whole;
    },
  );
}
