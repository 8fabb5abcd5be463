import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  evaluate
} from "./chunk-GOUNU6PL.mjs";
import "./chunk-ULQT36X4.mjs";
import "./chunk-LDMUDZBZ.mjs";
import "./chunk-KA43CK5G.mjs";
import "./chunk-AQC73Q75.mjs";
import "./chunk-4YJ4M3UI.mjs";
import "./chunk-H5RYQ4RP.mjs";
import "./chunk-TBFD3SPD.mjs";
import "./chunk-GLDXOGL5.mjs";
export {
  evaluate
};
