import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  installedPluginData,
  stateHome,
  statePaths
} from "./chunk-VL7M2WAP.mjs";
import "./chunk-GLDXOGL5.mjs";
export {
  installedPluginData,
  stateHome,
  statePaths
};
