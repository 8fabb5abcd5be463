import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  fetchRun,
  teamRun,
  teamRuns
} from "./chunk-AVVKCF42.mjs";
import "./chunk-3AGCC5XX.mjs";
import "./chunk-HNW442RS.mjs";
import "./chunk-DCM7PZVW.mjs";
import "./chunk-VL7M2WAP.mjs";
import "./chunk-GLDXOGL5.mjs";
export {
  fetchRun,
  teamRun,
  teamRuns
};
