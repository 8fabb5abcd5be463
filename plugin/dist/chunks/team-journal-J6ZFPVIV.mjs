import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  fetchRun,
  teamRun,
  teamRuns
} from "./chunk-VYVRTCWC.mjs";
import "./chunk-EZGD5OAD.mjs";
import "./chunk-JERPX7J5.mjs";
import "./chunk-DCM7PZVW.mjs";
import "./chunk-VL7M2WAP.mjs";
import "./chunk-GLDXOGL5.mjs";
export {
  fetchRun,
  teamRun,
  teamRuns
};
