import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  loadPlan,
  sectionOf
} from "./chunk-5Z5QZ754.mjs";
import {
  renderStatus
} from "./chunk-B4E3E7L7.mjs";
import {
  fetchRun
} from "./chunk-VYVRTCWC.mjs";
import {
  kindOf
} from "./chunk-2SKKGDWJ.mjs";
import "./chunk-XDDEP7ZQ.mjs";
import "./chunk-P37WMGKB.mjs";
import "./chunk-FP4XGDEA.mjs";
import {
  mirrorJournals,
  readJournal,
  readRun,
  runsRoot
} from "./chunk-EZGD5OAD.mjs";
import "./chunk-JERPX7J5.mjs";
import "./chunk-DCM7PZVW.mjs";
import "./chunk-3PDF6CMC.mjs";
import {
  stateHome
} from "./chunk-VL7M2WAP.mjs";
import "./chunk-GLDXOGL5.mjs";

// src/store/team-run.ts
import { execFileSync } from "node:child_process";
import { hostname, userInfo } from "node:os";
import { basename, dirname, join } from "node:path";
function workspaceKey(planArg, cwd) {
  const { plan, repoRoot } = loadPlan(planArg, cwd);
  const remote = plan.git?.remote ?? "origin";
  let origin;
  try {
    origin = execFileSync("git", ["remote", "get-url", remote], {
      cwd: repoRoot,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"]
    }).trim();
  } catch {
    origin = repoRoot;
  }
  const where = kindOf(plan.operation).target(sectionOf(plan)) ?? "default";
  return `${origin}#${plan.workdir}@${where}`;
}
var leaseTtl = (env) => Math.max(3, Number(env.EXECGUARD_LEASE_TTL) || 60);
var planLockWanted = (env) => /^(1|true|yes)$/i.test(env.EXECGUARD_PLAN_LOCK ?? "");
var planLockTtl = (env) => Math.max(3, Number(env.EXECGUARD_PLAN_LOCK_TTL) || 24 * 3600);
function blockedBeforeStart(reason, next) {
  const status = renderStatus({
    planStatus: "BLOCKED",
    currentPhase: "Execute",
    pendingSteps: [next],
    nextAction: `Report to the user: ${reason}`.slice(0, 300),
    agentId: "execguard"
  });
  const markdown = `## Execution Blocked \u26D4

- **Error type:** StateConflict
- **Exact error:** ${reason}
- **Rollback status:** nothing changed: the run did not start

${status}
`;
  return { runId: "not-started", status: "BLOCKED", runDir: "", report: { outcome: "failed", reason }, markdown };
}
var LeaseLostError = class extends Error {
};
var StoreMirror = class {
  constructor(store, workspace, token, lost) {
    this.store = store;
    this.workspace = workspace;
    this.token = token;
    this.lost = lost;
    this.chain = store.appendJournalRaws("", workspace, 0, ["{}"]).then(() => store.prepareRelease()).then(
      () => {
      },
      () => {
      }
    );
  }
  store;
  workspace;
  token;
  lost;
  chain;
  failure;
  /**
   * Per journal, the lines written since its last sync. A journal that is not here yet (one this
   * process did not begin: a resumed run) is read from its file by its first sync.
   */
  unsent = /* @__PURE__ */ new Map();
  /** Journals whose sync is queued and has not started: it will send the newer lines too. */
  queued = /* @__PURE__ */ new Set();
  line(journalPath, line, first) {
    if (first) this.unsent.set(journalPath, [line]);
    else this.unsent.get(journalPath)?.push(line);
    if (this.queued.has(journalPath)) return;
    this.queued.add(journalPath);
    this.chain = this.chain.then(() => {
      this.queued.delete(journalPath);
      return this.sync(journalPath);
    }).catch((error) => {
      if (this.failure) return;
      this.failure = error instanceof LeaseLostError ? error : new Error(`the team store stopped answering (${error.message}): the run's journal cannot reach it`);
      this.lost(this.failure.message);
    });
  }
  async sync(journalPath) {
    if (this.failure) return;
    const runId = basename(dirname(journalPath));
    let lines = this.unsent.get(journalPath);
    if (!lines) {
      const have = await this.store.journalLength(runId);
      lines = readJournal(journalPath).slice(have).map((entry) => JSON.stringify(entry));
    }
    this.unsent.set(journalPath, []);
    if (lines.length && await this.store.appendJournalRaws(runId, this.workspace, this.token, lines) === 0)
      throw new LeaseLostError(`the team store refused the journal line: the workspace lease (token ${this.token}) expired or was broken`);
  }
  async confirmed() {
    await this.chain;
    if (this.failure) throw this.failure;
  }
};
async function openStore(url, env) {
  const { PostgresStore } = await import("./postgres-4U7OGXHX.mjs");
  const store = await PostgresStore.connect(url, env);
  try {
    await store.requireSchema();
  } catch (error) {
    await store.close().catch(() => {
    });
    throw error;
  }
  return store;
}
async function withWorkspaceLease(options, run) {
  const ttl = leaseTtl(options.env);
  const { workspace } = options;
  let store;
  let token;
  try {
    store = await (options.opened ?? openStore(options.url, options.env));
    const owner = {
      user: userInfo().username,
      host: hostname(),
      ...options.env.EXECGUARD_SESSION_ID ? { sessionId: options.env.EXECGUARD_SESSION_ID } : {},
      ...options.owner
    };
    const got = await store.acquire(workspace, owner, ttl, { ownPlanLock: true });
    if (!got.ok) {
      await store.close();
      const h = got.holder;
      const held = h.planLock ? `the workspace ${workspace} has a plan lock: a plan of ${h.owner.user}@${h.owner.host} (role ${h.role ?? "?"}${h.owner.digest ? `, ${h.owner.digest.slice(0, 19)}\u2026` : ""}) waits for review and apply` : `the workspace ${workspace} is leased to ${h.owner.user}@${h.owner.host}`;
      return blockedBeforeStart(
        `${held}${h.owner.runId ? ` (run ${h.owner.runId})` : ""} until ${h.expiresAt} (token ${h.token})`,
        `Wait for that run to finish, or have a person break the lease: execguard unlock '${workspace}' --reason '\u2026'`
      );
    }
    token = got.token;
  } catch (error) {
    return blockedBeforeStart(
      `the team store cannot be used (${error.message}); nothing was applied or pushed`,
      "Bring the team store back (or fix EXECGUARD_STORE), then run the same command again"
    );
  }
  const controller = new AbortController();
  const stop = (reason) => {
    if (!controller.signal.aborted) controller.abort(reason);
  };
  options.signal.addEventListener("abort", () => stop(String(options.signal.reason ?? "a signal")), { once: true });
  const mirror = new StoreMirror(store, workspace, token, (why) => stop(`${why}; the run was stopped`));
  mirrorJournals(mirror);
  const heartbeat = setInterval(
    () => {
      store.renew(workspace, token, ttl).then((held) => {
        if (!held) stop("the workspace lease was lost (expired or broken); the run was stopped");
      }).catch(() => stop("the team store stopped answering while the run held the lease; the run was stopped"));
    },
    ttl * 1e3 / 3
  );
  heartbeat.unref();
  let keep = false;
  try {
    const result = await run(controller.signal, options.progress, { workspace, token });
    await mirror.confirmed().catch(() => {
    });
    const { status, digest } = result;
    if (options.keepForPlan && status === "COMPLETE")
      keep = await store.holdForPlan(workspace, token, digest, planLockTtl(options.env)).catch(() => false);
    return result;
  } finally {
    clearInterval(heartbeat);
    mirrorJournals(void 0);
    if (!keep) await store.release(workspace, token).catch(() => {
    });
    await store.close().catch(() => {
    });
  }
}
async function withRunLease(options, run) {
  const home = stateHome(options.env);
  if (options.fetch) {
    try {
      const store = await openStore(options.url, options.env);
      try {
        await fetchRun(store, options.runId, home, options.cwd);
      } finally {
        await store.close().catch(() => {
        });
      }
    } catch (error) {
      return blockedBeforeStart(
        `the team store cannot be used (${error.message}); nothing was applied or pushed`,
        "Bring the team store back (or fix EXECGUARD_STORE), then run the same command again"
      );
    }
  }
  const meta = /^[\w-][\w.-]*$/.test(options.runId) ? readRun(join(runsRoot(home), options.runId), options.runId) : void 0;
  if (!meta?.planPath) return run(options.signal, options.progress);
  const workspace = workspaceKey(meta.planPath, options.cwd);
  return withWorkspaceLease({ ...options, workspace, owner: { runId: options.runId, ...options.owner } }, run);
}
export {
  openStore,
  planLockWanted,
  withRunLease,
  withWorkspaceLease,
  workspaceKey
};
