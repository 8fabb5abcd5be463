import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  parseApproval,
  readPrompt
} from "./chunk-DGE4N63G.mjs";
import "./chunk-CUA7IT7C.mjs";
import "./chunk-GLDXOGL5.mjs";
export {
  parseApproval,
  readPrompt
};
