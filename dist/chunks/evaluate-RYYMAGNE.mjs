import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  evaluate
} from "./chunk-SAC4WMST.mjs";
import "./chunk-SLWZ5OZ3.mjs";
import "./chunk-UOJPWSGW.mjs";
export {
  evaluate
};
