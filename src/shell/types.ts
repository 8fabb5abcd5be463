// What the shell layer hands to every rule: the simple commands bash would run, in order.

/** How a command's standard input is fed, when the analysis can tell. */
export interface StdinSource {
  kind: 'heredoc' | 'herestring' | 'pipe' | 'file';
  /** The statically known text (heredoc body, here-string, `echo X |` output), if any. */
  text?: string;
  /** For `pipe`: argv[0] of the producing command; for `file`: the path. */
  from?: string;
}

export interface Redirect {
  op: string; // '>', '>>', '<', '2>', '&>', ...
  target: string;
}

export interface SimpleCommand {
  /**
   * Normalized words: quotes removed, escapes and ANSI-C strings resolved, variables resolvable in
   * the same command substituted. argv[0] is the basename of the program with aliases resolved
   * (`/usr/local/bin/terraform` -> `terraform`, `tf` -> `terraform`, `\git` -> `git`).
   * Wrappers (sudo, env, timeout, bash -c, ...) are already stripped: they appear in `via`.
   */
  argv: string[];
  /** Per argv entry: true when the word holds an expansion that cannot be resolved statically. */
  dynamic: boolean[];
  /** Leading `VAR=value` assignments (including those given to `env`), unresolvable ones as ''. */
  assignments: Record<string, string>;
  /** Wrappers and interpreters this command was found inside, outermost first, e.g. ['sudo', 'bash -c']. */
  via: string[];
  /** The last static `cd DIR` / `pushd DIR` that runs before this command in the same command, if any. */
  cwd?: string;
  stdin?: StdinSource;
  redirects: Redirect[];
  /** Source text of the command as written (for messages). */
  text: string;
}

export interface Analysis {
  /** Every simple command bash would execute, in execution order. */
  commands: SimpleCommand[];
  /**
   * Why the analysis is incomplete, if it is: parse errors, a bound hit, a wrapper hiding a string
   * that cannot be resolved statically, a program name that is itself dynamic. Empty when complete.
   */
  unreadable: string[];
  /** True when a resource bound (depth, size, node count, time) was hit: always fail closed. */
  boundHit: boolean;
}
