import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  parseApproval,
  readPrompt
} from "./chunk-WW27MPNR.mjs";
import "./chunk-TAZCIPVI.mjs";
import "./chunk-GLDXOGL5.mjs";
export {
  parseApproval,
  readPrompt
};
