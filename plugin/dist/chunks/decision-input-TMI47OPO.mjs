import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  decisionInput,
  decisionIoFor,
  grantFromStore,
  pluginRootOf,
  protectedPathsFor,
  resolveLinks
} from "./chunk-B5I6L5BX.mjs";
import "./chunk-AZF5T37V.mjs";
import "./chunk-VL7M2WAP.mjs";
import "./chunk-GLDXOGL5.mjs";
export {
  decisionInput,
  decisionIoFor,
  grantFromStore,
  pluginRootOf,
  protectedPathsFor,
  resolveLinks
};
