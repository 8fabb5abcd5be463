// Shared state of one analyze() call and the intermediate shapes both lexers produce.
import type { Budget } from './bounds.js';
import type { BashParser } from './parser.js';
import type { Redirect, SimpleCommand, StdinSource, Unreadable, UnreadableKind } from './types.js';

/** One word after quote removal and expansion. */
export interface Word {
  text: string;
  /** Holds an expansion that cannot be resolved statically. */
  dynamic: boolean;
  /** For a process substitution `<( )`: its static output, when known. */
  procsubOutput?: string;
  /** The word is (exactly) a process substitution. */
  procsub?: boolean;
  /** For an array assignment value `(a b c)`: its elements. */
  elements?: Word[];
}

/** A simple command as a lexer sees it, before normalisation and unwrapping. */
export interface RawCommand {
  words: Word[];
  assignments: Array<{ name: string; append: boolean; value: Word }>;
  redirects: Redirect[];
  stdin?: StdinSource;
  text: string;
}

/** Where a piece of text is being analysed: inside which wrappers, how deep, fed by what. */
export interface Frame {
  via: string[];
  depth: number;
  /** Standard input of commands that have none of their own (pipe, redirect of a compound). */
  stdin?: StdinSource;
  /** Code injected through the environment of an enclosing wrapper or shell (`LD_PRELOAD=x bash -c …`). */
  injected?: string[];
}

/** Signals that a text needs the tree-sitter parser, which is not loaded yet. */
export class NeedsParser extends Error {}

export interface Run {
  budget: Budget;
  parser?: BashParser;
  aliases: Record<string, string>;
  out: SimpleCommand[];
  unreadable: Unreadable[];
  /** Parsed trees, freed when the analysis ends (function bodies point into them). */
  trees: Array<{ delete(): void }>;
  /** Some command so far writes a file (`>`, `>>`, tee): later commands may run what it wrote. */
  writes?: boolean;
  /** The whole command as given (what injected-code checks search for a sitecustomize). */
  source?: string;
  /** Bytes of shell text analysed so far, over every (re-)parse. */
  parsedBytes?: number;
  /** Tests only: send plain text through tree-sitter too, to check both lexers agree. */
  forceTree?: boolean;
}

export function addUnreadable(run: Run, kind: UnreadableKind, detail: string, command = '', program?: string): void {
  if (!run.unreadable.some((u) => u.kind === kind && u.detail === detail)) {
    run.unreadable.push({ kind, detail, command, ...(program !== undefined ? { program } : {}) });
  }
}
