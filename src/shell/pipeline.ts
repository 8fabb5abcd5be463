// The one normalisation pipeline both lexers feed: assignments, aliases, program basename, builtins
// that change later commands (cd, export, alias), function calls, wrappers, interpreters.
import { posix } from 'node:path';
import type { Frame, RawCommand, Run, Word } from './context.js';
import { NeedsParser, addUnreadable } from './context.js';
import { SHELLS, SOURCE_BUILTINS, interpret } from './interpreters.js';
import { isPlain, lexPlain } from './lexer-plain.js';
import { staticOutput } from './output.js';
import { injectedCode } from './injected.js';
import { presumedCommands, presumedInOptions } from './presumed.js';
import { programFromWord } from './program-name.js';
import { hiddenToolVariable, isToolVariable, withToolEnv } from './tool-env.js';
import { TreeWalker } from './tree.js';
import type { SimpleCommand } from './types.js';
import { type Scope, fieldSeparators, splitAssignment } from './variables.js';
import type { Unwrapped } from './wrappers.js';
import { unwrap } from './wrappers.js';
import { writtenScript } from './written-scripts.js';

/** Result of running one simple command: the command recorded last (for its static output). */
export type Emitted = SimpleCommand | undefined;

export class Analyzer {
  constructor(readonly run: Run) {}

  /** Analyses shell text found at `frame` (top level, or inside bash -c / eval / stdin ...). */
  analyzeText(text: string, scope: Scope, frame: Frame): string | undefined {
    const { budget } = this.run;
    budget.depth(frame.depth);
    budget.text(text.length);
    if (text.includes('\0')) {
      // bash cannot take NUL: report it, and read the rest as if the NULs were not there
      addUnreadable(this.run, 'encoding', 'command contains a NUL byte, which bash cannot take');
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
    // the text is bounded in bytes (budget.text), so the parse is bounded in work, not in time
    const tree = this.run.parser.parse(text);
    if (!tree) {
      this.run.parser.reset();
      addUnreadable(this.run, 'parse-error', 'the shell parser gave up on this command', text.slice(0, 200));
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
      if (value.elements) scope.setArray(name, [...(append ? (previous?.elements ?? []) : []), ...value.elements]);
      else scope.set(name, text, value.dynamic || (previous?.dynamic ?? false));
    }
    if (raw.words.length === 0) return undefined;

    const aliased = this.expandAliases(raw, scope, frame);
    if (aliased === 'analysed') return undefined;
    raw = aliased;

    const words = [...splitBlankProgram(this.programName(raw.words[0])), ...raw.words.slice(1)];
    const stdin = raw.stdin ?? frame.stdin;
    const program = words[0].dynamic ? undefined : words[0].text;
    const injected = this.injected(leading, scope, frame);
    return this.emitProgram(raw, words, leading, scope, injected.length > 0 ? { ...frame, injected } : frame, stdin, program);
  }

  private emitProgram(
    raw: RawCommand,
    words: Word[],
    leading: Record<string, string>,
    scope: Scope,
    frame: Frame,
    stdin: SimpleCommand['stdin'],
    program: string | undefined,
  ): Emitted {
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
      if (wrapped?.kind === 'also') return this.also(wrapped, raw, leading, scope, frame, stdin);
      if (wrapped) {
        const inner: Frame = { ...frame, via: [...frame.via, wrapped.label] };
        const innerScope = wrapped.remote ? remoteScope(scope) : scope;
        this.presumeOptions(program, words, wrapped, scope, frame);
        if (wrapped.kind === 'text') {
          if (wrapped.text === undefined) {
            addUnreadable(
              this.run,
              'dynamic-string',
              `${wrapped.label} runs a string that cannot be read statically: ${wrapped.source}`,
              raw.text,
            );
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
        if (interpreted.reason) addUnreadable(this.run, interpreted.unreadableKind ?? 'dynamic-string', interpreted.reason, raw.text);
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
        const piped = interpreted.piped ?? [];
        if (interpreted.shell.length + interpreted.argv.length + piped.length === 0) {
          return this.record(raw, words, leading, scope, frame, stdin);
        }
        for (const text of interpreted.shell) this.analyzeText(text, scope.child(), inner);
        for (const [text, input] of piped) {
          this.analyzeText(text, scope.child(), { ...inner, stdin: { kind: 'pipe', text: input, from: interpreted.label } });
        }
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

    const earlier = this.run.out.length;
    const recorded = this.record(raw, words, leading, scope, frame, stdin);
    if (!raw.words[0].dynamic && raw.words[0].text.includes('/')) recorded.path = raw.words[0].text;
    applyBuiltin(recorded, scope);
    this.runWrittenScript(recorded, earlier, scope, frame);
    this.presumeArguments(recorded, scope, frame);
    return recorded;
  }

  /** Code injected through this command's environment, its own and its wrappers'. */
  private injected(leading: Record<string, string>, scope: Scope, frame: Frame): string[] {
    const own = injectedCode({ ...scope.exportedEnv(), ...leading }, this.run.source ?? '');
    if (own.length === 0) return frame.injected ?? [];
    return [...new Set([...(frame.injected ?? []), ...own])];
  }

  /**
   * A program that runs itself and also a command given in its options (`tar --to-command`, sed's
   * `e`, `git rebase --exec`, `make -f -`): both are recorded.
   */
  private also(
    wrapped: Extract<Unwrapped, { kind: 'also' }>,
    raw: RawCommand,
    leading: Record<string, string>,
    scope: Scope,
    frame: Frame,
    stdin: SimpleCommand['stdin'],
  ): Emitted {
    const recorded = this.record(raw, wrapped.self, leading, scope, frame, stdin);
    this.presumeArguments(recorded, scope, frame);
    const inner: Frame = { ...frame, via: [...frame.via, wrapped.label], depth: frame.depth + 1, stdin: undefined };
    for (const run of wrapped.texts) {
      if (run.text === undefined) {
        addUnreadable(
          this.run,
          'hidden-script',
          `${wrapped.label} runs a command that cannot be read statically: ${run.source.slice(0, 80)}`,
          raw.text,
        );
      } else if (run.text.trim() !== '') this.analyzeText(run.text, (run.remote ? remoteScope(scope) : scope).child(), inner);
    }
    for (const command of wrapped.commands) {
      this.emit({ ...raw, words: command.words, assignments: [...raw.assignments, ...(command.assignments ?? [])], stdin }, scope.child(), {
        ...frame,
        via: inner.via,
      });
    }
    return recorded;
  }

  /** Commands presumed from a program's arguments (docs/guard-rules.md, "Safe by elimination"). */
  private presumeArguments(command: SimpleCommand, scope: Scope, frame: Frame): void {
    const { texts, tooMany } = presumedCommands(command.argv);
    if (tooMany) {
      addUnreadable(
        this.run,
        'hidden-script',
        `\`${command.argv[0]}\` is given more commands of guarded tools than the guard reads in one command`,
        command.text,
      );
    }
    this.presume(command.argv[0], texts, scope, frame);
  }

  /** A wrapper's own options that read as a guarded act (`ssh -o ProxyCommand='…' host`). */
  private presumeOptions(program: string, words: Word[], wrapped: Unwrapped, scope: Scope, frame: Frame): void {
    const first = wrapped.kind === 'argv' ? wrapped.commands[0]?.words[0] : wrapped.kind === 'text' ? wrapped.first : undefined;
    const at = first ? words.indexOf(first) : -1;
    if (at <= 1) return;
    // env / sudo hand NAME=value to the program's environment: a value there is data
    const own = words.slice(1, at).filter((w) => !(ENVIRONMENT_SETTERS.has(program) && splitAssignment(w.text)));
    this.presume(program, presumedInOptions(own), scope, frame);
  }

  private presume(program: string, texts: string[], scope: Scope, frame: Frame): void {
    for (const text of texts) {
      const before = this.run.unreadable.length;
      this.analyzeText(text, scope.child(), {
        ...frame,
        via: [...frame.via, `presumed: ${program}`],
        depth: frame.depth + 1,
        stdin: undefined,
      });
      // a presumed text is a reading of another program's argument, not shell the user wrote:
      // what does not parse as a command there is not reported as a parse error
      const added = this.run.unreadable.splice(before);
      this.run.unreadable.push(...added.filter((u) => u.kind !== 'parse-error' && u.kind !== 'encoding'));
    }
  }

  private record(
    raw: RawCommand,
    words: Word[],
    leading: Record<string, string>,
    scope: Scope,
    frame: Frame,
    stdin: SimpleCommand['stdin'],
  ): SimpleCommand {
    if (words[0].dynamic) addUnreadable(this.run, 'dynamic-program', `the program name is not static: ${words[0].text}`, raw.text);
    let argv = words.map((w) => w.text);
    let dynamic = words.map((w) => w.dynamic);
    const toolEnv = toolEnvironment(raw, scope);
    if (toolEnv) ({ argv, dynamic } = withToolEnv(argv, dynamic, toolEnv.values, toolEnv.dynamic));
    const command: SimpleCommand = {
      argv,
      dynamic,
      assignments: { ...scope.exportedEnv(), ...leading },
      via: frame.via,
      redirects: raw.redirects,
      text: raw.text,
    };
    if (scope.cwd !== undefined) command.cwd = scope.cwd;
    if (stdin) command.stdin = stdin;
    if (toolEnv) command.toolEnv = toolEnv.values;
    const presumed = [...frame.via].reverse().find((v) => v.startsWith('presumed: '));
    if (presumed) command.presumedBy = presumed.slice('presumed: '.length);
    if (frame.injected && frame.injected.length > 0) {
      command.injected = frame.injected;
      addUnreadable(
        this.run,
        'injected-code',
        `\`${argv[0]}\` runs with ${frame.injected.join(', ')}, which loads code the guard cannot see`,
        command.text,
        argv[0],
      );
    }
    this.run.budget.command();
    this.run.out.push(command);
    if (command.argv[0] === 'tee' || command.redirects.some((r) => r.op.includes('>'))) this.run.writes = true;
    const hidden = hiddenSubcommand(command);
    if (hidden) addUnreadable(this.run, 'hidden-subcommand', hidden, command.text);
    const hiddenVariable = toolEnv && hiddenToolVariable(argv[0], toolEnv.dynamic);
    if (hiddenVariable) {
      addUnreadable(
        this.run,
        'dynamic-env',
        `${hiddenVariable} changes what \`${argv[0]}\` does and its value cannot be read statically`,
        command.text,
      );
    }
    return command;
  }

  /**
   * The program a command word names: the basename of a path, and for a dynamic word whose
   * program can still be read (`$(command -v tf)`, `$DIR/terraform`) that program, aliases resolved.
   */
  private programName(word: Word): Word {
    if (!word.dynamic) return programName(word);
    const name = programFromWord(word.text);
    if (name === undefined) return word;
    const alias = Object.hasOwn(this.run.aliases, name) ? this.run.aliases[name] : undefined;
    return { text: alias !== undefined && /^[A-Za-z0-9_.+-]+$/.test(alias) ? alias : name, dynamic: false };
  }

  /** A script the same command wrote earlier and now runs (`bash x.sh`, `./x.sh`): analyse its text. */
  private runWrittenScript(command: SimpleCommand, earlier: number, scope: Scope, frame: Frame): void {
    if (!this.run.writes || earlier === 0) return;
    const name = command.argv[0] ?? '';
    const fromFile = command.stdin?.kind === 'file' ? command.stdin.from : undefined;
    let script: string | undefined;
    if (SHELLS.has(name) || SOURCE_BUILTINS.has(name)) {
      // `sh x.sh`, `. ./x.sh`, `sh < x.sh`
      script = command.argv.slice(1).find((a, i) => !a.startsWith('-') && !command.dynamic[i + 1]) ?? fromFile;
    } else if (name === 'at' || name === 'batch') {
      // `at -f x.sh now`, `at now < x.sh`
      const f = command.argv.indexOf('-f');
      script = f > 0 ? command.argv[f + 1] : fromFile;
    } else script = name; // `./x.sh`
    if (!script) return;
    const text = writtenScript(this.run.out.slice(0, earlier), script);
    if (text === null) return;
    if (text === undefined) {
      addUnreadable(
        this.run,
        'written-script',
        `${script} is written earlier in this command with content that cannot be read statically, then run`,
        command.text,
      );
      return;
    }
    this.analyzeText(text, scope.child(), { ...frame, via: [...frame.via, `script ${script}`], depth: frame.depth + 1 });
  }

  /** Replaces an alias in command position by its value (built-ins, options, `alias` earlier). */
  private expandAliases(raw: RawCommand, scope: Scope, frame: Frame): RawCommand | 'analysed' {
    const seen = new Set<string>();
    let words = raw.words;
    let assignments = raw.assignments;
    for (;;) {
      const first = words[0];
      if (!first || first.dynamic || seen.has(first.text)) break;
      const value =
        scope.aliases.get(first.text) ?? (Object.hasOwn(this.run.aliases, first.text) ? this.run.aliases[first.text] : undefined);
      if (value === undefined) break;
      seen.add(first.text);
      if (!isPlain(value)) {
        const rest = words
          .slice(1)
          .map((w) => shellQuote(w.text))
          .join(' ');
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

const ENVIRONMENT_SETTERS = new Set(['env', 'sudo', 'doas', 'systemd-run', 'bwrap', 'strace', 'ltrace']);

const SUBCOMMAND_TOOLS = new Set(['terraform', 'tofu', 'terragrunt', 'kubectl', 'oc', 'helm', 'flux', 'git', 'gh']);
const VALUED_GLOBALS = /^(-C|-c|--namespace|-n|--context|--kubeconfig|--git-dir|--work-tree)$/;

/**
 * A tool a rule is about whose subcommand is a word that cannot be resolved (`terraform $ACTION`):
 * it could be `destroy`, so it is unreadable, not a harmless unknown.
 */
function hiddenSubcommand(cmd: SimpleCommand): string | undefined {
  if (!SUBCOMMAND_TOOLS.has(cmd.argv[0] ?? '')) return undefined;
  for (let i = 1; i < cmd.argv.length; i++) {
    const word = cmd.argv[i];
    if (cmd.dynamic[i] && !word.startsWith('-')) {
      return `\`${cmd.argv[0]}\` is given a subcommand that cannot be read statically (${word.slice(0, 60)})`;
    }
    if (!word.startsWith('-')) return undefined; // the static subcommand
    if (!word.includes('=') && VALUED_GLOBALS.test(word)) i++;
  }
  return undefined;
}

/**
 * Tool variables in force for this command: its own prefix assignments (and `env`'s), then those
 * set earlier in the same command, exported or not (docs/guard-rules.md counts both). Partly dynamic
 * values keep their text as written.
 */
function toolEnvironment(raw: RawCommand, scope: Scope): { values: Record<string, string>; dynamic: Set<string> } | undefined {
  let values: Record<string, string> | undefined;
  const dynamic = new Set<string>();
  for (const [name, value] of scope.vars) {
    if (!isToolVariable(name)) continue;
    values ??= {};
    values[name] = value.text;
    if (value.dynamic) dynamic.add(name);
    else dynamic.delete(name);
  }
  for (const { name, append, value } of raw.assignments) {
    if (!isToolVariable(name)) continue;
    values ??= {};
    values[name] = (append ? (values[name] ?? '') : '') + value.text;
    if (value.dynamic) dynamic.add(name);
    else dynamic.delete(name);
  }
  return values ? { values, dynamic } : undefined;
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
  // bash splits on blanks only: a non-breaking space is part of the name
  if (word.dynamic || !/[ \t\n]/.test(word.text.trim())) return [word];
  return word.text
    .trim()
    .split(/[ \t\n]+/)
    .map((text) => ({ text, dynamic: false }));
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
function readInto(names: string[], input: string | undefined, scope: Scope, separators: string): void {
  if (input === undefined) {
    for (const name of names) scope.set(name, '', true);
    return;
  }
  const lines = input.split('\n').filter((line) => line !== '');
  if (lines.length !== 1) {
    for (const name of names) scope.set(name, lines.join(' '), true);
    return;
  }
  const blanks = separators.replace(/[^ \t\n]/g, '');
  const others = separators.replace(/[ \t\n]/g, '');
  const pattern = new RegExp(`[${escapeClass(others)}]|[${escapeClass(blanks) || ' '}]+`);
  const fields = lines[0].trim().split(pattern);
  names.forEach((name, index) => {
    const value = index === names.length - 1 ? fields.slice(index).join(' ') : (fields[index] ?? '');
    scope.set(name, value, false);
  });
}

function escapeClass(chars: string): string {
  return chars
    .replace(/[\\\]^-]/g, '\\$&')
    .replace(/\t/g, '\\t')
    .replace(/\n/g, '\\n');
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
    case 'set': {
      // `set -- a b` / `set a b` binds $1, $2, ... for the commands that follow
      const dash = args.indexOf('--');
      const start = dash >= 0 ? dash + 1 : args.findIndex((a) => !/^[-+]/.test(a));
      if (start < 0 || (dash < 0 && args.slice(0, start).some((a) => /^[-+][a-zA-Z]*o$/.test(a)))) return;
      const zero = scope.get('0') ?? { text: 'bash', dynamic: false };
      scope.setPositional([zero, ...args.slice(start).map((text, k) => ({ text, dynamic: dynamicArg(start + k) }))]);
      return;
    }
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
      readInto(names, command.stdin?.text, scope, command.assignments.IFS ?? fieldSeparators(scope));
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
      const previous = parsed.append ? (scope.get(parsed.name)?.text ?? '') : '';
      scope.set(parsed.name, previous + parsed.value, dynamicArg(index), exported || undefined);
    } else if (exported) scope.export(arg);
  });
}
