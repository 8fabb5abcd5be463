import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  evaluate
} from "./chunk-4QCJ7MIC.mjs";
import "./chunk-7KTHKGCI.mjs";
import "./chunk-3INP6F6Q.mjs";
import "./chunk-FWGRNUEQ.mjs";
import "./chunk-ZVMRUSTS.mjs";
import "./chunk-GLDXOGL5.mjs";
export {
  evaluate
};
