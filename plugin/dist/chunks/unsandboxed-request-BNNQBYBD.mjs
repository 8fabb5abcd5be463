import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  listRuns
} from "./chunk-EZGD5OAD.mjs";
import "./chunk-JERPX7J5.mjs";
import "./chunk-DCM7PZVW.mjs";
import "./chunk-VL7M2WAP.mjs";
import "./chunk-GLDXOGL5.mjs";

// src/hooks/tool-calls/unsandboxed-request.ts
import { realpathSync } from "node:fs";
import { join, resolve } from "node:path";
function trustedExecutors(ctx) {
  const root = ctx.pluginRoot || ctx.env.CLAUDE_PLUGIN_ROOT;
  if (!root) return [];
  const bin = join(resolve(root), "bin", "execguard");
  try {
    return [.../* @__PURE__ */ new Set([bin, realpathSync(bin)])];
  } catch {
    return [];
  }
}
function unsandboxedRequestOf(ctx, grant) {
  return {
    executors: trustedExecutors(ctx),
    granted: grant !== null,
    approvedDigests: grant?.binding?.digests ?? [],
    digestOf: (sub, arg) => {
      const runs = listRuns(ctx.stateHome);
      if (sub !== "execute") return runs.find((m) => m.runId === arg)?.digest;
      const planPath = resolve(ctx.cwd, arg);
      const consumed = new Set(runs.filter((m) => m.kind === "execute" && m.planRunId && m.status === "COMPLETE").map((m) => m.planRunId));
      return runs.filter((m) => m.kind === "plan" && m.status === "COMPLETE" && m.planPath === planPath && !consumed.has(m.runId)).at(-1)?.digest;
    }
  };
}
export {
  unsandboxedRequestOf
};
