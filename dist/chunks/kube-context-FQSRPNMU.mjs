import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  needsKubeContext,
  readCurrentKubeContext
} from "./chunk-DPFM63EF.mjs";
import "./chunk-YK7FKUFV.mjs";
import "./chunk-HOJQS4LD.mjs";
import "./chunk-OEZHJJPK.mjs";
import "./chunk-GLDXOGL5.mjs";
export {
  needsKubeContext,
  readCurrentKubeContext
};
