import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  runHook
} from "./chunks/chunk-OISRDCCW.mjs";
import "./chunks/chunk-R7ODJEZY.mjs";
import "./chunks/chunk-RL46IMCX.mjs";
import "./chunks/chunk-VL7M2WAP.mjs";
import "./chunks/chunk-GLDXOGL5.mjs";

// src/hooks/hook-mjs-entry.ts
import { fileURLToPath } from "node:url";
if (process.argv[2] === "--helper") {
  import("./chunks/server-XHV5PJHJ.mjs").then(({ serveHelper }) => serveHelper(process.argv[3] ?? "")).catch((error) => {
    process.stderr.write(`execguard hook helper: ${error instanceof Error ? error.message : String(error)}
`);
    process.exit(1);
  });
} else {
  runHook(process.argv[2] ?? "", process.env, fileURLToPath(import.meta.url)).then(
    (code) => process.exit(code),
    (error) => {
      process.stderr.write(`execguard hook: ${error instanceof Error ? error.message : String(error)}
`);
      process.exit(2);
    }
  );
}
