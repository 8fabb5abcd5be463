import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  needsKubeContext,
  readCurrentKubeContext
} from "./chunk-NPWP2KBB.mjs";
import "./chunk-N5QN7TY3.mjs";
import "./chunk-NQJ7SG5Y.mjs";
import "./chunk-EFYBUVPJ.mjs";
import "./chunk-GLDXOGL5.mjs";
export {
  needsKubeContext,
  readCurrentKubeContext
};
