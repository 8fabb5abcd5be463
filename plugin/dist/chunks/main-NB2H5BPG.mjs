import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  main,
  usage
} from "./chunk-UGUEMF3V.mjs";
import "./chunk-6DUTV3N7.mjs";
import "./chunk-UOJPWSGW.mjs";
export {
  main,
  usage
};
