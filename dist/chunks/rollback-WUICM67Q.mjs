import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  GitSide,
  Session,
  blocked,
  complete,
  failedBeforeStart,
  loadOperation,
  loadPlan
} from "./chunk-FA62ESAO.mjs";
import {
  listRuns,
  readMeta,
  runsRoot
} from "./chunk-ATQ2OIXG.mjs";
import "./chunk-TH36CSFH.mjs";
import "./chunk-ID2WHCVX.mjs";
import "./chunk-XRSQDQ2N.mjs";
import "./chunk-UYWGGWNL.mjs";
import {
  StepError
} from "./chunk-EEIIHULF.mjs";
import "./chunk-65FTERJX.mjs";
import "./chunk-KCJRZOTD.mjs";
import "./chunk-SLWZ5OZ3.mjs";
import {
  UsageError
} from "./chunk-6DUTV3N7.mjs";
import {
  stateHome
} from "./chunk-JYZVYPDW.mjs";
import {
  parseApproval
} from "./chunk-VRQJHM6H.mjs";
import "./chunk-UOJPWSGW.mjs";

// src/exec/rollback.ts
import { join } from "node:path";
async function rollbackRun(options) {
  options = { ...options, home: options.home ?? stateHome(options.env) };
  const target = readMeta(join(runsRoot(options.home), options.runId));
  if (!target) throw new UsageError(`no run ${options.runId} (see execguard runs)`);
  if (target.kind !== "execute") throw new UsageError(`run ${options.runId} is a ${target.kind} run; only execute runs can be rolled back`);
  const loaded = loadPlan(target.planPath, options.cwd);
  const approval = options.approvalText ? parseApproval(options.approvalText) : void 0;
  let session;
  try {
    session = new Session("rollback", loaded, { ...options, approval }, { rollbackOf: target.runId });
  } catch (error) {
    return failedBeforeStart(loaded, error, options.home);
  }
  const g = loaded.plan.git;
  const pending = [];
  try {
    await session.open();
    session.ctx.targetRunDir = join(runsRoot(options.home), target.runId);
    const op = await loadOperation(loaded.plan.operation);
    await session.phase("Rollback", async () => {
      const detail = [];
      if (!approval?.affirmed) throw new StepError(`a rollback changes the remote and live state: it needs the user's approval (--approval "...")`, void 0, "Permission");
      detail.push(`rolling back run ${target.runId} (${target.status}); applied by it: ${target.applied?.length ? target.applied.join(", ") : "nothing recorded"}`);
      const earlier = listRuns(options.home).find((m) => m.kind === "rollback" && m.rollbackOf === target.runId && m.revertCommit);
      const madeCommit = target.commit && target.commit !== target.baseCommit;
      if (!madeCommit && !target.applyStarted) {
        detail.push(`run ${target.runId} committed nothing and applied nothing: there is nothing to roll back`);
        return { value: void 0, detail };
      }
      if (g) detail.push(...await new GitSide(loaded.repoRoot, session.steps, options.env).preflight({ ...g, files: [] }));
      if (g && madeCommit && earlier?.revertCommit) {
        detail.push(`commit ${target.commit.slice(0, 12)} was already reverted by ${earlier.revertCommit.slice(0, 12)} (run ${earlier.runId})`);
        session.updateMeta({ revertCommit: earlier.revertCommit });
      } else if (g && madeCommit) {
        const git = new GitSide(loaded.repoRoot, session.steps, options.env);
        const subject = await git.subject(target.commit);
        const revert = await git.revert(target.commit, subject);
        session.updateMeta({ revertCommit: revert });
        detail.push(`reverted ${target.commit.slice(0, 12)} with ${revert.slice(0, 12)}`, ...await git.push(g, revert));
      } else detail.push(g ? `run ${target.runId} committed nothing: no git revert needed` : "the plan has no git section");
      if (!op) throw new StepError(`no executor for operation '${loaded.plan.operation}' in this build`, void 0, "Validation");
      const undone = await op.rollback(session.ctx);
      detail.push(...undone.done);
      pending.push(...undone.pending);
      if (undone.pending.length) throw new StepError(`rollback incomplete: ${undone.pending.join("; ")}`, void 0, "Permission");
      return { value: void 0, detail };
    });
    return complete(session, `Rollback of run ${target.runId} complete`, session.meta.revertCommit);
  } catch (error) {
    const reverted = session.meta.revertCommit;
    return blocked(
      session,
      error,
      {
        attempted: [],
        rollbackStatus: reverted ? `git: reverted and pushed (${reverted.slice(0, 12)}); ${loaded.plan.operation}: not finished` : "nothing changed by this rollback run",
        pendingSteps: pending,
        recommendedFix: pending[0]
      },
      reverted
    );
  }
}
export {
  rollbackRun
};
