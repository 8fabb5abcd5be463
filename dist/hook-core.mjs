import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  answerEvent,
  emit,
  failClosed,
  parseHookInput,
  readStdin,
  runHook
} from "./chunks/chunk-X7BZNI55.mjs";
import "./chunks/chunk-N3CW7ZOS.mjs";
import "./chunks/chunk-PMFGONYC.mjs";
import "./chunks/chunk-IXTILJUS.mjs";
import "./chunks/chunk-GLDXOGL5.mjs";
export {
  answerEvent,
  emit,
  failClosed,
  parseHookInput,
  readStdin,
  runHook
};
