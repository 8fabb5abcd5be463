import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  child_process,
  crypto,
  fs,
  os,
  path,
  stream,
  util
} from "./chunk-SVGQHARQ.mjs";
import "./chunk-GLDXOGL5.mjs";
export {
  child_process,
  crypto,
  fs,
  os,
  path,
  stream,
  util
};
