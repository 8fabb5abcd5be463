import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  approvalRecord,
  checkCoverage,
  resolveApproval
} from "./chunk-LQI7QEBN.mjs";
import {
  GitSide,
  Session,
  blocked,
  complete,
  failedBeforeStart,
  loadOperation,
  loadPlan
} from "./chunk-CVWDD52Z.mjs";
import "./chunk-XTNUR4HF.mjs";
import "./chunk-KM4H3BWL.mjs";
import {
  listRuns,
  readMeta,
  runsRoot
} from "./chunk-UIYI6RHU.mjs";
import "./chunk-P37WMGKB.mjs";
import {
  ApprovalError,
  RunError
} from "./chunk-YOZ77OXQ.mjs";
import "./chunk-VU4LYT2Z.mjs";
import "./chunk-DCM7PZVW.mjs";
import "./chunk-FP4XGDEA.mjs";
import "./chunk-VZJXIXTK.mjs";
import "./chunk-3PDF6CMC.mjs";
import "./chunk-AZF5T37V.mjs";
import {
  loadPolicy
} from "./chunk-TLBJUBPP.mjs";
import "./chunk-NQJ7SG5Y.mjs";
import "./chunk-EFYBUVPJ.mjs";
import "./chunk-ZVMRUSTS.mjs";
import {
  UsageError
} from "./chunk-6DUTV3N7.mjs";
import {
  stateHome
} from "./chunk-IXTILJUS.mjs";
import "./chunk-IFFSJ7SF.mjs";
import "./chunk-GLDXOGL5.mjs";

// src/exec/rollback.ts
import { join } from "node:path";
async function rollbackRun(options) {
  options = { ...options, home: options.home ?? stateHome(options.env) };
  const target = readMeta(join(runsRoot(options.home), options.runId));
  if (!target) throw new UsageError(`no run ${options.runId} (see execguard runs)`);
  if (target.kind !== "execute") throw new UsageError(`run ${options.runId} is a ${target.kind} run; only execute runs can be rolled back`);
  const loaded = loadPlan(target.planPath, options.cwd);
  let session;
  try {
    session = new Session("rollback", loaded, options, { rollbackOf: target.runId });
  } catch (error) {
    return failedBeforeStart(loaded, error, options.home);
  }
  const g = loaded.plan.git;
  let pushed = false;
  let localRevert;
  try {
    await session.phase("Rollback", async () => {
      const approval = resolveApproval({
        env: options.env,
        home: options.home,
        flag: options.approvalText,
        caller: options.callerApproval,
        what: `rolling back run ${target.runId}`
      });
      session.journal.append({ type: "approval", ...approvalRecord(approval) });
      await session.open(approval.scope);
      session.ctx.targetRunDir = join(runsRoot(options.home), target.runId);
      const op = await loadOperation(loaded.plan.operation);
      if (!op) throw new RunError(`no executor for operation '${loaded.plan.operation}' in this build`, "Validation");
      session.ctx.stepEnv = op.stepEnv?.(session.ctx);
      const detail = [
        `rolling back run ${target.runId} (${target.status}); applied by it: ${target.applied?.length ? target.applied.join(", ") : "nothing recorded"}`
      ];
      const madeCommit = Boolean(target.commit && target.commit !== target.baseCommit);
      if (!madeCommit && !target.applyStarted) {
        detail.push(`run ${target.runId} committed nothing and applied nothing: there is nothing to roll back`);
        return { value: void 0, detail };
      }
      const policy = await loadPolicy(loaded.repoRoot);
      checkCoverage({ plan: loaded.plan, approval, destroys: [], what: `rolling back run ${target.runId}`, policy });
      const git = new GitSide(loaded.repoRoot, session.steps, options.env);
      if (g) detail.push(...await git.preflight({ ...g, files: [] }));
      const earlier = listRuns(options.home).find((m) => m.kind === "rollback" && m.rollbackOf === target.runId && m.revertCommit);
      let revert;
      if (g && madeCommit && earlier?.revertCommit) {
        detail.push(
          `commit ${target.commit.slice(0, 12)} was already reverted by ${earlier.revertCommit.slice(0, 12)} (run ${earlier.runId})`
        );
        session.updateMeta({ revertCommit: earlier.revertCommit });
      } else if (g && madeCommit) {
        const base = await git.head();
        revert = await git.revert(target.commit, await git.subject(target.commit));
        localRevert = { git, base };
        detail.push(`reverted ${target.commit.slice(0, 12)} locally with ${revert.slice(0, 12)} (not pushed yet)`);
      } else detail.push(g ? `run ${target.runId} committed nothing: no git revert needed` : "the plan has no git section");
      const undo = await planUndo(session, op, target);
      detail.push(...undo.describe);
      if (undo.destroys.length && !approval.scope.destroy) {
        throw new ApprovalError(
          `${undo.describe.join("; ")}: the rollback would destroy ${undo.destroys.join(", ")}, and the approval does not approve destroying`,
          `destroying ${undo.destroys.join(", ")} to roll back run ${target.runId} (an approval that explicitly says destroy)`
        );
      }
      if (revert && g) {
        detail.push(...await git.push(g, revert));
        pushed = true;
        localRevert = void 0;
        session.updateMeta({ revertCommit: revert });
      }
      detail.push(...await undo.apply());
      return { value: void 0, detail };
    });
    return complete(session, `Rollback of run ${target.runId} complete`, session.meta.revertCommit);
  } catch (error) {
    const dropped = localRevert ? await localRevert.git.resetTo(localRevert.base).then(
      () => true,
      () => false
    ) : false;
    const reverted = session.meta.revertCommit;
    const status = pushed ? `git: reverted and pushed (${reverted?.slice(0, 12)}); ${loaded.plan.operation}: not finished` : `nothing changed by this rollback run: nothing pushed, nothing applied${dropped ? " (the local revert was dropped)" : ""}`;
    return blocked(
      session,
      error,
      {
        attempted: [],
        rollbackStatus: status,
        pendingSteps: error instanceof RunError ? error.pending : [],
        ...error instanceof RunError && error.advice ? { recommendedFix: error.advice } : {}
      },
      reverted
    );
  }
}
async function planUndo(session, op, target) {
  if (op.planRollback) return op.planRollback(session.ctx);
  return {
    destroys: [],
    describe: [],
    apply: async () => {
      const undone = await op.rollback(session.ctx);
      if (undone.pending.length)
        throw new RunError(`rollback of run ${target.runId} incomplete: ${undone.pending.join("; ")}`, "Permission", {
          pending: undone.pending,
          advice: undone.pending[0]
        });
      return undone.done;
    }
  };
}
export {
  rollbackRun
};
