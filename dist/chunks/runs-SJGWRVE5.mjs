import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  listRuns,
  readJournal,
  readMeta,
  runsRoot
} from "./chunk-ATQ2OIXG.mjs";
import {
  UsageError,
  parseArgs
} from "./chunk-6DUTV3N7.mjs";
import {
  stateHome
} from "./chunk-JYZVYPDW.mjs";
import "./chunk-UOJPWSGW.mjs";

// src/cli/commands/runs.ts
import { join } from "node:path";
async function run(argv, io) {
  const { flags, positionals } = parseArgs(argv, { boolean: ["json"] });
  if (flags.help) {
    io.stdout("usage: execguard runs [RUN_ID] [--json]\n");
    return 0;
  }
  if (positionals.length > 1) throw new UsageError("usage: execguard runs [RUN_ID] [--json]");
  const home = stateHome(io.env);
  const root = runsRoot(home);
  if (positionals.length === 0) {
    const runs = listRuns(home);
    if (flags.json) io.stdout(`${JSON.stringify(runs.map(({ summary: _s, ...m }) => m), null, 2)}
`);
    else if (runs.length === 0) io.stdout(`no runs in ${root}
`);
    else {
      io.stdout(`${"RUN".padEnd(40)} ${"KIND".padEnd(8)} ${"STATUS".padEnd(9)} PLAN
`);
      for (const m of runs) io.stdout(`${m.runId.padEnd(40)} ${m.kind.padEnd(8)} ${m.status.padEnd(9)} ${m.planId}
`);
    }
    return 0;
  }
  const id = positionals[0];
  const meta = readMeta(join(root, id));
  if (!meta) throw new UsageError(`no run ${id} in ${root}`);
  const journal = readJournal(join(root, id, "journal.jsonl"));
  const steps = journal.flatMap((e) => e.type === "step-start" ? [{ seq: e.seq, step: e.step, command: e.command, started: e.ts, ...(() => {
    const end = journal.find((x) => x.type === "step-end" && x.seq === e.seq);
    return end && end.type === "step-end" ? { exitCode: end.exitCode, durationMs: end.durationMs, ...end.refused ? { refused: end.refused } : {}, ...end.log ? { log: end.log } : {} } : { unfinished: true };
  })() }] : []);
  if (flags.json) {
    io.stdout(`${JSON.stringify({ ...meta, runDir: join(root, id), steps, journal }, null, 2)}
`);
    return 0;
  }
  const lines = [
    `run ${meta.runId} (${meta.kind}) ${meta.status}`,
    `plan ${meta.planId}: ${meta.planPath}`,
    `started ${meta.startedAt}${meta.finishedAt ? `, finished ${meta.finishedAt}` : ""}`,
    ...meta.commit ? [`commit ${meta.commit}`] : [],
    ...meta.applied ? [`applied: ${meta.applied.join(", ") || "nothing"}`] : [],
    `folder ${join(root, id)}`,
    "",
    ...journal.filter((e) => e.type === "phase" && e.status !== "start").map((e) => e.type === "phase" ? `[${e.phase}] ${e.status}${e.detail ? `: ${e.detail}` : ""}` : ""),
    "",
    ...steps.map((s) => `${String(s.seq).padStart(3)} ${"unfinished" in s ? "UNFINISHED" : s.refused ? "REFUSED" : `exit ${s.exitCode}`.padEnd(8)} ${s.step}: ${s.command}`)
  ];
  io.stdout(`${lines.join("\n")}
`);
  return 0;
}
export {
  run
};
