import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  agentSession
} from "./chunk-OKZV6EST.mjs";
import "./chunk-GLDXOGL5.mjs";
export {
  agentSession
};
