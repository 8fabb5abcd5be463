import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import "./chunk-GLDXOGL5.mjs";

// src/shell/parser.ts
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
var RUNTIME_WASM = "web-tree-sitter.wasm";
var BASH_WASM = "tree-sitter-bash.wasm";
function locate(file) {
  for (const rel of [`../${file}`, `./${file}`]) {
    try {
      const path = fileURLToPath(new URL(rel, import.meta.url));
      if (existsSync(path)) return path;
    } catch {
    }
  }
  const require2 = createRequire(import.meta.url);
  if (file === RUNTIME_WASM) return require2.resolve("web-tree-sitter/web-tree-sitter.wasm");
  return join(dirname(require2.resolve("tree-sitter-bash/package.json")), BASH_WASM);
}
var WARM_UP = [
  `for x in a b; do f() { echo "$(b <<'E'
x
E
)" | c -x; }; done`,
  "[[ $a == b ]] && (d) || { e; } > f 2>&1 <<< g; case x in y) z;; esac",
  "if a; then b; elif c; then d; else e; fi; while a; do b; done; x=$'y' ${y:-z} $((1+2)) `q` <(r)",
  "export A=1; declare -x B; unset C; ! g # h"
].join("\n");
var parserPromise;
async function load() {
  setFlagsFromString("--liftoff-only");
  const { Parser, Language } = await import("./web-tree-sitter-BUZLK2SU.mjs");
  const runtimeWasm = locate(RUNTIME_WASM);
  await Parser.init({ locateFile: () => runtimeWasm });
  const language = await Language.load(locate(BASH_WASM));
  const parser = new Parser();
  parser.setLanguage(language);
  parser.parse(WARM_UP)?.delete();
  return parser;
}
function getParser() {
  if (!parserPromise) {
    parserPromise = load().catch((error) => {
      parserPromise = void 0;
      throw error;
    });
  }
  return parserPromise;
}
function parserRequested() {
  return parserPromise !== void 0;
}
export {
  getParser,
  parserRequested
};
