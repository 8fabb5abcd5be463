// What earlier parts of the same command set up: variables, functions, aliases, working directory.
import type { Frame } from './context.js';

export interface VarValue {
  text: string;
  dynamic: boolean;
  exported: boolean;
  /** Arrays: every element (`text` is element 0, as `$a` gives). */
  elements?: Array<{ text: string; dynamic: boolean }>;
}

export interface FunctionDef {
  /** Walks the function body in the caller's scope. */
  call(scope: Scope, frame: Frame): void;
}

/**
 * One shell scope. Subshells, pipeline stages and substitutions get a copy (their changes do not
 * leak out); brace groups and plain lists share the scope.
 */
export class Scope {
  vars = new Map<string, VarValue>();
  functions = new Map<string, FunctionDef>();
  aliases = new Map<string, string>();
  cwd?: string;
  /** Functions currently being expanded: bash would recurse, we stop. */
  active = new Set<string>();

  child(): Scope {
    const copy = new Scope();
    copy.vars = new Map(this.vars);
    copy.functions = new Map(this.functions);
    copy.aliases = new Map(this.aliases);
    copy.cwd = this.cwd;
    copy.active = new Set(this.active);
    return copy;
  }

  get(name: string): VarValue | undefined {
    return this.vars.get(name);
  }

  set(name: string, text: string, dynamic: boolean, exported?: boolean): void {
    const previous = this.vars.get(name);
    this.vars.set(name, { text, dynamic, exported: exported ?? previous?.exported ?? false });
  }

  setArray(name: string, elements: Array<{ text: string; dynamic: boolean }>): void {
    this.vars.set(name, {
      text: elements[0]?.text ?? '',
      dynamic: elements[0]?.dynamic ?? false,
      exported: this.vars.get(name)?.exported ?? false,
      elements,
    });
  }

  export(name: string): void {
    const previous = this.vars.get(name);
    if (previous) previous.exported = true;
    else this.vars.set(name, { text: '', dynamic: true, exported: true });
  }

  unset(name: string): void {
    this.vars.delete(name);
    this.functions.delete(name);
  }

  /** Variables exported earlier in the same command: part of every later command's environment. */
  exportedEnv(): Record<string, string> {
    const env: Record<string, string> = {};
    for (const [name, value] of this.vars) {
      if (value.exported) env[name] = value.dynamic ? '' : value.text;
    }
    return env;
  }

  /** Binds $0, $1, ... and $@ for the body of `bash -c 'STRING' arg0 arg1 ...`. */
  setPositional(args: Array<{ text: string; dynamic: boolean }>): void {
    for (const [index, arg] of args.entries()) this.set(String(index), arg.text, arg.dynamic);
    for (let index = args.length; index < 10; index++) this.vars.delete(String(index));
    const rest = args.slice(1).map((a) => ({ text: a.text, dynamic: a.dynamic }));
    const all = { text: rest.map((a) => a.text).join(' '), dynamic: rest.some((a) => a.dynamic) };
    // "$@" is one field per parameter, like "${array[@]}"
    this.vars.set('@', { ...all, exported: false, elements: rest });
    this.set('*', all.text, all.dynamic);
  }
}

/** The characters bash splits unquoted expansions on (IFS when set statically, else blanks). */
export function fieldSeparators(scope: Scope): string {
  const ifs = scope.get('IFS');
  return ifs && !ifs.dynamic ? ifs.text : ' \t\n';
}

export function isName(text: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(text);
}

/** Splits `NAME=value` / `NAME+=value`; undefined when the word is not an assignment. */
export function splitAssignment(text: string): { name: string; append: boolean; value: string } | undefined {
  const match = /^([A-Za-z_][A-Za-z0-9_]*)(\+?)=/.exec(text);
  if (!match) return undefined;
  return { name: match[1], append: match[2] === '+', value: text.slice(match[0].length) };
}
