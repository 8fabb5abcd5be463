import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  LOCK_FILE,
  TERRAFORM_SOURCES,
  TERRAFORM_STATE_LOCK,
  initArgs,
  lastError,
  lockFileOf,
  stateAddresses,
  summarize,
  terraformEnv,
  terraformOperation,
  varArgs
} from "./chunk-M7F2ZK2H.mjs";
import "./chunk-XDDEP7ZQ.mjs";
import "./chunk-P37WMGKB.mjs";
import "./chunk-YMQBQB24.mjs";
import {
  PartialApplyError
} from "./chunk-JERPX7J5.mjs";
import "./chunk-DCM7PZVW.mjs";
import "./chunk-VL7M2WAP.mjs";
import "./chunk-GLDXOGL5.mjs";
export {
  PartialApplyError as ApplyError,
  LOCK_FILE,
  TERRAFORM_SOURCES,
  TERRAFORM_STATE_LOCK,
  initArgs,
  lastError,
  lockFileOf,
  stateAddresses,
  summarize,
  terraformEnv,
  terraformOperation,
  varArgs
};
