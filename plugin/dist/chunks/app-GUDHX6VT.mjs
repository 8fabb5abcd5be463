import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  classify
} from "./chunk-YMQBQB24.mjs";
import {
  StepError
} from "./chunk-DCM7PZVW.mjs";
import "./chunk-GLDXOGL5.mjs";

// src/exec/operations/app.ts
var PASSED = /* @__PURE__ */ new Set(["SUCCESS", "SKIPPED", "NEUTRAL"]);
var RUNNING = /* @__PURE__ */ new Set(["PENDING", "QUEUED", "IN_PROGRESS", "WAITING", "REQUESTED", "EXPECTED"]);
function section(ctx) {
  const a = ctx.plan.app;
  if (!a) throw new StepError("the plan has no 'app:' section", void 0, "Validation");
  return a;
}
function fail(what, result, errorClass) {
  const c = classify(result);
  const detail = (result.stderr.trim() || result.stdout.trim()).split("\n").slice(-3).join(" ").slice(0, 600);
  throw new StepError(`${what} (exit ${result.exitCode}, ${c.why}): ${detail}`, result, errorClass ?? c.errorClass);
}
function programOf(command) {
  return command.trim().split(/\s+/).find((word) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(word));
}
var commandsOf = (ctx) => {
  const a = section(ctx);
  return [...a.test ? [["test", a.test]] : [], ...a.build ? [["build", a.build]] : []];
};
function judgeChecks(checks) {
  return {
    passed: checks.filter((c) => PASSED.has(c.state)),
    running: checks.filter((c) => RUNNING.has(c.state)),
    failed: checks.filter((c) => !PASSED.has(c.state) && !RUNNING.has(c.state))
  };
}
var appOperation = {
  async preflight(ctx) {
    const needed = [
      ...new Set([...commandsOf(ctx).map(([, cmd]) => programOf(cmd)), ...section(ctx).pr ? ["gh"] : []].filter((p) => !!p))
    ];
    for (const program of needed) {
      const r = await ctx.exec(`${program} present`, ["bash", "-c", 'command -v -- "$1"', "bash", program], { cwd: ctx.workdir });
      if (r.exitCode !== 0)
        throw new StepError(`${program} is not installed (or not on PATH): needed by the plan's app section`, r, "Validation");
    }
  },
  async dryRun(ctx) {
    const a = section(ctx);
    const notes = [
      ...commandsOf(ctx).map(([kind, cmd]) => `would run the ${kind} command in ${ctx.plan.workdir}: ${cmd}`),
      ...a.pr ? [`would check pull request #${a.pr} (gh pr checks)`] : []
    ];
    if (notes.length === 0) notes.push("nothing to run: the app section names no test, build or pr");
    return {
      create: [],
      update: [],
      destroy: [],
      notes,
      digestInput: JSON.stringify({ test: a.test ?? null, build: a.build ?? null, pr: a.pr ?? null }),
      artifacts: []
    };
  },
  async apply(ctx) {
    const lines = [];
    for (const [kind, command] of commandsOf(ctx)) {
      const r = await ctx.exec(kind, ["bash", "-c", command], { cwd: ctx.workdir });
      if (r.exitCode !== 0) fail(`the ${kind} command failed: ${command}`, r, r.exitCode === 127 ? "Validation" : void 0);
      lines.push(`${kind} passed: ${command}`);
    }
    return lines;
  },
  async verify(ctx) {
    const pr = section(ctx).pr;
    if (!pr) return [];
    const r = await ctx.exec(`gh pr checks ${pr}`, ["gh", "pr", "checks", String(pr), "--json", "state,name"], { cwd: ctx.repoRoot });
    let checks;
    try {
      checks = JSON.parse(r.stdout);
      if (!Array.isArray(checks)) throw new Error("not an array");
    } catch {
      fail(`gh pr checks ${pr} failed`, r);
    }
    if (checks.length === 0) return [`pull request #${pr}: no checks reported`];
    const { passed, running, failed } = judgeChecks(checks);
    const list = (cs) => cs.map((c) => `${c.name} (${c.state})`).join(", ");
    if (failed.length) throw new StepError(`pull request #${pr}: checks failed: ${list(failed)}`, r, "Validation");
    if (running.length) throw new StepError(`pull request #${pr}: checks still running: ${list(running)}; try again later`, r, "Transient");
    return [`pull request #${pr}: all ${passed.length} check(s) passed: ${list(passed)}`];
  },
  async rollback() {
    return { done: [], pending: [] };
  }
};
export {
  appOperation,
  judgeChecks,
  programOf
};
