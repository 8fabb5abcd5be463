import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  decide
} from "./chunk-ZPIQ3ZCV.mjs";
import "./chunk-QLQ6XP6G.mjs";
import "./chunk-4KKI333C.mjs";
import "./chunk-ULQT36X4.mjs";
import "./chunk-RVNTFSJA.mjs";
import "./chunk-S7TXNCWD.mjs";
import "./chunk-AQC73Q75.mjs";
import "./chunk-4YJ4M3UI.mjs";
import "./chunk-H5RYQ4RP.mjs";
import "./chunk-NJ4D744S.mjs";
import "./chunk-GLDXOGL5.mjs";
export {
  decide
};
