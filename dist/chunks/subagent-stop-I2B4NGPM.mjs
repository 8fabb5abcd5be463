import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  checkStop
} from "./chunk-WD7LFLRD.mjs";
import "./chunk-UYWGGWNL.mjs";
import "./chunk-JYZVYPDW.mjs";
import "./chunk-UOJPWSGW.mjs";

// src/hooks/events/subagent-stop.ts
var handle = (input, env) => {
  const agent = typeof input.agent_type === "string" && input.agent_type ? `sub-agent ${input.agent_type}` : "the sub-agent";
  return checkStop(input, env, { required: true, transcriptField: "agent_transcript_path", who: agent });
};
export {
  handle
};
