import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  MAX_CONSECUTIVE_BLOCKS,
  checkStop,
  handle,
  lastAssistantText
} from "./chunk-BBNB2FN4.mjs";
import "./chunk-FP4XGDEA.mjs";
import "./chunk-UXZ5L2CY.mjs";
import "./chunk-VZJXIXTK.mjs";
import "./chunk-EFYBUVPJ.mjs";
import "./chunk-N3CW7ZOS.mjs";
import "./chunk-PMFGONYC.mjs";
import "./chunk-IXTILJUS.mjs";
import "./chunk-GLDXOGL5.mjs";
export {
  MAX_CONSECUTIVE_BLOCKS,
  checkStop,
  handle,
  lastAssistantText
};
