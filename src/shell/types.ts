// What the shell layer hands to every rule: the simple commands bash would run, in order.

/** How a command's standard input is fed, when the analysis can tell. */
export interface StdinSource {
  kind: 'heredoc' | 'herestring' | 'pipe' | 'file';
  /** The statically known text (heredoc body, here-string, `echo X |` output), if any. */
  text?: string;
  /** For `pipe`: argv[0] of the producing command; for `file`: the path. */
  from?: string;
  /** For `pipe`: the producing command's argv (`kubectl kustomize overlays/prod | kubectl delete -f -`). */
  producer?: string[];
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
  /** The program word as written when it is a path (`./deploy.sh`, `bin/run`): the file bash runs. */
  path?: string;
  /**
   * Variables that change what this tool does or where it points (TF_CLI_ARGS*, TF_WORKSPACE,
   * GIT_CONFIG_*, KUBECONFIG, HELM_NAMESPACE, HELM_KUBECONTEXT), from a prefix, `env`, or an
   * export/assignment earlier in the same command. Their effect on the command line is already in
   * argv (see tool-env.ts); this keeps the values for target naming. Partly dynamic values keep
   * their text as written (`$HOME/.kube/prod`).
   */
  toolEnv?: Record<string, string>;
  /**
   * Code injected through the environment this command runs with (`NODE_OPTIONS=--require=x`,
   * `LD_PRELOAD=…`, `BASH_ENV=…`), as `NAME=value`, its own or an enclosing wrapper's.
   */
  injected?: string[];
  /** Set when the command is presumed from another program's arguments: that program's name. */
  presumedBy?: string;
}

/** Why part of a command could not be read statically. */
export type UnreadableKind =
  /** The parser reported an error, or gave up. */
  | 'parse-error'
  /** A resource bound (size, depth, node count, time) was hit. */
  | 'bound'
  /** The program name is an expansion that cannot be resolved (`$TOOL destroy`). */
  | 'dynamic-program'
  /** A wrapper or interpreter runs a string that cannot be resolved (`bash -c "$CMD"`, `eval`). */
  | 'dynamic-string'
  /** A shell reads its script from somewhere not followed (`bash "$F"`, `bash <(curl …)`, stdin). */
  | 'hidden-script'
  /** A tool a rule is about is given a subcommand that cannot be resolved (`terraform $ACTION`). */
  | 'hidden-subcommand'
  /** A variable that changes the tool (TF_CLI_ARGS*, GIT_CONFIG_*) holds a value that cannot be read. */
  | 'dynamic-env'
  /** A script written earlier in the same command with unknown content, then run. */
  | 'written-script'
  /** An interpreter body (python/node/perl/ruby/awk) spawns a process we cannot read. */
  | 'spawn-body'
  /** The environment makes the program load code the guard does not see (NODE_OPTIONS, LD_PRELOAD…). */
  | 'injected-code'
  /** The text is not something bash can take as written (NUL, invalid UTF-8). */
  | 'encoding'
  /** The analyser itself failed. */
  | 'internal';

export interface Unreadable {
  kind: UnreadableKind;
  /** What could not be read, for the agent. */
  detail: string;
  /** The command (or fragment) it was found in, as written; '' when it is the whole input. */
  command: string;
  /** For 'injected-code': the program that runs with it. */
  program?: string;
}

export interface Analysis {
  /** Every simple command bash would execute, in execution order. */
  commands: SimpleCommand[];
  /**
   * Why the analysis is incomplete, if it is: parse errors, a bound hit, a wrapper hiding a string
   * that cannot be resolved statically, a program name that is itself dynamic. Empty when complete.
   */
  unreadable: Unreadable[];
  /** True when a resource bound (depth, size, node count, time) was hit: always fail closed. */
  boundHit: boolean;
}
