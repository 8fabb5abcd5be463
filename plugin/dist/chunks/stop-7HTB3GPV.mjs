import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  MAX_CONSECUTIVE_BLOCKS,
  checkStop,
  handle,
  lastAssistantText
} from "./chunk-6WE4RCBK.mjs";
import "./chunk-FP4XGDEA.mjs";
import "./chunk-FU7GLYC7.mjs";
import "./chunk-HF7MVFZT.mjs";
import "./chunk-D7LDOR76.mjs";
import "./chunk-SHPKBHHF.mjs";
import "./chunk-RL46IMCX.mjs";
import "./chunk-VL7M2WAP.mjs";
import "./chunk-TAZCIPVI.mjs";
import "./chunk-GLDXOGL5.mjs";
export {
  MAX_CONSECUTIVE_BLOCKS,
  checkStop,
  handle,
  lastAssistantText
};
