// Reading a tool's command line from its own grammar: which options take a value (so the value is
// not taken for a subcommand), where the subcommand path is, and the value a repeated option ends
// with (the last). Options the grammar does not list are read as flags without a value, so an
// unknown flag never hides the subcommand that follows it.

export interface ParsedArgv {
  /** Positional words in order: the subcommand path, then its arguments. */
  words: string[];
  /** Option name as written (`--stack`, `-s`) -> values in order ('' for a flag without value). */
  options: Map<string, string[]>;
  /** Option name -> position of its last occurrence, to find the last of several spellings. */
  order: Map<string, number>;
}

/**
 * `valued`: option names that take a value (`--stack`, `-s`). `--name=value` and `-sVALUE` are read
 * for any option; a bare `--name` takes the next word only when the grammar says it is valued.
 */
export function parseArgv(argv: readonly string[], valued: ReadonlySet<string>, from = 1): ParsedArgv {
  const words: string[] = [];
  const options = new Map<string, string[]>();
  const order = new Map<string, number>();
  let seen = 0;
  const add = (name: string, value: string) => {
    options.set(name, [...(options.get(name) ?? []), value]);
    order.set(name, seen++);
  };
  for (let i = from; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      words.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--') && a.length > 2) {
      const eq = a.indexOf('=');
      if (eq !== -1) add(a.slice(0, eq), a.slice(eq + 1));
      else if (valued.has(a) && i + 1 < argv.length) add(a, argv[++i]);
      else add(a, '');
      continue;
    }
    if (a.startsWith('-') && a.length > 1 && !/^-\d/.test(a)) {
      const eq = a.indexOf('=');
      if (eq > 1 && valued.has(a.slice(0, eq)))
        add(a.slice(0, eq), a.slice(eq + 1)); // -address=x, -n=x
      else if (valued.has(a))
        add(a, i + 1 < argv.length ? argv[++i] : ''); // -n x, -address x
      else if (a.length > 2 && valued.has(a.slice(0, 2)))
        add(a.slice(0, 2), a.slice(2)); // -nprod
      else if (a.length > 2 && eq === -1)
        for (const l of a.slice(1)) add(`-${l}`, ''); // -rf
      else add(eq === -1 ? a : a.slice(0, eq), eq === -1 ? '' : a.slice(eq + 1));
      continue;
    }
    words.push(a);
  }
  return { words, options, order };
}

/** The value the tool uses for an option given several times or under several names: the last. */
export function last(p: ParsedArgv, ...names: string[]): string | undefined {
  let value: string | undefined;
  let at = -1;
  for (const n of names) {
    const index = p.order.get(n);
    if (index !== undefined && index > at) {
      at = index;
      const values = p.options.get(n) ?? [];
      value = values[values.length - 1];
    }
  }
  return value;
}

/** A flag is on when its last occurrence is not `=false`/`=0`. */
export function has(p: ParsedArgv, ...names: string[]): boolean {
  const value = last(p, ...names);
  return value !== undefined && !/^(false|0|no)$/i.test(value);
}

/** Every value given to these options. */
export const all = (p: ParsedArgv, ...names: string[]): string[] => names.flatMap((n) => p.options.get(n) ?? []).filter(Boolean);

export const set = (text: string): ReadonlySet<string> => new Set(text.split(/\s+/).filter(Boolean));

/** `--dry-run`, `--dry-run=client|server|true`: a simulation; `=none|false` is real. */
export function dryRun(p: ParsedArgv, name = '--dry-run'): boolean {
  const value = last(p, name);
  return value !== undefined && !/^(none|false|0)$/i.test(value);
}
