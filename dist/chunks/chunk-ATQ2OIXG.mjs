import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  statePaths
} from "./chunk-JYZVYPDW.mjs";

// src/exec/journal.ts
import { close, closeSync, fstatSync, fsync, fsyncSync, openSync, readFileSync, readSync, writeSync } from "node:fs";
var DURABLE = /* @__PURE__ */ new Set(["run-start", "step-start", "step-end", "run-end"]);
var Journal = class {
  constructor(path) {
    this.path = path;
  }
  path;
  append(entry) {
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
      } else if (DURABLE.has(entry.type)) fsyncSync(fd);
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

// src/exec/run-store.ts
import { randomBytes } from "node:crypto";
import { closeSync as closeSync2, fsyncSync as fsyncSync2, mkdirSync, openSync as openSync2, readdirSync, readFileSync as readFileSync2, renameSync, writeSync as writeSync2 } from "node:fs";
import { join } from "node:path";
var runsRoot = (home) => statePaths(home).runs;
function newRunId(kind, now = /* @__PURE__ */ new Date()) {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
  return `${stamp}-${kind}-${randomBytes(3).toString("hex")}`;
}
function createRunDir(runId, home) {
  const dir = join(runsRoot(home), runId);
  mkdirSync(join(dir, "logs"), { recursive: true, mode: 448 });
  return dir;
}
function writeFileAtomic(path, text) {
  const tmp = `${path}.${process.pid}.tmp`;
  const fd = openSync2(tmp, "w", 384);
  try {
    writeSync2(fd, text);
    fsyncSync2(fd);
  } finally {
    closeSync2(fd);
  }
  renameSync(tmp, path);
}
var writeMeta = (runDir, meta) => writeFileAtomic(join(runDir, "meta.json"), `${JSON.stringify(meta, null, 2)}
`);
function readMeta(runDir) {
  try {
    return JSON.parse(readFileSync2(join(runDir, "meta.json"), "utf8"));
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
  return names.sort().map((name) => readMeta(join(runsRoot(home), name))).filter((m) => m !== void 0).sort((a, b) => a.startedAt.localeCompare(b.startedAt) || a.runId.localeCompare(b.runId));
}
function latestPlanRun(planId, planPath, home) {
  const runs = listRuns(home);
  const consumed = new Set(runs.filter((m) => m.kind === "execute" && m.planRunId && (m.status === "COMPLETE" || m.applied !== void 0)).map((m) => m.planRunId));
  return runs.filter((m) => m.kind === "plan" && m.status === "COMPLETE" && m.planId === planId && m.planPath === planPath && !consumed.has(m.runId)).at(-1);
}

export {
  Journal,
  readJournal,
  runsRoot,
  newRunId,
  createRunDir,
  writeFileAtomic,
  writeMeta,
  readMeta,
  listRuns,
  latestPlanRun
};
