import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  MAX_CONSECUTIVE_BLOCKS,
  checkStop,
  handle,
  lastAssistantText
} from "./chunk-M5DC2SPC.mjs";
import "./chunk-FP4XGDEA.mjs";
import "./chunk-BO4MYXMB.mjs";
import "./chunk-VZJXIXTK.mjs";
import "./chunk-CS2JLYWA.mjs";
import "./chunk-OEZHJJPK.mjs";
import "./chunk-N3CW7ZOS.mjs";
import "./chunk-PMFGONYC.mjs";
import "./chunk-IXTILJUS.mjs";
import "./chunk-IFFSJ7SF.mjs";
import "./chunk-GLDXOGL5.mjs";
export {
  MAX_CONSECUTIVE_BLOCKS,
  checkStop,
  handle,
  lastAssistantText
};
