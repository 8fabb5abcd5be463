import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  ApprovalError
} from "./chunk-YOZ77OXQ.mjs";
import {
  activeGrant
} from "./chunk-VZJXIXTK.mjs";
import {
  agentSession
} from "./chunk-AZF5T37V.mjs";
import {
  environmentsOf
} from "./chunk-NQJ7SG5Y.mjs";
import {
  parseApproval
} from "./chunk-IFFSJ7SF.mjs";

// src/exec/approval-check.ts
function planEnvironments(plan, policy) {
  const tf = plan.terraform ?? plan.terragrunt;
  const names = [
    plan.workdir,
    ...tf ? [...tf.varFiles, tf.workspace === "default" ? "" : tf.workspace] : [],
    ...plan.kubectl ? [plan.kubectl.namespace, plan.kubectl.context ?? "", ...plan.kubectl.manifests] : [],
    ...plan.gitops ? [plan.gitops.kustomization, plan.gitops.helmRelease ?? ""] : []
  ];
  return [...new Set(names.flatMap((n) => environmentsOf(n, policy)))];
}
function checkCoverage(input) {
  const { plan, approval, destroys, what } = input;
  const scope = approval.scope;
  const detail = [
    `approval (${approval.source}${approval.grantId ? ` ${approval.grantId}` : ""}): "${scope.text}"${scope.destroy ? " (includes destroy)" : ""}`
  ];
  const planEnvs = planEnvironments(plan, input.policy);
  for (const [allowed, where] of [
    [scope.environments, "the approval names"],
    [approval.binding?.environments ?? [], "the approved request named"]
  ]) {
    if (allowed.length === 0) continue;
    if (planEnvs.length === 0) {
      throw new ApprovalError(
        `the approval is limited to ${allowed.join(", ")} (${where}), and the plan (workdir ${plan.workdir}) names no environment`,
        `${what} for its environment`
      );
    }
    const outside = planEnvs.filter((e) => !allowed.includes(e));
    if (outside.length) {
      throw new ApprovalError(
        `the plan targets ${outside.join(", ")} (workdir ${plan.workdir}), and the approval covers only ${allowed.join(", ")} (${where})`,
        `${what} for ${outside.join(", ")}`
      );
    }
  }
  if (destroys.length && !scope.destroy) {
    throw new ApprovalError(
      `the run destroys ${destroys.join(", ")}, and the approval does not approve destroying`,
      `destroying ${destroys.join(", ")} (an approval that explicitly says destroy)`
    );
  }
  const digests = approval.binding?.digests ?? [];
  if (input.digest && digests.length && !digests.includes(input.digest)) {
    throw new ApprovalError(
      `the plan's digest ${input.digest.slice(0, 19)}\u2026 is not one the user approved (${digests.map((d) => `${d.slice(0, 19)}\u2026`).join(", ")})`,
      `${what}: the plan changed since it was approved`
    );
  }
  if (planEnvs.length) detail.push(`environments: ${planEnvs.join(", ")} (covered)`);
  return detail;
}

// src/exec/approval-source.ts
function resolveApproval(request) {
  if (request.caller !== void 0) {
    const scope2 = parseApproval(request.caller);
    if (!scope2.affirmed) throw new ApprovalError(`the caller's approval text does not approve: "${scope2.text}"`, request.what);
    return { scope: scope2, source: "caller" };
  }
  const session = agentSession(request.env);
  if (session.inAgent) {
    if (request.flag !== void 0) {
      throw new ApprovalError(
        "refused: --approval is not accepted inside an agent session; the approval must come from the user in the session (the hooks record it)",
        `${request.what} (in the chat; then run the command again without --approval)`
      );
    }
    if (!session.sessionId) {
      throw new ApprovalError(
        "no approval: this process runs in an agent session (CLAUDECODE=1) without a session id, so no user grant can be found",
        request.what
      );
    }
    const grant = activeGrant(session.sessionId, request.now ?? /* @__PURE__ */ new Date(), {
      env: request.env,
      ...request.home ? { home: request.home } : {}
    });
    if (!grant) throw new ApprovalError(`no approval: session ${session.sessionId} holds no active grant from the user`, request.what);
    const binding = grant.binding;
    return {
      scope: grant.scope,
      source: "session-grant",
      grantId: grant.id,
      sessionId: session.sessionId,
      ...binding ? { binding } : {}
    };
  }
  if (request.flag === void 0) {
    throw new ApprovalError(
      `no approval: outside an agent session the approval is the user's text, given with --approval "..."`,
      request.what
    );
  }
  const scope = parseApproval(request.flag);
  if (!scope.affirmed) throw new ApprovalError(`the approval text does not approve: "${scope.text}"`, request.what);
  return { scope, source: "cli-flag" };
}
var approvalRecord = (a) => ({
  source: a.source,
  text: a.scope.text,
  destroy: a.scope.destroy,
  environments: a.scope.environments,
  ...a.grantId ? { grantId: a.grantId, sessionId: a.sessionId } : {},
  ...a.binding ? { binding: a.binding } : {}
});

export {
  checkCoverage,
  resolveApproval,
  approvalRecord
};
