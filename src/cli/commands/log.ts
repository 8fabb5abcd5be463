// `execguard log [--json] [--session ID] [--limit N]`: the denials and asks the hooks recorded,
// newest last, so a user can see what was blocked and why.
import { readFileSync } from 'node:fs';
import { decisionsFile, type DecisionEntry } from '../../hooks/decision-log.js';
import { parseArgs, UsageError, type Io } from '../io.js';

const USAGE = `Usage: execguard log [--json] [--session ID] [--limit N]

Shows the guard decisions (deny, ask) the hooks recorded in $EXECGUARD_HOME/decisions.jsonl.
  --json        one JSON object per line, as recorded
  --session ID  only this Claude Code session
  --limit N     only the last N entries (default 50; 0 = all)
`;

function readEntries(file: string, io: Io): DecisionEntry[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const entries: DecisionEntry[] = [];
  text.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    try {
      entries.push(JSON.parse(line) as DecisionEntry);
    } catch {
      io.stderr(`execguard log: ${file}:${index + 1}: not a JSON line, skipped\n`);
    }
  });
  return entries;
}

const oneLine = (text: string, max: number) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

export async function run(argv: string[], io: Io): Promise<number> {
  const { flags, positionals } = parseArgs(argv, { valued: ['session', 'limit'], boolean: ['json'] });
  if (flags.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
  const limit = flags.limit === undefined ? 50 : Number(flags.limit);
  if (!Number.isInteger(limit) || limit < 0) throw new UsageError(`--limit must be a whole number >= 0, got '${flags.limit}'`);
  const file = decisionsFile(io.env);
  let entries = readEntries(file, io);
  if (typeof flags.session === 'string') entries = entries.filter((e) => e.session === flags.session);
  if (limit > 0) entries = entries.slice(-limit);
  if (flags.json) {
    for (const entry of entries) io.stdout(`${JSON.stringify(entry)}\n`);
    return 0;
  }
  if (entries.length === 0) {
    io.stdout(`No recorded decisions (${file}).\n`);
    return 0;
  }
  for (const e of entries) {
    const who = [
      e.session ? `session ${e.session}` : 'no session',
      e.agentId ? `agent ${e.agentId}` : '',
      e.grantId ? `grant ${e.grantId}` : '',
    ]
      .filter(Boolean)
      .join(', ');
    io.stdout(`${e.time}  ${e.decision.toUpperCase().padEnd(5)} ${e.tool}: ${oneLine(e.command, 120)}\n`);
    io.stdout(`    rules: ${e.rules.join(', ') || '-'}  (${who})\n    ${oneLine(e.reason, 300)}\n`);
  }
  return 0;
}
