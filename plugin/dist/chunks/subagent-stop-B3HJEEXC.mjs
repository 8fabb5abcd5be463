import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  checkStop
} from "./chunk-7HF7LUMF.mjs";
import "./chunk-FP4XGDEA.mjs";
import "./chunk-DQ3MQPYE.mjs";
import "./chunk-D6QGAMAZ.mjs";
import "./chunk-UEXO4KJP.mjs";
import "./chunk-YJQQBGJP.mjs";
import "./chunk-RL46IMCX.mjs";
import "./chunk-VL7M2WAP.mjs";
import "./chunk-EFYBUVPJ.mjs";
import "./chunk-GLDXOGL5.mjs";

// src/hooks/events/subagent-stop.ts
var handle = (input, env) => {
  const agent = typeof input.agent_type === "string" && input.agent_type ? `sub-agent ${input.agent_type}` : "the sub-agent";
  return checkStop(input, env, { required: true, transcriptField: "agent_transcript_path", who: agent });
};
export {
  handle
};
