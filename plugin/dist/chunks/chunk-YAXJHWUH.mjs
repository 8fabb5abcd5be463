import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  Journal,
  readJournal,
  readMeta,
  readRun,
  runsRoot,
  writeMeta
} from "./chunk-EZGD5OAD.mjs";
import {
  statePaths
} from "./chunk-VL7M2WAP.mjs";

// src/exec/journal/lock.ts
import { randomBytes, createHash } from "node:crypto";
import { linkSync, mkdirSync, readFileSync as readFileSync2, realpathSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join, normalize } from "node:path";

// src/exec/process/process-identity.ts
import { readFileSync } from "node:fs";
var boot;
function bootId() {
  if (boot === void 0) {
    try {
      boot = readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim();
    } catch {
      boot = "";
    }
  }
  return boot;
}
function statOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return { state: fields[0], start: fields[19] };
  } catch {
    return void 0;
  }
}
function processStart(pid) {
  const stat = statOf(pid);
  return stat ? `${bootId()}:${stat.start}` : void 0;
}
function pidExists(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
function processRunning(pid, start) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  const stat = statOf(pid);
  if (!stat) return pidExists(pid) && !existsProc();
  if (stat.state === "Z" || stat.state === "X") return false;
  return start === void 0 || start === `${bootId()}:${stat.start}`;
}
function existsProc() {
  return statOf(process.pid) !== void 0;
}
var OWNER_ENV = "EXECGUARD_RUN_OWNER";
function ownerMark(pid = process.pid) {
  return `${pid}@${processStart(pid) ?? ""}`;
}
function parseOwnerMark(mark) {
  const m = mark.match(/^(\d+)@(.*)$/);
  return m ? { pid: Number(m[1]), ...m[2] ? { start: m[2] } : {} } : void 0;
}

// src/exec/journal/lock.ts
var LockHeldError = class extends Error {
  constructor(owner, path) {
    super(
      `workspace ${owner.workspace} is locked by run ${owner.runId} (pid ${owner.pid} on ${owner.host}, since ${owner.startedAt}); lock ${path}`
    );
    this.owner = owner;
    this.path = path;
  }
  owner;
  path;
};
function workspaceKey(repoRoot, workdir) {
  let root = repoRoot;
  try {
    root = realpathSync(repoRoot);
  } catch {
  }
  const rel = normalize(workdir).replace(/\/+$/, "");
  return rel === "." || rel === "" ? root : join(root, rel);
}
function lockPath(workspace, home) {
  const key = createHash("sha256").update(workspace).digest("hex").slice(0, 16);
  return join(statePaths(home).locks, `${key}.lock`);
}
function lockIsStale(owner) {
  if (owner.host !== hostname()) return void 0;
  if (!processRunning(owner.pid, owner.start))
    return processRunning(owner.pid) ? `its owner (pid ${owner.pid}) is no longer running (the pid now belongs to another process)` : `its owner (pid ${owner.pid}) is no longer running`;
  return void 0;
}
function readOwner(path) {
  try {
    const value = JSON.parse(readFileSync2(path, "utf8"));
    return typeof value.runId === "string" && typeof value.pid === "number" ? value : void 0;
  } catch {
    return void 0;
  }
}
function linkInPlace(path, owner) {
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  writeFileSync(tmp, JSON.stringify(owner), { mode: 384, flag: "wx" });
  try {
    linkSync(tmp, path);
    return true;
  } catch (error) {
    if (error.code === "EEXIST") return false;
    throw error;
  } finally {
    rmSync(tmp, { force: true });
  }
}
function recoverStale(path, judged, owner) {
  const guard = `${path}.recover`;
  if (!linkInPlace(guard, owner)) {
    const holder = readOwner(guard);
    if (holder && lockIsStale(holder)) moveAsideIf(guard, holder);
    return false;
  }
  try {
    const current = readOwner(path);
    if (!current || !sameOwner(current, judged)) return false;
    moveAsideIf(path, current);
    return true;
  } finally {
    rmSync(guard, { force: true });
  }
}
var sameOwner = (a, b) => a.runId === b.runId && a.pid === b.pid && a.token === b.token;
function moveAsideIf(path, judged) {
  const aside = `${path}.stale-${process.pid}-${randomBytes(4).toString("hex")}`;
  try {
    renameSync(path, aside);
  } catch {
    return;
  }
  const moved = readOwner(aside);
  if (moved && sameOwner(moved, judged)) rmSync(aside, { force: true });
  else {
    try {
      linkSync(aside, path);
    } catch {
    }
    rmSync(aside, { force: true });
  }
}
function acquireLock(workspace, runId, options = {}) {
  const path = lockPath(workspace, options.home);
  mkdirSync(join(path, ".."), { recursive: true, mode: 448 });
  const start = processStart(process.pid);
  const owner = {
    pid: process.pid,
    host: hostname(),
    runId,
    workspace,
    startedAt: (/* @__PURE__ */ new Date()).toISOString(),
    ...start ? { start } : {},
    token: randomBytes(8).toString("hex")
  };
  let recovered;
  for (let attempt = 0; attempt < 3; attempt++) {
    if (linkInPlace(path, owner)) {
      return { path, ...recovered ? { recovered } : {}, release: () => releaseLock(path, runId, owner.token) };
    }
    const current = readOwner(path);
    if (!current) {
      const unknown = { pid: -1, host: "?", runId: "unknown (unreadable lock file)", workspace, startedAt: "?" };
      throw new LockHeldError(unknown, path);
    }
    const reason = lockIsStale(current);
    if (!reason) throw new LockHeldError(current, path);
    if (recoverStale(path, current, owner)) recovered = { owner: current, reason };
  }
  const holder = readOwner(path);
  if (holder) throw new LockHeldError(holder, path);
  throw new Error(`could not take the lock ${path}`);
}
function releaseLock(path, runId, token) {
  const owner = readOwner(path);
  if (owner?.runId === runId && (token === void 0 || owner.token === token)) rmSync(path, { force: true });
}
function lockOwner(path) {
  return readOwner(path);
}

// src/exec/process/reap.ts
import { readdirSync, readFileSync as readFileSync3, renameSync as renameSync2 } from "node:fs";
import { hostname as hostname2 } from "node:os";
import { join as join2 } from "node:path";
var RUN_ID_ENV = "EXECGUARD_RUN_ID";
function reachedStep(journal) {
  let phase;
  let phaseOpen = false;
  let lastDone;
  const open = /* @__PURE__ */ new Map();
  let lastEnded;
  for (const e of journal) {
    if (e.type === "phase") {
      if (e.status === "start") {
        phase = e.phase;
        phaseOpen = true;
        lastEnded = void 0;
      } else if (e.phase === phase) {
        phaseOpen = false;
        lastDone = e.phase;
      }
    } else if (e.type === "step-start") open.set(e.seq, e.step);
    else if (e.type === "step-end") {
      open.delete(e.seq);
      lastEnded = e.step;
    } else if (e.type === "resume") {
      phase = void 0;
      phaseOpen = false;
      lastDone = void 0;
      open.clear();
    }
  }
  if (phase && phaseOpen) {
    const running = [...open.values()];
    if (running.length) return `${phase}: during ${running.join(", ")}`;
    return lastEnded ? `${phase}: after ${lastEnded}` : `${phase}: started`;
  }
  return lastDone ? `after ${lastDone}` : "started (no phase yet)";
}
function markedProcesses(runIds) {
  let pids;
  try {
    pids = readdirSync("/proc").filter((n) => /^\d+$/.test(n));
  } catch {
    return void 0;
  }
  const found = /* @__PURE__ */ new Map();
  for (const pid of pids) {
    try {
      const env = readFileSync3(`/proc/${pid}/environ`, "utf8").split("\0");
      const id = env.find((v) => v.startsWith(`${RUN_ID_ENV}=`))?.slice(RUN_ID_ENV.length + 1);
      if (!id || !runIds.has(id)) continue;
      const stat = readFileSync3(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (fields[0] === "Z" || fields[0] === "X") continue;
      const mark = env.find((v) => v.startsWith(`${OWNER_ENV}=`))?.slice(OWNER_ENV.length + 1);
      const owner = mark ? parseOwnerMark(mark) : void 0;
      found.set(id, [...found.get(id) ?? [], { pid: Number(pid), pgid: Number(fields[2]), ...owner ? { owner } : {} }]);
    } catch {
    }
  }
  return found;
}
var exists = (target) => {
  try {
    process.kill(target, 0);
    return true;
  } catch {
    return false;
  }
};
function groupMembers(pgid, runId) {
  const all = markedProcesses(/* @__PURE__ */ new Set([runId]));
  if (!all) return void 0;
  return (all.get(runId) ?? []).filter((p) => p.pgid === pgid).map((p) => p.pid);
}
var groupRunning = (pgid, runId) => {
  const members = groupMembers(pgid, runId);
  return members === void 0 ? exists(-pgid) : members.length > 0;
};
var leaderRunning = (pgid, runId) => {
  const members = groupMembers(pgid, runId);
  return members === void 0 ? exists(pgid) : members.includes(pgid);
};
async function waitUntil(done, ms) {
  const deadline = performance.now() + ms;
  while (!done() && performance.now() < deadline) await new Promise((r) => setTimeout(r, 50));
}
async function endOrphanGroups(runId, pgids, graceMs = 2e4) {
  const ours = [...new Set(pgids)].filter((pgid) => groupRunning(pgid, runId));
  const signal = (target, sig) => {
    try {
      process.kill(target, sig);
    } catch {
    }
  };
  for (const pgid of ours) if (leaderRunning(pgid, runId)) signal(pgid, "SIGINT");
  await waitUntil(() => !ours.some((pgid) => leaderRunning(pgid, runId)), graceMs);
  for (const pgid of ours) signal(-pgid, "SIGTERM");
  await waitUntil(() => !ours.some((pgid) => groupRunning(pgid, runId)), 2e3);
  for (const pgid of ours.filter((pgid2) => groupRunning(pgid2, runId))) signal(-pgid, "SIGKILL");
  await waitUntil(() => !ours.some((pgid) => groupRunning(pgid, runId)), 2e3);
  return ours;
}
function ownerGone(home, meta, marked) {
  if (meta.host && meta.host !== hostname2()) return false;
  if (typeof meta.pid === "number") return !processRunning(meta.pid, meta.pidStart);
  const owners = marked.flatMap((p) => p.owner ? [p.owner] : []);
  if (owners.length) return !owners.some((o) => processRunning(o.pid, o.start));
  const lock = locksOf(home, meta.runId)[0]?.owner;
  if (lock && lock.host === hostname2()) return !processRunning(lock.pid, lock.start);
  return void 0;
}
function locksOf(home, runId) {
  const dir = statePaths(home).locks;
  let names = [];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith(".lock"));
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const owner = lockOwner(join2(dir, name));
    return owner?.runId === runId ? [{ path: join2(dir, name), owner }] : [];
  });
}
function releaseLocksOf(home, runId) {
  for (const { path, owner } of locksOf(home, runId)) if (lockIsStale(owner)) releaseLock(path, runId, owner.token);
}
async function reapDeadRuns(home) {
  let names;
  try {
    names = readdirSync(runsRoot(home));
  } catch {
    return [];
  }
  const open = names.sort().map((name) => ({ name, meta: readRun(join2(runsRoot(home), name), name) })).filter((r) => r.meta?.status === "RUNNING").filter(({ meta }) => ownerGone(home, meta, []) !== false);
  if (open.length === 0) return [];
  const marks = markedProcesses(new Set(open.map((r) => r.name))) ?? /* @__PURE__ */ new Map();
  const marked = [];
  for (const { name, meta } of open) {
    const dir = join2(runsRoot(home), name);
    const procs = marks.get(name) ?? [];
    if (ownerGone(home, meta, procs) !== true) continue;
    const journal = readJournal(join2(dir, "journal.jsonl"));
    const ended = new Set(journal.filter((e) => e.type === "step-end").map((e) => e.seq));
    const pgids = [
      ...journal.flatMap((e) => e.type === "child" && !ended.has(e.seq) ? [e.pgid] : []),
      ...procs.filter((p) => !p.owner || !processRunning(p.owner.pid, p.owner.start)).map((p) => p.pgid)
    ];
    const killed = await endOrphanGroups(name, pgids);
    const reached = reachedStep(journal);
    new Journal(join2(dir, "journal.jsonl")).tryAppend({ type: "interrupted", reached, by: process.pid, killed });
    const updated = { ...meta, status: "INTERRUPTED", reached, interrupted: true, finishedAt: (/* @__PURE__ */ new Date()).toISOString() };
    try {
      if (meta.damaged && !readMeta(dir)) renameSync2(join2(dir, "meta.json"), join2(dir, "meta.json.damaged"));
    } catch {
    }
    try {
      writeMeta(dir, updated);
    } catch {
    }
    releaseLocksOf(home, name);
    marked.push(updated);
  }
  return marked;
}

export {
  processStart,
  processRunning,
  OWNER_ENV,
  ownerMark,
  LockHeldError,
  workspaceKey,
  acquireLock,
  RUN_ID_ENV,
  reapDeadRuns
};
