import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  TERRAFORM_STATE_LOCK,
  lastError,
  summarize,
  terraformEnv,
  terraformOperation,
  varArgs
} from "./chunk-GNL4LFQU.mjs";
import "./chunk-VU4LYT2Z.mjs";
import {
  PartialApplyError
} from "./chunk-AWSBW5W3.mjs";
import "./chunk-DCM7PZVW.mjs";
import "./chunk-IXTILJUS.mjs";
import "./chunk-GLDXOGL5.mjs";
export {
  PartialApplyError as ApplyError,
  TERRAFORM_STATE_LOCK,
  lastError,
  summarize,
  terraformEnv,
  terraformOperation,
  varArgs
};
