import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  parseApproval
} from "./chunk-VRQJHM6H.mjs";
import "./chunk-UOJPWSGW.mjs";
export {
  parseApproval
};
