import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  needsKubeContext,
  readCurrentKubeContext
} from "./chunk-EZQ45QML.mjs";
import "./chunk-K6NPJ3I3.mjs";
import "./chunk-JWQ6ZHVJ.mjs";
import "./chunk-TAZCIPVI.mjs";
import "./chunk-GLDXOGL5.mjs";
export {
  needsKubeContext,
  readCurrentKubeContext
};
