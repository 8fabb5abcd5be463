import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  evaluate
} from "./chunk-RYUE6VIO.mjs";
import "./chunk-ULQT36X4.mjs";
import "./chunk-ZYFRDNH3.mjs";
import "./chunk-ESCL5LL4.mjs";
import "./chunk-AQC73Q75.mjs";
import "./chunk-4YJ4M3UI.mjs";
import "./chunk-H5RYQ4RP.mjs";
import "./chunk-E63B5BWE.mjs";
import "./chunk-GLDXOGL5.mjs";
export {
  evaluate
};
