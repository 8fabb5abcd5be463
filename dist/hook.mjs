import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  runHook
} from "./chunks/chunk-YWAQKHZZ.mjs";
import "./chunks/chunk-UOJPWSGW.mjs";

// src/hooks/main.ts
runHook(process.argv[2] ?? "", process.env).then((code) => process.exit(code));
