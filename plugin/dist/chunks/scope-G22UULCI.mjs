import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  parseApproval,
  readPrompt
} from "./chunk-GME6JKP7.mjs";
import "./chunk-NJ4D744S.mjs";
import "./chunk-GLDXOGL5.mjs";
export {
  parseApproval,
  readPrompt
};
