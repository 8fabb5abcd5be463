import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  needsKubeContext,
  readCurrentKubeContext
} from "./chunk-F5WGVKJG.mjs";
import "./chunk-EUKFBH3C.mjs";
import "./chunk-VKZWRV3R.mjs";
import "./chunk-EFYBUVPJ.mjs";
import "./chunk-GLDXOGL5.mjs";
export {
  needsKubeContext,
  readCurrentKubeContext
};
