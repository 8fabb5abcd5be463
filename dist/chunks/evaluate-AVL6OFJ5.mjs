import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  evaluate
} from "./chunk-NUQ2TTKM.mjs";
import "./chunk-7KTHKGCI.mjs";
import "./chunk-N5QN7TY3.mjs";
import "./chunk-NQJ7SG5Y.mjs";
import "./chunk-EFYBUVPJ.mjs";
import "./chunk-ZVMRUSTS.mjs";
import "./chunk-GLDXOGL5.mjs";
export {
  evaluate
};
