import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  evaluate
} from "./chunk-26TDSQHO.mjs";
import "./chunk-ULQT36X4.mjs";
import "./chunk-IACQF6GC.mjs";
import "./chunk-O4T24VFB.mjs";
import "./chunk-AQC73Q75.mjs";
import "./chunk-4YJ4M3UI.mjs";
import "./chunk-H5RYQ4RP.mjs";
import "./chunk-R33IZ4ME.mjs";
import "./chunk-GLDXOGL5.mjs";
export {
  evaluate
};
