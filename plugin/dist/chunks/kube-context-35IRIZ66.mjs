import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  needsKubeContext,
  readCurrentKubeContext
} from "./chunk-YZMFBFME.mjs";
import "./chunk-IACQF6GC.mjs";
import "./chunk-O4T24VFB.mjs";
import "./chunk-R33IZ4ME.mjs";
import "./chunk-GLDXOGL5.mjs";
export {
  needsKubeContext,
  readCurrentKubeContext
};
