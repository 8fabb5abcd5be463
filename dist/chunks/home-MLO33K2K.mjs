import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  stateHome,
  statePaths
} from "./chunk-IXTILJUS.mjs";
import "./chunk-GLDXOGL5.mjs";
export {
  stateHome,
  statePaths
};
