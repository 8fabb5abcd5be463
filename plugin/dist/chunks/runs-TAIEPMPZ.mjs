import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  processRunning,
  reapDeadRuns
} from "./chunk-YAXJHWUH.mjs";
import {
  commandStore
} from "./chunk-4RWMBI7Y.mjs";
import {
  durationMs
} from "./chunk-FB5K3V3X.mjs";
import "./chunk-K3VR3IEB.mjs";
import {
  continueCommand,
  listRuns,
  readJournalCounted,
  readRun,
  runsRoot
} from "./chunk-EZGD5OAD.mjs";
import "./chunk-JERPX7J5.mjs";
import "./chunk-DCM7PZVW.mjs";
import {
  sweepExecutorCalls
} from "./chunk-Q62ZRKFZ.mjs";
import "./chunk-SHPKBHHF.mjs";
import "./chunk-S3TMDBQ5.mjs";
import {
  UsageError,
  parseArgs
} from "./chunk-2AH2R7BX.mjs";
import {
  stateHome,
  statePaths
} from "./chunk-VL7M2WAP.mjs";
import "./chunk-4YJ4M3UI.mjs";
import "./chunk-H5RYQ4RP.mjs";
import "./chunk-GLDXOGL5.mjs";

// src/cli/commands/runs.ts
import { join as join2 } from "node:path";

// src/exec/journal/retention.ts
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
  removed.push(...sweepExecutorCalls(home));
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
  const url = (await commandStore(io))?.url;
  if (positionals.length === 0) {
    const local = listRuns(home);
    const runs = url ? await withTeamRuns(url, io, local) : local;
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
      for (const m of runs)
        io.stdout(
          `${m.runId.padEnd(40)} ${m.kind.padEnd(8)} ${m.status.padEnd(11)} ${m.planId}${m.roles ? ` (by ${m.roles.join(", ")})` : ""}${noteOf(m)}
`
        );
    }
    return 0;
  }
  const id = positionals[0];
  let meta = readRun(join2(root, id), id);
  let { entries: journal, torn } = readJournalCounted(join2(root, id, "journal.jsonl"));
  let from = `folder ${join2(root, id)}`;
  if (!meta && url) {
    const { openStore } = await import("./team-run-YGBSKNZT.mjs");
    const { teamRun } = await import("./team-journal-J6ZFPVIV.mjs");
    const store = await openStore(url, io.env);
    try {
      const found = await teamRun(store, id);
      if (found) {
        ({ meta, journal } = found);
        torn = 0;
        from = `team store (written by ${found.meta.roles.join(", ")}; hash chain ${found.breaks.length ? `BROKEN at rows ${found.breaks.join(", ")}` : "intact"})`;
      }
    } finally {
      await store.close().catch(() => {
      });
    }
  }
  if (!meta) throw new UsageError(`no run ${id} in ${root}${url ? " or the team store" : ""}`);
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
    io.stdout(`${JSON.stringify({ ...meta, runDir: join2(root, id), from, steps, journal, tornLines: torn }, null, 2)}
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
    from,
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
async function withTeamRuns(url, io, local) {
  let team;
  try {
    const { openStore } = await import("./team-run-YGBSKNZT.mjs");
    const { teamRuns } = await import("./team-journal-J6ZFPVIV.mjs");
    const store = await openStore(url, io.env);
    try {
      team = await teamRuns(store);
    } finally {
      await store.close().catch(() => {
      });
    }
  } catch (error) {
    io.stderr(`execguard runs: the team store cannot be read (${error.message}): this machine's runs only
`);
    return local;
  }
  const byId = new Map(team.map((t) => [t.runId, t]));
  const merged = local.map((m) => {
    const t = byId.get(m.runId);
    byId.delete(m.runId);
    return t ? { ...m, workspace: t.workspace, roles: t.roles } : m;
  });
  return [...merged, ...byId.values()].sort(
    (a, b) => a.startedAt < b.startedAt ? -1 : a.startedAt > b.startedAt ? 1 : a.runId < b.runId ? -1 : 1
  );
}
export {
  run
};
