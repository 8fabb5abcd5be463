// The shapes the file readers share: what the injected I/O answers, and what a reader finds a
// command will run.

/** A file as the guard's I/O reads it: its text, or why it cannot be read. */
export type FileRead =
  | { text: string; executable: boolean }
  | {
      unreadable: string;
      /** Not text (NUL bytes, not UTF-8): a program, not a script. */
      binary?: boolean;
      executable?: boolean;
    };

/** One configuration entry as git reports it (`git config --list --show-origin`). */
export interface GitConfigEntry {
  key: string;
  value: string;
  /** Where it comes from, e.g. `file:/home/u/.gitconfig`, `command line:`. */
  origin: string;
}

/** The configuration git would use in a folder, and where that repository keeps its hooks. */
export type GitConfigRead =
  | {
      entries: GitConfigEntry[];
      /** The repository's common git folder (hooks live under it), absolute; absent outside a repository. */
      commonDir?: string;
      /** The top of the work tree (relative core.hooksPath is read from there), absolute. */
      topLevel?: string;
    }
  | {
      unreadable: string;
      /** The folder does not exist: git stops before it runs anything. */
      missingFolder?: boolean;
    };

/** Shell text a command will run, found in a file (or in git's configuration). */
export interface Source {
  /** Added to `via` of the commands found in it, e.g. `make apply`, `npm run deploy`. */
  label: string;
  /** Where the text comes from, for messages: `deploy.sh`, `Makefile:12`, `git config alias.ship`. */
  origin: string;
  /** The file it was read from (shown relative to the command's folder) and the line the text starts on. */
  file?: string;
  line?: number;
  text: string;
  /** The folder the text runs in, absolute. */
  dir: string;
  /** $0, $1, ... for a script run with arguments. */
  positional?: string[];
  /** Variables the runner sets for the text (make's exported variables). */
  env?: Record<string, string>;
}

/** What a reader found: the texts that will run, and what could not be read. */
export interface Found {
  sources: Source[];
  unreadable: string[];
}
