// Walks a tree-sitter-bash syntax tree in execution order and hands every simple command to the
// shared pipeline. Returns, per statement, its static output when known (for `| sh`, `$( )`).
import { BoundHit } from './bounds.js';
import type { Frame, RawCommand, Word } from './context.js';
import { addUnreadable } from './context.js';
import type { SyntaxNode } from './parser.js';
import type { Analyzer } from './pipeline.js';
import { staticOutput } from './output.js';
import type { Redirect, StdinSource } from './types.js';
import type { Scope } from './variables.js';
import type { SubstitutionRunner } from './words.js';
import { evalFields, evalSingle } from './words.js';

type Output = string | undefined;

const WORDISH = new Set([
  'word',
  'string',
  'raw_string',
  'ansi_c_string',
  'translated_string',
  'concatenation',
  'simple_expansion',
  'expansion',
  'number',
  'arithmetic_expansion',
  'brace_expression',
  'command_substitution',
  'process_substitution',
  'string_content',
  'variable_name',
  'special_variable_name',
  'extglob_pattern',
  'regex',
]);

const REDIRECTS = new Set(['file_redirect', 'heredoc_redirect', 'herestring_redirect']);

function concat(a: Output, b: Output): Output {
  return a === undefined || b === undefined ? undefined : a + b;
}

export class TreeWalker {
  constructor(
    private readonly analyzer: Analyzer,
    readonly source: string,
  ) {}

  private get run() {
    return this.analyzer.run;
  }

  program(root: SyntaxNode, scope: Scope, frame: Frame): Output {
    if (root.hasError) this.reportErrors(root);
    return this.statements(root.namedChildren, scope, frame);
  }

  private reportErrors(root: SyntaxNode): void {
    const found: string[] = [];
    const visit = (node: SyntaxNode): void => {
      if (found.length >= 3) return;
      this.run.budget.node();
      if (node.isMissing) {
        found.push(`missing "${node.type}"`);
        return;
      }
      if (node.type === 'ERROR') {
        const text = node.text.trim();
        found.push(
          /^(\$?['"]|`)/.test(text)
            ? `unterminated quote near ${JSON.stringify(text.slice(0, 40))}`
            : `syntax error near ${JSON.stringify(text.slice(0, 40))}`,
        );
      }
      if (node.hasError) for (const child of node.children) if (child) visit(child);
    };
    visit(root);
    if (found.length === 0) found.push('syntax error');
    for (const problem of found) addUnreadable(this.run, 'parse-error', `parse error: ${problem}`, this.source.slice(0, 200));
  }

  private statements(nodes: Array<SyntaxNode | null>, scope: Scope, frame: Frame): Output {
    let output: Output = '';
    for (const node of nodes) if (node) output = concat(output, this.walk(node, scope, frame));
    return output;
  }

  walk(node: SyntaxNode, scope: Scope, frame: Frame): Output {
    this.run.budget.node();
    switch (node.type) {
      case 'comment':
        return '';
      case 'program':
      case 'compound_statement':
      case 'do_group':
      case 'list':
        return this.statements(node.namedChildren, scope, frame);
      case 'subshell':
        return this.statements(node.namedChildren, scope.child(), frame);
      case 'negated_command':
        return this.statements(node.namedChildren, scope, frame);
      case 'pipeline':
        return this.pipeline(node.namedChildren, scope, frame, frame.stdin);
      case 'redirected_statement':
        return this.redirected(node, scope, frame);
      case 'command':
        return this.command(node, scope, frame, [], undefined);
      case 'variable_assignment':
      case 'variable_assignments':
        return this.assignmentsOnly(node, scope, frame);
      case 'declaration_command':
      case 'unset_command':
        return this.declaration(node, scope, frame);
      case 'function_definition':
        return this.defineFunction(node, scope);
      case 'for_statement':
        this.forLoop(node, scope, frame);
        return undefined;
      case 'test_command':
        this.runner(frame).substitutionsIn(node, scope);
        return '';
      case 'case_statement':
        return this.caseStatement(node, scope, frame);
      default:
        if (WORDISH.has(node.type)) {
          this.runner(frame).substitutionsIn(node, scope);
          return undefined;
        }
        // if/while/until/c-style for/ERROR and anything new: every statement inside may run
        this.statements(node.namedChildren, scope, frame);
        return undefined;
    }
  }

  private pipeline(stages: Array<SyntaxNode | null>, scope: Scope, frame: Frame, first: StdinSource | undefined): Output {
    let stdin = first;
    let output: Output;
    for (const stage of stages) {
      if (!stage) continue;
      const before = this.run.out.length;
      output = this.pipeStage(stage, scope.child(), { ...frame, stdin });
      const produced = this.run.out.length > before ? this.run.out[this.run.out.length - 1].argv : undefined;
      stdin = {
        kind: 'pipe',
        ...(produced !== undefined ? { from: produced[0], producer: produced } : {}),
        ...(output !== undefined ? { text: output } : {}),
      };
    }
    return output;
  }

  /** A pipe stage; tree-sitter hangs `| a && b` as a list under the pipe, so only its head is piped. */
  private pipeStage(stage: SyntaxNode, scope: Scope, frame: Frame): Output {
    if (stage.type === 'list') {
      const [head, ...rest] = stage.namedChildren;
      let output = head ? this.pipeStage(head, scope, frame) : '';
      output = concat(output, this.statements(rest, scope, { ...frame, stdin: undefined }));
      return output;
    }
    return this.walk(stage, scope, frame);
  }

  private redirected(node: SyntaxNode, scope: Scope, frame: Frame): Output {
    const body = node.childForFieldName('body');
    const redirects: Redirect[] = [];
    const continuations: Array<{ node: SyntaxNode; piped: boolean }> = [];
    let stdin: StdinSource | undefined;
    const extraWords: Word[] = body ? this.lostWords(node, body) : [];
    for (const child of node.namedChildren) {
      if (!child || (body && child.id === body.id)) continue;
      if (REDIRECTS.has(child.type)) stdin = this.redirect(child, scope, frame, redirects, continuations, extraWords) ?? stdin;
      else continuations.push({ node: child, piped: false });
    }
    let output: Output;
    if (!body) output = '';
    else if (body.type === 'command') output = this.command(body, scope, frame, redirects, stdin, node.text, extraWords);
    else {
      // `{ …; } > f`, `( … ) > f`, and `a && b > f` (tree-sitter hangs that redirect on the whole
      // list): the commands the body ran carry the redirects, so the rules see the write.
      const before = this.run.out.length;
      output = this.walk(body, scope, { ...frame, stdin: stdin ?? frame.stdin });
      const writes = redirects.filter((r) => r.op.includes('>'));
      const ran = this.run.out.slice(before);
      // In bash the list's redirect belongs to its last command; a group's, to every command in it.
      const writers = body.type === 'list' ? ran.slice(-1) : ran;
      if (writes.length > 0) for (const cmd of writers) cmd.redirects.push(...writes);
    }
    if (redirects.some((r) => /^1?>[>|]?$|^&>/.test(r.op))) output = '';
    for (const next of continuations) {
      if (next.piped)
        output = this.pipeline(
          next.node.type === 'pipeline' ? next.node.namedChildren : [next.node],
          scope,
          frame,
          pipeFrom(this.run.out, output),
        );
      else output = concat(output, this.walk(next.node, scope, frame));
    }
    return output;
  }

  /**
   * tree-sitter-bash drops a word standing right before a heredoc (`kubectl apply -f - <<EOF`): the
   * text between the command and its redirects is read back here.
   */
  private lostWords(node: SyntaxNode, body: SyntaxNode): Word[] {
    const words: Word[] = [];
    let position = body.endIndex;
    for (const child of node.namedChildren) {
      if (!child || child.id === body.id || child.startIndex < position) continue;
      const gap = this.source.slice(position, child.startIndex).trim();
      if (gap !== '') {
        if (/^[A-Za-z0-9 \t_./:=,@%+-]+$/.test(gap)) words.push(...gap.split(/[ \t]+/).map((text) => ({ text, dynamic: false })));
        else addUnreadable(this.run, 'parse-error', `parse error: unparsed text ${JSON.stringify(gap.slice(0, 40))}`, gap.slice(0, 200));
      }
      position = child.endIndex;
    }
    return words;
  }

  /** Reads one redirect; returns the stdin it sets up, if it does. */
  private redirect(
    node: SyntaxNode,
    scope: Scope,
    frame: Frame,
    redirects: Redirect[],
    continuations: Array<{ node: SyntaxNode; piped: boolean }>,
    extraWords: Word[],
  ): StdinSource | undefined {
    const runner = this.runner(frame);
    let innerStdin: StdinSource | undefined;
    if (node.type === 'herestring_redirect') {
      const word = node.namedChildren.find((c) => c && c.type !== 'file_descriptor');
      if (!word) return undefined;
      const value = evalSingle(word, runner, scope);
      return { kind: 'herestring', ...(value.dynamic ? {} : { text: `${value.text}\n` }) };
    }
    if (node.type === 'heredoc_redirect') {
      let piped = false;
      for (let index = 0; index < node.childCount; index++) {
        const child = node.child(index);
        if (!child) continue;
        // tree-sitter hangs the rest of the command line (`<<EOF -n prod > out`) under the heredoc
        const field = node.fieldNameForChild(index);
        if (field === 'argument') {
          extraWords.push(...evalFields(child, runner, scope));
          continue;
        }
        if (field === 'redirect' && REDIRECTS.has(child.type)) {
          const inner = this.redirect(child, scope, frame, redirects, continuations, extraWords);
          if (inner) innerStdin = inner;
          continue;
        }
        if (!child.isNamed) {
          if (child.type === '|' || child.type === '|&') piped = true;
          else if (child.type === '&&' || child.type === '||' || child.type === ';') piped = false;
          continue;
        }
        if (/^heredoc_(start|body|end)$/.test(child.type) || child.type === 'file_descriptor') continue;
        continuations.push({ node: child, piped: piped || child.type === 'pipeline' });
        piped = false;
      }
      // a later `< file` on the same line wins over the heredoc, as in bash
      return innerStdin ?? { kind: 'heredoc', text: this.heredocText(node, scope, frame) };
    }
    // file_redirect: [descriptor] op destination
    const destination = node.childForFieldName('destination') ?? node.namedChildren.find((c) => c && c.type !== 'file_descriptor');
    const descriptor = node.childForFieldName('descriptor')?.text ?? '';
    const op = node.children.find((c) => c && !c.isNamed)?.type ?? '>';
    const target = destination ? evalSingle(destination, runner, scope).text : '';
    redirects.push({ op: descriptor + op, target });
    if (op === '<' && (descriptor === '' || descriptor === '0')) return { kind: 'file', from: target };
    return undefined;
  }

  private heredocText(node: SyntaxNode, scope: Scope, frame: Frame): string {
    const start = node.namedChildren.find((c) => c?.type === 'heredoc_start');
    const body = node.namedChildren.find((c) => c?.type === 'heredoc_body');
    const end = node.namedChildren.find((c) => c?.type === 'heredoc_end');
    if (!body) return '';
    const lineStart = (index: number): number => this.source.lastIndexOf('\n', index - 1) + 1;
    const from = lineStart(body.startIndex);
    const to = end ? lineStart(end.startIndex) : body.endIndex;
    const stripTabs = node.children.some((c) => c?.type === '<<-');
    let text: string;
    if (start && /['"\\]/.test(start.text)) {
      text = this.source.slice(from, to);
    } else {
      // unquoted delimiter: expansions and substitutions in the body happen
      const runner = this.runner(frame);
      text = '';
      let position = from;
      for (const child of body.namedChildren) {
        if (!child || child.type === 'heredoc_content') continue;
        text += unescapeHeredoc(this.source.slice(position, child.startIndex));
        const value = evalSingle(child, runner, scope);
        text += value.dynamic ? child.text : value.text;
        position = child.endIndex;
      }
      text += unescapeHeredoc(this.source.slice(position, Math.max(position, to)));
    }
    return stripTabs ? text.replace(/^\t+/gm, '') : text;
  }

  private command(
    node: SyntaxNode,
    scope: Scope,
    frame: Frame,
    redirects: Redirect[],
    stdin: StdinSource | undefined,
    text = node.text,
    lostWords: Word[] = [],
  ): Output {
    const runner = this.runner(frame);
    const raw: RawCommand = { words: [], assignments: [], redirects: [...redirects], text };
    const continuations: Array<{ node: SyntaxNode; piped: boolean }> = [];
    let previousEnd = -1;
    for (const child of node.namedChildren) {
      if (!child) continue;
      if (child.type === 'variable_assignment') raw.assignments.push(this.assignment(child, scope, frame));
      else if (REDIRECTS.has(child.type)) stdin = this.redirect(child, scope, frame, raw.redirects, continuations, lostWords) ?? stdin;
      else if (child.type === 'command_name' || WORDISH.has(child.type)) {
        const fields = evalFields(child, runner, scope);
        // tree-sitter splits `terra\<newline>form` in two; bash joins the line and reads one word
        const previous = raw.words[raw.words.length - 1];
        if (previous && fields.length > 0 && previousEnd >= 0 && this.source.slice(previousEnd, child.startIndex) === '\\\n') {
          const [first, ...rest] = fields;
          previous.text += first.text;
          previous.dynamic ||= first.dynamic;
          raw.words.push(...rest);
        } else raw.words.push(...fields);
        previousEnd = child.endIndex;
      } else this.runner(frame).substitutionsIn(child, scope);
    }
    raw.words.push(...lostWords);
    if (stdin) raw.stdin = stdin;
    const emitted = this.analyzer.emit(raw, scope, frame);
    let output: Output = raw.words.length === 0 ? '' : emitted ? staticOutput(emitted) : undefined;
    if (raw.redirects.some((r) => /^1?>[>|]?$|^&>/.test(r.op))) output = '';
    for (const next of continuations) {
      output = next.piped
        ? this.pipeline([next.node], scope, frame, pipeFrom(this.run.out, output))
        : concat(output, this.walk(next.node, scope, frame));
    }
    return output;
  }

  private assignment(node: SyntaxNode, scope: Scope, frame: Frame): RawCommand['assignments'][number] {
    const name = node.childForFieldName('name')?.text ?? node.text.split(/\+?=/)[0];
    const value = node.childForFieldName('value');
    const append = node.text.slice(name.length).startsWith('+=');
    if (value?.type === 'array') {
      const elements = value.namedChildren.flatMap((child) => (child ? evalFields(child, this.runner(frame), scope) : []));
      return { name, append, value: { text: elements.map((e) => e.text).join(' '), dynamic: elements.some((e) => e.dynamic), elements } };
    }
    return { name, append, value: value ? evalSingle(value, this.runner(frame), scope) : { text: '', dynamic: false } };
  }

  private assignmentsOnly(node: SyntaxNode, scope: Scope, frame: Frame): Output {
    const nodes =
      node.type === 'variable_assignment' ? [node] : node.namedChildren.filter((c): c is SyntaxNode => c?.type === 'variable_assignment');
    const raw: RawCommand = { words: [], assignments: nodes.map((n) => this.assignment(n, scope, frame)), redirects: [], text: node.text };
    this.analyzer.emit(raw, scope, frame);
    return '';
  }

  /** export/declare/local/readonly/typeset/unset: words through the same pipeline as the plain path. */
  private declaration(node: SyntaxNode, scope: Scope, frame: Frame): Output {
    const runner = this.runner(frame);
    const keyword = node.child(0)?.type ?? 'declare';
    const words: Word[] = [{ text: keyword, dynamic: false }];
    for (const child of node.namedChildren) {
      if (!child) continue;
      if (child.type === 'variable_assignment') {
        const { name, append, value } = this.assignment(child, scope, frame);
        words.push({ text: `${name}${append ? '+=' : '='}${value.text}`, dynamic: value.dynamic });
      } else words.push(...evalFields(child, runner, scope));
    }
    const emitted = this.analyzer.emit({ words, assignments: [], redirects: [], text: node.text }, scope, frame);
    return emitted ? staticOutput(emitted) : undefined;
  }

  private defineFunction(node: SyntaxNode, scope: Scope): Output {
    const name = node.childForFieldName('name')?.text;
    const body = node.childForFieldName('body');
    if (name && body) scope.functions.set(name, { call: (callScope, frame) => void this.walk(body, callScope, frame) });
    return '';
  }

  private forLoop(node: SyntaxNode, scope: Scope, frame: Frame): void {
    const variable = node.childForFieldName('variable')?.text;
    const body = node.childForFieldName('body');
    if (!body) return;
    const valueNodes = node.childrenForFieldName('value').filter((c): c is SyntaxNode => c !== null);
    if (!variable) {
      this.walk(body, scope, frame);
      return;
    }
    const inList = node.children.some((c) => c?.type === 'in');
    const values: Word[] = inList ? valueNodes.flatMap((v) => evalFields(v, this.runner(frame), scope)) : [{ text: '$@', dynamic: true }];
    if (values.length > this.run.budget.limits.maxLoopValues) {
      throw new BoundHit(`loop over more than ${this.run.budget.limits.maxLoopValues} values`);
    }
    for (const value of values) {
      scope.set(variable, value.text, value.dynamic);
      this.walk(body, scope, frame);
    }
  }

  private caseStatement(node: SyntaxNode, scope: Scope, frame: Frame): Output {
    const value = node.childForFieldName('value');
    if (value) this.runner(frame).substitutionsIn(value, scope);
    for (const item of node.namedChildren) {
      if (item?.type !== 'case_item') continue;
      const patterns = new Set(item.childrenForFieldName('value').map((p) => p?.id));
      for (const child of item.namedChildren) {
        if (!child) continue;
        if (patterns.has(child.id)) this.runner(frame).substitutionsIn(child, scope);
        else this.walk(child, scope, frame);
      }
    }
    return undefined;
  }

  /** Word evaluation's view of this walker, at one frame. */
  private runner(frame: Frame): SubstitutionRunner {
    const inner: Frame = { ...frame, stdin: undefined };
    return {
      source: this.source,
      node: () => this.run.budget.node(),
      commandSubstitution: (node, scope) => {
        const output = this.statements(node.namedChildren, scope.child(), inner);
        return output?.replace(/\n+$/, '');
      },
      processSubstitution: (node, scope) => this.statements(node.namedChildren, scope.child(), inner),
      substitutionsIn: (node, scope) => this.substitutionsIn(node, scope, inner),
    };
  }

  private substitutionsIn(node: SyntaxNode, scope: Scope, frame: Frame): void {
    this.run.budget.node();
    if (node.type === 'command_substitution' || node.type === 'process_substitution') {
      this.statements(node.namedChildren, scope.child(), frame);
      return;
    }
    for (const child of node.namedChildren) if (child) this.substitutionsIn(child, scope, frame);
  }
}

function pipeFrom(out: Array<{ argv: string[] }>, output: Output): StdinSource {
  const produced = out[out.length - 1]?.argv;
  return {
    kind: 'pipe',
    ...(produced !== undefined ? { from: produced[0], producer: produced } : {}),
    ...(output !== undefined ? { text: output } : {}),
  };
}

function unescapeHeredoc(text: string): string {
  return text.replace(/\\([$`\\\n])/g, (_, c: string) => (c === '\n' ? '' : c));
}
