import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  decide
} from "./chunk-UAU7R53C.mjs";
import "./chunk-FC7ICFZ7.mjs";
import "./chunk-CD7DGJ64.mjs";
import "./chunk-D6KPVEZU.mjs";
import "./chunk-MW6JGL5K.mjs";
import "./chunk-NQJ7SG5Y.mjs";
import "./chunk-EFYBUVPJ.mjs";
import "./chunk-VICMK3HR.mjs";
import "./chunk-7KJIK75Y.mjs";
import "./chunk-H5RYQ4RP.mjs";
import "./chunk-GLDXOGL5.mjs";
export {
  decide
};
