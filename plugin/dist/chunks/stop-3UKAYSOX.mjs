import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  MAX_CONSECUTIVE_BLOCKS,
  checkStop,
  handle,
  lastAssistantText
} from "./chunk-M5CS2Z7R.mjs";
import "./chunk-FP4XGDEA.mjs";
import "./chunk-OKPF734J.mjs";
import "./chunk-VLAM5MBA.mjs";
import "./chunk-5MAKM4SL.mjs";
import "./chunk-SHPKBHHF.mjs";
import "./chunk-RL46IMCX.mjs";
import "./chunk-VL7M2WAP.mjs";
import "./chunk-E63B5BWE.mjs";
import "./chunk-GLDXOGL5.mjs";
export {
  MAX_CONSECUTIVE_BLOCKS,
  checkStop,
  handle,
  lastAssistantText
};
