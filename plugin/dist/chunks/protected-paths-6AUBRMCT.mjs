import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  decisionIoFor,
  pluginRootOf,
  protectedPathsFor,
  resolveLinks
} from "./chunk-2O4HQGCF.mjs";
import "./chunk-IXTILJUS.mjs";
import "./chunk-GLDXOGL5.mjs";
export {
  decisionIoFor,
  pluginRootOf,
  protectedPathsFor,
  resolveLinks
};
