import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  evaluate
} from "./chunk-SIUF3O6L.mjs";
import "./chunk-7KTHKGCI.mjs";
import "./chunk-YK7FKUFV.mjs";
import "./chunk-HOJQS4LD.mjs";
import "./chunk-OEZHJJPK.mjs";
import "./chunk-ZVMRUSTS.mjs";
import "./chunk-GLDXOGL5.mjs";
export {
  evaluate
};
