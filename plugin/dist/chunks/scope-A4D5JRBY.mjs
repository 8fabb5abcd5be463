import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  parseApproval,
  readPrompt
} from "./chunk-BNWD5JJ2.mjs";
import "./chunk-E63B5BWE.mjs";
import "./chunk-GLDXOGL5.mjs";
export {
  parseApproval,
  readPrompt
};
