// Loads tree-sitter-bash (wasm) once per process. Only reached when a command is not plain words,
// so the hook pays for the wasm only when it needs it.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import type { Parser as TsParser, Node as TsNode } from 'web-tree-sitter';

export type SyntaxNode = TsNode;
export type BashParser = TsParser;

const RUNTIME_WASM = 'web-tree-sitter.wasm';
const BASH_WASM = 'tree-sitter-bash.wasm';

/**
 * Finds a wasm file: next to the bundle (dist/ or, from a chunk, dist/chunks/..), else in
 * node_modules when running from source.
 */
function locate(file: string): string {
  for (const rel of [`../${file}`, `./${file}`]) {
    try {
      const path = fileURLToPath(new URL(rel, import.meta.url));
      if (existsSync(path)) return path;
    } catch {
      // import.meta.url not a file URL: fall through to node_modules
    }
  }
  const require = createRequire(import.meta.url);
  if (file === RUNTIME_WASM) return require.resolve('web-tree-sitter/web-tree-sitter.wasm');
  return join(dirname(require.resolve('tree-sitter-bash/package.json')), BASH_WASM);
}

const WARM_UP = [
  'for x in a b; do f() { echo "$(b <<\'E\'\nx\nE\n)" | c -x; }; done',
  '[[ $a == b ]] && (d) || { e; } > f 2>&1 <<< g; case x in y) z;; esac',
  "if a; then b; elif c; then d; else e; fi; while a; do b; done; x=$'y' ${y:-z} $((1+2)) `q` <(r)",
  'export A=1; declare -x B; unset C; ! g # h',
].join('\n');

let parserPromise: Promise<BashParser> | undefined;

async function load(): Promise<BashParser> {
  // Without this V8 keeps optimising the wasm in the background and the process waits ~1.2 s at
  // exit. Must run before the module is compiled.
  setFlagsFromString('--liftoff-only');
  const { Parser, Language } = await import('web-tree-sitter');
  const runtimeWasm = locate(RUNTIME_WASM);
  await Parser.init({ locateFile: () => runtimeWasm });
  const language = await Language.load(locate(BASH_WASM));
  const parser = new Parser();
  parser.setLanguage(language);
  // The first parse compiles most of the grammar's wasm lazily; do it here, outside the per-call
  // time budget, so a slow machine does not turn a harmless first command into a bound hit.
  parser.parse(WARM_UP)?.delete();
  return parser;
}

/** The process-wide bash parser; a failed load is retried on the next call. */
export function getParser(): Promise<BashParser> {
  if (!parserPromise) {
    parserPromise = load().catch((error: unknown) => {
      parserPromise = undefined;
      throw error;
    });
  }
  return parserPromise;
}

/**
 * Whether anything asked for the parser yet (the plain fast path never does).
 * @internal exported for its tests (knip --production)
 */
export function parserRequested(): boolean {
  return parserPromise !== undefined;
}
