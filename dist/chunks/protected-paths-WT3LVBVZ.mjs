import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  decisionIoFor,
  pluginRootOf,
  protectedPathsFor,
  resolveLinks
} from "./chunk-AU22PI4N.mjs";
import "./chunk-VL7M2WAP.mjs";
import "./chunk-GLDXOGL5.mjs";
export {
  decisionIoFor,
  pluginRootOf,
  protectedPathsFor,
  resolveLinks
};
