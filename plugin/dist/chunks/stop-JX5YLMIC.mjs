import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  MAX_CONSECUTIVE_BLOCKS,
  checkStop,
  handle,
  lastAssistantText
} from "./chunk-YPYVWNX4.mjs";
import "./chunk-FP4XGDEA.mjs";
import "./chunk-XY3RZNPW.mjs";
import "./chunk-XAZULRZ3.mjs";
import "./chunk-J6THHHDX.mjs";
import "./chunk-YJQQBGJP.mjs";
import "./chunk-RL46IMCX.mjs";
import "./chunk-VL7M2WAP.mjs";
import "./chunk-EFYBUVPJ.mjs";
import "./chunk-GLDXOGL5.mjs";
export {
  MAX_CONSECUTIVE_BLOCKS,
  checkStop,
  handle,
  lastAssistantText
};
