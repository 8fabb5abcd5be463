import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  kubeInvocation,
  kubeTarget
} from "./chunk-RVNTFSJA.mjs";

// src/guard/kube-context.ts
var HELM_DELETE = /* @__PURE__ */ new Set(["uninstall", "delete", "del", "un"]);
function needsKubeContext(analysis) {
  return analysis.commands.some((cmd, index) => {
    const name = cmd.argv[0];
    const verb = kubeInvocation(cmd.argv).verb;
    const isDelete = (name === "kubectl" || name === "oc") && verb === "delete" || name === "helm" && verb !== void 0 && HELM_DELETE.has(verb);
    if (!isDelete) return false;
    const target = kubeTarget(cmd, index, analysis.commands);
    const known = (v) => v !== "" && !/[$`]/.test(v);
    return ![...target.namespaces, ...target.contexts, ...target.kubeconfigs, ...target.priorContexts, ...target.priorNamespaces].some(
      known
    );
  });
}
async function readCurrentKubeContext(timeoutMs = 1500, env = process.env, cwd) {
  const { execFile } = await import("node:child_process");
  return new Promise((done) => {
    try {
      execFile(
        "kubectl",
        ["config", "current-context"],
        { timeout: timeoutMs, env, encoding: "utf8", ...cwd ? { cwd } : {} },
        (error, stdout) => {
          const name = stdout?.trim();
          done(error || !name ? void 0 : name);
        }
      );
    } catch {
      done(void 0);
    }
  });
}

export {
  needsKubeContext,
  readCurrentKubeContext
};
