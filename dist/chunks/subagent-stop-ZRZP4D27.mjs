import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  checkStop
} from "./chunk-BBNB2FN4.mjs";
import "./chunk-FP4XGDEA.mjs";
import "./chunk-UXZ5L2CY.mjs";
import "./chunk-VZJXIXTK.mjs";
import "./chunk-EFYBUVPJ.mjs";
import "./chunk-N3CW7ZOS.mjs";
import "./chunk-PMFGONYC.mjs";
import "./chunk-IXTILJUS.mjs";
import "./chunk-GLDXOGL5.mjs";

// src/hooks/events/subagent-stop.ts
var handle = (input, env) => {
  const agent = typeof input.agent_type === "string" && input.agent_type ? `sub-agent ${input.agent_type}` : "the sub-agent";
  return checkStop(input, env, { required: true, transcriptField: "agent_transcript_path", who: agent });
};
export {
  handle
};
