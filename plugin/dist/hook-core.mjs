import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  answerEvent,
  emit,
  failClosed,
  parseHookInput,
  readStdin,
  runHook
} from "./chunks/chunk-OISRDCCW.mjs";
import "./chunks/chunk-R7ODJEZY.mjs";
import "./chunks/chunk-RL46IMCX.mjs";
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
