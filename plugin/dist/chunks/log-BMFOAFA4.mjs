import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  commandStore
} from "./chunk-4RWMBI7Y.mjs";
import "./chunk-K3VR3IEB.mjs";
import "./chunk-S3TMDBQ5.mjs";
import {
  UsageError,
  parseArgs
} from "./chunk-2AH2R7BX.mjs";
import {
  decisionsFile
} from "./chunk-R7ODJEZY.mjs";
import "./chunk-RL46IMCX.mjs";
import {
  stateHome
} from "./chunk-VL7M2WAP.mjs";
import "./chunk-4YJ4M3UI.mjs";
import "./chunk-H5RYQ4RP.mjs";
import "./chunk-GLDXOGL5.mjs";

// src/cli/commands/log.ts
import { readFileSync } from "node:fs";
var USAGE = `Usage: execguard log [--json] [--session ID] [--limit N] [--local]

Shows the guard decisions (deny, ask) the hooks recorded in $EXECGUARD_HOME/decisions.jsonl, or,
with a team store, the decisions of every machine on it (this machine's are sent first).
  --json        one JSON object per line, as recorded (with a store: plus "sentBy", the role)
  --session ID  only this Claude Code session
  --limit N     only the last N entries (default 50; 0 = all)
  --local       this machine's file only, even with a team store
`;
async function teamEntries(url, io, options) {
  const [{ PostgresStore }, { storedDecisions, syncDecisions }] = await Promise.all([
    import("./postgres-4U7OGXHX.mjs"),
    import("./decisions-R6UTBEFI.mjs")
  ]);
  let store;
  try {
    store = await PostgresStore.connect(url, io.env);
    await store.requireSchema();
    await syncDecisions(store, stateHome(io.env));
    const rows = await storedDecisions(store, { session: options.session, limit: options.limit || void 0 });
    return rows.map((r) => ({ ...r.entry, sentBy: r.byRole }));
  } catch (error) {
    io.stderr(`execguard log: the team store cannot be read (${error.message}); showing this machine's decisions only
`);
    return void 0;
  } finally {
    await store?.close().catch(() => {
    });
  }
}
function readEntries(file, io) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return [];
    throw error;
  }
  const entries = [];
  text.split("\n").forEach((line, index) => {
    if (!line.trim()) return;
    try {
      entries.push(JSON.parse(line));
    } catch {
      io.stderr(`execguard log: ${file}:${index + 1}: not a JSON line, skipped
`);
    }
  });
  return entries;
}
var oneLine = (text, max) => {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}\u2026` : flat;
};
async function run(argv, io) {
  const { flags, positionals } = parseArgs(argv, { valued: ["session", "limit"], boolean: ["json", "local"] });
  if (flags.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
  const limit = flags.limit === void 0 ? 50 : Number(flags.limit);
  if (!Number.isInteger(limit) || limit < 0) throw new UsageError(`--limit must be a whole number >= 0, got '${flags.limit}'`);
  const file = decisionsFile(io.env);
  const session = typeof flags.session === "string" ? flags.session : void 0;
  const store = flags.local ? void 0 : await commandStore(io);
  let entries = store && await teamEntries(store.url, io, { session, limit });
  const where = entries ? "the team store" : file;
  if (!entries) {
    entries = readEntries(file, io);
    if (session !== void 0) entries = entries.filter((e) => e.session === session);
    if (limit > 0) entries = entries.slice(-limit);
  }
  if (flags.json) {
    for (const entry of entries) io.stdout(`${JSON.stringify(entry)}
`);
    return 0;
  }
  if (entries.length === 0) {
    io.stdout(`No recorded decisions (${where}).
`);
    return 0;
  }
  for (const e of entries) {
    const who = [
      e.session ? `session ${e.session}` : "no session",
      e.agentId ? `agent ${e.agentId}` : "",
      e.grantId ? `grant ${e.grantId}` : "",
      e.sentBy ? `by ${e.sentBy}` : ""
    ].filter(Boolean).join(", ");
    io.stdout(`${e.time}  ${e.decision.toUpperCase().padEnd(5)} ${e.tool}: ${oneLine(e.command, 120)}
`);
    io.stdout(`    rules: ${e.rules.join(", ") || "-"}  (${who})
    ${oneLine(e.reason, 300)}
`);
  }
  return 0;
}
export {
  run
};
