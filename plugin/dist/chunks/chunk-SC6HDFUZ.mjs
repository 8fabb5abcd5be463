import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  StateWriteError,
  byCodePoint
} from "./chunk-AWSBW5W3.mjs";
import {
  statePaths
} from "./chunk-IXTILJUS.mjs";

// src/exec/journal.ts
import { close, closeSync, fstatSync, fsync, fsyncSync, openSync, readFileSync, readSync, writeSync } from "node:fs";
var DURABLE = /* @__PURE__ */ new Set(["run-start", "step-start", "step-end", "run-end"]);
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
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return [];
  }
  const entries = [];
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    try {
      entries.push(JSON.parse(line));
    } catch {
    }
  }
  return entries;
}

// src/exec/lock.ts
import { createHash, randomBytes } from "node:crypto";
import { linkSync, mkdirSync, readFileSync as readFileSync2, realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join, normalize } from "node:path";
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
var DEFAULT_STALE_MS = 6 * 60 * 60 * 1e3;
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
function alive(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
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
    if (holder && holder.host === hostname() && !alive(holder.pid)) moveAsideIf(guard, holder);
    return false;
  }
  try {
    const current = readOwner(path);
    if (!current || current.runId !== judged.runId || current.pid !== judged.pid) return false;
    moveAsideIf(path, current);
    return true;
  } finally {
    rmSync(guard, { force: true });
  }
}
function moveAsideIf(path, judged) {
  const aside = `${path}.stale-${process.pid}-${randomBytes(4).toString("hex")}`;
  try {
    renameSync(path, aside);
  } catch {
    return;
  }
  const moved = readOwner(aside);
  if (moved && moved.runId === judged.runId && moved.pid === judged.pid) rmSync(aside, { force: true });
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
  const owner = { pid: process.pid, host: hostname(), runId, workspace, startedAt: (/* @__PURE__ */ new Date()).toISOString() };
  let recovered;
  for (let attempt = 0; attempt < 3; attempt++) {
    if (linkInPlace(path, owner)) {
      return { path, ...recovered ? { recovered } : {}, release: () => releaseLock(path, runId) };
    }
    const current = readOwner(path);
    if (!current) {
      let age = 0;
      try {
        age = Date.now() - statSync(path).mtimeMs;
      } catch {
        continue;
      }
      const unknown = {
        pid: -1,
        host: "?",
        runId: "unknown (unreadable lock file)",
        workspace,
        startedAt: new Date(Date.now() - age).toISOString()
      };
      if (age <= (options.staleMs ?? DEFAULT_STALE_MS)) throw new LockHeldError(unknown, path);
      rmSync(path, { force: true });
      continue;
    }
    const reason = lockIsStale(current, Date.now(), options.staleMs);
    if (!reason) throw new LockHeldError(current, path);
    if (recoverStale(path, current, owner)) recovered = { owner: current, reason };
  }
  const holder = readOwner(path);
  if (holder) throw new LockHeldError(holder, path);
  throw new Error(`could not take the lock ${path}`);
}
function releaseLock(path, runId) {
  if (readOwner(path)?.runId === runId) rmSync(path, { force: true });
}

// src/exec/run-store.ts
import { randomBytes as randomBytes2 } from "node:crypto";
import { closeSync as closeSync2, fsyncSync as fsyncSync2, mkdirSync as mkdirSync2, openSync as openSync2, readdirSync, readFileSync as readFileSync3, renameSync as renameSync2, rmSync as rmSync2, writeSync as writeSync2 } from "node:fs";
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
    return JSON.parse(readFileSync3(join2(runDir, "meta.json"), "utf8"));
  } catch {
    return void 0;
  }
}
function listRuns(home) {
  let names;
  try {
    names = readdirSync(runsRoot(home));
  } catch {
    return [];
  }
  return names.sort().map((name) => readMeta(join2(runsRoot(home), name))).filter((m) => m !== void 0).sort((a, b) => byCodePoint(a.startedAt, b.startedAt) || byCodePoint(a.runId, b.runId));
}
function latestPlanRun(planId, planPath, home) {
  const runs = listRuns(home);
  const consumed = new Set(
    runs.filter((m) => m.kind === "execute" && m.planRunId && (m.status === "COMPLETE" || m.applied !== void 0)).map((m) => m.planRunId)
  );
  return runs.filter((m) => m.kind === "plan" && m.status === "COMPLETE" && m.planId === planId && m.planPath === planPath && !consumed.has(m.runId)).at(-1);
}

// src/exec/reap.ts
import { readdirSync as readdirSync2, readFileSync as readFileSync4 } from "node:fs";
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
    }
  }
  if (phase && phaseOpen) {
    const running = [...open.values()];
    if (running.length) return `${phase}: during ${running.join(", ")}`;
    return lastEnded ? `${phase}: after ${lastEnded}` : `${phase}: started`;
  }
  return lastDone ? `after ${lastDone}` : "started (no phase yet)";
}
function groupMembers(pgid, runId) {
  let pids;
  try {
    pids = readdirSync2("/proc").filter((n) => /^\d+$/.test(n));
  } catch {
    return void 0;
  }
  const marker = `${RUN_ID_ENV}=${runId}`;
  const found = [];
  for (const pid of pids) {
    try {
      const stat = readFileSync4(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (fields[0] === "Z" || Number(fields[2]) !== pgid) continue;
      if (readFileSync4(`/proc/${pid}/environ`, "utf8").split("\0").includes(marker)) found.push(Number(pid));
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
var groupRunning = (pgid, runId) => {
  const members = groupMembers(pgid, runId);
  return members === void 0 ? exists(-pgid) : members.length > 0;
};
var leaderRunning = (pgid, runId) => {
  const members = groupMembers(pgid, runId);
  return members === void 0 ? exists(pgid) : members.includes(pgid);
};
async function waitUntil(done, ms) {
  const deadline = Date.now() + ms;
  while (!done() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
}
async function endOrphanGroups(runId, pgids, graceMs = 2e4) {
  const ours = pgids.filter((pgid) => groupRunning(pgid, runId));
  const signal = (target, sig) => {
    try {
      process.kill(target, sig);
    } catch {
    }
  };
  for (const pgid of ours) signal(pgid, "SIGINT");
  await waitUntil(() => !ours.some((pgid) => leaderRunning(pgid, runId)), graceMs);
  for (const pgid of ours) signal(-pgid, "SIGTERM");
  await waitUntil(() => !ours.some((pgid) => groupRunning(pgid, runId)), 2e3);
  for (const pgid of ours.filter((pgid2) => groupRunning(pgid2, runId))) signal(-pgid, "SIGKILL");
  await waitUntil(() => !ours.some((pgid) => groupRunning(pgid, runId)), 2e3);
  return ours;
}
function ownerGone(meta, journal) {
  if (meta.status !== "RUNNING") return false;
  if (meta.host && meta.host !== hostname2()) return false;
  const pid = meta.pid ?? (journal ?? []).find((e) => e.type === "run-start")?.["pid"];
  return typeof pid === "number" && !alive(pid);
}
async function reapDeadRuns(home) {
  const marked = [];
  for (const meta of listRuns(home)) {
    if (meta.status !== "RUNNING") continue;
    const dir = join3(runsRoot(home), meta.runId);
    const journal = readJournal(join3(dir, "journal.jsonl"));
    if (!ownerGone(meta, journal)) continue;
    const ended = new Set(journal.filter((e) => e.type === "step-end").map((e) => e.seq));
    const pgids = journal.flatMap((e) => e.type === "child" && !ended.has(e.seq) ? [e.pgid] : []);
    const killed = await endOrphanGroups(meta.runId, pgids);
    const reached = reachedStep(journal);
    new Journal(join3(dir, "journal.jsonl")).tryAppend({ type: "interrupted", reached, by: process.pid, killed });
    const updated = { ...meta, status: "INTERRUPTED", reached, interrupted: true, finishedAt: (/* @__PURE__ */ new Date()).toISOString() };
    try {
      writeMeta(dir, updated);
    } catch {
    }
    if (meta.lockPath) releaseLock(meta.lockPath, meta.runId);
    marked.push(updated);
  }
  return marked;
}

export {
  Journal,
  readJournal,
  LockHeldError,
  workspaceKey,
  acquireLock,
  runsRoot,
  newRunId,
  createRunDir,
  writeFileAtomic,
  writeMeta,
  readMeta,
  listRuns,
  latestPlanRun,
  RUN_ID_ENV,
  reapDeadRuns
};
