import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  planDigest
} from "./chunk-IDOGNR7M.mjs";
import {
  GitSide,
  LockHeldError,
  Session,
  blocked,
  complete,
  failedBeforeStart,
  loadOperation,
  loadPlan,
  withRetry
} from "./chunk-FA62ESAO.mjs";
import {
  latestPlanRun
} from "./chunk-ATQ2OIXG.mjs";
import "./chunk-TH36CSFH.mjs";
import "./chunk-ID2WHCVX.mjs";
import "./chunk-XRSQDQ2N.mjs";
import "./chunk-UYWGGWNL.mjs";
import {
  ApplyError,
  terraformEnv
} from "./chunk-YTCZXEWW.mjs";
import {
  StepError,
  classify
} from "./chunk-EEIIHULF.mjs";
import "./chunk-65FTERJX.mjs";
import "./chunk-KCJRZOTD.mjs";
import "./chunk-SLWZ5OZ3.mjs";
import {
  stateHome
} from "./chunk-JYZVYPDW.mjs";
import {
  parseApproval
} from "./chunk-VRQJHM6H.mjs";
import "./chunk-UOJPWSGW.mjs";

// src/exec/execute.ts
import { copyFileSync, mkdirSync } from "node:fs";
import { basename, join } from "node:path";

// src/exec/verify-steps.ts
async function runVerifyStep(ctx, steps, step, index) {
  const name = `verify #${index + 1}`;
  const env = { ...ctx.env, ...terraformEnv(ctx) };
  const result = await steps.run(name, step.run, async (signal) => {
    const { execa } = await import("./execa-3YZNP5XD.mjs");
    const r = await execa("/bin/sh", ["-c", step.run], { cwd: ctx.workdir, env, extendEnv: false, reject: false, cancelSignal: signal, timeout: 5 * 6e4, stdin: "ignore", stripFinalNewline: false });
    return { exitCode: r.isCanceled ? 130 : r.timedOut ? 124 : r.exitCode ?? 1, stdout: String(r.stdout ?? ""), stderr: String(r.stderr ?? ""), interrupted: r.isCanceled };
  });
  const wantExit = step.expect?.exitCode ?? 0;
  if (result.exitCode !== wantExit) {
    const { errorClass, why } = classify(result);
    const tail = `${result.stderr}
${result.stdout}`.trim().split("\n").slice(-2).join(" ");
    throw new StepError(`${name} \`${step.run}\` exited ${result.exitCode}, expected ${wantExit} (${why}): ${tail}`, result, errorClass);
  }
  if (step.expect?.stdoutMatches !== void 0 && !new RegExp(step.expect.stdoutMatches).test(result.stdout)) {
    throw new StepError(`${name} \`${step.run}\`: stdout does not match /${step.expect.stdoutMatches}/`, result, "Validation");
  }
  return `${name} \`${step.run}\` passed (exit ${result.exitCode}${step.expect?.stdoutMatches ? `, stdout matches /${step.expect.stdoutMatches}/` : ""})`;
}

// src/exec/execute.ts
async function executePlan(options) {
  options = { ...options, home: options.home ?? stateHome(options.env) };
  const loaded = loadPlan(options.planArg, options.cwd);
  const { plan } = loaded;
  const approval = options.approvalText ? parseApproval(options.approvalText) : void 0;
  let session;
  try {
    session = new Session("execute", loaded, { ...options, approval });
  } catch (error) {
    return failedBeforeStart(loaded, error, options.home);
  }
  const attempted = [];
  const retry = (label, fn) => withRetry(label, fn, { journal: session.journal, signal: session.signal, delayMs: options.retryDelayMs ?? 750, attempted });
  const g = plan.git;
  const again = `run execguard plan ${options.planArg} again and get the new plan approved`;
  let pushed;
  let applied = [];
  let stage = "before";
  let git;
  try {
    await session.open();
    const op = await loadOperation(plan.operation);
    git = new GitSide(loaded.repoRoot, session.steps, options.env);
    const approved = await session.phase("Pre-flight", async () => {
      const detail = [];
      if (!approval) throw new StepError(`no approval: execute needs the user's approval text (--approval "User approved. Execute the plan.")`, void 0, "Permission");
      if (!approval.affirmed) throw new StepError(`the approval text does not approve: "${approval.text}"`, void 0, "Permission");
      detail.push(`approval: "${approval.text}"${approval.destroy ? " (includes destroy)" : ""}`);
      if (!op) throw new StepError(`no executor for operation '${plan.operation}' in this build`, void 0, "Validation");
      const [dry, gitDetail, commitDetail] = await Promise.allSettled([
        (async () => {
          await retry(`${plan.operation} pre-flight`, () => op.preflight(session.ctx));
          return retry(`${plan.operation} dry run`, () => op.dryRun(session.ctx));
        })(),
        g ? retry("git pre-flight", () => git.preflight(g)) : Promise.resolve([]),
        g ? git.checkCommit(g) : Promise.resolve(""),
        // Persist's identity probe, done here where it waits on nothing.
        g ? git.ensureIdentity() : Promise.resolve()
      ]);
      for (const r of [gitDetail, commitDetail, dry]) if (r.status === "rejected") throw r.reason;
      const fresh = dry.value;
      detail.push(...gitDetail.value);
      if (g) detail.push(commitDetail.value);
      const digest = planDigest(plan, fresh);
      const prior = latestPlanRun(plan.id, loaded.planPath, options.home);
      let approvedSummary = fresh;
      if (prior?.digest && prior.summary) {
        if (prior.digest !== digest) {
          throw new StepError(
            `plan drift: the plan approved in run ${prior.runId} (${prior.digest.slice(0, 19)}) no longer matches what would change now (${digest.slice(0, 19)}): ${describeDrift(prior.summary, fresh)}`,
            void 0,
            "StateConflict"
          );
        }
        mkdirSync(join(session.runDir, "approved"), { recursive: true });
        const artifacts = prior.summary.artifacts.map((a) => {
          copyFileSync(join(session.runDir, "..", prior.runId, a), join(session.runDir, "approved", basename(a)));
          return `approved/${basename(a)}`;
        });
        approvedSummary = { ...prior.summary, artifacts };
        session.updateMeta({ planRunId: prior.runId, digest });
        detail.push(`plan unchanged since run ${prior.runId} (${digest.slice(0, 19)}\u2026); applying its saved plan`);
      } else {
        session.updateMeta({ digest, summary: fresh });
        detail.push(`no prior execguard plan for '${plan.id}': planned now (${digest.slice(0, 19)}\u2026)`);
      }
      if (approvedSummary.destroy.length && !approval.destroy) {
        throw new StepError(`the plan destroys ${approvedSummary.destroy.join(", ")}, and the approval does not approve destroying`, void 0, "Permission");
      }
      detail.push(`changes: ${approvedSummary.create.length} to create, ${approvedSummary.update.length} to update, ${approvedSummary.destroy.length} to destroy`);
      return { value: approvedSummary, detail };
    });
    stage = "persisting";
    if (g) {
      const persisted = await session.phase("Persist", async () => {
        const p = await retry("persist", () => git.persist(g));
        return { value: p, detail: p.detail };
      });
      pushed = persisted.commit;
      session.ctx.pushedCommit = pushed;
      session.updateMeta({ commit: pushed, baseCommit: persisted.base });
    } else session.skip("Persist", "the plan has no git section");
    stage = "persisted";
    applied = await session.phase("Apply", async () => {
      stage = "applying";
      session.updateMeta({ applyStarted: true });
      const value = await retry(`${plan.operation} apply`, (n) => op.apply({ ...session.ctx, attempt: n }, approved));
      stage = "applied";
      session.updateMeta({ applied: value });
      return { value, detail: value.length ? value : ["nothing to change"] };
    });
    await session.phase("Verify", async () => {
      const results = await Promise.allSettled([
        retry(`${plan.operation} verify`, () => op.verify(session.ctx)),
        ...plan.verify.map((step, i) => retry(`verify #${i + 1}`, () => runVerifyStep(session.ctx, session.steps, step, i)).then((line) => [line]))
      ]);
      for (const r of results) if (r.status === "rejected") throw r.reason;
      const detail = results.flatMap((r) => r.value);
      return { value: void 0, detail };
    });
    return complete(session, "Task complete - execution successful", pushed);
  } catch (error) {
    if (error instanceof ApplyError) applied = error.applied;
    if (stage === "applying" || stage === "applied") session.updateMeta({ applied });
    return blocked(session, error, failureContext(error), pushed);
  }
  function failureContext(error) {
    const conflict = error instanceof StepError && error.errorClass === "StateConflict" && g && /remote moved|non-fast-forward|moved since/.test(error.message);
    if (error instanceof LockHeldError) {
      return { attempted, rollbackStatus: "nothing changed: the run stopped before touching anything", pendingSteps: [`Wait for run ${error.owner.runId} to finish (or confirm it is gone), then run execguard execute ${options.planArg} again`] };
    }
    if (conflict) {
      return {
        attempted,
        rollbackStatus: git?.localCommit ? `nothing applied; the local commit ${git.localCommit.slice(0, 12)} is kept (not pushed)` : "nothing changed",
        pendingSteps: [`Rebase onto ${g.remote}/${g.branch} (git pull --rebase ${g.remote} ${g.branch}); never force push`, `Then ${again}`],
        recommendedFix: `Rebase onto ${g.remote}/${g.branch}, then ${again}`
      };
    }
    if (stage === "before") {
      const destroy = /does not approve destroying/.test(String(error?.message));
      return {
        attempted,
        rollbackStatus: "nothing changed: the run stopped in pre-flight",
        pendingSteps: destroy ? ["Get an approval that explicitly approves destroying the listed resources, then run execguard execute again with it"] : /no approval|does not approve/.test(String(error?.message)) ? [`Present the plan (execguard plan ${options.planArg}) and get the user's approval`] : /plan drift/.test(String(error?.message)) ? [`Review the drift, then ${again}`] : []
      };
    }
    if (stage === "persisting") {
      return {
        attempted,
        rollbackStatus: git?.localCommit ? `nothing applied; the local commit ${git.localCommit.slice(0, 12)} is kept (not pushed)` : "nothing changed",
        pendingSteps: []
      };
    }
    const commitNote = pushed ? `commit ${pushed.slice(0, 12)} is pushed` : "nothing was committed";
    if (stage === "persisted") return { attempted, rollbackStatus: `${commitNote}; nothing applied`, pendingSteps: [] };
    const what = applied.length ? `applied before the failure: ${applied.join(", ")}` : "nothing was applied";
    return {
      attempted,
      rollbackStatus: `not rolled back automatically: ${commitNote}; ${what}. Run execguard rollback ${session.runId}`,
      pendingSteps: [`Fix the failure, or roll back with execguard rollback ${session.runId} --approval "<the user's approval>"`]
    };
  }
}
function describeDrift(before, now) {
  const fmt = (s) => `create [${s.create.join(", ")}], update [${s.update.join(", ")}], destroy [${s.destroy.join(", ")}]`;
  return `approved ${fmt(before)}; now ${fmt(now)}`;
}
export {
  executePlan
};
