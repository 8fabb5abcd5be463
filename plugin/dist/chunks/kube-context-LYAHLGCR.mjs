import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  needsKubeContext,
  readCurrentKubeContext
} from "./chunk-SCKDKR5L.mjs";
import "./chunk-H7DZ5SF5.mjs";
import "./chunk-DJPTD3UY.mjs";
import "./chunk-UOJPWSGW.mjs";
export {
  needsKubeContext,
  readCurrentKubeContext
};
