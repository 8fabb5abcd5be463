import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  decide
} from "./chunk-7CLFYCY4.mjs";
import "./chunk-F5WGVKJG.mjs";
import "./chunk-IOKQQSNK.mjs";
import "./chunk-ULQT36X4.mjs";
import "./chunk-EUKFBH3C.mjs";
import "./chunk-VKZWRV3R.mjs";
import "./chunk-EFYBUVPJ.mjs";
import "./chunk-AQC73Q75.mjs";
import "./chunk-4YJ4M3UI.mjs";
import "./chunk-H5RYQ4RP.mjs";
import "./chunk-GLDXOGL5.mjs";
export {
  decide
};
