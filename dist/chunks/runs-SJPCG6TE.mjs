import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  durationMs
} from "./chunk-TTG5TI65.mjs";
import {
  continueCommand,
  listRuns,
  processRunning,
  readJournalCounted,
  readRun,
  reapDeadRuns,
  runsRoot
} from "./chunk-AJFM34H3.mjs";
import "./chunk-AWSBW5W3.mjs";
import "./chunk-DCM7PZVW.mjs";
import {
  UsageError,
  parseArgs
} from "./chunk-6DUTV3N7.mjs";
import "./chunk-PMFGONYC.mjs";
import {
  stateHome,
  statePaths
} from "./chunk-VL7M2WAP.mjs";
import "./chunk-GLDXOGL5.mjs";

// src/cli/commands/runs.ts
import { join as join2 } from "node:path";

// src/exec/retention.ts
import { readdirSync, rmdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
var DEFAULT_RUN_RETENTION_MS = 30 * 24 * 60 * 60 * 1e3;
var parseAge = (text) => durationMs(text, ["d", "h", "m", "s"]);
function pruneRuns(home, olderThanMs = DEFAULT_RUN_RETENTION_MS, now = Date.now()) {
  const removed = [];
  for (const meta of listRuns(home)) {
    if (meta.status === "RUNNING") continue;
    const ended = Date.parse(meta.finishedAt ?? meta.startedAt);
    if (!(now - ended > olderThanMs)) continue;
    rmSync(join(runsRoot(home), meta.runId), { recursive: true, force: true });
    removed.push(meta.runId);
  }
  return removed;
}
function sweepState(home) {
  const paths = statePaths(home);
  const removed = [];
  const entries = (dir) => {
    try {
      return readdirSync(dir);
    } catch {
      return [];
    }
  };
  for (const name of entries(paths.locks)) {
    if (!/\.stale-|\.tmp$/.test(name)) continue;
    const pid = name.match(/\.lock\.(?:stale-)?(\d+)[.-]/)?.[1];
    if (pid ? !processRunning(Number(pid)) : olderThan(join(paths.locks, name), 6e4)) {
      rmSync(join(paths.locks, name), { force: true });
      removed.push(join(paths.locks, name));
    }
  }
  const hookd = join(home, "hookd");
  for (const name of entries(hookd)) {
    if (name.endsWith(".starting") && olderThan(join(hookd, name), 6e4)) {
      rmSync(join(hookd, name), { force: true });
      removed.push(join(hookd, name));
    }
  }
  for (const name of entries(paths.grants)) {
    const dir = join(paths.grants, name);
    if (entries(dir).length === 0) {
      try {
        rmdirSync(dir);
        removed.push(dir);
      } catch {
      }
    }
  }
  return removed;
}
function olderThan(path, ms) {
  try {
    return Date.now() - statSync(path).mtimeMs > ms;
  } catch {
    return false;
  }
}

// src/cli/commands/runs.ts
var USAGE = "usage: execguard runs [RUN_ID] [--json] [--prune [--older-than AGE]]";
var next = (m) => continueCommand(m.kind, m.runId, m);
function noteOf(m) {
  const notes = [];
  if (m.status === "INTERRUPTED") notes.push(`at ${m.reached}; ${next(m)}`);
  else if (m.status === "BLOCKED" && m.interrupted) notes.push(next(m));
  if (m.damaged) notes.push(`DAMAGED: ${m.damaged}`);
  return notes.length ? ` (${notes.join("; ")})` : "";
}
async function run(argv, io) {
  const { flags, positionals } = parseArgs(argv, { valued: ["older-than"], boolean: ["json", "prune"] });
  if (flags.help) {
    io.stdout(`${USAGE}

--prune removes finished runs older than AGE (default 30d; e.g. 12h, 7d).
`);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError(USAGE);
  const home = stateHome(io.env);
  const root = runsRoot(home);
  await reapDeadRuns(home);
  sweepState(home);
  if (flags.prune) {
    if (positionals.length) throw new UsageError(USAGE);
    const text = typeof flags["older-than"] === "string" ? flags["older-than"] : void 0;
    const age = text === void 0 ? DEFAULT_RUN_RETENTION_MS : parseAge(text);
    if (age === void 0) throw new UsageError(`--older-than: expected an age such as 30d, 12h or 90m, got '${text}'`);
    const removed = pruneRuns(home, age);
    if (flags.json) io.stdout(`${JSON.stringify({ removed }, null, 2)}
`);
    else io.stdout(`removed ${removed.length} run(s) finished more than ${text ?? "30d"} ago from ${root}
`);
    return 0;
  }
  if (flags["older-than"] !== void 0) throw new UsageError("--older-than goes with --prune");
  if (positionals.length === 0) {
    const runs = listRuns(home);
    if (flags.json)
      io.stdout(
        `${JSON.stringify(
          runs.map(({ summary: _s, approved: _a, ...m }) => m),
          null,
          2
        )}
`
      );
    else if (runs.length === 0) io.stdout(`no runs in ${root}
`);
    else {
      io.stdout(`${"RUN".padEnd(40)} ${"KIND".padEnd(8)} ${"STATUS".padEnd(11)} PLAN
`);
      for (const m of runs) io.stdout(`${m.runId.padEnd(40)} ${m.kind.padEnd(8)} ${m.status.padEnd(11)} ${m.planId}${noteOf(m)}
`);
    }
    return 0;
  }
  const id = positionals[0];
  const meta = readRun(join2(root, id), id);
  if (!meta) throw new UsageError(`no run ${id} in ${root}`);
  const { entries: journal, torn } = readJournalCounted(join2(root, id, "journal.jsonl"));
  const steps = journal.flatMap(
    (e) => e.type === "step-start" ? [
      {
        seq: e.seq,
        step: e.step,
        command: e.command,
        started: e.ts,
        ...(() => {
          const end = journal.find((x) => x.type === "step-end" && x.seq === e.seq);
          return end && end.type === "step-end" ? {
            exitCode: end.exitCode,
            durationMs: end.durationMs,
            ...end.refused ? { refused: end.refused } : {},
            ...end.log ? { log: end.log } : {}
          } : { unfinished: true };
        })()
      }
    ] : []
  );
  if (flags.json) {
    io.stdout(`${JSON.stringify({ ...meta, runDir: join2(root, id), steps, journal, tornLines: torn }, null, 2)}
`);
    return 0;
  }
  const lines = [
    `run ${meta.runId} (${meta.kind}) ${meta.status}${meta.status === "INTERRUPTED" ? ` at ${meta.reached}: continue it with ${next(meta)}` : ""}`,
    ...meta.damaged ? [`DAMAGED: ${meta.damaged}`] : [],
    ...torn ? [`journal: ${torn} torn line(s) skipped`] : [],
    `plan ${meta.planId}: ${meta.planPath}`,
    `started ${meta.startedAt}${meta.finishedAt ? `, finished ${meta.finishedAt}` : ""}`,
    ...meta.commit ? [`commit ${meta.commit}`] : [],
    ...meta.applied ? [`applied: ${meta.applied.join(", ") || "nothing"}`] : [],
    `folder ${join2(root, id)}`,
    "",
    ...journal.filter((e) => e.type === "phase" && e.status !== "start").map((e) => e.type === "phase" ? `[${e.phase}] ${e.status}${e.detail ? `: ${e.detail}` : ""}` : ""),
    "",
    ...steps.map(
      (s) => `${String(s.seq).padStart(3)} ${"unfinished" in s ? "UNFINISHED" : s.refused ? "REFUSED" : `exit ${s.exitCode}`.padEnd(8)} ${s.step}: ${s.command}`
    )
  ];
  io.stdout(`${lines.join("\n")}
`);
  return 0;
}
export {
  run
};
