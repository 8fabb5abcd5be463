import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  fetchRun,
  teamRun,
  teamRuns
} from "./chunk-IXYIT4LX.mjs";
import "./chunk-KA2JZ7BZ.mjs";
import "./chunk-JERPX7J5.mjs";
import "./chunk-DCM7PZVW.mjs";
import "./chunk-VL7M2WAP.mjs";
import "./chunk-GLDXOGL5.mjs";
export {
  fetchRun,
  teamRun,
  teamRuns
};
