// `execguard log [--json] [--session ID] [--limit N] [--local]`: the denials and asks the hooks
// recorded, newest last, so a user can see what was blocked and why. With a team store
// (docs/team.md) it first sends this machine's spool, then shows the team's decisions from every
// machine, each with the database role that sent it; a store it cannot read falls back to this
// machine's file, with a warning.
import { readFileSync } from 'node:fs';
import { decisionsFile, type DecisionEntry } from '../../hooks/decision-log.js';
import type { PostgresStore as PostgresStoreType } from '../../store/postgres.js';
import { stateHome } from '../../state/home.js';
import { parseArgs, UsageError, type Io } from '../io.js';
import { commandStore } from '../store-setting.js';

const USAGE = `Usage: execguard log [--json] [--session ID] [--limit N] [--local]

Shows the guard decisions (deny, ask) the hooks recorded in $EXECGUARD_HOME/decisions.jsonl, or,
with a team store, the decisions of every machine on it (this machine's are sent first).
  --json        one JSON object per line, as recorded (with a store: plus "sentBy", the role)
  --session ID  only this Claude Code session
  --limit N     only the last N entries (default 50; 0 = all)
  --local       this machine's file only, even with a team store
`;

type Shown = DecisionEntry & { sentBy?: string };

/** The team's decisions, after sending this machine's; undefined (with a warning) when the store cannot be read. */
async function teamEntries(url: string, io: Io, options: { session?: string; limit: number }): Promise<Shown[] | undefined> {
  const [{ PostgresStore }, { storedDecisions, syncDecisions }] = await Promise.all([
    import('../../store/postgres.js'),
    import('../../store/decisions.js'),
  ]);
  let store: PostgresStoreType | undefined;
  try {
    store = await PostgresStore.connect(url, io.env);
    await store.requireSchema();
    await syncDecisions(store, stateHome(io.env));
    const rows = await storedDecisions(store, { session: options.session, limit: options.limit || undefined });
    return rows.map((r) => ({ ...(r.entry as unknown as DecisionEntry), sentBy: r.byRole }));
  } catch (error) {
    io.stderr(`execguard log: the team store cannot be read (${(error as Error).message}); showing this machine's decisions only\n`);
    return undefined;
  } finally {
    await store?.close().catch(() => {});
  }
}

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
  const { flags, positionals } = parseArgs(argv, { valued: ['session', 'limit'], boolean: ['json', 'local'] });
  if (flags.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
  const limit = flags.limit === undefined ? 50 : Number(flags.limit);
  if (!Number.isInteger(limit) || limit < 0) throw new UsageError(`--limit must be a whole number >= 0, got '${flags.limit}'`);
  const file = decisionsFile(io.env);
  const session = typeof flags.session === 'string' ? flags.session : undefined;
  const store = flags.local ? undefined : await commandStore(io);
  let entries: Shown[] | undefined = store && (await teamEntries(store.url, io, { session, limit }));
  const where = entries ? 'the team store' : file;
  if (!entries) {
    entries = readEntries(file, io);
    if (session !== undefined) entries = entries.filter((e) => e.session === session);
    if (limit > 0) entries = entries.slice(-limit);
  }
  if (flags.json) {
    for (const entry of entries) io.stdout(`${JSON.stringify(entry)}\n`);
    return 0;
  }
  if (entries.length === 0) {
    io.stdout(`No recorded decisions (${where}).\n`);
    return 0;
  }
  for (const e of entries) {
    const who = [
      e.session ? `session ${e.session}` : 'no session',
      e.agentId ? `agent ${e.agentId}` : '',
      e.grantId ? `grant ${e.grantId}` : '',
      e.sentBy ? `by ${e.sentBy}` : '',
    ]
      .filter(Boolean)
      .join(', ');
    io.stdout(`${e.time}  ${e.decision.toUpperCase().padEnd(5)} ${e.tool}: ${oneLine(e.command, 120)}\n`);
    io.stdout(`    rules: ${e.rules.join(', ') || '-'}  (${who})\n    ${oneLine(e.reason, 300)}\n`);
  }
  return 0;
}
