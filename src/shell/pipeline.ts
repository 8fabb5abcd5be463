// The one normalisation pipeline both lexers feed: assignments, aliases, program basename, builtins
// that change later commands (cd, export, alias), function calls, wrappers, interpreters.
import { posix } from 'node:path';
import type { Frame, RawCommand, Run, Word } from './context.js';
import { NeedsParser, addUnreadable } from './context.js';
import { interpret } from './interpreters.js';
import { isPlain, lexPlain } from './lexer-plain.js';
import { staticOutput } from './output.js';
import { TreeWalker } from './tree.js';
import type { SimpleCommand } from './types.js';
import { Scope, splitAssignment } from './variables.js';
import { unwrap } from './wrappers.js';

/** Result of running one simple command: the command recorded last (for its static output). */
export type Emitted = SimpleCommand | undefined;

export class Analyzer {
  constructor(readonly run: Run) {}

  /** Analyses shell text found at `frame` (top level, or inside bash -c / eval / stdin ...). */
  analyzeText(text: string, scope: Scope, frame: Frame): string | undefined {
    const { budget } = this.run;
    budget.depth(frame.depth);
    budget.clock();
    if (text.includes('\0')) {
      // bash cannot take NUL: report it, and read the rest as if the NULs were not there
      addUnreadable(this.run, 'command contains a NUL byte, which bash cannot take');
      text = text.replaceAll('\0', '');
    }
    if (!this.run.forceTree && isPlain(text)) {
      let output: string | undefined = '';
      for (const raw of lexPlain(text)) {
        const emitted = this.emit(raw, scope, frame);
        output = emitted ? staticOutput(emitted) : undefined;
      }
      return output;
    }
    if (!this.run.parser) throw new NeedsParser('tree-sitter needed');
    // the progress callback cancels a parse that outlives the time budget
    const cancel = (() => budget.expired()) as unknown as (state: unknown) => void;
    const tree = this.run.parser.parse(text, null, { progressCallback: cancel });
    if (!tree) {
      this.run.parser.reset();
      budget.clock();
      addUnreadable(this.run, 'the shell parser gave up on this command');
      return undefined;
    }
    this.run.trees.push(tree);
    return new TreeWalker(this, text).program(tree.rootNode, scope, frame);
  }

  /** Normalises one simple command, unwraps it, and records what bash would execute. */
  emit(raw: RawCommand, scope: Scope, frame: Frame): Emitted {
    const leading: Record<string, string> = {};
    for (const { name, append, value } of raw.assignments) {
      const previous = append ? scope.get(name) : undefined;
      const text = (previous?.text ?? '') + value.text;
      leading[name] = value.dynamic ? '' : text;
      if (raw.words.length > 0) continue;
      if (value.elements) scope.setArray(name, [...(append ? previous?.elements ?? [] : []), ...value.elements]);
      else scope.set(name, text, value.dynamic || (previous?.dynamic ?? false));
    }
    if (raw.words.length === 0) return undefined;

    const aliased = this.expandAliases(raw, scope, frame);
    if (aliased === 'analysed') return undefined;
    raw = aliased;

    const words = [...splitBlankProgram(programName(raw.words[0])), ...raw.words.slice(1)];
    const stdin = raw.stdin ?? frame.stdin;
    const program = words[0].dynamic ? undefined : words[0].text;

    if (program !== undefined) {
      const fn = scope.functions.get(program);
      if (fn && !scope.active.has(program)) {
        scope.active.add(program);
        const saved = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '@', '*'].map((n) => [n, scope.get(n)] as const);
        scope.setPositional(words);
        try {
          fn.call(scope, { ...frame, stdin, via: [...frame.via, `${program}()`] });
        } finally {
          scope.active.delete(program);
          for (const [n, v] of saved) {
            if (v) scope.vars.set(n, v);
            else scope.vars.delete(n);
          }
        }
        return undefined;
      }

      const wrapped = unwrap(words, stdin);
      if (wrapped) {
        const inner: Frame = { ...frame, via: [...frame.via, wrapped.label] };
        const innerScope = wrapped.remote ? remoteScope(scope) : scope;
        if (wrapped.kind === 'text') {
          if (wrapped.text === undefined) {
            addUnreadable(this.run, `${wrapped.label} runs a string that cannot be read statically: ${wrapped.source}`);
            return this.record(raw, words, leading, scope, frame, stdin);
          }
          this.analyzeText(wrapped.text, innerScope.child(), { ...inner, depth: frame.depth + 1, stdin });
          return undefined;
        }
        let last: Emitted;
        for (const command of wrapped.commands) {
          last = this.emit(
            { ...raw, words: command.words, assignments: [...raw.assignments, ...(command.assignments ?? [])], stdin },
            innerScope,
            inner,
          );
        }
        return wrapped.commands.length === 1 ? last : undefined;
      }

      const interpreted = interpret(words, stdin);
      if (interpreted) {
        const inner: Frame = { ...frame, via: [...frame.via, interpreted.label], depth: frame.depth + 1 };
        if (interpreted.reason) addUnreadable(this.run, interpreted.reason);
        if (interpreted.kind === 'shell') {
          if (interpreted.text === undefined) return this.record(raw, words, leading, scope, frame, stdin);
          let innerScope = scope;
          if (!interpreted.sameScope) {
            innerScope = scope.child();
            innerScope.setPositional(interpreted.positional ?? [words[0]]);
          }
          // a script read from stdin does not pass that stdin on to its commands
          const innerStdin = interpreted.label.endsWith('stdin') ? undefined : stdin;
          this.analyzeText(interpreted.text, innerScope, { ...inner, stdin: innerStdin });
          return undefined;
        }
        if (interpreted.shell.length + interpreted.argv.length === 0) {
          return this.record(raw, words, leading, scope, frame, stdin);
        }
        for (const text of interpreted.shell) this.analyzeText(text, scope.child(), inner);
        for (const argv of interpreted.argv) {
          this.emit(
            { words: argv.map((text) => ({ text, dynamic: false })), assignments: [], redirects: [], text: argv.join(' ') },
            scope.child(),
            inner,
          );
        }
        return undefined;
      }
    }

    const recorded = this.record(raw, words, leading, scope, frame, stdin);
    applyBuiltin(recorded, scope);
    return recorded;
  }

  private record(
    raw: RawCommand,
    words: Word[],
    leading: Record<string, string>,
    scope: Scope,
    frame: Frame,
    stdin: SimpleCommand['stdin'],
  ): SimpleCommand {
    if (words[0].dynamic) addUnreadable(this.run, `the program name is not static: ${words[0].text}`);
    const command: SimpleCommand = {
      argv: words.map((w) => w.text),
      dynamic: words.map((w) => w.dynamic),
      assignments: { ...scope.exportedEnv(), ...leading },
      via: frame.via,
      redirects: raw.redirects,
      text: raw.text,
    };
    if (scope.cwd !== undefined) command.cwd = scope.cwd;
    if (stdin) command.stdin = stdin;
    this.run.budget.command();
    this.run.out.push(command);
    return command;
  }

  /** Replaces an alias in command position by its value (built-ins, options, `alias` earlier). */
  private expandAliases(raw: RawCommand, scope: Scope, frame: Frame): RawCommand | 'analysed' {
    const seen = new Set<string>();
    let words = raw.words;
    let assignments = raw.assignments;
    for (;;) {
      const first = words[0];
      if (!first || first.dynamic || seen.has(first.text)) break;
      const value = scope.aliases.get(first.text) ?? (Object.hasOwn(this.run.aliases, first.text) ? this.run.aliases[first.text] : undefined);
      if (value === undefined) break;
      seen.add(first.text);
      if (!isPlain(value)) {
        const rest = words.slice(1).map((w) => shellQuote(w.text)).join(' ');
        this.analyzeText(rest ? `${value} ${rest}` : value, scope, { ...frame, depth: frame.depth + 1, stdin: raw.stdin ?? frame.stdin });
        return 'analysed';
      }
      const [lexed] = lexPlain(value);
      if (!lexed) {
        words = words.slice(1);
        if (words.length === 0) return { ...raw, words, assignments };
        continue;
      }
      assignments = [...assignments, ...lexed.assignments];
      words = [...lexed.words, ...words.slice(1)];
    }
    return { ...raw, words, assignments };
  }
}

/** `/usr/local/bin/terraform` -> `terraform`; a leading backslash is already gone. */
function programName(word: Word): Word {
  if (word.dynamic || !word.text.includes('/') || word.text.endsWith('/')) return word;
  return { ...word, text: posix.basename(word.text) };
}

/**
 * A program name holding blanks (`$'terraform\x20destroy'`) names no real program, so bash would
 * fail to find it; reading it as its words instead only ever adds verdicts, never removes one.
 */
function splitBlankProgram(word: Word): Word[] {
  if (word.dynamic || !/\s/.test(word.text.trim())) return [word];
  return word.text.trim().split(/\s+/).map((text) => ({ text, dynamic: false }));
}

/** ssh / docker / kubectl exec run elsewhere: the local working directory does not apply. */
function remoteScope(scope: Scope): Scope {
  const remote = scope.child();
  remote.cwd = undefined;
  return remote;
}

/**
 * `read` from a statically known stdin: one line gives exact values; several lines (a `while read`
 * loop) give all of them joined, marked dynamic, so a rule still sees every name.
 */
function readInto(names: string[], input: string | undefined, scope: Scope): void {
  if (input === undefined) {
    for (const name of names) scope.set(name, '', true);
    return;
  }
  const lines = input.split('\n').filter((line) => line !== '');
  if (lines.length !== 1) {
    for (const name of names) scope.set(name, lines.join(' '), true);
    return;
  }
  const fields = lines[0].trim().split(/[ \t]+/);
  names.forEach((name, index) => {
    const value = index === names.length - 1 ? fields.slice(index).join(' ') : fields[index] ?? '';
    scope.set(name, value, false);
  });
}

function shellQuote(text: string): string {
  return /^[A-Za-z0-9_./:=,@%+-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

const DECLARATIONS = new Set(['export', 'declare', 'typeset', 'local', 'readonly']);

/** Effects of builtins on the commands that follow them in the same shell. */
function applyBuiltin(command: SimpleCommand, scope: Scope): void {
  const [program, ...args] = command.argv;
  const dynamicArg = (index: number): boolean => command.dynamic[index + 1];
  switch (program) {
    case 'cd':
    case 'pushd': {
      const index = args.findIndex((a) => !/^-[LPe@]+$/.test(a) || a === '-');
      const target = index >= 0 ? args[index] : '~';
      if (index >= 0 && args[index] === '-') scope.cwd = undefined;
      else if (target.startsWith('/') || target.startsWith('~') || scope.cwd === undefined || (index >= 0 && dynamicArg(index))) {
        scope.cwd = target;
      } else scope.cwd = posix.normalize(posix.join(scope.cwd, target));
      return;
    }
    case 'popd':
      scope.cwd = undefined;
      return;
    case 'alias':
      for (const arg of args) {
        const eq = arg.indexOf('=');
        if (eq > 0) scope.aliases.set(arg.slice(0, eq), arg.slice(eq + 1));
      }
      return;
    case 'unalias':
      for (const arg of args) {
        if (arg === '-a') scope.aliases.clear();
        else scope.aliases.delete(arg);
      }
      return;
    case 'unset':
      for (const arg of args) if (!arg.startsWith('-')) scope.unset(arg);
      return;
    case 'read':
    case 'mapfile':
    case 'readarray': {
      const names: string[] = [];
      for (let i = 0; i < args.length; i++) {
        if (/^-[pdntuNCca]$/.test(args[i])) {
          if (args[i] === '-a') names.push(args[i + 1]);
          i += 1;
        } else if (!args[i].startsWith('-')) names.push(args[i]);
      }
      if (names.length === 0) names.push(program === 'read' ? 'REPLY' : 'MAPFILE');
      readInto(names, command.stdin?.text, scope);
      return;
    }
    case 'printf': {
      if (args[0] !== '-v' || args[1] === undefined) return;
      const output = staticOutput({ ...command, argv: ['printf', ...args.slice(2)], dynamic: [false, ...command.dynamic.slice(3)] });
      scope.set(args[1], output ?? '', output === undefined);
      return;
    }
    default:
      if (!DECLARATIONS.has(program)) return;
  }
  const flags = args.filter((a) => /^[-+][a-zA-Z]+$/.test(a)).join('');
  if (flags.includes('f')) return; // declare -f lists functions
  const exported = program === 'export' || /-[a-zA-Z]*x/.test(flags);
  args.forEach((arg, index) => {
    if (/^[-+][a-zA-Z]+$/.test(arg)) return;
    const parsed = splitAssignment(arg);
    if (parsed) {
      const previous = parsed.append ? scope.get(parsed.name)?.text ?? '' : '';
      scope.set(parsed.name, previous + parsed.value, dynamicArg(index), exported || undefined);
    } else if (exported) scope.export(arg);
  });
}
