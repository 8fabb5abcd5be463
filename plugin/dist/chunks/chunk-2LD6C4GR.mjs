import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  sectionOf
} from "./chunk-5Z5QZ754.mjs";
import {
  oneLine,
  renderStatus,
  toAgentId
} from "./chunk-B4E3E7L7.mjs";
import {
  LockHeldError,
  OWNER_ENV,
  RUN_ID_ENV,
  acquireLock,
  ownerMark,
  processStart,
  reapDeadRuns,
  workspaceKey
} from "./chunk-YAXJHWUH.mjs";
import {
  kindOf
} from "./chunk-2SKKGDWJ.mjs";
import {
  RECOMMENDED,
  classify,
  recommendedFor
} from "./chunk-YMQBQB24.mjs";
import {
  loadPolicy
} from "./chunk-K3VR3IEB.mjs";
import {
  Journal,
  continueCommand,
  createRunDir,
  journalConfirmed,
  newRunId,
  readJournal,
  writeFileAtomic,
  writeMeta
} from "./chunk-EZGD5OAD.mjs";
import {
  RemoteMovedError,
  StateWriteError,
  stateWrite
} from "./chunk-JERPX7J5.mjs";
import {
  StepError
} from "./chunk-DCM7PZVW.mjs";

// src/exec/plan/digest.ts
import { createHash } from "node:crypto";
function canonicalJson(value) {
  return JSON.stringify(
    value,
    (_key, v) => v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) : v
  );
}
function planDigest(plan, summary, extras = {}) {
  const input = canonicalJson({
    v: 2,
    plan,
    changes: summary.digestInput,
    commits: (extras.commits ?? []).map((c) => c.hash),
    inputs: extras.inputs ?? {}
  });
  return `sha256:${createHash("sha256").update(input).digest("hex")}`;
}
function planInputFiles(plan) {
  return kindOf(plan.operation).paths(sectionOf(plan), plan.workdir).filter((p) => p.input).map((p) => p.path);
}
function hashInputs(repoRoot, files, read) {
  const out = {};
  for (const f of files) {
    try {
      out[f] = createHash("sha256").update(read(`${repoRoot}/${f}`)).digest("hex");
    } catch {
      out[f] = "missing";
    }
  }
  return out;
}

// src/exec/run/git.ts
import { existsSync } from "node:fs";
import { join, normalize } from "node:path";

// src/exec/approval/guard-gate.ts
import { resolve } from "node:path";
async function loadGate(approval, policy, where = {}) {
  const [{ decide }, { decisionInput }, { stateHome, statePaths }] = await Promise.all([
    import("./decide-PUQ5FKPX.mjs"),
    import("./decision-input-TMI47OPO.mjs"),
    import("./home-CMMNUXMW.mjs")
  ]);
  const cwd = where.cwd ?? process.cwd();
  const env = where.env ?? process.env;
  const writable = [statePaths(resolve(cwd, stateHome(env))).runs];
  const grant = approval ? { id: where.grantId ?? "run-approval", scope: approval } : null;
  return async (command) => {
    const decision = await decide(decisionInput({ command, cwd, env, policy, grant, writable }));
    const rules = decision.rules.map((r) => r.id);
    if (decision.decision === "deny") return { allowed: false, reason: decision.reason, rules };
    if (decision.decision === "ask")
      return {
        allowed: false,
        reason: `${decision.reason || "the guard asks for an approval"} (the run's approval covers what was shown; this command is outside it)`,
        rules
      };
    return { allowed: true, reason: "", rules, ...decision.tier === "T0" || decision.tier === "T2" ? { changesNothing: true } : {} };
  };
}
function displayCommand(argv) {
  return argv.map((a) => /^[A-Za-z0-9_@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`).join(" ");
}

// src/exec/run/git.ts
var UNTRACKED_SETUP = /^(\.execguard\.ya?ml|\.claude\/settings(\.local)?\.json|plans\/[^/]+\.ya?ml)$/;
function feedsRun(path, scope) {
  const workdir = normalize(scope.workdir).replace(/\/$/, "");
  if (workdir === "." || workdir === "") return true;
  return path === workdir || path.startsWith(`${workdir}/`) || Boolean(scope.sources?.test(path));
}
var GitSide = class _GitSide {
  /** git runs with the run's environment (the step runner's), plus `identity`. */
  constructor(repoRoot, steps) {
    this.repoRoot = repoRoot;
    this.steps = steps;
  }
  repoRoot;
  steps;
  /** HEAD before the first persist attempt, and the commit made (kept even when the push fails). */
  base;
  localCommit;
  /** Pre-flight saw changes in the plan's files (so Persist has something to commit). */
  planFilesDirty;
  /** The remote branch's commit as pre-flight saw it (saves a round trip before the push). */
  remoteSeen;
  /** An identity for commits, set only when the user has none configured. */
  identity = {};
  /** Files the operation writes that go with the change (set by pre-flight), and which of them changed. */
  companions = [];
  changedCompanionsSeen;
  /**
   * Commits on the branch that the remote does not have, oldest first, as pre-flight saw them
   * (before this run commits anything): the push sends them along with the plan's own commit, so
   * the summary lists them and the digest covers them (issue 18 §2).
   */
  unpushed = [];
  /** A commit needs an identity: supply one only when the user has none configured. */
  identityChecked = false;
  async ensureIdentity() {
    if (this.identityChecked) return;
    this.identityChecked = true;
    const found = await this.raw("git config (identity)", ["config", "--get-regexp", "^user[.]"]);
    const has = (key) => new RegExp(`^user\\.${key} \\S`, "m").test(found.stdout);
    if (!has("name")) this.identity = { ...this.identity, GIT_AUTHOR_NAME: "execguard", GIT_COMMITTER_NAME: "execguard" };
    if (!has("email"))
      this.identity = { ...this.identity, GIT_AUTHOR_EMAIL: "execguard@localhost", GIT_COMMITTER_EMAIL: "execguard@localhost" };
  }
  static commitArgs = (g) => ["commit", "-m", g.message, "--", ...g.files];
  /** Pre-flight: the commit Persist will make must pass the guard (the commit convention). */
  async checkCommit(g) {
    const verdict = await this.steps.judge(displayCommand(["git", ..._GitSide.commitArgs(g)]));
    if (!verdict.allowed) throw new StepError(`the commit message "${g.message}" is refused: ${verdict.reason}`, void 0, "Validation");
    return `commit message "${g.message}" passes the commit rules`;
  }
  /** One git command as a guarded, journaled step, run from the repository root. Non-zero exit is a result, not an exception. */
  raw(step, args) {
    return this.steps.exec(step, ["git", ...args], { cwd: this.repoRoot, env: this.identity });
  }
  async must(step, args) {
    const result = await this.raw(step, args);
    if (result.exitCode !== 0) {
      const { errorClass, why } = classify(result);
      throw new StepError(`git ${args[0]} failed (${why}): ${result.stderr.trim().split("\n").slice(-3).join(" ")}`, result, errorClass);
    }
    return result.stdout.trim();
  }
  head = () => this.must("git rev-parse HEAD", ["rev-parse", "HEAD"]);
  /** The remote branch's commit, or '' when the branch does not exist there yet. */
  async remoteHead(g) {
    const out = await this.must("git ls-remote", ["ls-remote", g.remote, `refs/heads/${g.branch}`]);
    return out.split(/\s+/)[0] ?? "";
  }
  /**
   * `ignore`: repository paths that never block (the plan file itself, committed or not). Untracked
   * execguard setup files (what `execguard init` writes) never block either: they change nothing
   * the run applies. `transient`: untracked files the operation itself writes while it runs (the
   * operation's pre-flight runs beside this `git status`), never part of a change.
   */
  async preflight(g, ignore = [], transient, scope) {
    this.companions = (scope?.companions ?? []).map((c) => normalize(c));
    const companions = new Set(this.companions);
    const status = await this.raw("git status", ["status", "--porcelain=v2", "--branch", "-z", "--untracked-files=all"]);
    if (status.exitCode !== 0) throw new StepError(`git status failed: ${status.stderr.trim()}`, status, classify(status).errorClass);
    const allowed = new Set(g.files.map((f) => normalize(f)));
    const ignored = new Set(ignore.map((f) => normalize(f)));
    const entries = status.stdout.split("\0");
    const dirty = [];
    let branch = "";
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      let path;
      if (e.startsWith("# branch.oid ")) this.base ??= e.slice("# branch.oid ".length);
      else if (e.startsWith("# branch.head ")) branch = e.slice("# branch.head ".length);
      else if (e.startsWith("1 ")) path = e.split(" ").slice(8).join(" ");
      else if (e.startsWith("2 ")) {
        path = e.split(" ").slice(9).join(" ");
        i++;
      } else if (e.startsWith("u ")) path = e.split(" ").slice(10).join(" ");
      else if (e.startsWith("? ")) path = e.slice(2);
      if (path !== void 0 && ignored.has(normalize(path)) && !allowed.has(normalize(path))) continue;
      if (path !== void 0 && companions.has(normalize(path)) && !allowed.has(normalize(path))) continue;
      if (path !== void 0 && e.startsWith("? ") && scope && !feedsRun(normalize(path), scope)) continue;
      if (path !== void 0 && e.startsWith("? ") && (UNTRACKED_SETUP.test(normalize(path)) || transient?.test(normalize(path)))) continue;
      if (path !== void 0 && !allowed.has(normalize(path))) dirty.push(path);
      else if (path !== void 0) this.planFilesDirty = true;
    }
    if (branch !== g.branch)
      throw new StepError(`the repository is on branch '${branch}', the plan targets '${g.branch}'`, void 0, "Validation");
    if (dirty.length) throw new StepError(`uncommitted changes outside the plan's files: ${dirty.join(", ")}`, void 0, "Validation");
    const remote = await this.remoteHead(g);
    this.remoteSeen = remote;
    const { contained, ahead } = await this.commitsAhead(remote);
    if (!contained) {
      throw new RemoteMovedError(
        `${g.remote}/${g.branch} is at ${remote.slice(0, 12)}, which this repository does not contain: the remote moved since the plan was made`
      );
    }
    this.unpushed = ahead;
    return [
      `on branch ${branch}; no changes outside the plan's files; ${g.remote}/${g.branch} ${remote ? `at ${remote.slice(0, 12)} is contained in HEAD` : "does not exist yet"}`,
      ...this.unpushed.length ? [`${this.unpushed.length} commit(s) on ${branch} not yet on ${g.remote}/${g.branch} would be pushed with the plan's own`] : []
    ];
  }
  /**
   * The operation's companion files (terraform's lock file) that are new, changed or removed, as
   * git sees them now. Asked once, after the operation's pre-flight wrote them; no file, no call.
   */
  async changedCompanions() {
    if (this.changedCompanionsSeen) return this.changedCompanionsSeen;
    const present = this.companions.filter((c) => existsSync(join(this.repoRoot, c)));
    if (!present.length) return this.changedCompanionsSeen = [];
    const status = await this.must("git status (lock files)", ["status", "--porcelain", "-z", "--untracked-files=all", "--", ...present]);
    const found = status.split("\0").filter((e) => e.length > 3).map((e) => ({
      path: e.slice(3),
      state: e.startsWith("??") ? "new" : e.includes("D") ? "removed" : "changed"
    }));
    return this.changedCompanionsSeen = found;
  }
  /** Summary lines for the companion files: what will be committed with the change, or that nothing changed. */
  async companionLines() {
    const present = this.companions.filter((c) => existsSync(join(this.repoRoot, c)));
    const changed = await this.changedCompanions();
    return present.map((c) => {
      const hit = changed.find((x) => normalize(x.path) === c);
      return hit ? `dependency lock file ${c}: ${hit.state}, committed with the change` : `dependency lock file ${c}: unchanged`;
    });
  }
  /**
   * One call answers both questions about the remote's commit: is it contained in HEAD (nothing on
   * the remote that this repository lacks), and which commits a push of HEAD sends (remote..HEAD,
   * oldest first; all of HEAD when the remote branch does not exist). `HEAD...remote` with
   * --left-right marks HEAD's side '<' and the remote's side '>': any '>' commit, or a remote
   * commit git does not know (the command fails), means the remote moved.
   */
  async commitsAhead(remote) {
    const range = remote ? ["--left-right", "--format=%m%H%x09%s", `HEAD...${remote}`] : ["--format=<%H%x09%s", "HEAD"];
    const out = await this.raw("git log (commits to push)", ["log", "--reverse", ...range]);
    if (out.exitCode !== 0) {
      if (remote) return { contained: false, ahead: [] };
      if (/does not have any commits|unknown revision|bad default revision/.test(out.stderr)) return { contained: true, ahead: [] };
      throw new StepError(`git log of the commits to push failed: ${out.stderr.trim()}`, out, classify(out).errorClass);
    }
    const lines = out.stdout.split("\n").filter((l) => l.trim());
    if (lines.some((l) => l.startsWith(">"))) return { contained: false, ahead: [] };
    return {
      contained: true,
      ahead: lines.map((l) => {
        const [hash, ...subject] = l.slice(1).split("	");
        return { hash: hash.trim(), subject: subject.join("	") };
      })
    };
  }
  /** Stage only the plan's files, commit, push, confirm. Returns the pushed commit and details. */
  async persist(g, afterCommit = async () => {
  }) {
    const base = this.base ??= await this.head();
    let committed = false;
    const extra = (await this.changedCompanions()).map((c) => c.path);
    const files = [...g.files, ...extra];
    const changed = extra.length > 0 || (this.planFilesDirty ?? await this.must("git status (plan files)", ["status", "--porcelain", "--", ...g.files]) !== "");
    if (changed && !this.localCommit) {
      await this.must("git add", ["add", "-A", "--", ...files]);
      await this.ensureIdentity();
      await this.must("git commit", _GitSide.commitArgs({ ...g, files }));
      committed = true;
      await afterCommit();
    }
    const detail = [];
    if (!committed && !this.localCommit) {
      detail.push(`no changes in the plan's files; HEAD ${base.slice(0, 12)}`);
      detail.push(...await this.push(g, base));
      return { commit: base, base, committed, detail };
    }
    const [headR, pushR] = await Promise.allSettled([this.localCommit ?? this.head(), this.push(g)]);
    if (headR.status === "rejected") throw headR.reason;
    const commit = this.localCommit = headR.value;
    if (pushR.status === "rejected") {
      const error = pushR.reason;
      if (error instanceof StepError && error.errorClass === "StateConflict")
        error.message += `; the local commit ${commit.slice(0, 12)} is kept`;
      throw error;
    }
    const pushed = pushR.value;
    detail.push(`committed ${commit.slice(0, 12)} "${g.message}" (${files.join(", ")})`);
    const remote = pushed.remote;
    if (remote !== commit)
      throw new StepError(
        `${g.remote}/${g.branch} is at ${remote.slice(0, 12) || "nothing"}, expected ${commit.slice(0, 12)} after the push`,
        void 0,
        "StateConflict"
      );
    detail.push(pushed.line.replace("%s", commit.slice(0, 12)));
    return { commit, base, committed: true, detail };
  }
  async push(g, expected) {
    const before = this.remoteSeen ?? await this.remoteHead(g);
    const already = expected !== void 0 && before === expected;
    if (!already) {
      const result = await this.raw("git push", ["push", g.remote, `HEAD:refs/heads/${g.branch}`]);
      if (result.exitCode !== 0) {
        const { errorClass, why } = classify(result);
        if (errorClass === "StateConflict") {
          throw new RemoteMovedError(
            `push rejected: ${g.remote}/${g.branch} moved since the plan was made (non-fast-forward)${expected ? `; the local commit ${expected.slice(0, 12)} is kept` : ""}`,
            result
          );
        }
        throw new StepError(`git push failed (${why}): ${result.stderr.trim().split("\n").slice(-2).join(" ")}`, result, errorClass);
      }
    }
    const after = await this.remoteHead(g);
    this.remoteSeen = after;
    const line = already ? `${g.remote}/${g.branch} already at %s` : `pushed to ${g.remote}/${g.branch}; ls-remote confirms %s`;
    if (expected === void 0) return { remote: after, line };
    if (after !== expected)
      throw new StepError(
        `${g.remote}/${g.branch} is at ${after.slice(0, 12) || "nothing"}, expected ${expected.slice(0, 12)} after the push`,
        void 0,
        "StateConflict"
      );
    return [line.replace("%s", expected.slice(0, 12))];
  }
  /** Revert one commit with a new commit (history is never rewritten). */
  async revert(commit, subject) {
    const reverted = await this.raw("git revert", ["revert", "--no-commit", commit]);
    if (reverted.exitCode !== 0) {
      await this.raw("git revert --abort", ["revert", "--abort"]);
      const { errorClass } = classify(reverted);
      throw new StepError(
        `git revert of ${commit.slice(0, 12)} does not apply cleanly; the working tree was restored: ${reverted.stderr.trim().split("\n").slice(-2).join(" ")}`,
        reverted,
        errorClass === "Validation" ? "StateConflict" : errorClass
      );
    }
    const message = `revert: ${subject}`.slice(0, 100);
    await this.ensureIdentity();
    await this.must("git commit", ["commit", "-m", message, "-m", `This reverts commit ${commit}.`]);
    return this.head();
  }
  /** Drops local, unpushed commits (a rollback's revert that is not going to be pushed). */
  async resetTo(commit) {
    await this.must("git reset (drop the unpushed revert)", ["reset", "--keep", commit]);
  }
  async subject(commit) {
    return this.must("git log", ["log", "-1", "--format=%s", commit]);
  }
};

// src/exec/run/retry.ts
var errorClassOf = (error) => {
  if (error instanceof StepError) return error.errorClass ?? (error.result ? classify(error.result).errorClass : "Validation");
  const code = error?.code;
  if (code === "EACCES" || code === "EPERM" || code === "EROFS") return "Permission";
  return "Validation";
};
async function withRetry(label, attempt, options) {
  try {
    return await attempt(1);
  } catch (error) {
    if (options.signal.aborted || error instanceof StateWriteError || errorClassOf(error) !== "Transient") throw error;
    const message = error instanceof Error ? error.message : String(error);
    options.attempted.push(`${label}: transient failure (${message.slice(0, 200)}); retried once after ${options.delayMs} ms`);
    options.journal.append({
      type: "note",
      message: `retrying ${label} after a transient failure`,
      data: { error: message, delayMs: options.delayMs }
    });
    await new Promise((resolve2) => {
      const timer = setTimeout(resolve2, options.delayMs);
      options.signal.addEventListener(
        "abort",
        () => {
          clearTimeout(timer);
          resolve2();
        },
        { once: true }
      );
    });
    try {
      return await attempt(2);
    } catch (second) {
      if (second instanceof Error) second.message = `${second.message} (failed again on retry)`;
      throw second;
    }
  }
}

// src/status/report.ts
var PHASE_MARK = { ok: "\u2705", failed: "\u274C", skipped: "\u23ED\uFE0F" };
var defuse = (text) => text.replace(/<!--(\s*\/?\s*agent[\s_-]*status)/gi, "<!- -$1");
function fenced(text) {
  const body = defuse(text.replace(/\s+$/, "")) || "(no output)";
  const longest = Math.max(0, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return [`${fence}text`, body, fence];
}
function seconds(ms) {
  return ms < 1e3 ? `${Math.round(ms)} ms` : `${(ms / 1e3).toFixed(1)} s`;
}
function phaseLines(report) {
  if (report.phases.length === 0) return ["- (no phase ran)"];
  return report.phases.flatMap((phase) => [
    `- ${PHASE_MARK[phase.status]} **${phase.name}**: ${phase.status}`,
    ...phase.detail.map((d) => `  - ${defuse(oneLine(d))}`)
  ]);
}
function failureLines(report) {
  const f = report.failure;
  if (!f) {
    return ["### Error", "", "- **Error type:** unknown (the run failed without a classified error)", ""];
  }
  return [
    "### Error",
    "",
    `- **Error type:** ${f.errorType}`,
    "- **Exact error:**",
    "",
    ...fenced(f.exactError),
    "",
    `- **Root cause:** ${defuse(oneLine(f.rootCause)) || "unknown"}`,
    "- **Attempted actions:**",
    ...f.attemptedActions.length ? f.attemptedActions.map((a) => `  - ${defuse(oneLine(a))}`) : ["  - none"],
    `- **Recommended fix:** ${defuse(oneLine(f.recommendedFix)) || "investigate the exact error above"}`,
    `- **Rollback status:** ${defuse(oneLine(f.rollbackStatus)) || "not attempted"}`,
    ""
  ];
}
function statusBlock(report) {
  const agentId = toAgentId(report.agentId, toAgentId(report.runId));
  if (report.outcome === "complete") {
    return renderStatus({
      planStatus: "COMPLETE",
      currentPhase: "Execute",
      pendingSteps: [],
      nextAction: oneLine(report.nextAction) || "Task complete - execution successful",
      agentId
    });
  }
  const failedPhase = report.phases.find((p) => p.status === "failed")?.name;
  const steps = report.pendingSteps.map(oneLine).filter(Boolean);
  const fix = report.failure ? oneLine(report.failure.recommendedFix) : "";
  if (steps.length === 0) steps.push(fix || `Resolve the failure of plan ${report.planId} and re-run execguard execute`);
  return renderStatus({
    planStatus: "BLOCKED",
    currentPhase: failedPhase === "Verify" ? "Verify" : "Execute",
    pendingSteps: steps,
    nextAction: oneLine(report.nextAction) || `Report the failure of run ${report.runId} to the user and wait for instructions`,
    agentId
  });
}
function renderReport(report) {
  const complete2 = report.outcome === "complete";
  const lines = [
    complete2 ? "## Execution Complete \u2705" : "## Execution Failed \u274C",
    "",
    `- **Plan:** ${defuse(oneLine(report.planId))} (${report.operation})`,
    `- **Run:** ${report.runId}`,
    ...report.commit ? [`- **Commit:** ${report.commit}`] : [],
    `- **Duration:** ${seconds(report.durationMs)}`,
    "",
    "### Phases",
    "",
    ...phaseLines(report),
    "",
    ...complete2 ? [] : failureLines(report),
    statusBlock(report)
  ];
  return `${lines.join("\n")}
`;
}

// src/exec/run/steps.ts
import { closeSync, existsSync as existsSync2, openSync, readFileSync, writeFileSync, writeSync } from "node:fs";
import { constants } from "node:os";
import { join as join2 } from "node:path";

// src/exec/process/child.ts
import { spawn } from "node:child_process";
function startChild(file, args, o) {
  if (o.signal.aborted) return { done: Promise.resolve({ canceled: true, timedOut: false }) };
  const child = spawn(file, args, {
    cwd: o.cwd,
    // A run's child also carries who started it: after a crash the reaper finds it by the run id
    // and knows its owner is dead without reading any file the crash may have damaged.
    env: o.env.EXECGUARD_RUN_ID ? { ...o.env, [OWNER_ENV]: ownerMark() } : o.env,
    stdio: [o.input === void 0 ? "ignore" : "pipe", o.stdout, o.stderr],
    detached: true
  });
  let canceled = false;
  let timedOut = false;
  let forceKill;
  const stop = () => {
    child.kill(o.killSignal);
    forceKill ??= setTimeout(() => child.kill("SIGKILL"), o.forceKillAfterMs);
  };
  const onAbort = () => {
    canceled = true;
    stop();
  };
  o.signal.addEventListener("abort", onAbort, { once: true });
  const deadline = setTimeout(() => {
    timedOut = true;
    stop();
  }, o.timeoutMs);
  if (child.stdin) {
    child.stdin.on("error", () => {
    });
    child.stdin.end(o.input);
  }
  const done = new Promise((resolve2) => {
    const finish = (outcome) => {
      clearTimeout(deadline);
      clearTimeout(forceKill);
      o.signal.removeEventListener("abort", onAbort);
      resolve2({ ...outcome, canceled, timedOut });
    };
    child.once("error", (error) => {
      if (child.pid === void 0) finish({ startError: { code: error.code, message: error.message } });
    });
    child.once("exit", (code, endedBy) => finish(code === null ? { endedBy: endedBy ?? void 0 } : { exitCode: code }));
  });
  return { pid: child.pid, done };
}

// src/exec/run/steps.ts
function endGroup(pgid) {
  try {
    process.kill(-pgid, "SIGKILL");
  } catch {
  }
}
var signalNumber = (name) => (name ? constants.signals[name] : 0) ?? 0;
var outputOf = (seq, step) => `logs/${String(seq).padStart(3, "0")}-${step.replace(/[^A-Za-z0-9_-]+/g, "-").slice(0, 40)}`;
function endNote(file, outcome, timeoutMs) {
  if (outcome.timedOut) return `command timed out after ${timeoutMs} ms`;
  if (outcome.canceled) return void 0;
  if (outcome.startError) return outcome.startError.code === "ENOENT" ? `${file}: command not found` : outcome.startError.message;
  if (outcome.exitCode === void 0) return `ended by ${outcome.endedBy}`;
  return void 0;
}
function writeNote(fd, note) {
  try {
    writeSync(fd, `
${note}
`);
  } catch {
  }
}
function resultOf(outcome, stdout, stderr) {
  if (outcome.canceled) return { exitCode: 130, stdout, stderr, interrupted: true };
  if (outcome.timedOut) return { exitCode: 124, stdout, stderr };
  const startFailure = outcome.startError?.code;
  if (outcome.startError) return { exitCode: startFailure === "ENOENT" ? 127 : startFailure === "EACCES" ? 126 : 1, stdout, stderr };
  if (outcome.exitCode === void 0) return { exitCode: 128 + signalNumber(outcome.endedBy), stdout, stderr };
  return { exitCode: outcome.exitCode, stdout, stderr };
}
var INTERRUPTED = "interrupted";
var DEFAULT_TIMEOUT_MS = 10 * 60 * 1e3;
var StepRunner = class {
  constructor(opts) {
    this.opts = opts;
    this.seq = (opts.firstSeq ?? 1) - 1;
  }
  opts;
  seq;
  /** Every step run so far, in order (for the report's "attempted actions"). */
  history = [];
  /** The environment a step's child gets: the run's, the step's, and the run id marker. */
  childEnv = (extra) => ({
    ...this.opts.env,
    ...extra,
    ...this.opts.runId ? { [RUN_ID_ENV]: this.opts.runId } : {}
  });
  /**
   * Spawns a step's command as the leader of its own process group (journaled, so the next
   * command can end it after a crash). An interrupted step gets SIGINT (as Ctrl-C: terraform saves
   * its state), SIGKILL after 15 s; what it left running in its group is ended too. Its output
   * is written straight to the step's log files (outputOf), which it returns as well, with the
   * exit code the shell would give (resultOf).
   */
  spawn = async (seq, step, signal, file, args, options) => {
    const base = join2(this.opts.runDir, outputOf(seq, step));
    const outFd = openSync(`${base}.out`, "wx", 384);
    const errFd = openSync(`${base}.err`, "wx", 384);
    let outcome;
    try {
      const child = startChild(file, args, {
        ...options,
        stdout: outFd,
        stderr: errFd,
        signal,
        killSignal: "SIGINT",
        forceKillAfterMs: 15e3
      });
      if (child.pid) this.opts.journal.append({ type: "child", seq, step, pgid: child.pid });
      outcome = await child.done;
      if (child.pid && (outcome.canceled || outcome.timedOut)) endGroup(child.pid);
      const note = endNote(file, outcome, options.timeoutMs);
      if (note) writeNote(errFd, note);
    } finally {
      closeSync(outFd);
      closeSync(errFd);
    }
    const read = (path) => {
      try {
        return readFileSync(path, "utf8");
      } catch {
        return "";
      }
    };
    return resultOf(outcome, read(`${base}.out`), read(`${base}.err`));
  };
  exec = (step, argv, options = {}) => this.run(
    step,
    displayCommand(argv),
    (signal, seq) => this.spawn(seq, step, signal, argv[0], argv.slice(1), {
      cwd: options.cwd ?? this.opts.cwd,
      env: this.childEnv(options.env),
      input: options.input,
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS
    })
  );
  /** Asks the guard about a command without running it (pre-flight checks what later steps will run). */
  judge = (command) => this.opts.gate(command);
  /** Runs `body` as a guarded, journaled step shown as `command`. */
  async run(step, command, body, attempt) {
    const seq = ++this.seq;
    const { journal, signal } = this.opts;
    if (signal.aborted) {
      const result2 = {
        command,
        exitCode: 130,
        stdout: "",
        stderr: "run interrupted before this step",
        durationMs: 0,
        refused: INTERRUPTED
      };
      journal.append({ type: "step-end", seq, step, exitCode: 130, durationMs: 0, refused: INTERRUPTED, interrupted: true });
      throw new StepError(`interrupted before ${step}`, result2, "Transient");
    }
    const verdict = await this.opts.gate(command);
    if (!verdict.allowed) {
      const result2 = { command, exitCode: 2, stdout: "", stderr: verdict.reason, durationMs: 0, refused: verdict.reason };
      journal.append({ type: "step-start", seq, step, command, attempt });
      journal.append({
        type: "step-end",
        seq,
        step,
        exitCode: 2,
        durationMs: 0,
        refused: `guard (${verdict.rules.join(", ")}): ${verdict.reason}`
      });
      this.history.push({ step, result: result2 });
      throw new StepError(`the guard refused \`${command}\`: ${verdict.reason}`, result2, "Permission");
    }
    this.opts.progress(`${step}: ${command}`);
    journal.append({ type: "step-start", seq, step, command, attempt, ...verdict.changesNothing ? { changesNothing: true } : {} });
    try {
      if (!verdict.changesNothing) await journalConfirmed();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const result2 = { command, exitCode: 2, stdout: "", stderr: reason, durationMs: 0, refused: reason };
      journal.tryAppend({ type: "step-end", seq, step, exitCode: 2, durationMs: 0, refused: `team store: ${reason}` });
      this.history.push({ step, result: result2 });
      throw new StepError(`${step} was not started: ${reason}`, result2, "StateConflict");
    }
    const started = performance.now();
    let out;
    try {
      out = await body(signal, seq);
    } catch (error) {
      if (error instanceof StateWriteError) throw error;
      out = { exitCode: 1, stdout: "", stderr: error instanceof Error ? error.message : String(error) };
    }
    if (signal.aborted && out.exitCode !== 0) out.interrupted = true;
    const durationMs = Math.round(performance.now() - started);
    const log = outputOf(seq, step);
    if (!existsSync2(join2(this.opts.runDir, `${log}.err`)) && out.stderr) {
      try {
        writeFileSync(join2(this.opts.runDir, `${log}.err`), `${out.stderr}
`, { mode: 384 });
      } catch {
      }
    }
    journal.append({
      type: "step-end",
      seq,
      step,
      exitCode: out.exitCode,
      durationMs,
      log,
      ...out.interrupted ? { interrupted: true, refused: INTERRUPTED } : {},
      attempt
    });
    const result = {
      command,
      exitCode: out.exitCode,
      stdout: out.stdout,
      stderr: out.stderr,
      durationMs,
      ...out.interrupted ? { refused: INTERRUPTED } : {}
    };
    this.history.push({ step, result });
    if (out.interrupted) throw new StepError(`interrupted during ${step}`, result, "Transient");
    return result;
  }
};

// src/exec/run/outcome.ts
var PHASES = ["Pre-flight", "Persist", "Apply", "Verify"];
function exactErrorOf(error) {
  if (error instanceof StepError && error.result) {
    const r = error.result;
    const out = `${r.stderr}
${r.stdout}`.replace(/\x1b\[[0-9;]*m/g, "").trim().split("\n").slice(-15).join("\n");
    return `$ ${r.command}
(exit ${r.exitCode})
${out}`.slice(0, 4e3);
  }
  return error instanceof Error ? error.message : String(error);
}
function interrupted(error, setup) {
  return setup.signal.aborted || error instanceof StepError && error.result?.refused === INTERRUPTED;
}
function attemptedActions(setup, extra) {
  const steps = setup.steps?.history ?? [];
  const describe = ({ step, result }) => `${step}: \`${result.command}\` -> ${result.refused === INTERRUPTED ? "interrupted" : result.refused ? "refused by the guard" : `exit ${result.exitCode}`}`;
  const failed = steps.filter(({ result }) => result.exitCode !== 0 || result.refused);
  const shown = failed.length ? failed : steps.slice(-1);
  return [...shown.map(describe), ...extra].slice(-25);
}
function complete(setup, nextAction, commit) {
  for (const name of PHASES) if (!setup.phases.some((p) => p.name === name) && setup.kind === "execute") setup.skip(name, "not needed");
  const report = {
    planId: setup.loaded.plan.id,
    runId: setup.runId,
    operation: setup.loaded.plan.operation,
    outcome: "complete",
    phases: setup.phases,
    ...commit ? { commit } : {},
    durationMs: setup.elapsed(),
    agentId: setup.runId,
    pendingSteps: [],
    nextAction
  };
  const markdown = renderReport(report);
  setup.close("COMPLETE", markdown);
  return { runId: setup.runId, runDir: setup.runDir, status: "COMPLETE", report, markdown };
}
function guardRefusal(error) {
  if (error instanceof StepError && error.result?.refused && error.result.refused !== INTERRUPTED) {
    return `Do not work around the guard: change the plan so that \`${error.result.command}\` is allowed, or get the approval the guard asks for (${error.result.refused.slice(0, 160)})`;
  }
  return void 0;
}
function failedBeforeStart(loaded, error, home) {
  const errorType = errorClassOf(error);
  const message = error instanceof Error ? error.message : String(error);
  const fix = error instanceof StateWriteError || errorType === "Permission" ? `Make the execguard state folder ${home} writable and give it free space (or set EXECGUARD_HOME), then run execguard execute again` : RECOMMENDED[errorType];
  const report = {
    planId: loaded.plan.id,
    runId: "not-started",
    operation: loaded.plan.operation,
    outcome: "failed",
    phases: [{ name: "Pre-flight", status: "failed", detail: [`cannot create the run folder in ${home}: ${message}`] }],
    failure: {
      errorType,
      exactError: message,
      rootCause: `the state folder ${home} cannot be written`,
      attemptedActions: [`create the run folder in ${home}`],
      recommendedFix: fix,
      rollbackStatus: "nothing changed: the run did not start"
    },
    durationMs: 0,
    agentId: "execguard",
    pendingSteps: [fix],
    nextAction: "Report the failure to the user and wait for instructions"
  };
  return { runId: "not-started", runDir: "", status: "BLOCKED", report, markdown: renderReport(report) };
}
function blocked(setup, error, fc, commit) {
  const isInterrupt = interrupted(error, setup);
  const errorType = error instanceof LockHeldError ? "StateConflict" : isInterrupt ? "Transient" : errorClassOf(error);
  const message = error instanceof Error ? error.message : String(error);
  const reason = typeof setup.signal.reason === "string" ? setup.signal.reason : "a signal";
  const again = continueCommand(setup.kind, setup.runId, { rollbackOf: setup.meta.rollbackOf, planPath: setup.meta.planPath });
  const ran = new Set(setup.phases.map((p) => p.name));
  for (const name of setup.kind === "execute" ? PHASES : []) if (!ran.has(name)) setup.skip(name, "not run: an earlier phase failed");
  const pending = isInterrupt ? [
    `The run was interrupted by ${reason}; inspect it with execguard runs ${setup.runId}, then continue it with ${again}`,
    ...fc.pendingSteps
  ] : error instanceof StateWriteError ? [
    `The run could not write its state (${error.path}): free space or fix the state folder, then continue with ${again}`,
    ...fc.pendingSteps
  ] : fc.pendingSteps;
  const report = {
    planId: setup.loaded.plan.id,
    runId: setup.runId,
    operation: setup.loaded.plan.operation,
    outcome: "failed",
    phases: setup.phases,
    failure: {
      errorType,
      exactError: exactErrorOf(error),
      rootCause: isInterrupt ? `interrupted by ${reason} (the current step was stopped and journaled)` : message,
      attemptedActions: attemptedActions(setup, fc.attempted),
      recommendedFix: fc.recommendedFix ?? guardRefusal(error) ?? recommendedFor(error, errorType),
      rollbackStatus: fc.rollbackStatus
    },
    ...commit ? { commit } : {},
    durationMs: setup.elapsed(),
    agentId: setup.runId,
    pendingSteps: pending.length ? pending : [fc.recommendedFix ?? guardRefusal(error) ?? recommendedFor(error, errorType)],
    nextAction: fc.nextAction ?? `Report the failure of run ${setup.runId} to the user and wait for instructions`
  };
  const markdown = renderReport(report);
  setup.close("BLOCKED", markdown, errorType, isInterrupt || error instanceof StateWriteError);
  return { runId: setup.runId, runDir: setup.runDir, status: "BLOCKED", report, markdown };
}

// src/exec/plan/preflight-probes.ts
import { existsSync as existsSync3 } from "node:fs";
async function preflightProbes(input) {
  const { op, ctx, plan, git, planFile } = input;
  if (!existsSync3(ctx.workdir))
    throw new StepError(`workdir ${plan.workdir} does not exist in the repository ${ctx.repoRoot}`, void 0, "Validation");
  const attempt = input.attempt ?? ((_label, probe) => probe());
  const g = git ? plan.git : void 0;
  const [dry, gitDetail, commitDetail] = await Promise.allSettled([
    (async () => {
      await attempt(`${plan.operation} pre-flight`, () => op.preflight(ctx));
      return attempt(`${plan.operation} dry run`, () => op.dryRun(ctx));
    })(),
    git && g ? attempt(
      "git pre-flight",
      () => git.preflight(g, [planFile], op.transient, {
        workdir: plan.workdir,
        ...op.sources ? { sources: op.sources } : {},
        companions: op.companions?.(ctx) ?? []
      })
    ) : Promise.resolve([]),
    git && g ? git.checkCommit(g) : Promise.resolve(void 0),
    ...(input.alongside ?? []).map((start) => start())
  ]);
  for (const r of [gitDetail, commitDetail, dry]) if (r.status === "rejected") throw r.reason;
  const value = (r) => r.value;
  const commit = value(commitDetail);
  const companions = git && g ? await git.companionLines() : [];
  return { dry: value(dry), gitDetail: [...value(gitDetail), ...companions], ...commit !== void 0 ? { commitDetail: commit } : {} };
}

// src/exec/run/run-setup.ts
import { writeFileSync as writeFileSync2 } from "node:fs";
import { hostname } from "node:os";
import { join as join3 } from "node:path";

// src/exec/run/progress.ts
var silentProgress = { phase() {
}, line() {
}, done() {
} };

// src/exec/run/run-setup.ts
var RunSetup = class {
  /** `resumed`: the meta of an interrupted run this session continues (same id, folder and journal). */
  constructor(kind, loaded, options, extraMeta = {}, resumed) {
    this.kind = kind;
    this.loaded = loaded;
    this.options = options;
    this.runId = resumed?.runId ?? newRunId(kind);
    this.runDir = createRunDir(this.runId, options.home);
    this.journal = new Journal(join3(this.runDir, "journal.jsonl"));
    this.signal = options.signal ?? new AbortController().signal;
    this.progress = options.progress ?? silentProgress;
    this.lock = options.lock;
    this.resumed = Boolean(resumed);
    const { plan, planPath, repoRoot } = loaded;
    const pidStart = processStart(process.pid);
    const owner = { pid: process.pid, host: hostname(), ...pidStart ? { pidStart } : {} };
    if (resumed) {
      this.lastSeq = Math.max(0, ...readJournal(this.journal.path).map((e) => "seq" in e && typeof e.seq === "number" ? e.seq : 0));
      const { finishedAt: _f, errorClass: _e, reached: _r, interrupted: _i, damaged: _d, ...rest } = resumed;
      this.meta = { ...rest, ...owner, status: "RUNNING", resumes: (resumed.resumes ?? 0) + 1 };
      this.journal.append({ type: "resume", pid: process.pid, from: resumed.reached ?? resumed.status, ...pidStart ? { pidStart } : {} });
      this.journal.append({ type: "meta", patch: { resumes: this.meta.resumes, host: owner.host } });
      writeMeta(this.runDir, this.meta);
      return;
    }
    this.meta = {
      runId: this.runId,
      kind,
      planId: plan.id,
      planPath,
      repoRoot,
      operation: plan.operation,
      startedAt: (/* @__PURE__ */ new Date()).toISOString(),
      status: "RUNNING",
      ...owner,
      ...extraMeta
    };
    this.journal.append({
      type: "run-start",
      runId: this.runId,
      kind,
      planId: plan.id,
      planPath,
      pid: process.pid,
      ...pidStart ? { pidStart } : {},
      repoRoot,
      operation: plan.operation,
      startedAt: this.meta.startedAt,
      ...extraMeta.rollbackOf ? { rollbackOf: extraMeta.rollbackOf } : {}
    });
    if (Object.keys(extraMeta).length) this.journal.append({ type: "meta", patch: { ...extraMeta } });
    writeMeta(this.runDir, this.meta);
  }
  kind;
  loaded;
  options;
  runId;
  runDir;
  journal;
  meta;
  phases = [];
  started = performance.now();
  signal;
  progress;
  steps;
  ctx;
  lock;
  /** The project's policy, read once by open(): the guard and the approval check share it. */
  policy;
  /** The last step number already in the journal (a resumed run numbers on from it). */
  lastSeq = 0;
  resumed;
  /**
   * Ends what crashed runs left behind, takes the workspace lock (throws LockHeldError) and loads
   * the guard with the run's approval (null for plan runs).
   */
  async open(approval = this.options.approval ?? null) {
    const { plan, repoRoot } = this.loaded;
    const workdir = join3(repoRoot, plan.workdir);
    if (this.options.home) await reapDeadRuns(this.options.home);
    this.lock ??= stateWrite(
      join3(this.options.home ?? "", "locks"),
      () => acquireLock(workspaceKey(repoRoot, plan.workdir), this.runId, { home: this.options.home })
    );
    this.updateMeta({ lockPath: this.lock.path });
    if (this.lock.recovered) {
      const r = this.lock.recovered;
      this.journal.append({ type: "note", message: `recovered a stale lock of run ${r.owner.runId}: ${r.reason}`, data: r });
    }
    this.policy = await loadPolicy(repoRoot);
    const gate = await loadGate(approval, this.policy, { cwd: workdir, env: this.options.env });
    this.steps = new StepRunner({
      journal: this.journal,
      runDir: this.runDir,
      env: this.options.env,
      cwd: workdir,
      signal: this.signal,
      gate,
      runId: this.runId,
      firstSeq: this.lastSeq + 1,
      progress: (l) => this.progress.line(l)
    });
    this.ctx = {
      plan,
      repoRoot,
      workdir,
      runDir: this.runDir,
      env: this.options.env,
      signal: this.signal,
      exec: this.steps.exec,
      progress: (l) => this.progress.line(l),
      approval: approval ?? void 0
    };
  }
  /** Journaled first: the journal, not meta.json, is what a damaged run is rebuilt from. */
  updateMeta(patch) {
    this.journal.append({ type: "meta", patch });
    Object.assign(this.meta, patch);
    writeMeta(this.runDir, this.meta);
  }
  /** For the failure path: records what it can, never throws. */
  updateMetaSafe(patch) {
    try {
      this.updateMeta(patch);
    } catch {
    }
  }
  async phase(name, body) {
    this.progress.phase(name);
    this.journal.append({ type: "phase", phase: name, status: "start" });
    const entry = { name, status: "ok", detail: [] };
    this.phases.push(entry);
    try {
      const { value, detail } = await body();
      entry.detail.push(...detail);
      this.journal.append({ type: "phase", phase: name, status: "ok" });
      return value;
    } catch (error) {
      entry.status = "failed";
      entry.detail.push(error instanceof Error ? error.message : String(error));
      this.journal.tryAppend({
        type: "phase",
        phase: name,
        status: "failed",
        detail: error instanceof Error ? error.message : String(error)
      });
      throw error;
    }
  }
  skip(name, why) {
    this.phases.push({ name, status: "skipped", detail: [why] });
    this.journal.tryAppend({ type: "phase", phase: name, status: "skipped", detail: why });
  }
  elapsed = () => Math.round(performance.now() - this.started);
  /**
   * Writes report.md, closes the journal and meta, releases the lock. Best effort throughout: the
   * caller prints the report whatever the disk says, and the lock is always released.
   */
  close(status, markdown, errorClass, interruptedNow) {
    const interrupted2 = interruptedNow || status === "BLOCKED" && this.resumed;
    this.progress.done();
    const attempt = (write) => {
      try {
        write();
        return true;
      } catch {
        return false;
      }
    };
    attempt(() => writeFileAtomic(join3(this.runDir, "report.md"), markdown, { durable: true }));
    this.journal.tryAppend({
      type: "run-end",
      status,
      durationMs: this.elapsed(),
      ...errorClass ? { errorClass } : {},
      ...interrupted2 ? { interrupted: true } : {}
    });
    Object.assign(this.meta, {
      status,
      finishedAt: (/* @__PURE__ */ new Date()).toISOString(),
      ...errorClass ? { errorClass } : {},
      ...interrupted2 ? { interrupted: true } : {}
    });
    if (!attempt(() => writeMeta(this.runDir, this.meta))) {
      attempt(() => writeFileSync2(join3(this.runDir, "meta.json"), `${JSON.stringify(this.meta, null, 2)}
`));
    }
    this.lock?.release();
  }
};

export {
  planDigest,
  planInputFiles,
  hashInputs,
  GitSide,
  errorClassOf,
  withRetry,
  exactErrorOf,
  complete,
  failedBeforeStart,
  blocked,
  preflightProbes,
  RunSetup
};
