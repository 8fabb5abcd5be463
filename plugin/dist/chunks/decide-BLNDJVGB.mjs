import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  decide
} from "./chunk-WAQFY6U6.mjs";
import "./chunk-LZKSAOG3.mjs";
import "./chunk-SQ6K4YOM.mjs";
import "./chunk-ULQT36X4.mjs";
import "./chunk-4BDP2G5I.mjs";
import "./chunk-KYKSVYPZ.mjs";
import "./chunk-AQC73Q75.mjs";
import "./chunk-4YJ4M3UI.mjs";
import "./chunk-H5RYQ4RP.mjs";
import "./chunk-CUA7IT7C.mjs";
import "./chunk-GLDXOGL5.mjs";
export {
  decide
};
