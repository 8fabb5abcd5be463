import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  decisionIoFor,
  pluginRootOf,
  protectedPathsFor,
  resolveLinks
} from "./chunk-YSXONK37.mjs";
import "./chunk-IXTILJUS.mjs";
import "./chunk-UOJPWSGW.mjs";
export {
  decisionIoFor,
  pluginRootOf,
  protectedPathsFor,
  resolveLinks
};
