import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  parseApproval,
  readPrompt
} from "./chunk-MREWUVFO.mjs";
import "./chunk-R33IZ4ME.mjs";
import "./chunk-GLDXOGL5.mjs";
export {
  parseApproval,
  readPrompt
};
