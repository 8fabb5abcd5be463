import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  needsKubeContext,
  readCurrentKubeContext
} from "./chunk-MQAPZD5N.mjs";
import "./chunk-3INP6F6Q.mjs";
import "./chunk-FWGRNUEQ.mjs";
import "./chunk-GLDXOGL5.mjs";
export {
  needsKubeContext,
  readCurrentKubeContext
};
