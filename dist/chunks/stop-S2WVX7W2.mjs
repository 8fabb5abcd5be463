import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  MAX_CONSECUTIVE_BLOCKS,
  checkStop,
  handle,
  lastAssistantText
} from "./chunk-WLQSKHRG.mjs";
import "./chunk-FP4XGDEA.mjs";
import "./chunk-3US2LLRB.mjs";
import "./chunk-B33RERXG.mjs";
import "./chunk-EFYBUVPJ.mjs";
import "./chunk-22JPUVJU.mjs";
import "./chunk-PMFGONYC.mjs";
import "./chunk-VL7M2WAP.mjs";
import "./chunk-GLDXOGL5.mjs";
export {
  MAX_CONSECUTIVE_BLOCKS,
  checkStop,
  handle,
  lastAssistantText
};
