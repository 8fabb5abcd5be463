import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  ApplyError,
  lastError,
  summarize,
  terraform,
  terraformEnv,
  varArgs
} from "./chunk-YTCZXEWW.mjs";
import "./chunk-EEIIHULF.mjs";
import "./chunk-JYZVYPDW.mjs";
import "./chunk-UOJPWSGW.mjs";
export {
  ApplyError,
  lastError,
  summarize,
  terraform,
  terraformEnv,
  varArgs
};
