import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  MAX_CONSECUTIVE_BLOCKS,
  checkStop,
  handle,
  lastAssistantText
} from "./chunk-RHVUH4BQ.mjs";
import "./chunk-FP4XGDEA.mjs";
import "./chunk-SAPNCJW4.mjs";
import "./chunk-HIBRB4XA.mjs";
import "./chunk-EFYBUVPJ.mjs";
import "./chunk-ALJGPUEU.mjs";
import "./chunk-PMFGONYC.mjs";
import "./chunk-VL7M2WAP.mjs";
import "./chunk-GLDXOGL5.mjs";
export {
  MAX_CONSECUTIVE_BLOCKS,
  checkStop,
  handle,
  lastAssistantText
};
