import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  decide
} from "./chunk-HEV5FJY2.mjs";
import "./chunk-NUQ2TTKM.mjs";
import "./chunk-7KTHKGCI.mjs";
import "./chunk-NPWP2KBB.mjs";
import "./chunk-N5QN7TY3.mjs";
import "./chunk-NQJ7SG5Y.mjs";
import "./chunk-EFYBUVPJ.mjs";
import "./chunk-ZVMRUSTS.mjs";
import "./chunk-GLDXOGL5.mjs";
export {
  decide
};
