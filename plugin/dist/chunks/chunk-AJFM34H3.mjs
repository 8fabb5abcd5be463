import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  StateWriteError,
  byCodePoint
} from "./chunk-AWSBW5W3.mjs";
import {
  statePaths
} from "./chunk-VL7M2WAP.mjs";

// src/exec/journal.ts
import { close, closeSync, fstatSync, fsync, fsyncSync, openSync, readFileSync, readSync, writeSync } from "node:fs";
var DURABLE = /* @__PURE__ */ new Set(["run-start", "step-start", "step-end", "run-end", "resume"]);
var Journal = class {
  constructor(path) {
    this.path = path;
  }
  path;
  /** Appends an entry; a failed write (full disk) throws StateWriteError: the run cannot go on unjournaled. */
  append(entry) {
    try {
      this.write(entry);
    } catch (error) {
      throw error instanceof StateWriteError ? error : new StateWriteError(this.path, error);
    }
  }
  /** For the failure path: records what it can and never throws. */
  tryAppend(entry) {
    try {
      this.write(entry);
      return true;
    } catch {
      return false;
    }
  }
  write(entry) {
    const fd = openSync(this.path, "a+", 384);
    let handedOff = false;
    try {
      const size = fstatSync(fd).size;
      const last = Buffer.alloc(1);
      const torn = size > 0 && readSync(fd, last, 0, 1, size - 1) === 1 && last[0] !== 10;
      writeSync(fd, `${torn ? "\n" : ""}${JSON.stringify({ ts: (/* @__PURE__ */ new Date()).toISOString(), ...entry })}
`);
      if (entry.type === "step-end") {
        handedOff = true;
        fsync(fd, () => close(fd, () => {
        }));
      } else if (DURABLE.has(entry.type) && !(entry.type === "step-start" && entry.changesNothing)) fsyncSync(fd);
    } finally {
      if (!handedOff) closeSync(fd);
    }
  }
};
function readJournal(path) {
  return readJournalCounted(path).entries;
}
function readJournalCounted(path) {
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return { entries: [], torn: 0 };
  }
  const entries = [];
  let torn = 0;
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    try {
      const entry = JSON.parse(line);
      if (entry && typeof entry === "object" && typeof entry.type === "string") entries.push(entry);
      else torn++;
    } catch {
      torn++;
    }
  }
  return { entries, torn };
}

// src/exec/lock.ts
import { randomBytes, createHash } from "node:crypto";
import { linkSync, mkdirSync, readFileSync as readFileSync3, realpathSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join, normalize } from "node:path";

// src/exec/process-identity.ts
import { readFileSync as readFileSync2 } from "node:fs";
var boot;
function bootId() {
  if (boot === void 0) {
    try {
      boot = readFileSync2("/proc/sys/kernel/random/boot_id", "utf8").trim();
    } catch {
      boot = "";
    }
  }
  return boot;
}
function statOf(pid) {
  try {
    const stat = readFileSync2(`/proc/${pid}/stat`, "utf8");
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

// src/exec/lock.ts
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
    const value = JSON.parse(readFileSync3(path, "utf8"));
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

// src/exec/run-store.ts
import { randomBytes as randomBytes2 } from "node:crypto";
import { closeSync as closeSync2, fsyncSync as fsyncSync2, mkdirSync as mkdirSync2, openSync as openSync2, readdirSync, readFileSync as readFileSync4, renameSync as renameSync2, rmSync as rmSync2, writeSync as writeSync2 } from "node:fs";
import { join as join2 } from "node:path";
var runsRoot = (home) => statePaths(home).runs;
function newRunId(kind, now = /* @__PURE__ */ new Date()) {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
  return `${stamp}-${kind}-${randomBytes2(3).toString("hex")}`;
}
function createRunDir(runId, home) {
  const dir = join2(runsRoot(home), runId);
  try {
    mkdirSync2(join2(dir, "logs"), { recursive: true, mode: 448 });
  } catch (error) {
    throw new StateWriteError(dir, error);
  }
  return dir;
}
function writeFileAtomic(path, text, options = {}) {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    const fd = openSync2(tmp, "w", 384);
    try {
      writeSync2(fd, text);
      if (options.durable) fsyncSync2(fd);
    } finally {
      closeSync2(fd);
    }
    renameSync2(tmp, path);
  } catch (error) {
    rmSync2(tmp, { force: true });
    throw new StateWriteError(path, error);
  }
}
var writeMeta = (runDir, meta) => writeFileAtomic(join2(runDir, "meta.json"), `${JSON.stringify(meta, null, 2)}
`);
function readMeta(runDir) {
  try {
    const meta = JSON.parse(readFileSync4(join2(runDir, "meta.json"), "utf8"));
    return meta && typeof meta.runId === "string" && typeof meta.status === "string" ? meta : void 0;
  } catch {
    return void 0;
  }
}
var KINDS = ["plan", "execute", "rollback"];
function readRun(runDir, runId) {
  if (!/^[\w-][\w.-]*$/.test(runId)) return void 0;
  const meta = readMeta(runDir);
  if (meta) return meta;
  let isDir = false;
  try {
    isDir = readdirSync(runDir) !== void 0;
  } catch {
  }
  if (!isDir) return void 0;
  return metaFromJournal(runId, readJournal(join2(runDir, "journal.jsonl")));
}
function metaFromJournal(runId, journal) {
  const start = journal.find((e) => e.type === "run-start");
  const kind = start?.type === "run-start" ? start.kind : KINDS.find((k) => runId.includes(`-${k}-`)) ?? "execute";
  const stamp = runId.match(/^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z/);
  const meta = {
    runId,
    kind,
    planId: start?.type === "run-start" ? start.planId : "?",
    planPath: start?.type === "run-start" && start.planPath || "",
    repoRoot: start?.type === "run-start" && start.repoRoot || "",
    operation: start?.type === "run-start" && start.operation || "terraform",
    startedAt: start?.type === "run-start" && start.startedAt || (stamp ? `${stamp[1]}-${stamp[2]}-${stamp[3]}T${stamp[4]}:${stamp[5]}:${stamp[6]}.000Z` : start?.ts ?? ""),
    status: "RUNNING",
    ...start?.type === "run-start" ? { pid: start.pid, ...start.pidStart ? { pidStart: start.pidStart } : {} } : {},
    ...start?.type === "run-start" && start.rollbackOf ? { rollbackOf: start.rollbackOf } : {},
    damaged: start ? "meta.json is unreadable: rebuilt from the journal" : "meta.json is unreadable and the journal has no run-start: only the run id is known"
  };
  for (const e of journal) {
    if (e.type === "meta") Object.assign(meta, e.patch);
    else if (e.type === "resume") Object.assign(meta, { status: "RUNNING", pid: e.pid, pidStart: e.pidStart, interrupted: void 0 });
    else if (e.type === "interrupted")
      Object.assign(meta, { status: "INTERRUPTED", reached: e.reached, interrupted: true, finishedAt: e.ts });
    else if (e.type === "run-end")
      Object.assign(meta, {
        status: e.status,
        finishedAt: e.ts,
        ...e.errorClass ? { errorClass: e.errorClass } : {},
        ...e.interrupted ? { interrupted: true } : {}
      });
  }
  return meta;
}
function listRuns(home) {
  let names;
  try {
    names = readdirSync(runsRoot(home));
  } catch {
    return [];
  }
  return names.sort().map((name) => readRun(join2(runsRoot(home), name), name)).filter((m) => m !== void 0).sort((a, b) => byCodePoint(a.startedAt, b.startedAt) || byCodePoint(a.runId, b.runId));
}
function continueCommand(kind, runId, extra) {
  if (kind === "rollback") return `execguard rollback ${extra.rollbackOf ?? "RUN_ID"}`;
  if (kind === "plan") return `execguard plan ${extra.planPath ?? "PLAN.yaml"}`;
  return `execguard resume ${runId}`;
}
function latestPlanRun(planId, planPath, home) {
  const runs = listRuns(home);
  const consumed = new Set(
    runs.filter((m) => m.kind === "execute" && m.planRunId && (m.status === "COMPLETE" || m.applied !== void 0)).map((m) => m.planRunId)
  );
  return runs.filter((m) => m.kind === "plan" && m.status === "COMPLETE" && m.planId === planId && m.planPath === planPath && !consumed.has(m.runId)).at(-1);
}

// src/exec/reap.ts
import { readdirSync as readdirSync2, readFileSync as readFileSync5, renameSync as renameSync3 } from "node:fs";
import { hostname as hostname2 } from "node:os";
import { join as join3 } from "node:path";
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
    pids = readdirSync2("/proc").filter((n) => /^\d+$/.test(n));
  } catch {
    return void 0;
  }
  const found = /* @__PURE__ */ new Map();
  for (const pid of pids) {
    try {
      const env = readFileSync5(`/proc/${pid}/environ`, "utf8").split("\0");
      const id = env.find((v) => v.startsWith(`${RUN_ID_ENV}=`))?.slice(RUN_ID_ENV.length + 1);
      if (!id || !runIds.has(id)) continue;
      const stat = readFileSync5(`/proc/${pid}/stat`, "utf8");
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
    names = readdirSync2(dir).filter((n) => n.endsWith(".lock"));
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const owner = lockOwner(join3(dir, name));
    return owner?.runId === runId ? [{ path: join3(dir, name), owner }] : [];
  });
}
function releaseLocksOf(home, runId) {
  for (const { path, owner } of locksOf(home, runId)) if (lockIsStale(owner)) releaseLock(path, runId, owner.token);
}
async function reapDeadRuns(home) {
  let names;
  try {
    names = readdirSync2(runsRoot(home));
  } catch {
    return [];
  }
  const open = names.sort().map((name) => ({ name, meta: readRun(join3(runsRoot(home), name), name) })).filter((r) => r.meta?.status === "RUNNING").filter(({ meta }) => ownerGone(home, meta, []) !== false);
  if (open.length === 0) return [];
  const marks = markedProcesses(new Set(open.map((r) => r.name))) ?? /* @__PURE__ */ new Map();
  const marked = [];
  for (const { name, meta } of open) {
    const dir = join3(runsRoot(home), name);
    const procs = marks.get(name) ?? [];
    if (ownerGone(home, meta, procs) !== true) continue;
    const journal = readJournal(join3(dir, "journal.jsonl"));
    const ended = new Set(journal.filter((e) => e.type === "step-end").map((e) => e.seq));
    const pgids = [
      ...journal.flatMap((e) => e.type === "child" && !ended.has(e.seq) ? [e.pgid] : []),
      ...procs.filter((p) => !p.owner || !processRunning(p.owner.pid, p.owner.start)).map((p) => p.pgid)
    ];
    const killed = await endOrphanGroups(name, pgids);
    const reached = reachedStep(journal);
    new Journal(join3(dir, "journal.jsonl")).tryAppend({ type: "interrupted", reached, by: process.pid, killed });
    const updated = { ...meta, status: "INTERRUPTED", reached, interrupted: true, finishedAt: (/* @__PURE__ */ new Date()).toISOString() };
    try {
      if (meta.damaged && !readMeta(dir)) renameSync3(join3(dir, "meta.json"), join3(dir, "meta.json.damaged"));
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
  Journal,
  readJournal,
  readJournalCounted,
  processStart,
  processRunning,
  OWNER_ENV,
  ownerMark,
  LockHeldError,
  workspaceKey,
  acquireLock,
  runsRoot,
  newRunId,
  createRunDir,
  writeFileAtomic,
  writeMeta,
  readRun,
  listRuns,
  continueCommand,
  latestPlanRun,
  RUN_ID_ENV,
  reapDeadRuns
};
