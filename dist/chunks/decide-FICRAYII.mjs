import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  decide
} from "./chunk-YILUEVJ6.mjs";
import "./chunk-4QCJ7MIC.mjs";
import "./chunk-7KTHKGCI.mjs";
import "./chunk-MQAPZD5N.mjs";
import "./chunk-3INP6F6Q.mjs";
import "./chunk-FWGRNUEQ.mjs";
import "./chunk-ZVMRUSTS.mjs";
import "./chunk-GLDXOGL5.mjs";
export {
  decide
};
