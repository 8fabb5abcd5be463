// The team journal read back: every machine's runs as `execguard runs` shows them (meta rebuilt
// from the journal lines the store holds, as run-store.ts rebuilds a damaged meta), and a run of
// another machine copied into this machine's state folder, so that `rollback RUN` works here: its
// journal line for line, its meta rebuilt, its plan path and repository moved to this clone.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import type { StampedEntry } from '../exec/journal/journal.js';
import { metaFromJournal, runsRoot, writeMeta, type RunMeta } from '../exec/journal/run-store.js';
import type { PostgresStore } from './postgres.js';

export type TeamRun = RunMeta & { workspace: string; roles: string[] };

/** A run's meta from its journal lines (the store's copy is whole: nothing is marked damaged). */
function metaOf(runId: string, lines: unknown[]): RunMeta {
  const { damaged: _d, ...meta } = metaFromJournal(runId, lines as StampedEntry[]);
  return meta;
}

/** Every run in the team store, oldest first. */
export async function teamRuns(store: PostgresStore): Promise<TeamRun[]> {
  const rows = await store.runs();
  return rows
    .map((r) => ({ ...metaOf(r.runId, r.lines), workspace: r.workspace, roles: r.roles }))
    .sort((a, b) => (a.startedAt < b.startedAt ? -1 : a.startedAt > b.startedAt ? 1 : a.runId < b.runId ? -1 : 1));
}

/** One run from the store: its meta and every journal line, or undefined when the store has none. */
export async function teamRun(
  store: PostgresStore,
  runId: string,
): Promise<{ meta: TeamRun; journal: StampedEntry[]; breaks: number[] } | undefined> {
  const rows = await store.journal(runId);
  if (!rows.length) return undefined;
  const journal = rows.map((r) => r.line as StampedEntry);
  const roles = [...new Set(rows.map((r) => r.writtenBy))];
  const meta = { ...metaOf(runId, journal), workspace: '', roles };
  return { meta, journal, breaks: await store.journalBreaks(runId) };
}

/** The top of the git work tree around `cwd` (this machine's clone). */
function repoTop(cwd: string): string {
  return execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
}

/**
 * Copies a run another machine made into this state folder (when it is not here already), with
 * its plan path and repository moved to the clone around `cwd`. Returns false when the store has
 * no such run either.
 */
export async function fetchRun(store: PostgresStore, runId: string, home: string, cwd: string): Promise<boolean> {
  // A run id is one folder name: never `..`, a path or empty.
  if (!/^[\w-][\w.-]*$/.test(runId)) return false;
  const dir = join(runsRoot(home), runId);
  if (existsSync(join(dir, 'journal.jsonl'))) return true;
  const found = await teamRun(store, runId);
  if (!found) return false;
  const { workspace: _w, roles: _r, ...meta } = found.meta;
  let top: string | undefined;
  try {
    top = repoTop(cwd);
  } catch {
    /* not in a clone: the paths stay as the other machine had them */
  }
  // Another machine's run: never judged by this machine's processes (reap.ts leaves other hosts' runs alone).
  const elsewhere: RunMeta = { ...meta, host: meta.host ?? `another machine (team store, ${found.meta.roles.join(', ')})` };
  const moved: RunMeta =
    top && meta.repoRoot && meta.planPath && isAbsolute(meta.planPath)
      ? { ...elsewhere, planPath: join(top, relative(meta.repoRoot, meta.planPath)), repoRoot: top }
      : elsewhere;
  mkdirSync(join(dir, 'logs'), { recursive: true, mode: 0o700 });
  writeFileSync(join(dir, 'journal.jsonl'), found.journal.map((e) => `${JSON.stringify(e)}\n`).join(''), { mode: 0o600 });
  writeMeta(dir, moved);
  return true;
}
