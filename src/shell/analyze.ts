// Entry point of the shell analyser: bash text in, the simple commands bash would run out.
// Plain words take the fast path; anything else loads tree-sitter (once per process).
//
// `via` labels, outermost first: wrappers by name ('sudo', 'env', 'env -S', 'command', 'exec', 'time',
// 'nohup', 'nice', 'timeout', 'stdbuf', 'xargs', 'watch', 'find -exec', 'script -c', 'su -c',
// 'flock', 'aws-vault exec', 'doppler run', 'op run', 'ssh', 'docker exec', 'docker run',
// 'kubectl exec', ...), known launchers ('prlimit', 'setpriv', 'npx', 'npm exec', 'pnpm exec',
// 'uv run', 'gdb', ...; 'env -i' when env clears the environment), programs that also run a
// command they carry ('tar', 'zip -TT', 'rsync -e', 'git rebase --exec', 'sed e', 'vim -c',
// 'make -f -'), interpreters ('bash -c', 'sh -c', 'bash stdin', 'eval', 'source', '.', 'trap',
// 'python -c', 'node -e', 'perl -e', 'ruby -e', 'php -r', 'lua -e'), function calls ('NAME()'),
// and commands presumed from another program's arguments ('presumed: PROGRAM', presumed.ts).
// `assignments` also carries variables exported earlier in the same command (`export X=1; cmd`);
// argv already carries the tool's environment (tool-env.ts), and `unreadable` is typed data.
import { BUILTIN_ALIASES } from './aliases.js';
import { Budget, BoundHit, LIMITS } from './bounds.js';
import type { Run } from './context.js';
import { NeedsParser, addUnreadable } from './context.js';
import type { BashParser } from './parser.js';
import { Analyzer } from './pipeline.js';
import type { Analysis } from './types.js';
import { Scope } from './variables.js';

export interface AnalyzeOptions {
  /** Extra aliases, merged over the built-ins tf -> terraform, k -> kubectl. */
  aliases?: Record<string, string>;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Never throws: an internal error becomes `unreadable` + `boundHit` so the guard denies. */
export async function analyze(command: string, options?: AnalyzeOptions): Promise<Analysis> {
  return analyzeWithLexer(command, options, 'auto');
}

/** `analyze` with the lexer choice exposed: 'tree' skips the plain fast path (for tests). */
/** The parser, once some command needed it: later commands that need it start with it (no restart). */
let loadedParser: BashParser | undefined;

/** @internal exported for its tests (knip --production) */
export async function analyzeWithLexer(command: string, options: AnalyzeOptions | undefined, lexer: 'auto' | 'tree'): Promise<Analysis> {
  // Plain text still takes the plain lexer (pipeline.ts decides per text); the parser only saves a restart.
  let parser: BashParser | undefined = loadedParser;
  for (;;) {
    const run: Run = {
      budget: new Budget(LIMITS),
      parser,
      aliases: { ...BUILTIN_ALIASES, ...(options?.aliases ?? {}) },
      out: [],
      unreadable: [],
      trees: [],
      source: typeof command === 'string' ? command : '',
      forceTree: lexer === 'tree',
    };
    try {
      if (typeof command !== 'string') throw new TypeError('command is not a string');
      if (command.length > LIMITS.maxInputChars) {
        throw new BoundHit(`command longer than ${LIMITS.maxInputChars} characters`);
      }
      if (LONE_SURROGATE.test(command) || command.includes('\uFFFD')) {
        addUnreadable(run, 'encoding', 'command contains bytes that are not valid UTF-8 text');
      }
      new Analyzer(run).analyzeText(command, new Scope(), { via: [], depth: 0 });
      return { commands: run.out, unreadable: run.unreadable, boundHit: false };
    } catch (error) {
      if (error instanceof NeedsParser && !parser) {
        try {
          const { getParser } = await import('./parser.js');
          parser = loadedParser = await getParser();
          continue; // start over, now with the parser
        } catch (loadError) {
          return failed(run, 'internal', `internal error: cannot load the shell parser: ${message(loadError)}`);
        }
      }
      if (error instanceof BoundHit) return failed(run, 'bound', error.reason);
      return failed(run, 'internal', `internal error: ${message(error)}`);
    } finally {
      for (const tree of run.trees) tree.delete();
    }
  }
}

function failed(run: Run, kind: 'bound' | 'internal', detail: string): Analysis {
  return { commands: run.out, unreadable: [...run.unreadable, { kind, detail, command: '' }], boundHit: true };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
