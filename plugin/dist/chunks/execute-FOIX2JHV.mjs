import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  executePlan,
  runExecute
} from "./chunk-X3OI2VDO.mjs";
import "./chunk-KUEXMIPD.mjs";
import "./chunk-LQI7QEBN.mjs";
import "./chunk-CVWDD52Z.mjs";
import "./chunk-XTNUR4HF.mjs";
import "./chunk-KM4H3BWL.mjs";
import "./chunk-UIYI6RHU.mjs";
import "./chunk-P37WMGKB.mjs";
import "./chunk-YOZ77OXQ.mjs";
import "./chunk-VU4LYT2Z.mjs";
import "./chunk-DCM7PZVW.mjs";
import "./chunk-FP4XGDEA.mjs";
import "./chunk-VZJXIXTK.mjs";
import "./chunk-3PDF6CMC.mjs";
import "./chunk-AZF5T37V.mjs";
import "./chunk-TLBJUBPP.mjs";
import "./chunk-NQJ7SG5Y.mjs";
import "./chunk-EFYBUVPJ.mjs";
import "./chunk-ZVMRUSTS.mjs";
import "./chunk-IXTILJUS.mjs";
import "./chunk-IFFSJ7SF.mjs";
import "./chunk-GLDXOGL5.mjs";
export {
  executePlan,
  runExecute
};
