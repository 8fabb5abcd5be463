import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  statePaths
} from "./chunk-VL7M2WAP.mjs";
import "./chunk-GLDXOGL5.mjs";

// src/store/decisions.ts
import { randomUUID } from "node:crypto";
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createHash } from "node:crypto";
var spoolFiles = (home) => {
  const file = statePaths(home).decisions;
  return [`${file}.3`, `${file}.2`, `${file}.1`, file];
};
var cursorPath = (home) => join(home, "decisions.sent.json");
function readCursor(home) {
  try {
    const c = JSON.parse(readFileSync(cursorPath(home), "utf8"));
    if (typeof c.source === "string" && c.sent && typeof c.sent === "object") return c;
  } catch {
  }
  return { source: randomUUID(), sent: {} };
}
function writeCursor(home, cursor) {
  const tmp = `${cursorPath(home)}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(cursor), { mode: 384 });
  renameSync(tmp, cursorPath(home));
}
function linesOf(text, from) {
  const firstEnd = text.indexOf(10);
  if (firstEnd < 0) return void 0;
  const fileId = createHash("sha256").update(text.subarray(0, firstEnd)).digest("hex").slice(0, 32);
  const lines = [];
  let at = from;
  for (; ; ) {
    const end = text.indexOf(10, at);
    if (end < 0) break;
    const line = text.subarray(at, end).toString("utf8");
    try {
      if (line.trim()) {
        JSON.parse(line);
        lines.push({ fileId, offset: at, line });
      }
    } catch {
    }
    at = end + 1;
  }
  return { fileId, lines, end: at };
}
function* unsentLines(home, cursor) {
  for (const file of spoolFiles(home)) {
    let text;
    try {
      text = readFileSync(file);
    } catch {
      continue;
    }
    const got = linesOf(text, 0);
    if (!got) continue;
    const from = cursor.sent[got.fileId] ?? 0;
    yield from > 0 ? linesOf(text, from) ?? got : got;
  }
}
function hasUnsentDecisions(home) {
  for (const { lines } of unsentLines(home, readCursor(home))) if (lines.length > 0) return true;
  return false;
}
async function syncDecisions(store, home) {
  const cursor = readCursor(home);
  const seen = {};
  let sent = 0;
  let known = 0;
  for (const { fileId, lines, end } of unsentLines(home, cursor)) {
    for (let i = 0; i < lines.length; i += 500) {
      const batch = lines.slice(i, i + 500).map((l) => ({ source: cursor.source, file_id: l.fileId, file_offset: l.offset, line: l.line }));
      const rows = await store.sql`
        INSERT INTO execguard_decisions ${store.sql(batch, "source", "file_id", "file_offset", "line")}
        ON CONFLICT (source, file_id, file_offset) DO NOTHING RETURNING id`;
      sent += rows.length;
      known += batch.length - rows.length;
    }
    seen[fileId] = end;
    writeCursor(home, { source: cursor.source, sent: { ...cursor.sent, ...seen } });
  }
  writeCursor(home, { source: cursor.source, sent: seen });
  return { sent, known };
}
async function storedDecisions(store, options = {}) {
  const { sql } = store;
  const rows = await sql`
    SELECT * FROM (
      SELECT id, line, source, by_role, at FROM execguard_decisions
      WHERE ${options.session === void 0 ? sql`true` : sql`line::jsonb->>'session' = ${options.session}`}
      ORDER BY id DESC ${options.limit ? sql`LIMIT ${options.limit}` : sql``}) newest
    ORDER BY id`;
  return rows.map((r) => ({
    entry: JSON.parse(r.line),
    source: r.source,
    byRole: r.by_role,
    at: new Date(r.at).toISOString()
  }));
}
async function sendDecisionsQuietly(url, env, home) {
  if (!hasUnsentDecisions(home)) return;
  const { PostgresStore } = await import("./postgres-4U7OGXHX.mjs");
  let store;
  try {
    store = await PostgresStore.connect(url, env);
    await store.requireSchema();
    await syncDecisions(store, home);
  } catch {
  } finally {
    await store?.close().catch(() => {
    });
  }
}
export {
  sendDecisionsQuietly,
  storedDecisions,
  syncDecisions
};
