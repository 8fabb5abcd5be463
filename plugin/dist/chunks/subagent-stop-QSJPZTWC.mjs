import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  checkStop
} from "./chunk-NH7GNKQZ.mjs";
import "./chunk-FP4XGDEA.mjs";
import "./chunk-WGEBBMG6.mjs";
import "./chunk-A3VCP7CC.mjs";
import "./chunk-H6SCAQY7.mjs";
import "./chunk-SHPKBHHF.mjs";
import "./chunk-RL46IMCX.mjs";
import "./chunk-VL7M2WAP.mjs";
import "./chunk-NJ4D744S.mjs";
import "./chunk-GLDXOGL5.mjs";

// src/hooks/events/subagent-stop.ts
var handle = (input, env) => {
  const agent = typeof input.agent_type === "string" && input.agent_type ? `sub-agent ${input.agent_type}` : "the sub-agent";
  return checkStop(input, env, { required: true, transcriptField: "agent_transcript_path", who: agent });
};
export {
  handle
};
