// The hooks' decision log in the team store. The hooks never connect to a database (they answer
// before every tool call, and must answer when the database is down): they keep writing
// decisions.jsonl in the state folder, which is the spool. A command that has the store sends
// what is not there yet. Each line is keyed by where it sits: this state folder's id, the file it
// was written to (the hash of that file's first line, which rotation keeps) and its byte offset, so
// a line sent twice (a crash between the insert and the cursor) is stored once, and none is lost
// while the store is away, as long as the spool has not rotated past it (20 MB: docs/team.md).
import { randomUUID } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { statePaths } from '../state/home.js';
import type { PostgresStore } from './postgres.js';

/** What this state folder has sent: its id in the store and, per spool file, how far. */
interface Cursor {
  source: string;
  sent: Record<string, number>;
}

/** Oldest first: the rotated files (docs/retention.md), then the one the hooks write. */
const spoolFiles = (home: string) => {
  const file = statePaths(home).decisions;
  return [`${file}.3`, `${file}.2`, `${file}.1`, file];
};

const cursorPath = (home: string) => join(home, 'decisions.sent.json');

function readCursor(home: string): Cursor {
  try {
    const c = JSON.parse(readFileSync(cursorPath(home), 'utf8')) as Cursor;
    if (typeof c.source === 'string' && c.sent && typeof c.sent === 'object') return c;
  } catch {
    // First sync from this folder (or an unreadable cursor: resending is harmless, the key dedupes).
  }
  return { source: randomUUID(), sent: {} };
}

function writeCursor(home: string, cursor: Cursor): void {
  const tmp = `${cursorPath(home)}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(cursor), { mode: 0o600 });
  renameSync(tmp, cursorPath(home));
}

interface SpoolLine {
  fileId: string;
  offset: number;
  line: string;
}

/** The complete, readable lines of one spool file from `from` on; a torn line (not JSON) is skipped. */
function linesOf(text: Buffer, from: number): { fileId: string; lines: SpoolLine[]; end: number } | undefined {
  const firstEnd = text.indexOf(0x0a);
  if (firstEnd < 0) return undefined; // not even one whole line yet
  const fileId = createHash('sha256').update(text.subarray(0, firstEnd)).digest('hex').slice(0, 32);
  const lines: SpoolLine[] = [];
  let at = from;
  for (;;) {
    const end = text.indexOf(0x0a, at);
    if (end < 0) break; // a line still being written: next time
    const line = text.subarray(at, end).toString('utf8');
    try {
      if (line.trim()) {
        JSON.parse(line);
        lines.push({ fileId, offset: at, line });
      }
    } catch {
      // torn by a killed writer: `execguard log` skips it too
    }
    at = end + 1;
  }
  return { fileId, lines, end: at };
}

export interface SyncResult {
  sent: number;
  /** Lines already in the store (sent before a crash lost the cursor). */
  known: number;
}

/** Each spool file's lines past the cursor (a file without one whole line is skipped), read one file at a time. */
function* unsentLines(home: string, cursor: Cursor): Generator<{ fileId: string; lines: SpoolLine[]; end: number }> {
  for (const file of spoolFiles(home)) {
    let text: Buffer;
    try {
      text = readFileSync(file);
    } catch {
      continue;
    }
    const got = linesOf(text, 0);
    if (!got) continue;
    const from = cursor.sent[got.fileId] ?? 0;
    yield from > 0 ? (linesOf(text, from) ?? got) : got;
  }
}

/** Whether the spool holds a line the cursor has not passed: with none, a command need not connect. */
function hasUnsentDecisions(home: string): boolean {
  for (const { lines } of unsentLines(home, readCursor(home))) if (lines.length > 0) return true;
  return false;
}

/** Sends the spool's unsent decisions; throws when the store cannot take them (they stay in the spool). */
export async function syncDecisions(store: PostgresStore, home: string): Promise<SyncResult> {
  const cursor = readCursor(home);
  const seen: Record<string, number> = {};
  let sent = 0;
  let known = 0;
  for (const { fileId, lines, end } of unsentLines(home, cursor)) {
    for (let i = 0; i < lines.length; i += 500) {
      const batch = lines.slice(i, i + 500).map((l) => ({ source: cursor.source, file_id: l.fileId, file_offset: l.offset, line: l.line }));
      const rows = await store.sql`
        INSERT INTO execguard_decisions ${store.sql(batch, 'source', 'file_id', 'file_offset', 'line')}
        ON CONFLICT (source, file_id, file_offset) DO NOTHING RETURNING id`;
      sent += rows.length;
      known += batch.length - rows.length;
    }
    seen[fileId] = end;
    writeCursor(home, { source: cursor.source, sent: { ...cursor.sent, ...seen } });
  }
  // Files rotated away are forgotten; the ones still here keep their place.
  writeCursor(home, { source: cursor.source, sent: seen });
  return { sent, known };
}

/** A decision as the team store holds it: the hook's entry, with where and by whom it was sent. */
export interface StoredDecision {
  entry: Record<string, unknown>;
  source: string;
  byRole: string;
  at: string;
}

export async function storedDecisions(store: PostgresStore, options: { session?: string; limit?: number } = {}): Promise<StoredDecision[]> {
  const { sql } = store;
  const rows = await sql`
    SELECT * FROM (
      SELECT id, line, source, by_role, at FROM execguard_decisions
      WHERE ${options.session === undefined ? sql`true` : sql`line::jsonb->>'session' = ${options.session}`}
      ORDER BY id DESC ${options.limit ? sql`LIMIT ${options.limit}` : sql``}) newest
    ORDER BY id`;
  return rows.map((r) => ({
    entry: JSON.parse(r.line) as Record<string, unknown>,
    source: r.source,
    byRole: r.by_role,
    at: new Date(r.at).toISOString(),
  }));
}

/** After a command that used the store: send what the spool holds; when the store is away it stays there. */
export async function sendDecisionsQuietly(url: string, env: NodeJS.ProcessEnv, home: string): Promise<void> {
  // Nothing new: no connection (each one is a server process the database starts).
  if (!hasUnsentDecisions(home)) return;
  const { PostgresStore } = await import('./postgres.js');
  let store: PostgresStore | undefined;
  try {
    store = await PostgresStore.connect(url, env);
    await store.requireSchema();
    await syncDecisions(store, home);
  } catch {
    // kept in the spool for the next command (or `execguard store sync`)
  } finally {
    await store?.close().catch(() => {});
  }
}
