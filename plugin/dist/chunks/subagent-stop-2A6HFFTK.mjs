import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  checkStop
} from "./chunk-R5GZFG24.mjs";
import "./chunk-FP4XGDEA.mjs";
import "./chunk-EQTYNWS2.mjs";
import "./chunk-CS3U2S4L.mjs";
import "./chunk-6O4OXH5R.mjs";
import "./chunk-N3CW7ZOS.mjs";
import "./chunk-PMFGONYC.mjs";
import "./chunk-IXTILJUS.mjs";
import "./chunk-S3T27AMN.mjs";
import "./chunk-UOJPWSGW.mjs";

// src/hooks/events/subagent-stop.ts
var handle = (input, env) => {
  const agent = typeof input.agent_type === "string" && input.agent_type ? `sub-agent ${input.agent_type}` : "the sub-agent";
  return checkStop(input, env, { required: true, transcriptField: "agent_transcript_path", who: agent });
};
export {
  handle
};
