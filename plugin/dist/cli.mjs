import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  main
} from "./chunks/chunk-UGUEMF3V.mjs";
import "./chunks/chunk-6DUTV3N7.mjs";
import "./chunks/chunk-UOJPWSGW.mjs";

// src/cli/bin.ts
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`execguard: internal error: ${error instanceof Error ? error.message : String(error)}
`);
    process.exit(1);
  }
);
