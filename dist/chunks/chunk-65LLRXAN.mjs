import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  pluginRootOf
} from "./chunk-2O4HQGCF.mjs";
import {
  stateHome
} from "./chunk-IXTILJUS.mjs";

// src/hooks/context.ts
import { homedir } from "node:os";
var pluginRoot = pluginRootOf;
function hookContext(input, env) {
  const sessionId = typeof input.session_id === "string" ? input.session_id : "";
  const cwd = typeof input.cwd === "string" && input.cwd ? input.cwd : process.cwd();
  const agentId = typeof input.agent_id === "string" && input.agent_id ? input.agent_id : void 0;
  return { sessionId, agentId, cwd, env, pluginRoot: pluginRoot(env), stateHome: stateHome(env), homeDir: env.HOME || homedir() };
}

export {
  pluginRoot,
  hookContext
};
