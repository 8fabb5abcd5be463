import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  needsKubeContext,
  readCurrentKubeContext
} from "./chunk-WN6JS5MX.mjs";
import "./chunk-ZYFRDNH3.mjs";
import "./chunk-ESCL5LL4.mjs";
import "./chunk-E63B5BWE.mjs";
import "./chunk-GLDXOGL5.mjs";
export {
  needsKubeContext,
  readCurrentKubeContext
};
