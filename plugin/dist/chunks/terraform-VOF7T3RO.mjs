import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  lastError,
  summarize,
  terraform,
  terraformEnv,
  varArgs
} from "./chunk-S4IOSD4S.mjs";
import {
  PartialApplyError
} from "./chunk-FOZGAAHP.mjs";
import "./chunk-5ANBI2ST.mjs";
import "./chunk-DCM7PZVW.mjs";
import "./chunk-IXTILJUS.mjs";
import "./chunk-UOJPWSGW.mjs";
export {
  PartialApplyError as ApplyError,
  lastError,
  summarize,
  terraform,
  terraformEnv,
  varArgs
};
