// What wrappers and launchers hand back, and the option-skipping helpers they share.
import type { Word } from './context.js';
import { splitAssignment } from './variables.js';

export interface InnerCommand {
  words: Word[];
  assignments?: Array<{ name: string; append: boolean; value: Word }>;
}

/** Shell text a program runs besides itself (`tar --to-command=…`, sed's `e`). */
export interface RunText {
  text: string | undefined;
  source: string;
  /** The text runs on another machine (`rsync --rsync-path`): the local directory does not apply. */
  remote?: boolean;
}

export type Unwrapped =
  /** The wrapper runs these argv directly (exec form). */
  | { kind: 'argv'; label: string; commands: InnerCommand[]; remote?: boolean }
  /** The wrapper hands a string to a shell; `text` undefined when it is not static. */
  | { kind: 'text'; label: string; text: string | undefined; source: string; remote?: boolean; first?: Word }
  /**
   * The program runs itself (`self`: its words with the command-carrying options taken out) and
   * also these shell texts and argv (`git rebase --exec`, `tar --to-command`, `make -f -`).
   */
  | { kind: 'also'; label: string; self: Word[]; texts: RunText[]; commands: InnerCommand[] };

export type Spec = { withArg: Set<string>; longWithArg?: Set<string> };

export const set = (...items: string[]): Set<string> => new Set(items);

/**
 * Skips options from `start`: short flags (clusters allowed, `withArg` letters take the rest of the
 * cluster or the next word), `--long[=v]`, `--`. Returns the index of the first operand.
 */
export function skipOptions(words: Word[], start: number, spec: Spec): number {
  let i = start;
  while (i < words.length) {
    const text = words[i].text;
    if (text === '--') return i + 1;
    if (text.startsWith('--')) {
      const name = text.slice(2).split('=')[0];
      i += !text.includes('=') && spec.longWithArg?.has(name) ? 2 : 1;
      continue;
    }
    if (!text.startsWith('-') || text === '-') return i;
    let consumed = 1;
    for (let k = 1; k < text.length; k++) {
      if (spec.withArg.has(text[k])) {
        if (k === text.length - 1) consumed = 2;
        break;
      }
    }
    i += consumed;
  }
  return i;
}

export function leadingAssignments(words: Word[], start: number): { index: number; assignments: InnerCommand['assignments'] } {
  const assignments: NonNullable<InnerCommand['assignments']> = [];
  let i = start;
  for (; i < words.length; i++) {
    const parsed = splitAssignment(words[i].text);
    if (!parsed) break;
    assignments.push({ name: parsed.name, append: parsed.append, value: { text: parsed.value, dynamic: words[i].dynamic } });
  }
  return { index: i, assignments };
}

export function argv(label: string, words: Word[], extra: Partial<InnerCommand> = {}): Unwrapped | undefined {
  if (words.length === 0) return undefined;
  return { kind: 'argv', label, commands: [{ words, ...extra }] };
}

export function joined(label: string, words: Word[], remote = false): Unwrapped | undefined {
  if (words.length === 0) return undefined;
  const dynamic = words.some((w) => w.dynamic);
  const text = words.map((w) => w.text).join(' ');
  return { kind: 'text', label, text: dynamic ? undefined : text, source: text, remote, first: words[0] };
}

/** One shell text from a word (`-c CMD`); undefined text when it is not static. */
export const runText = (word: Word, remote = false): RunText => ({
  text: word.dynamic ? undefined : word.text,
  source: word.text,
  ...(remote ? { remote } : {}),
});

/** A word holding only part of another (`--to-command=CMD` -> `CMD`). */
export const tail = (word: Word, from: number): Word => ({ ...word, text: word.text.slice(from) });

/** GNU env's long options: it accepts any unambiguous prefix of one. */
const ENV_LONG = [
  'ignore-environment',
  'null',
  'unset',
  'chdir',
  'split-string',
  'block-signal',
  'default-signal',
  'ignore-signal',
  'list-signal-handling',
  'debug',
  'help',
  'version',
  'argv0',
];
const ENV_LONG_VALUED = set('unset', 'chdir', 'split-string', 'argv0');
const ENV_SHORT_VALUED = set('u', 'C', 'S', 'a');

function envLong(name: string): string | undefined {
  if (ENV_LONG.includes(name)) return name;
  const matches = ENV_LONG.filter((o) => o.startsWith(name));
  return matches.length === 1 ? matches[0] : undefined;
}

export interface EnvOptions {
  /** Index of the first word after env's options. */
  index: number;
  /** The environment is cleared: `-i`, `-` alone, `--ignore-environment` or a prefix, `-iv`, `-vi`. */
  clears: boolean;
  /** `-S STRING` / `--split-string=STRING`: the word holding the string (already cut to it). */
  split?: { at: number; word: Word };
}

/** Reads GNU env's options the way env does. */
export function envOptions(words: Word[]): EnvOptions {
  let clears = false;
  let split: EnvOptions['split'];
  let i = 1;
  while (i < words.length) {
    const t = words[i].text;
    if (t === '--') {
      i += 1;
      break;
    }
    if (t === '-') {
      clears = true;
      i += 1;
      continue;
    }
    if (t.startsWith('--')) {
      const eq = t.indexOf('=');
      const name = envLong(eq < 0 ? t.slice(2) : t.slice(2, eq));
      if (name === 'ignore-environment') clears = true;
      if (name === 'split-string') {
        split = eq < 0 ? { at: i + 1, word: words[i + 1] } : { at: i, word: tail(words[i], eq + 1) };
        return { index: words.length, clears, split: split.word ? split : undefined };
      }
      i += eq < 0 && name && ENV_LONG_VALUED.has(name) ? 2 : 1;
      continue;
    }
    if (!t.startsWith('-')) break;
    let consumed = 1;
    for (let k = 1; k < t.length; k++) {
      const c = t[k];
      if (c === 'i') clears = true;
      if (ENV_SHORT_VALUED.has(c)) {
        if (c === 'S') {
          split = k === t.length - 1 ? { at: i + 1, word: words[i + 1] } : { at: i, word: tail(words[i], k + 1) };
          return { index: words.length, clears, split: split.word ? split : undefined };
        }
        if (k === t.length - 1) consumed = 2;
        break;
      }
    }
    i += consumed;
  }
  return { index: i, clears };
}

/** `env [opts] [NAME=VALUE…] [CMD…]`; labelled 'env -i' when it clears the environment. */
export function envWrapper(words: Word[]): Unwrapped | undefined {
  const { index: i, clears, split } = envOptions(words);
  const label = clears ? 'env -i' : 'env';
  if (split) {
    // env -S "cmd args": the string is split into words (and may carry more)
    return joined(clears ? 'env -i -S' : 'env -S', [split.word, ...words.slice(split.at + 1)]);
  }
  const { index, assignments } = leadingAssignments(words, i);
  return argv(label, words.slice(index), { assignments });
}
