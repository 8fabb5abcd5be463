import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  UsageError,
  parseArgs
} from "./chunk-6DUTV3N7.mjs";
import {
  decisionsFile
} from "./chunk-ALJGPUEU.mjs";
import "./chunk-PMFGONYC.mjs";
import "./chunk-VL7M2WAP.mjs";
import "./chunk-GLDXOGL5.mjs";

// src/cli/commands/log.ts
import { readFileSync } from "node:fs";
var USAGE = `Usage: execguard log [--json] [--session ID] [--limit N]

Shows the guard decisions (deny, ask) the hooks recorded in $EXECGUARD_HOME/decisions.jsonl.
  --json        one JSON object per line, as recorded
  --session ID  only this Claude Code session
  --limit N     only the last N entries (default 50; 0 = all)
`;
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
  const { flags, positionals } = parseArgs(argv, { valued: ["session", "limit"], boolean: ["json"] });
  if (flags.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
  const limit = flags.limit === void 0 ? 50 : Number(flags.limit);
  if (!Number.isInteger(limit) || limit < 0) throw new UsageError(`--limit must be a whole number >= 0, got '${flags.limit}'`);
  const file = decisionsFile(io.env);
  let entries = readEntries(file, io);
  if (typeof flags.session === "string") entries = entries.filter((e) => e.session === flags.session);
  if (limit > 0) entries = entries.slice(-limit);
  if (flags.json) {
    for (const entry of entries) io.stdout(`${JSON.stringify(entry)}
`);
    return 0;
  }
  if (entries.length === 0) {
    io.stdout(`No recorded decisions (${file}).
`);
    return 0;
  }
  for (const e of entries) {
    const who = [
      e.session ? `session ${e.session}` : "no session",
      e.agentId ? `agent ${e.agentId}` : "",
      e.grantId ? `grant ${e.grantId}` : ""
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
