import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  GitSide,
  RunSetup,
  blocked,
  complete,
  failedBeforeStart,
  hashInputs,
  planDigest,
  planInputFiles,
  preflightProbes,
  withRetry
} from "./chunk-2LD6C4GR.mjs";
import {
  loadPlan,
  sectionOf
} from "./chunk-5Z5QZ754.mjs";
import "./chunk-B4E3E7L7.mjs";
import {
  LockHeldError
} from "./chunk-YAXJHWUH.mjs";
import {
  kindOf,
  loadOperation
} from "./chunk-2SKKGDWJ.mjs";
import "./chunk-XDDEP7ZQ.mjs";
import "./chunk-P37WMGKB.mjs";
import {
  classify
} from "./chunk-YMQBQB24.mjs";
import "./chunk-FP4XGDEA.mjs";
import "./chunk-K3VR3IEB.mjs";
import {
  journalStored,
  latestPlanRun
} from "./chunk-EZGD5OAD.mjs";
import {
  ApprovalError,
  DriftError,
  PartialApplyError,
  RemoteMovedError,
  RunError
} from "./chunk-JERPX7J5.mjs";
import {
  StepError
} from "./chunk-DCM7PZVW.mjs";
import {
  agentSession
} from "./chunk-AZF5T37V.mjs";
import {
  activeGrant
} from "./chunk-H6SCAQY7.mjs";
import {
  CALL_ENV,
  CallClaimError,
  useExecutorCall
} from "./chunk-Q62ZRKFZ.mjs";
import "./chunk-SHPKBHHF.mjs";
import "./chunk-3PDF6CMC.mjs";
import {
  parseApproval
} from "./chunk-GME6JKP7.mjs";
import {
  stateHome
} from "./chunk-VL7M2WAP.mjs";
import {
  environmentsOf
} from "./chunk-S7TXNCWD.mjs";
import "./chunk-4YJ4M3UI.mjs";
import "./chunk-H5RYQ4RP.mjs";
import "./chunk-NJ4D744S.mjs";
import "./chunk-GLDXOGL5.mjs";

// src/exec/run/execute.ts
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { basename, join as join2, relative } from "node:path";

// src/exec/approval/approval-check.ts
function planEnvironments(plan, policy) {
  const names = [plan.workdir, ...kindOf(plan.operation).environmentNames(sectionOf(plan))];
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

// src/exec/approval/approval-source.ts
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
    const agentId = callingAgent(request, session.sessionId);
    const grant = activeGrant(session.sessionId, request.now ?? /* @__PURE__ */ new Date(), {
      env: request.env,
      ...request.home ? { home: request.home } : {},
      ...agentId ? { agentId } : {}
    });
    if (!grant)
      throw new ApprovalError(
        agentId ? `no approval: sub-agent ${agentId} holds no grant of its own in session ${session.sessionId} (the main thread's grant is not a sub-agent's)` : `no approval: session ${session.sessionId} holds no active grant from the user`,
        request.what
      );
    const binding = grant.binding;
    return {
      scope: grant.scope,
      source: "session-grant",
      grantId: grant.id,
      sessionId: session.sessionId,
      ...agentId ? { agentId } : {},
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
function callingAgent(request, sessionId) {
  try {
    return useExecutorCall(request.home ?? stateHome(request.env), request.env[CALL_ENV], sessionId).agentId;
  } catch (error) {
    if (!(error instanceof CallClaimError)) throw error;
    throw new ApprovalError(`no approval: ${error.message}`, `${request.what} (run it as its own Bash command)`);
  }
}
var approvalRecord = (a) => ({
  source: a.source,
  text: a.scope.text,
  destroy: a.scope.destroy,
  environments: a.scope.environments,
  ...a.grantId ? { grantId: a.grantId, sessionId: a.sessionId } : {},
  ...a.agentId ? { agentId: a.agentId } : {},
  ...a.binding ? { binding: a.binding } : {}
});

// src/exec/run/pause.ts
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
async function pausePoint(point, env) {
  const dir = env.EXECGUARD_TEST_PAUSE_DIR;
  if (!dir || !(env.EXECGUARD_TEST_PAUSE ?? "").split(",").includes(point)) return;
  writeFileSync(join(dir, `${point}.reached`), String(process.pid));
  while (!existsSync(join(dir, `${point}.go`))) await new Promise((r) => setTimeout(r, 20));
}

// src/exec/approval/review.ts
function reviewersRequired(environments, policy) {
  const counts = policy.approvals.reviewers;
  const touched = environments.length ? environments : Object.keys(counts);
  return Math.max(0, ...touched.map((e) => counts[e] ?? 0));
}

// src/exec/run/verify-steps.ts
async function runVerifyStep(ctx, steps, step, index) {
  const name = `verify #${index + 1}`;
  const env = steps.childEnv(ctx.stepEnv);
  const result = await steps.run(
    name,
    step.run,
    (signal, seq) => steps.spawn(seq, name, signal, "/bin/sh", ["-c", step.run], { cwd: ctx.workdir, env, timeoutMs: 5 * 6e4 })
  );
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

// src/exec/run/execute.ts
async function executePlan(options) {
  options = { ...options, home: options.home ?? stateHome(options.env) };
  return runExecute(loadPlan(options.planArg, options.cwd), options);
}
async function runExecute(loaded, options, resumed) {
  let setup;
  try {
    setup = new RunSetup("execute", loaded, options, {}, resumed);
  } catch (error) {
    return failedBeforeStart(loaded, error, options.home);
  }
  return new ExecuteRun(setup, options, resumed).run();
}
var ExecuteRun = class {
  constructor(setup, options, resumed) {
    this.setup = setup;
    this.options = options;
    this.resumed = resumed;
    this.again = `run execguard plan ${options.planArg} again and get the new plan approved`;
  }
  setup;
  options;
  resumed;
  attempted = [];
  again;
  stage = "before";
  pushed;
  applied = [];
  git;
  op;
  get plan() {
    return this.setup.loaded.plan;
  }
  retry(label, fn) {
    return withRetry(label, fn, {
      journal: this.setup.journal,
      signal: this.setup.signal,
      delayMs: this.options.retryDelayMs ?? 750,
      attempted: this.attempted
    });
  }
  async run() {
    const { setup } = this;
    try {
      const approved = await setup.phase("Pre-flight", () => this.preflight());
      this.stage = "persisting";
      await this.persist();
      this.stage = "persisted";
      await this.apply(approved);
      await setup.phase("Verify", () => this.verify());
      await journalStored();
      return complete(
        setup,
        this.resumed ? `Task complete - run ${setup.runId} resumed and finished` : "Task complete - execution successful",
        this.pushed
      );
    } catch (error) {
      if (error instanceof PartialApplyError) this.applied = error.applied;
      if (this.stage === "applying" || this.stage === "applied") setup.updateMetaSafe({ applied: this.applied });
      return blocked(setup, error, this.failureContext(error), this.pushed);
    }
  }
  /** Approval from its one source, then the git probes, the commit check and the dry run side by side. */
  async preflight() {
    const { setup, options, plan } = this;
    const approval = resolveApproval({
      env: options.env,
      home: options.home,
      flag: options.approvalText,
      caller: options.callerApproval,
      what: `the plan ${plan.id} (execguard plan ${options.planArg})`
    });
    setup.journal.append({ type: "approval", ...approvalRecord(approval) });
    await setup.open(approval.scope);
    await pausePoint("started", options.env);
    const op = this.op = await loadOperation(plan.operation);
    if (!op) throw new RunError(`no executor for operation '${plan.operation}' in this build`, "Validation");
    setup.ctx.stepEnv = op.stepEnv?.(setup.ctx);
    const g = plan.git;
    const git = this.git = new GitSide(setup.loaded.repoRoot, setup.steps);
    const planFile = relative(setup.loaded.repoRoot, setup.loaded.planPath);
    const {
      dry: fresh,
      gitDetail,
      commitDetail
    } = await preflightProbes({
      op,
      ctx: setup.ctx,
      plan,
      git,
      planFile,
      attempt: (label, probe) => this.retry(label, probe),
      alongside: g ? [() => git.ensureIdentity()] : []
    });
    const detail = [...gitDetail];
    if (commitDetail) detail.push(commitDetail);
    const extras = {
      commits: g ? this.foreignCommits(git.unpushed) : [],
      inputs: hashInputs(setup.loaded.repoRoot, planInputFiles(plan), (p) => readFileSync(p))
    };
    const { approved, digest, lines, shown } = this.approvedPlan(fresh, extras);
    detail.push(...lines);
    const foreign = extras.commits ?? [];
    if (foreign.length && g) {
      const bound = approval.binding?.digests.includes(digest) ?? false;
      const seen = approval.source === "session-grant" ? bound : bound || shown;
      const listed = foreign.map((c) => `${c.hash.slice(0, 12)} ${c.subject}`).join("; ");
      if (!seen)
        throw new ApprovalError(
          `${foreign.length} commit(s) on ${g.branch} that this run did not make would be pushed to ${g.remote}/${g.branch} (${listed}), and the approval was not given for a plan that listed them`,
          `the plan ${plan.id} with the commits it pushes (run execguard plan ${this.options.planArg}, present its summary, which lists them, and ask again)`
        );
      detail.push(`also pushes ${foreign.length} commit(s) listed in the approved plan: ${listed}`);
    }
    detail.push(
      ...checkCoverage({
        plan,
        approval,
        destroys: approved.destroy,
        digest,
        what: `the plan ${plan.id} (${digest.slice(0, 19)}\u2026)`,
        policy: setup.policy
      })
    );
    setup.updateMeta({ digest, approved, ...git.base && !setup.meta.baseCommit ? { baseCommit: git.base } : {} });
    detail.push(...await this.reviewed(digest, approved));
    detail.push(`changes: ${approved.create.length} to create, ${approved.update.length} to update, ${approved.destroy.length} to destroy`);
    return { value: approved, detail };
  }
  /** Four-eyes: with approvals.reviewers for an environment the plan touches, enough other people approved the digest. */
  async reviewed(digest, approved) {
    const { setup, plan, options } = this;
    const environments = planEnvironments(plan, setup.policy);
    const required = reviewersRequired(environments, setup.policy);
    if (required === 0) return [];
    if (!options.review)
      throw new RunError(
        `approvals.reviewers asks for ${required} approval(s) by another person for this plan, and no team store is set to count them in`,
        "Approval",
        { advice: "Set store: postgres://HOST/DB in .execguard.yaml (docs/team.md), then run the command again" }
      );
    return options.review({
      planId: plan.id,
      planArg: options.planArg,
      cwd: options.cwd,
      runId: setup.runId,
      digest,
      environments,
      required,
      changes: { create: approved.create, update: approved.update, destroy: approved.destroy },
      signal: setup.signal,
      progress: setup.progress
    });
  }
  /**
   * The commits the push would send that this run did not make. A resumed run's own commit (made
   * after its recorded base, before the interruption) is not foreign: only what lies up to the base is.
   */
  foreignCommits(unpushed) {
    const base = this.resumed?.baseCommit;
    if (!base) return unpushed;
    const at = unpushed.findIndex((c) => c.hash === base);
    return at >= 0 ? unpushed.slice(0, at + 1) : [];
  }
  /** The summary the approval covers: a resumed run's, the latest `execguard plan`'s, or the fresh one. */
  approvedPlan(fresh, extras) {
    const { setup, plan, resumed } = this;
    const digest = planDigest(plan, fresh, extras);
    if (resumed?.approved && resumed.digest) {
      if (resumed.applyStarted)
        return {
          approved: resumed.approved,
          digest: resumed.digest,
          lines: [`resumed after apply began: applying what remains of the approved plan ${resumed.digest.slice(0, 19)}\u2026`],
          shown: true
        };
      if (resumed.digest !== digest)
        throw new DriftError(
          `plan drift: the plan approved for run ${resumed.runId} (${resumed.digest.slice(0, 19)}) no longer matches what would change now (${digest.slice(0, 19)}): ${describeDrift(resumed.approved, fresh)}`,
          this.again
        );
      return {
        approved: resumed.approved,
        digest,
        lines: [`resumed: the approved plan still matches (${digest.slice(0, 19)}\u2026); applying its saved plan`],
        shown: true
      };
    }
    const prior = latestPlanRun(plan.id, setup.loaded.planPath, this.options.home);
    if (!prior?.digest || !prior.summary)
      return {
        approved: fresh,
        digest,
        lines: [`no prior execguard plan for '${plan.id}': planned now (${digest.slice(0, 19)}\u2026)`],
        shown: false
      };
    if (prior.digest !== digest) {
      throw new DriftError(
        `plan drift: the plan approved in run ${prior.runId} (${prior.digest.slice(0, 19)}) no longer matches what would change now (${digest.slice(0, 19)}): ${describeDrift(prior.summary, fresh)}`,
        this.again
      );
    }
    mkdirSync(join2(setup.runDir, "approved"), { recursive: true });
    const artifacts = prior.summary.artifacts.map((a) => {
      copyFileSync(join2(setup.runDir, "..", prior.runId, a), join2(setup.runDir, "approved", basename(a)));
      return `approved/${basename(a)}`;
    });
    setup.updateMeta({ planRunId: prior.runId });
    return {
      approved: { ...prior.summary, artifacts },
      digest,
      lines: [`plan unchanged since run ${prior.runId} (${digest.slice(0, 19)}\u2026); applying its saved plan`],
      shown: true
    };
  }
  async persist() {
    const { setup, plan, resumed } = this;
    const g = plan.git;
    if (!g) {
      setup.skip("Persist", "the plan has no git section");
      return;
    }
    const git = this.git;
    if (resumed?.commit && resumed.commit !== resumed.baseCommit && await git.remoteHead(g) === resumed.commit) {
      setup.skip("Persist", `already done: commit ${resumed.commit.slice(0, 12)} is on ${g.remote}/${g.branch}`);
      this.pushed = setup.ctx.pushedCommit = resumed.commit;
      return;
    }
    const persisted = await setup.phase("Persist", async () => {
      const p = await this.retry("persist", () => git.persist(g, () => pausePoint("committed", this.options.env)));
      return { value: p, detail: p.detail };
    });
    this.pushed = setup.ctx.pushedCommit = persisted.commit;
    setup.updateMeta({ commit: persisted.commit, baseCommit: setup.meta.baseCommit ?? persisted.base });
    await pausePoint("pushed", this.options.env);
  }
  async apply(approved) {
    const { setup, resumed, plan } = this;
    if (resumed?.applyDone) {
      this.applied = resumed.applied ?? [];
      this.stage = "applied";
      setup.skip("Apply", `already done: ${this.applied.join(", ") || "nothing to change"} (verify checks it still holds)`);
      return;
    }
    this.applied = await setup.phase("Apply", async () => {
      this.stage = "applying";
      setup.updateMeta({ applyStarted: true });
      const value = await this.retry(`${plan.operation} apply`, (n) => this.op.apply({ ...setup.ctx, attempt: n }, approved));
      this.stage = "applied";
      setup.updateMeta({ applied: value, applyDone: true });
      return { value, detail: value.length ? value : ["nothing to change"] };
    });
    await pausePoint("applied", this.options.env);
  }
  /** Health checks and the plan's own verify steps only read: run them side by side. */
  async verify() {
    const { setup, plan } = this;
    const results = await Promise.allSettled([
      this.retry(`${plan.operation} verify`, () => this.op.verify(setup.ctx)),
      ...plan.verify.map(
        (step, i) => this.retry(`verify #${i + 1}`, () => runVerifyStep(setup.ctx, setup.steps, step, i)).then((line) => [line])
      )
    ]);
    for (const r of results) if (r.status === "rejected") throw r.reason;
    return { value: void 0, detail: results.flatMap((r) => r.value) };
  }
  /** What was done when the run stopped, and what to do next: decided by the error's type and the stage. */
  failureContext(error) {
    const { attempted, again, setup, git, plan, options } = this;
    const g = plan.git;
    if (error instanceof LockHeldError) {
      return {
        attempted,
        rollbackStatus: "nothing changed: the run stopped before touching anything",
        pendingSteps: [
          `Wait for run ${error.owner.runId} to finish (or confirm it is gone), then run execguard execute ${options.planArg} again`
        ]
      };
    }
    const kept = git?.localCommit ? `nothing applied; the local commit ${git.localCommit.slice(0, 12)} is kept (not pushed)` : "nothing changed";
    if (error instanceof RemoteMovedError && g) {
      const fix = `Rebase onto ${g.remote}/${g.branch}, then ${again}`;
      return {
        attempted,
        rollbackStatus: kept,
        pendingSteps: [
          `Rebase onto ${g.remote}/${g.branch} (git pull --rebase ${g.remote} ${g.branch}); never force push`,
          `Then ${again}`
        ],
        recommendedFix: fix
      };
    }
    const typed = error instanceof RunError ? { pendingSteps: error.pending, ...error.advice ? { recommendedFix: error.advice } : {} } : { pendingSteps: [] };
    if (this.stage === "before") return { attempted, rollbackStatus: "nothing changed: the run stopped in pre-flight", ...typed };
    if (this.stage === "persisting") return { attempted, rollbackStatus: kept, ...typed };
    const commitNote = this.pushed ? `commit ${this.pushed.slice(0, 12)} is pushed` : "nothing was committed";
    if (this.stage === "persisted") return { attempted, rollbackStatus: `${commitNote}; nothing applied`, ...typed };
    const what = this.applied.length ? `applied before the failure: ${this.applied.join(", ")}` : "nothing was applied";
    return {
      attempted,
      rollbackStatus: `not rolled back automatically: ${commitNote}; ${what}. Run execguard rollback ${setup.runId}`,
      pendingSteps: typed.pendingSteps.length ? typed.pendingSteps : [
        `Fix the failure and run execguard resume ${setup.runId}, or roll back with execguard rollback ${setup.runId} once the user approves`
      ],
      ...typed.recommendedFix ? { recommendedFix: typed.recommendedFix } : {}
    };
  }
};
function describeDrift(before, now) {
  const fmt = (s) => `create [${s.create.join(", ")}], update [${s.update.join(", ")}], destroy [${s.destroy.join(", ")}]`;
  if (fmt(before) === fmt(now) && before.digestInput === now.digestInput)
    return `the same changes (${fmt(now)}), but the plan file, its input files or the commits to push changed since it was approved`;
  return `approved ${fmt(before)}; now ${fmt(now)}`;
}
export {
  executePlan,
  runExecute
};
