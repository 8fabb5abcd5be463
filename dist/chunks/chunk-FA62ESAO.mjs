import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  Journal,
  createRunDir,
  newRunId,
  writeFileAtomic,
  writeMeta
} from "./chunk-ATQ2OIXG.mjs";
import {
  execa
} from "./chunk-TH36CSFH.mjs";
import {
  PlanError,
  parsePlan,
  silentProgress
} from "./chunk-ID2WHCVX.mjs";
import {
  CLOSE_SENTINEL,
  OPEN_SENTINEL,
  checkStatus,
  formatStatusError
} from "./chunk-UYWGGWNL.mjs";
import {
  RECOMMENDED,
  StepError,
  classify
} from "./chunk-EEIIHULF.mjs";
import {
  loadPolicy
} from "./chunk-KCJRZOTD.mjs";
import {
  statePaths
} from "./chunk-JYZVYPDW.mjs";

// src/exec/git.ts
import { normalize } from "node:path";
var GitSide = class _GitSide {
  constructor(repoRoot, steps, env) {
    this.repoRoot = repoRoot;
    this.steps = steps;
    this.env = env;
  }
  repoRoot;
  steps;
  env;
  client;
  /** HEAD before the first persist attempt, and the commit made (kept even when the push fails). */
  base;
  localCommit;
  /** Pre-flight saw changes in the plan's files (so Persist has something to commit). */
  planFilesDirty;
  /** The remote branch's commit as pre-flight saw it (saves a round trip before the push). */
  remoteSeen;
  /** `-c` settings for the client: an identity when the user has none configured. */
  config = [];
  async git(signal) {
    const { simpleGit } = await import("./dist-RORQSOGE.mjs");
    this.client ??= simpleGit({ baseDir: this.repoRoot, config: this.config, abort: signal, timeout: { block: 12e4 } });
    return this.client;
  }
  /** A commit needs an identity: supply one only when the user has none configured. */
  identityChecked = false;
  async ensureIdentity() {
    if (this.identityChecked) return;
    this.identityChecked = true;
    const found = await this.raw("git config (identity)", ["config", "--get-regexp", "^user[.]"]);
    const has = (key) => new RegExp(`^user\\.${key} \\S`, "m").test(found.stdout);
    const config = [...has("name") ? [] : ["user.name=execguard"], ...has("email") ? [] : ["user.email=execguard@localhost"]];
    if (config.length) {
      this.config = config;
      this.client = void 0;
    }
  }
  static show(args) {
    return ["git", ...args].map((a) => /^[A-Za-z0-9_@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`).join(" ");
  }
  static commitArgs = (g) => ["commit", "-m", g.message, "--", ...g.files];
  /** Pre-flight: the commit Persist will make must pass the guard (the commit convention). */
  async checkCommit(g) {
    const verdict = await this.steps.judge(_GitSide.show(_GitSide.commitArgs(g)));
    if (!verdict.allowed) throw new StepError(`the commit message "${g.message}" is refused: ${verdict.reason}`, void 0, "Validation");
    return `commit message "${g.message}" passes the commit rules`;
  }
  /** One git command as a guarded, journaled step. Non-zero exit is a result, not an exception. */
  raw(step, args, shown) {
    const command = shown ?? _GitSide.show(args);
    return this.steps.run(step, command, async (signal) => {
      try {
        const stdout = await (await this.git(signal)).raw(args);
        return { exitCode: 0, stdout, stderr: "" };
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return { exitCode: signal.aborted ? 130 : 1, stdout: "", stderr: message, interrupted: signal.aborted };
      }
    });
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
  /** Is `ancestor` known locally and contained in HEAD? (One call: unknown commits fail with stderr.) */
  async contains(ancestor) {
    const missing = await this.raw("git rev-list", ["rev-list", "--count", ancestor, "^HEAD"]);
    return missing.exitCode === 0 && missing.stdout.trim() === "0";
  }
  async preflight(g) {
    const status = await this.raw("git status", ["status", "--porcelain=v2", "--branch", "-z", "--untracked-files=all"]);
    if (status.exitCode !== 0) throw new StepError(`git status failed: ${status.stderr.trim()}`, status, classify(status).errorClass);
    const allowed = new Set(g.files.map((f) => normalize(f)));
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
      if (path !== void 0 && !allowed.has(normalize(path))) dirty.push(path);
      else if (path !== void 0) this.planFilesDirty = true;
    }
    if (branch !== g.branch) throw new StepError(`the repository is on branch '${branch}', the plan targets '${g.branch}'`, void 0, "Validation");
    if (dirty.length) throw new StepError(`uncommitted changes outside the plan's files: ${dirty.join(", ")}`, void 0, "Validation");
    const remote = await this.remoteHead(g);
    this.remoteSeen = remote;
    if (remote && !await this.contains(remote)) {
      throw new StepError(`${g.remote}/${g.branch} is at ${remote.slice(0, 12)}, which this repository does not contain: the remote moved since the plan was made`, void 0, "StateConflict");
    }
    return [`on branch ${branch}; no changes outside the plan's files; ${g.remote}/${g.branch} ${remote ? `at ${remote.slice(0, 12)} is contained in HEAD` : "does not exist yet"}`];
  }
  /** Stage only the plan's files, commit, push, confirm. Returns the pushed commit and details. */
  async persist(g) {
    const base = this.base ??= await this.head();
    let committed = false;
    const changed = this.planFilesDirty ?? await this.must("git status (plan files)", ["status", "--porcelain", "--", ...g.files]) !== "";
    if (changed && !this.localCommit) {
      await this.must("git add", ["add", "-A", "--", ...g.files]);
      await this.ensureIdentity();
      await this.must("git commit", _GitSide.commitArgs(g));
      committed = true;
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
      if (error instanceof StepError && error.errorClass === "StateConflict") error.message += `; the local commit ${commit.slice(0, 12)} is kept`;
      throw error;
    }
    const pushed = pushR.value;
    detail.push(`committed ${commit.slice(0, 12)} "${g.message}" (${g.files.join(", ")})`);
    const remote = pushed.remote;
    if (remote !== commit) throw new StepError(`${g.remote}/${g.branch} is at ${remote.slice(0, 12) || "nothing"}, expected ${commit.slice(0, 12)} after the push`, void 0, "StateConflict");
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
        const message = errorClass === "StateConflict" ? `push rejected: ${g.remote}/${g.branch} moved since the plan was made (non-fast-forward)${expected ? `; the local commit ${expected.slice(0, 12)} is kept` : ""}` : `git push failed (${why}): ${result.stderr.trim().split("\n").slice(-2).join(" ")}`;
        throw new StepError(message, result, errorClass);
      }
    }
    const after = await this.remoteHead(g);
    this.remoteSeen = after;
    const line = already ? `${g.remote}/${g.branch} already at %s` : `pushed to ${g.remote}/${g.branch}; ls-remote confirms %s`;
    if (expected === void 0) return { remote: after, line };
    if (after !== expected) throw new StepError(`${g.remote}/${g.branch} is at ${after.slice(0, 12) || "nothing"}, expected ${expected.slice(0, 12)} after the push`, void 0, "StateConflict");
    return [line.replace("%s", expected.slice(0, 12))];
  }
  /** Revert one commit with a new commit (history is never rewritten). */
  async revert(commit, subject) {
    const reverted = await this.raw("git revert", ["revert", "--no-commit", commit]);
    if (reverted.exitCode !== 0) {
      await this.raw("git revert --abort", ["revert", "--abort"]);
      const { errorClass } = classify(reverted);
      throw new StepError(`git revert of ${commit.slice(0, 12)} does not apply cleanly; the working tree was restored: ${reverted.stderr.trim().split("\n").slice(-2).join(" ")}`, reverted, errorClass === "Validation" ? "StateConflict" : errorClass);
    }
    const message = `revert: ${subject}`.slice(0, 100);
    await this.ensureIdentity();
    await this.must("git commit", ["commit", "-m", message, "-m", `This reverts commit ${commit}.`]);
    return this.head();
  }
  async subject(commit) {
    return this.must("git log", ["log", "-1", "--format=%s", commit]);
  }
};

// src/exec/operations/index.ts
var LOADERS = {
  terraform: () => import("./terraform-LLF5QAZJ.mjs"),
  kubectl: () => import("./kubectl-H3CVQAFM.mjs"),
  gitops: () => import("./gitops-GKY37BKP.mjs"),
  app: () => import("./app-DEMEKVRU.mjs"),
  terragrunt: () => import("./terragrunt-GEWOZCJK.mjs")
};
var isOperation = (value) => typeof value === "object" && value !== null && ["preflight", "dryRun", "apply", "verify", "rollback"].every((k) => typeof value[k] === "function");
async function loadOperation(type) {
  const load = LOADERS[type];
  if (!load) return void 0;
  const mod = await load();
  const preferred = [mod.default, mod.operation, mod[type]];
  return preferred.find(isOperation) ?? Object.values(mod).find(isOperation);
}

// src/exec/lock.ts
import { createHash } from "node:crypto";
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
var LockHeldError = class extends Error {
  constructor(owner, path) {
    super(`workspace ${owner.workspace} is locked by run ${owner.runId} (pid ${owner.pid} on ${owner.host}, since ${owner.startedAt}); lock ${path}`);
    this.owner = owner;
    this.path = path;
  }
  owner;
  path;
};
var DEFAULT_STALE_MS = 6 * 60 * 60 * 1e3;
function lockPath(workspace, home) {
  const key = createHash("sha256").update(workspace).digest("hex").slice(0, 16);
  return join(statePaths(home).locks, `${key}.lock`);
}
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
function lockIsStale(owner, now = Date.now(), staleMs = DEFAULT_STALE_MS) {
  if (owner.host === hostname() && !alive(owner.pid)) return `its owner (pid ${owner.pid}) is no longer running`;
  const age = now - Date.parse(owner.startedAt);
  if (!(age <= staleMs)) return `it is older than ${Math.round(staleMs / 6e4)} minutes`;
  return void 0;
}
function acquireLock(workspace, runId, options = {}) {
  const path = lockPath(workspace, options.home);
  mkdirSync(join(path, ".."), { recursive: true, mode: 448 });
  const owner = { pid: process.pid, host: hostname(), runId, workspace, startedAt: (/* @__PURE__ */ new Date()).toISOString() };
  let recovered;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, "wx", 384);
      writeSync(fd, JSON.stringify(owner));
      closeSync(fd);
      return {
        path,
        recovered,
        release: () => {
          try {
            if (JSON.parse(readFileSync(path, "utf8")).runId === runId) rmSync(path, { force: true });
          } catch {
          }
        }
      };
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
    }
    let current;
    try {
      current = JSON.parse(readFileSync(path, "utf8"));
    } catch {
      current = { pid: -1, host: hostname(), runId: "unknown", workspace, startedAt: (/* @__PURE__ */ new Date(0)).toISOString() };
    }
    const reason = lockIsStale(current, Date.now(), options.staleMs);
    if (!reason) throw new LockHeldError(current, path);
    const movedTo = `${path}.stale-${Date.now()}`;
    try {
      renameSync(path, movedTo);
    } catch (error) {
      if (error.code !== "ENOENT") throw error;
    }
    recovered = { owner: current, reason, movedTo };
  }
  throw new Error(`could not take the lock ${path}`);
}

// src/exec/retry.ts
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
    if (options.signal.aborted || errorClassOf(error) !== "Transient") throw error;
    const message = error instanceof Error ? error.message : String(error);
    options.attempted.push(`${label}: transient failure (${message.slice(0, 200)}); retried once after ${options.delayMs} ms`);
    options.journal.append({ type: "note", message: `retrying ${label} after a transient failure`, data: { error: message, delayMs: options.delayMs } });
    await new Promise((resolve2) => {
      const timer = setTimeout(resolve2, options.delayMs);
      options.signal.addEventListener("abort", () => {
        clearTimeout(timer);
        resolve2();
      }, { once: true });
    });
    try {
      return await attempt(2);
    } catch (second) {
      if (second instanceof Error) second.message = `${second.message} (failed again on retry)`;
      throw second;
    }
  }
}

// src/status/render.ts
var InvalidStatusError = class extends Error {
};
function renderStatus(status) {
  const block = [
    OPEN_SENTINEL,
    `PLAN_STATUS: ${status.planStatus}`,
    `CURRENT_PHASE: ${status.currentPhase}`,
    `PENDING_STEPS: ${JSON.stringify(status.pendingSteps)}`,
    `NEXT_ACTION: ${status.nextAction}`,
    `AGENT_ID: ${status.agentId}`,
    CLOSE_SENTINEL
  ].join("\n");
  const check = checkStatus(block, { required: true });
  if (!check.valid) {
    throw new InvalidStatusError(`cannot render an invalid AGENT_STATUS block: ${check.errors.map(formatStatusError).join("; ")}`);
  }
  return block;
}
var oneLine = (text) => text.replace(/\s+/g, " ").trim();
function toAgentId(id, fallback = "execguard") {
  const cleaned = id.replace(/[^A-Za-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "");
  return cleaned || fallback;
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

// src/exec/steps.ts
import { writeFileSync } from "node:fs";
import { join as join2 } from "node:path";

// src/exec/guard-gate.ts
async function loadGate(approval, policy) {
  const { evaluate } = await import("./evaluate-RYYMAGNE.mjs");
  return async (command) => {
    const decision = await evaluate(command, { approval, policy });
    const rules = decision.rules.map((r) => r.id);
    if (decision.decision === "deny") return { allowed: false, reason: decision.reason, rules };
    if (decision.decision === "ask" && !approval?.affirmed) return { allowed: false, reason: decision.reason || "the guard asks for an approval", rules };
    return { allowed: true, reason: "", rules };
  };
}
function displayCommand(argv) {
  return argv.map((a) => /^[A-Za-z0-9_@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`).join(" ");
}

// src/exec/steps.ts
var INTERRUPTED = "interrupted";
var DEFAULT_TIMEOUT_MS = 10 * 60 * 1e3;
var StepRunner = class {
  constructor(opts) {
    this.opts = opts;
  }
  opts;
  seq = 0;
  /** Every step run so far, in order (for the report's "attempted actions"). */
  history = [];
  exec = (step, argv, options = {}) => this.run(step, displayCommand(argv), async (signal) => {
    const result = await execa(argv[0], argv.slice(1), {
      cwd: options.cwd ?? this.opts.cwd,
      env: { ...this.opts.env, ...options.env },
      extendEnv: false,
      reject: false,
      input: options.input,
      stdin: options.input === void 0 ? "ignore" : void 0,
      cancelSignal: signal,
      timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      forceKillAfterDelay: 15e3,
      stripFinalNewline: false
    });
    const stdout = String(result.stdout ?? "");
    let stderr = String(result.stderr ?? "");
    if (result.isCanceled) return { exitCode: 130, stdout, stderr, interrupted: true };
    if (result.timedOut) return { exitCode: 124, stdout, stderr: `${stderr}
command timed out after ${options.timeoutMs ?? DEFAULT_TIMEOUT_MS} ms` };
    if (result.exitCode === void 0) {
      const code = result.code;
      stderr = `${stderr}
${code === "ENOENT" ? `${argv[0]}: command not found` : result.message}`;
      return { exitCode: code === "ENOENT" ? 127 : code === "EACCES" ? 126 : 1, stdout, stderr };
    }
    return { exitCode: result.exitCode, stdout, stderr };
  });
  /** Asks the guard about a command without running it (pre-flight checks what later steps will run). */
  judge = (command) => this.opts.gate(command);
  /** Runs `body` as a guarded, journaled step shown as `command`. */
  async run(step, command, body, attempt) {
    const seq = ++this.seq;
    const { journal, signal } = this.opts;
    if (signal.aborted) {
      const result2 = { command, exitCode: 130, stdout: "", stderr: "run interrupted before this step", durationMs: 0, refused: INTERRUPTED };
      journal.append({ type: "step-end", seq, step, exitCode: 130, durationMs: 0, refused: INTERRUPTED, interrupted: true });
      throw new StepError(`interrupted before ${step}`, result2, "Transient");
    }
    const verdict = await this.opts.gate(command);
    if (!verdict.allowed) {
      const result2 = { command, exitCode: 2, stdout: "", stderr: verdict.reason, durationMs: 0, refused: verdict.reason };
      journal.append({ type: "step-start", seq, step, command, attempt });
      journal.append({ type: "step-end", seq, step, exitCode: 2, durationMs: 0, refused: `guard (${verdict.rules.join(", ")}): ${verdict.reason}` });
      this.history.push({ step, result: result2 });
      throw new StepError(`the guard refused \`${command}\`: ${verdict.reason}`, result2, "Permission");
    }
    this.opts.progress(`${step}: ${command}`);
    journal.append({ type: "step-start", seq, step, command, attempt });
    const started = performance.now();
    let out;
    try {
      out = await body(signal);
    } catch (error) {
      out = { exitCode: 1, stdout: "", stderr: error instanceof Error ? error.message : String(error) };
    }
    if (signal.aborted && out.exitCode !== 0) out.interrupted = true;
    const durationMs = Math.round(performance.now() - started);
    const log = `logs/${String(seq).padStart(3, "0")}-${step.replace(/[^A-Za-z0-9_-]+/g, "-").slice(0, 40)}.log`;
    try {
      writeFileSync(join2(this.opts.runDir, log), `$ ${command}
# exit ${out.exitCode} in ${durationMs} ms
--- stdout
${out.stdout}
--- stderr
${out.stderr}
`, { mode: 384 });
    } catch {
    }
    journal.append({ type: "step-end", seq, step, exitCode: out.exitCode, durationMs, log, ...out.interrupted ? { interrupted: true, refused: INTERRUPTED } : {}, attempt });
    const result = { command, exitCode: out.exitCode, stdout: out.stdout, stderr: out.stderr, durationMs, ...out.interrupted ? { refused: INTERRUPTED } : {} };
    this.history.push({ step, result });
    if (out.interrupted) throw new StepError(`interrupted during ${step}`, result, "Transient");
    return result;
  }
};

// src/exec/outcome.ts
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
function interrupted(error, session) {
  return session.signal.aborted || error instanceof StepError && error.result?.refused === INTERRUPTED;
}
function attemptedActions(session, extra) {
  const steps = session.steps?.history ?? [];
  const describe = ({ step, result }) => `${step}: \`${result.command}\` -> ${result.refused === INTERRUPTED ? "interrupted" : result.refused ? "refused by the guard" : `exit ${result.exitCode}`}`;
  const failed = steps.filter(({ result }) => result.exitCode !== 0 || result.refused);
  const shown = failed.length ? failed : steps.slice(-1);
  return [...shown.map(describe), ...extra].slice(-25);
}
function complete(session, nextAction, commit) {
  for (const name of PHASES) if (!session.phases.some((p) => p.name === name) && session.kind === "execute") session.skip(name, "not needed");
  const report = {
    planId: session.loaded.plan.id,
    runId: session.runId,
    operation: session.loaded.plan.operation,
    outcome: "complete",
    phases: session.phases,
    ...commit ? { commit } : {},
    durationMs: session.elapsed(),
    agentId: session.runId,
    pendingSteps: [],
    nextAction
  };
  const markdown = renderReport(report);
  session.close("COMPLETE", markdown);
  return { runId: session.runId, runDir: session.runDir, status: "COMPLETE", report, markdown };
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
  const fix = errorType === "Permission" ? `Make the execguard state folder ${home} writable (or set EXECGUARD_HOME), then run execguard execute again` : RECOMMENDED[errorType];
  const report = {
    planId: loaded.plan.id,
    runId: "not-started",
    operation: loaded.plan.operation,
    outcome: "failed",
    phases: [{ name: "Pre-flight", status: "failed", detail: [`cannot create the run folder in ${home}: ${message}`] }],
    failure: { errorType, exactError: message, rootCause: `the state folder ${home} is not writable`, attemptedActions: [`create the run folder in ${home}`], recommendedFix: fix, rollbackStatus: "nothing changed: the run did not start" },
    durationMs: 0,
    agentId: "execguard",
    pendingSteps: [fix],
    nextAction: "Report the failure to the user and wait for instructions"
  };
  return { runId: "not-started", runDir: "", status: "BLOCKED", report, markdown: renderReport(report) };
}
function blocked(session, error, fc, commit) {
  const isInterrupt = interrupted(error, session);
  const errorType = error instanceof LockHeldError ? "StateConflict" : isInterrupt ? "Transient" : errorClassOf(error);
  const message = error instanceof Error ? error.message : String(error);
  const reason = typeof session.signal.reason === "string" ? session.signal.reason : "a signal";
  const ran = new Set(session.phases.map((p) => p.name));
  for (const name of session.kind === "execute" ? PHASES : []) if (!ran.has(name)) session.skip(name, "not run: an earlier phase failed");
  const pending = isInterrupt ? [`The run was interrupted by ${reason}; inspect it with execguard runs ${session.runId}`, ...fc.pendingSteps] : fc.pendingSteps;
  const report = {
    planId: session.loaded.plan.id,
    runId: session.runId,
    operation: session.loaded.plan.operation,
    outcome: "failed",
    phases: session.phases,
    failure: {
      errorType,
      exactError: exactErrorOf(error),
      rootCause: isInterrupt ? `interrupted by ${reason} (the current step was stopped and journaled)` : message,
      attemptedActions: attemptedActions(session, fc.attempted),
      recommendedFix: fc.recommendedFix ?? guardRefusal(error) ?? RECOMMENDED[errorType],
      rollbackStatus: fc.rollbackStatus
    },
    ...commit ? { commit } : {},
    durationMs: session.elapsed(),
    agentId: session.runId,
    pendingSteps: pending.length ? pending : [fc.recommendedFix ?? guardRefusal(error) ?? RECOMMENDED[errorType]],
    nextAction: fc.nextAction ?? `Report the failure of run ${session.runId} to the user and wait for instructions`
  };
  const markdown = renderReport(report);
  session.close("BLOCKED", markdown, errorType);
  return { runId: session.runId, runDir: session.runDir, status: "BLOCKED", report, markdown };
}

// src/exec/plan-file.ts
import { existsSync, readFileSync as readFileSync2 } from "node:fs";
import { basename, dirname, extname, relative, resolve } from "node:path";
function findRepoRoot(start) {
  let dir = resolve(start);
  for (; ; ) {
    if (existsSync(resolve(dir, ".git"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return void 0;
    dir = parent;
  }
}
function loadPlan(path, cwd) {
  const planPath = resolve(cwd, path);
  const shown = relative(cwd, planPath) || path;
  let text;
  try {
    text = readFileSync2(planPath, "utf8");
  } catch (error) {
    const code = error.code;
    throw new PlanError(shown, 0, "", code === "ENOENT" ? "no such file" : `cannot read (${code})`);
  }
  const repoRoot = findRepoRoot(dirname(planPath));
  if (!repoRoot) throw new PlanError(shown, 0, "", "the plan file is not inside a git repository");
  const plan = parsePlan(text, { file: shown, repoRoot, defaultId: basename(planPath, extname(planPath)) });
  return { plan, planPath, repoRoot, text };
}

// src/exec/session.ts
import { join as join3 } from "node:path";
var Session = class {
  constructor(kind, loaded, options, extraMeta = {}) {
    this.kind = kind;
    this.loaded = loaded;
    this.options = options;
    this.runId = newRunId(kind);
    this.runDir = createRunDir(this.runId, options.home);
    this.journal = new Journal(join3(this.runDir, "journal.jsonl"));
    this.signal = options.signal ?? new AbortController().signal;
    this.progress = options.progress ?? silentProgress;
    const { plan, planPath, repoRoot } = loaded;
    this.meta = { runId: this.runId, kind, planId: plan.id, planPath, repoRoot, operation: plan.operation, startedAt: (/* @__PURE__ */ new Date()).toISOString(), status: "RUNNING", ...extraMeta };
    writeMeta(this.runDir, this.meta);
    this.journal.append({ type: "run-start", runId: this.runId, kind, planId: plan.id, planPath, pid: process.pid });
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
  /** Takes the workspace lock (throws LockHeldError) and loads the guard. */
  async open() {
    const { plan, repoRoot } = this.loaded;
    const workdir = join3(repoRoot, plan.workdir);
    this.lock = acquireLock(workdir, this.runId, { home: this.options.home });
    if (this.lock.recovered) {
      const r = this.lock.recovered;
      this.journal.append({ type: "note", message: `recovered a stale lock of run ${r.owner.runId}: ${r.reason}`, data: r });
    }
    const gate = await loadGate(this.options.approval ?? null, await loadPolicy(repoRoot));
    this.steps = new StepRunner({ journal: this.journal, runDir: this.runDir, env: this.options.env, cwd: workdir, signal: this.signal, gate, progress: (l) => this.progress.line(l) });
    this.ctx = {
      plan,
      repoRoot,
      workdir,
      runDir: this.runDir,
      env: this.options.env,
      signal: this.signal,
      exec: this.steps.exec,
      progress: (l) => this.progress.line(l),
      approval: this.options.approval
    };
  }
  updateMeta(patch) {
    Object.assign(this.meta, patch);
    writeMeta(this.runDir, this.meta);
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
      this.journal.append({ type: "phase", phase: name, status: "failed", detail: error instanceof Error ? error.message : String(error) });
      throw error;
    }
  }
  skip(name, why) {
    this.phases.push({ name, status: "skipped", detail: [why] });
    this.journal.append({ type: "phase", phase: name, status: "skipped", detail: why });
  }
  elapsed = () => Math.round(performance.now() - this.started);
  /** Writes report.md, closes the journal and meta, releases the lock. */
  close(status, markdown, errorClass) {
    this.progress.done();
    try {
      writeFileAtomic(join3(this.runDir, "report.md"), markdown);
    } finally {
      this.journal.append({ type: "run-end", status, durationMs: this.elapsed(), ...errorClass ? { errorClass } : {} });
      this.updateMeta({ status, finishedAt: (/* @__PURE__ */ new Date()).toISOString(), ...errorClass ? { errorClass } : {} });
      this.lock?.release();
    }
  }
};

export {
  GitSide,
  loadOperation,
  LockHeldError,
  errorClassOf,
  withRetry,
  exactErrorOf,
  complete,
  failedBeforeStart,
  blocked,
  loadPlan,
  Session
};
