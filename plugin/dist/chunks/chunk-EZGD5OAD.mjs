import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  RunError,
  StateWriteError,
  byCodePoint
} from "./chunk-JERPX7J5.mjs";
import {
  statePaths
} from "./chunk-VL7M2WAP.mjs";

// src/exec/journal/journal.ts
import { close, closeSync, fstatSync, fsync, fsyncSync, openSync, readFileSync, readSync, writeSync } from "node:fs";
var DURABLE = /* @__PURE__ */ new Set(["run-start", "step-start", "step-end", "run-end", "resume"]);
var mirror;
function mirrorJournals(to) {
  mirror = to;
}
var journalConfirmed = () => mirror ? mirror.confirmed() : Promise.resolve();
async function journalStored() {
  try {
    await journalConfirmed();
  } catch (error) {
    throw new RunError(error.message, "StateConflict", {
      advice: "Bring the team store back, then resume the run (execguard resume RUN): it sends the lines the store missed"
    });
  }
}
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
      const line = JSON.stringify({ ts: (/* @__PURE__ */ new Date()).toISOString(), ...entry });
      writeSync(fd, `${torn ? "\n" : ""}${line}
`);
      mirror?.line(this.path, line, size === 0);
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

// src/exec/journal/run-store.ts
import { randomBytes } from "node:crypto";
import { closeSync as closeSync2, fsyncSync as fsyncSync2, mkdirSync, openSync as openSync2, readdirSync, readFileSync as readFileSync2, renameSync, rmSync, writeSync as writeSync2 } from "node:fs";
import { join } from "node:path";
var runsRoot = (home) => statePaths(home).runs;
function newRunId(kind, now = /* @__PURE__ */ new Date()) {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
  return `${stamp}-${kind}-${randomBytes(3).toString("hex")}`;
}
function createRunDir(runId, home) {
  const dir = join(runsRoot(home), runId);
  try {
    mkdirSync(join(dir, "logs"), { recursive: true, mode: 448 });
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
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw new StateWriteError(path, error);
  }
}
var writeMeta = (runDir, meta) => writeFileAtomic(join(runDir, "meta.json"), `${JSON.stringify(meta, null, 2)}
`);
function readMeta(runDir) {
  try {
    const meta = JSON.parse(readFileSync2(join(runDir, "meta.json"), "utf8"));
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
  return metaFromJournal(runId, readJournal(join(runDir, "journal.jsonl")));
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
  return names.sort().map((name) => readRun(join(runsRoot(home), name), name)).filter((m) => m !== void 0).sort((a, b) => byCodePoint(a.startedAt, b.startedAt) || byCodePoint(a.runId, b.runId));
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

export {
  mirrorJournals,
  journalConfirmed,
  journalStored,
  Journal,
  readJournal,
  readJournalCounted,
  runsRoot,
  newRunId,
  createRunDir,
  writeFileAtomic,
  writeMeta,
  readMeta,
  readRun,
  metaFromJournal,
  listRuns,
  continueCommand,
  latestPlanRun
};
