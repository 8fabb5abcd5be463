import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  needsKubeContext,
  readCurrentKubeContext
} from "./chunk-QLQ6XP6G.mjs";
import "./chunk-RVNTFSJA.mjs";
import "./chunk-S7TXNCWD.mjs";
import "./chunk-NJ4D744S.mjs";
import "./chunk-GLDXOGL5.mjs";
export {
  needsKubeContext,
  readCurrentKubeContext
};
