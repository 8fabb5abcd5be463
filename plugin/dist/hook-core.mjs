import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  answerEvent,
  emit,
  failClosed,
  parseHookInput,
  readStdin,
  runHook
} from "./chunks/chunk-T7RSXBYD.mjs";
import "./chunks/chunk-ALJGPUEU.mjs";
import "./chunks/chunk-PMFGONYC.mjs";
import "./chunks/chunk-VL7M2WAP.mjs";
import "./chunks/chunk-GLDXOGL5.mjs";
export {
  answerEvent,
  emit,
  failClosed,
  parseHookInput,
  readStdin,
  runHook
};
