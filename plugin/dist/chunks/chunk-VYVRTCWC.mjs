import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  metaFromJournal,
  runsRoot,
  writeMeta
} from "./chunk-EZGD5OAD.mjs";

// src/store/team-journal.ts
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { isAbsolute, join, relative } from "node:path";
function metaOf(runId, lines) {
  const { damaged: _d, ...meta } = metaFromJournal(runId, lines);
  return meta;
}
async function teamRuns(store) {
  const rows = await store.runs();
  return rows.map((r) => ({ ...metaOf(r.runId, r.lines), workspace: r.workspace, roles: r.roles })).sort((a, b) => a.startedAt < b.startedAt ? -1 : a.startedAt > b.startedAt ? 1 : a.runId < b.runId ? -1 : 1);
}
async function teamRun(store, runId) {
  const rows = await store.journal(runId);
  if (!rows.length) return void 0;
  const journal = rows.map((r) => r.line);
  const roles = [...new Set(rows.map((r) => r.writtenBy))];
  const meta = { ...metaOf(runId, journal), workspace: "", roles };
  return { meta, journal, breaks: await store.journalBreaks(runId) };
}
function repoTop(cwd) {
  return execFileSync("git", ["rev-parse", "--show-toplevel"], { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
}
async function fetchRun(store, runId, home, cwd) {
  if (!/^[\w-][\w.-]*$/.test(runId)) return false;
  const dir = join(runsRoot(home), runId);
  if (existsSync(join(dir, "journal.jsonl"))) return true;
  const found = await teamRun(store, runId);
  if (!found) return false;
  const { workspace: _w, roles: _r, ...meta } = found.meta;
  let top;
  try {
    top = repoTop(cwd);
  } catch {
  }
  const elsewhere = { ...meta, host: meta.host ?? `another machine (team store, ${found.meta.roles.join(", ")})` };
  const moved = top && meta.repoRoot && meta.planPath && isAbsolute(meta.planPath) ? { ...elsewhere, planPath: join(top, relative(meta.repoRoot, meta.planPath)), repoRoot: top } : elsewhere;
  mkdirSync(join(dir, "logs"), { recursive: true, mode: 448 });
  writeFileSync(join(dir, "journal.jsonl"), found.journal.map((e) => `${JSON.stringify(e)}
`).join(""), { mode: 384 });
  writeMeta(dir, moved);
  return true;
}

export {
  teamRuns,
  teamRun,
  fetchRun
};
