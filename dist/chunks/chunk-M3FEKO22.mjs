import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  findPolicyFile,
  loadPolicy
} from "./chunk-KCJRZOTD.mjs";
import {
  DEFAULT_POLICY
} from "./chunk-SLWZ5OZ3.mjs";
import {
  stateHome
} from "./chunk-JYZVYPDW.mjs";

// src/hooks/context.ts
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
function pluginRoot(env) {
  if (env.CLAUDE_PLUGIN_ROOT) return env.CLAUDE_PLUGIN_ROOT;
  try {
    let dir = dirname(fileURLToPath(import.meta.url));
    for (let i = 0; i < 4; i++) {
      if (existsSync(join(dir, "hooks", "hooks.json")) && existsSync(join(dir, ".claude-plugin"))) return dir;
      dir = dirname(dir);
    }
  } catch {
  }
  return void 0;
}
function hookContext(input, env) {
  const sessionId = typeof input.session_id === "string" ? input.session_id : "";
  const cwd = typeof input.cwd === "string" && input.cwd ? input.cwd : process.cwd();
  const agentId = typeof input.agent_id === "string" && input.agent_id ? input.agent_id : void 0;
  return { sessionId, agentId, cwd, env, pluginRoot: pluginRoot(env), stateHome: stateHome(env), homeDir: env.HOME || homedir() };
}

// src/hooks/session-policy.ts
async function sessionPolicy(cwd) {
  const file = findPolicyFile(cwd);
  if (!file) return { policy: DEFAULT_POLICY };
  return { policy: await loadPolicy(file), file };
}

export {
  hookContext,
  sessionPolicy
};
