import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  MAX_CONSECUTIVE_BLOCKS,
  checkStop,
  handle,
  lastAssistantText
} from "./chunk-NH7GNKQZ.mjs";
import "./chunk-FP4XGDEA.mjs";
import "./chunk-WGEBBMG6.mjs";
import "./chunk-A3VCP7CC.mjs";
import "./chunk-H6SCAQY7.mjs";
import "./chunk-SHPKBHHF.mjs";
import "./chunk-RL46IMCX.mjs";
import "./chunk-VL7M2WAP.mjs";
import "./chunk-NJ4D744S.mjs";
import "./chunk-GLDXOGL5.mjs";
export {
  MAX_CONSECUTIVE_BLOCKS,
  checkStop,
  handle,
  lastAssistantText
};
