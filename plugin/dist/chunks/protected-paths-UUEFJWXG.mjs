import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  MANAGED_SETTINGS,
  decisionIoFor,
  pluginRootOf,
  protectedPathsFor,
  resolveLinks
} from "./chunk-DAJVH7GQ.mjs";
import "./chunk-IXTILJUS.mjs";
import "./chunk-UOJPWSGW.mjs";
export {
  MANAGED_SETTINGS,
  decisionIoFor,
  pluginRootOf,
  protectedPathsFor,
  resolveLinks
};
