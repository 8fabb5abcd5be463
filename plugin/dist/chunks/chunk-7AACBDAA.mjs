import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  pluginRootOf,
  protectedPathsFor
} from "./chunk-B5I6L5BX.mjs";
import {
  stateHome
} from "./chunk-VL7M2WAP.mjs";

// src/hooks/context.ts
import { homedir } from "node:os";
function hookEnvOf(ctx) {
  return ctx.pluginRoot && !ctx.env.CLAUDE_PLUGIN_ROOT ? { ...ctx.env, CLAUDE_PLUGIN_ROOT: ctx.pluginRoot } : ctx.env;
}
function protectedPathsOf(ctx) {
  return protectedPathsFor(hookEnvOf(ctx), ctx.cwd);
}
function hookContext(input, env) {
  const sessionId = typeof input.session_id === "string" ? input.session_id : "";
  const cwd = typeof input.cwd === "string" && input.cwd ? input.cwd : process.cwd();
  const agentId = typeof input.agent_id === "string" && input.agent_id ? input.agent_id : void 0;
  const agentType = typeof input.agent_type === "string" && input.agent_type ? input.agent_type : void 0;
  const text = (v) => typeof v === "string" && v ? v : void 0;
  return {
    sessionId,
    agentId,
    agentType,
    transcriptPath: text(input.transcript_path),
    agentTranscriptPath: text(input.agent_transcript_path),
    cwd,
    env,
    pluginRoot: pluginRootOf(env),
    stateHome: stateHome(env),
    homeDir: env.HOME || homedir()
  };
}

export {
  hookEnvOf,
  protectedPathsOf,
  hookContext
};
