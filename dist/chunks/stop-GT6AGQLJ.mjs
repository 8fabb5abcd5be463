import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  MAX_CONSECUTIVE_BLOCKS,
  checkStop,
  handle,
  lastAssistantText
} from "./chunk-WD7LFLRD.mjs";
import "./chunk-UYWGGWNL.mjs";
import "./chunk-JYZVYPDW.mjs";
import "./chunk-UOJPWSGW.mjs";
export {
  MAX_CONSECUTIVE_BLOCKS,
  checkStop,
  handle,
  lastAssistantText
};
