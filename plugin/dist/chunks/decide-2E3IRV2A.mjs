import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  decide
} from "./chunk-UUX7MO5M.mjs";
import "./chunk-3BL3YRQ2.mjs";
import "./chunk-CD7DGJ64.mjs";
import "./chunk-D6KPVEZU.mjs";
import "./chunk-MW6JGL5K.mjs";
import "./chunk-NQJ7SG5Y.mjs";
import "./chunk-EFYBUVPJ.mjs";
import "./chunk-R3MSDTAJ.mjs";
import "./chunk-7KJIK75Y.mjs";
import "./chunk-H5RYQ4RP.mjs";
import "./chunk-GLDXOGL5.mjs";
export {
  decide
};
