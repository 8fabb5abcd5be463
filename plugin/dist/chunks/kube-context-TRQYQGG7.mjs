import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  needsKubeContext,
  readCurrentKubeContext
} from "./chunk-LZKSAOG3.mjs";
import "./chunk-4BDP2G5I.mjs";
import "./chunk-KYKSVYPZ.mjs";
import "./chunk-CUA7IT7C.mjs";
import "./chunk-GLDXOGL5.mjs";
export {
  needsKubeContext,
  readCurrentKubeContext
};
