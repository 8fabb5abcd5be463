import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  needsKubeContext,
  readCurrentKubeContext
} from "./chunk-5MF4G7G2.mjs";
import "./chunk-LDMUDZBZ.mjs";
import "./chunk-KA43CK5G.mjs";
import "./chunk-TBFD3SPD.mjs";
import "./chunk-GLDXOGL5.mjs";
export {
  needsKubeContext,
  readCurrentKubeContext
};
