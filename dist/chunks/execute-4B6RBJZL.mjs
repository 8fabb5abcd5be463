import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  executePlan,
  runExecute
} from "./chunk-5OLWTZLP.mjs";
import "./chunk-IDOGNR7M.mjs";
import "./chunk-427X5VRX.mjs";
import "./chunk-NHHIT7BH.mjs";
import "./chunk-45CYIVCM.mjs";
import "./chunk-TCVQRVFP.mjs";
import "./chunk-UIYI6RHU.mjs";
import "./chunk-XRSQDQ2N.mjs";
import "./chunk-YOZ77OXQ.mjs";
import "./chunk-VU4LYT2Z.mjs";
import "./chunk-DCM7PZVW.mjs";
import "./chunk-FP4XGDEA.mjs";
import "./chunk-VZJXIXTK.mjs";
import "./chunk-65FTERJX.mjs";
import "./chunk-AZF5T37V.mjs";
import "./chunk-M4YRYT27.mjs";
import "./chunk-HOJQS4LD.mjs";
import "./chunk-OEZHJJPK.mjs";
import "./chunk-ZVMRUSTS.mjs";
import "./chunk-IXTILJUS.mjs";
import "./chunk-IFFSJ7SF.mjs";
import "./chunk-UOJPWSGW.mjs";
export {
  executePlan,
  runExecute
};
