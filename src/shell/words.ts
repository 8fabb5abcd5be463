// Word normalisation for the tree path: quote removal, escapes, ANSI-C strings, variables resolvable
// in the same command, static command substitutions, field splitting. Unresolvable parts keep their
// literal text and mark the word dynamic.
import type { Word } from './context.js';
import type { SyntaxNode } from './parser.js';
import type { Scope } from './variables.js';
import { fieldSeparators, isName } from './variables.js';

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
  /** "${array[@]}": one field per element even inside quotes. */
  fields?: Word[];
}

/** Evaluates an argument word into the fields bash passes (usually one). */
export function evalFields(node: SyntaxNode, runner: SubstitutionRunner, scope: Scope): Word[] {
  const segments = segmentsOf(node, runner, scope, false);
  const fields: Word[] = [];
  let current: Word | undefined;
  for (const segment of segments) {
    if (segment.fields) {
      segment.fields.forEach((field, index) => {
        if (index > 0 && current) {
          fields.push(current);
          current = undefined;
        }
        current = appendTo(current, field.text, field.dynamic);
      });
    } else if (segment.split) {
      const pieces = splitFields(segment.text, fieldSeparators(scope));
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
  if (fields.length > 0 && hasBraceExpansion(node)) {
    const expanded = /^[A-Za-z0-9_./:=,@%+{}-]+$/.test(node.text) ? expandBraces(node.text) : undefined;
    if (expanded) return expanded.map((text) => ({ text, dynamic: false }));
    for (const field of fields) field.dynamic = true;
  }
  return fields;
}

function splitFields(text: string, separators: string): string[] {
  if (separators === ' \t\n') return text.split(/[ \t\n]+/);
  if (separators === '') return [text];
  const pieces: string[] = [];
  let current = '';
  for (const char of text) {
    if (separators.includes(char)) {
      pieces.push(current);
      current = '';
    } else current += char;
  }
  pieces.push(current);
  return pieces;
}

/** Evaluates a word without field splitting (assignment values, here-strings, heredoc parts). */
export function evalSingle(node: SyntaxNode, runner: SubstitutionRunner, scope: Scope): Word {
  const segments = segmentsOf(node, runner, scope, false);
  const texts = segments.map((s) => (s.fields ? s.fields.map((f) => f.text).join(' ') : s.text));
  return {
    text: texts.join(''),
    dynamic: segments.some((s) => s.dynamic || (s.fields?.some((f) => f.dynamic) ?? false)),
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
function withGaps(node: SyntaxNode, runner: SubstitutionRunner, scope: Scope, quoted: boolean, start: number, end: number): Segment[] {
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
  const known = (value: string): Segment => ({ text: value, dynamic: false, split: !quoted });
  if (node.type === 'simple_expansion' && !/^([A-Za-z_][A-Za-z0-9_]*|[0-9]|[@*#?$!-])$/.test(inner)) {
    // tree-sitter reads `"a $ b"` as an expansion of " b"; bash prints the `$` literally
    return { text, dynamic: false, split: false };
  }
  if (isName(inner) || /^([0-9]|[@*#?$!-])$/.test(inner)) {
    const value = scope.get(inner);
    // an unknown value (read from a pipe, ...) keeps the reference as its text
    if (!value || (value.dynamic && value.text === '')) return unknown();
    if (inner === '@' && value.elements) return { text: '', dynamic: false, split: false, fields: value.elements.map((e) => ({ ...e })) };
    return { text: value.text, dynamic: value.dynamic, split: !quoted && !value.dynamic };
  }
  const element = /^([A-Za-z_][A-Za-z0-9_]*)\[(@|\*|[0-9]+)\]$/.exec(inner);
  if (element) {
    const value = scope.get(element[1]);
    if (!value) return unknown();
    const elements = value.elements ?? [{ text: value.text, dynamic: value.dynamic }];
    if (element[2] === '@') return { text: '', dynamic: false, split: false, fields: elements.map((e) => ({ ...e })) };
    if (element[2] === '*') {
      return { text: elements.map((e) => e.text).join(' '), dynamic: elements.some((e) => e.dynamic), split: !quoted };
    }
    const picked = elements[Number(element[2])];
    return picked ? { text: picked.text, dynamic: picked.dynamic, split: !quoted && !picked.dynamic } : known('');
  }
  const operator = /^(#?)([A-Za-z_][A-Za-z0-9_]*)(.*)$/s.exec(inner);
  if (!operator) return unknown();
  const [, length, name, rest] = operator;
  const value = scope.get(name);
  if (length === '#') return value && !value.dynamic && rest === '' ? known(String(value.text.length)) : unknown();
  // literal operands only: anything with quotes, expansions or globs is not worth guessing
  const literalOperand = (operand: string): boolean => !/[$`'"\\*?[]/.test(operand);
  const fallback = /^(:?)([-=+?])(.*)$/s.exec(rest);
  if (fallback) {
    const [, colon, op, operand] = fallback;
    if (value?.dynamic || !literalOperand(operand)) return unknown();
    const isSet = value !== undefined && (colon === '' || value.text !== '');
    if (op === '+') return known(isSet ? operand : '');
    if (isSet) return known(value.text);
    // unset: the environment might still define it
    if (value === undefined) return unknown();
    if (op === '=') scope.set(name, operand, false);
    return known(operand);
  }
  if (!value || value.dynamic) return unknown();
  const v = value.text;
  if (rest === '^^') return known(v.toUpperCase());
  if (rest === ',,') return known(v.toLowerCase());
  if (rest === '^') return known(v.charAt(0).toUpperCase() + v.slice(1));
  if (rest === ',') return known(v.charAt(0).toLowerCase() + v.slice(1));
  const slice = /^:\s*(-?[0-9]+)(?::\s*(-?[0-9]+))?$/.exec(rest);
  if (slice) {
    const from = Number(slice[1]) < 0 ? Math.max(0, v.length + Number(slice[1])) : Number(slice[1]);
    if (slice[2] === undefined) return known(v.slice(from));
    const count = Number(slice[2]);
    return known(count < 0 ? v.slice(from, v.length + count) : v.slice(from, from + count));
  }
  const replace = /^(\/\/?)([^/]*)\/?(.*)$/s.exec(rest);
  if (replace && literalOperand(replace[2]) && literalOperand(replace[3]) && replace[2] !== '') {
    return known(replace[1] === '//' ? v.split(replace[2]).join(replace[3]) : v.replace(replace[2], () => replace[3]));
  }
  const strip = /^(##?|%%?)(.*)$/s.exec(rest);
  if (strip && literalOperand(strip[2])) {
    const pattern = strip[2];
    if (strip[1].startsWith('#')) return known(v.startsWith(pattern) ? v.slice(pattern.length) : v);
    return known(v.endsWith(pattern) ? v.slice(0, v.length - pattern.length) : v);
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

/** Brace expansion of a literal word: a{b,c}d, {1..3}, {a..c}, nested; undefined past 64 words. */
function expandBraces(text: string): string[] | undefined {
  const open = text.indexOf('{');
  if (open < 0) return [text];
  // find the matching close and the top-level commas
  let depth = 0;
  const commas: number[] = [];
  let close = -1;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}') {
      depth--;
      if (depth === 0) {
        close = i;
        break;
      }
    } else if (text[i] === ',' && depth === 1) commas.push(i);
  }
  if (close < 0) return [text];
  const prefix = text.slice(0, open);
  const body = text.slice(open + 1, close);
  const suffixes = expandBraces(text.slice(close + 1));
  if (!suffixes) return undefined;
  let alternatives: string[];
  if (commas.length > 0) {
    const bounds = [open, ...commas, close];
    alternatives = [];
    for (let k = 0; k + 1 < bounds.length; k++) {
      const part = expandBraces(text.slice(bounds[k] + 1, bounds[k + 1]));
      if (!part) return undefined;
      alternatives.push(...part);
    }
  } else {
    const range = /^(-?\d+)\.\.(-?\d+)$|^([a-zA-Z])\.\.([a-zA-Z])$/.exec(body);
    if (!range) {
      // `{x}` is no expansion: keep it literally and expand what follows
      return suffixes.map((suffix) => `${prefix}{${body}}${suffix}`).slice(0, 64);
    }
    const [from, to] = range[1] !== undefined ? [Number(range[1]), Number(range[2])] : [range[3].charCodeAt(0), range[4].charCodeAt(0)];
    if (Math.abs(to - from) > 64) return undefined;
    alternatives = [];
    for (let v = from; from <= to ? v <= to : v >= to; v += from <= to ? 1 : -1) {
      alternatives.push(range[1] !== undefined ? String(v) : String.fromCharCode(v));
    }
  }
  const words: string[] = [];
  for (const alternative of alternatives) {
    for (const suffix of suffixes) {
      words.push(prefix + alternative + suffix);
      if (words.length > 64) return undefined;
    }
  }
  return words;
}

function hasBraceExpansion(node: SyntaxNode): boolean {
  if (node.type !== 'concatenation' && node.type !== 'word' && node.type !== 'brace_expression') return false;
  return /\{[^{}]*(,|\.\.)[^{}]*\}/.test(node.text);
}

/** Inside "...", a backslash only quotes $ ` " \ and newline. */
function unescapeDoubleQuoted(text: string): string {
  return text.replace(/\\([$`"\\\n])/g, (_, c: string) => (c === '\n' ? '' : c));
}

/** Decodes the body of an ANSI-C string $'...'. */
export function decodeAnsiC(body: string): string {
  const simple: Record<string, string> = {
    a: '\x07',
    b: '\b',
    e: '\x1b',
    E: '\x1b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t',
    v: '\v',
    '\\': '\\',
    "'": "'",
    '"': '"',
    '?': '?',
  };
  return body.replace(/\\(x[0-9A-Fa-f]{1,2}|u[0-9A-Fa-f]{1,4}|U[0-9A-Fa-f]{1,8}|[0-7]{1,3}|c.|.)/gs, (whole, esc: string) => {
    if (esc[0] === 'x' && esc.length > 1) return String.fromCharCode(parseInt(esc.slice(1), 16));
    if ((esc[0] === 'u' || esc[0] === 'U') && esc.length > 1) {
      const code = parseInt(esc.slice(1), 16);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    if (/^[0-7]/.test(esc)) return String.fromCharCode(parseInt(esc, 8) & 0xff);
    if (esc[0] === 'c' && esc.length === 2) return String.fromCharCode(esc.charCodeAt(1) & 0x1f);
    return simple[esc] ?? whole;
  });
}
