import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  answerEvent,
  emit,
  failClosed,
  parseHookInput,
  readStdin,
  runHook
} from "./chunks/chunk-2SUHC7JQ.mjs";
import "./chunks/chunk-JYZVYPDW.mjs";
import "./chunks/chunk-UOJPWSGW.mjs";
export {
  answerEvent,
  emit,
  failClosed,
  parseHookInput,
  readStdin,
  runHook
};
