import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  decide
} from "./chunk-KSYFVODH.mjs";
import "./chunk-EZQ45QML.mjs";
import "./chunk-6R7JXF7S.mjs";
import "./chunk-ULQT36X4.mjs";
import "./chunk-K6NPJ3I3.mjs";
import "./chunk-JWQ6ZHVJ.mjs";
import "./chunk-AQC73Q75.mjs";
import "./chunk-4YJ4M3UI.mjs";
import "./chunk-H5RYQ4RP.mjs";
import "./chunk-TAZCIPVI.mjs";
import "./chunk-GLDXOGL5.mjs";
export {
  decide
};
