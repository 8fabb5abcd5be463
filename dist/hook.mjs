import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  runHook
} from "./chunks/chunk-2SUHC7JQ.mjs";
import "./chunks/chunk-JYZVYPDW.mjs";
import "./chunks/chunk-UOJPWSGW.mjs";

// src/hooks/main.ts
import { fileURLToPath } from "node:url";
if (process.argv[2] === "--helper") {
  import("./chunks/server-5XJFZGNT.mjs").then(({ serveHelper }) => serveHelper(process.argv[3] ?? ""));
} else {
  runHook(process.argv[2] ?? "", process.env, fileURLToPath(import.meta.url)).then((code) => process.exit(code));
}
