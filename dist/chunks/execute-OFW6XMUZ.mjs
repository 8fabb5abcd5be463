import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  executePlan,
  runExecute
} from "./chunk-QM3HL3CN.mjs";
import "./chunk-IDOGNR7M.mjs";
import "./chunk-ER5NLEYI.mjs";
import "./chunk-YCLKVFP5.mjs";
import "./chunk-45CYIVCM.mjs";
import "./chunk-NKJ4GLB5.mjs";
import "./chunk-SPHL2MMY.mjs";
import "./chunk-XRSQDQ2N.mjs";
import "./chunk-FOZGAAHP.mjs";
import "./chunk-5ANBI2ST.mjs";
import "./chunk-DCM7PZVW.mjs";
import "./chunk-FP4XGDEA.mjs";
import "./chunk-CS3U2S4L.mjs";
import "./chunk-65FTERJX.mjs";
import "./chunk-AZF5T37V.mjs";
import "./chunk-KWZVSLHL.mjs";
import "./chunk-DJPTD3UY.mjs";
import "./chunk-ZVMRUSTS.mjs";
import "./chunk-IXTILJUS.mjs";
import "./chunk-S3T27AMN.mjs";
import "./chunk-UOJPWSGW.mjs";
export {
  executePlan,
  runExecute
};
