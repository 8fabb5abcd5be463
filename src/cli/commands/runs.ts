// execguard runs [RUN_ID] [--json] [--prune [--older-than AGE]]: the runs in the state folder, or
// one run with its steps. A run whose owner process is gone is shown INTERRUPTED (its orphaned
// processes ended, its lock released) with the step it reached and the command that continues it
// (resume for execute runs only). A run whose meta.json is unreadable is listed as damaged, with
// what its journal still tells.
import { join } from 'node:path';
import { readJournalCounted } from '../../exec/journal/journal.js';
import { reapDeadRuns } from '../../exec/process/reap.js';
import { DEFAULT_RUN_RETENTION_MS, parseAge, pruneRuns, sweepState } from '../../exec/journal/retention.js';
import { continueCommand, listRuns, readRun, runsRoot, type RunMeta } from '../../exec/journal/run-store.js';
import { commandStore } from '../store-setting.js';
import type { TeamRun } from '../../store/team-journal.js';
import { stateHome } from '../../state/home.js';
import { UsageError, parseArgs, type Io } from '../io.js';

const USAGE = 'usage: execguard runs [RUN_ID] [--json] [--prune [--older-than AGE]]';

/** "; execguard resume ID" for what can be continued, by the run's kind. */
const next = (m: RunMeta) => continueCommand(m.kind, m.runId, m);

/** The list's note on a run: where it stopped and how to continue, and whether its meta is damaged. */
function noteOf(m: RunMeta): string {
  const notes: string[] = [];
  if (m.status === 'INTERRUPTED') notes.push(`at ${m.reached}; ${next(m)}`);
  // Stopped by a signal, a full disk or a resume that stopped short: it can be continued.
  else if (m.status === 'BLOCKED' && m.interrupted) notes.push(next(m));
  if (m.damaged) notes.push(`DAMAGED: ${m.damaged}`);
  return notes.length ? ` (${notes.join('; ')})` : '';
}

export async function run(argv: string[], io: Io): Promise<number> {
  const { flags, positionals } = parseArgs(argv, { valued: ['older-than'], boolean: ['json', 'prune'] });
  if (flags.help) {
    io.stdout(`${USAGE}\n\n--prune removes finished runs older than AGE (default 30d; e.g. 12h, 7d).\n`);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError(USAGE);
  const home = stateHome(io.env);
  const root = runsRoot(home);
  await reapDeadRuns(home);
  sweepState(home);
  if (flags.prune) {
    if (positionals.length) throw new UsageError(USAGE);
    const text = typeof flags['older-than'] === 'string' ? flags['older-than'] : undefined;
    const age = text === undefined ? DEFAULT_RUN_RETENTION_MS : parseAge(text);
    if (age === undefined) throw new UsageError(`--older-than: expected an age such as 30d, 12h or 90m, got '${text}'`);
    const removed = pruneRuns(home, age);
    if (flags.json) io.stdout(`${JSON.stringify({ removed }, null, 2)}\n`);
    else io.stdout(`removed ${removed.length} run(s) finished more than ${text ?? '30d'} ago from ${root}\n`);
    return 0;
  }
  if (flags['older-than'] !== undefined) throw new UsageError('--older-than goes with --prune');
  const url = (await commandStore(io))?.url;
  if (positionals.length === 0) {
    // With a team store: every machine's runs (this machine's as its own folder shows them).
    const local = listRuns(home);
    const runs: (RunMeta & { workspace?: string; roles?: string[] })[] = url ? await withTeamRuns(url, io, local) : local;
    if (flags.json)
      io.stdout(
        `${JSON.stringify(
          runs.map(({ summary: _s, approved: _a, ...m }) => m),
          null,
          2,
        )}\n`,
      );
    else if (runs.length === 0) io.stdout(`no runs in ${root}\n`);
    else {
      io.stdout(`${'RUN'.padEnd(40)} ${'KIND'.padEnd(8)} ${'STATUS'.padEnd(11)} PLAN\n`);
      for (const m of runs)
        io.stdout(
          `${m.runId.padEnd(40)} ${m.kind.padEnd(8)} ${m.status.padEnd(11)} ${m.planId}${m.roles ? ` (by ${m.roles.join(', ')})` : ''}${noteOf(m)}\n`,
        );
    }
    return 0;
  }
  const id = positionals[0]!;
  let meta = readRun(join(root, id), id);
  let { entries: journal, torn } = readJournalCounted(join(root, id, 'journal.jsonl'));
  let from = `folder ${join(root, id)}`;
  if (!meta && url) {
    // Another machine's run: its journal from the team store, with the chain checked.
    const { openStore } = await import('../../store/team-run.js');
    const { teamRun } = await import('../../store/team-journal.js');
    const store = await openStore(url, io.env);
    try {
      const found = await teamRun(store, id);
      if (found) {
        ({ meta, journal } = found);
        torn = 0;
        from = `team store (written by ${found.meta.roles.join(', ')}; hash chain ${found.breaks.length ? `BROKEN at rows ${found.breaks.join(', ')}` : 'intact'})`;
      }
    } finally {
      await store.close().catch(() => {});
    }
  }
  if (!meta) throw new UsageError(`no run ${id} in ${root}${url ? ' or the team store' : ''}`);
  const steps = journal.flatMap((e) =>
    e.type === 'step-start'
      ? [
          {
            seq: e.seq,
            step: e.step,
            command: e.command,
            started: e.ts,
            ...(() => {
              const end = journal.find((x) => x.type === 'step-end' && x.seq === e.seq);
              return end && end.type === 'step-end'
                ? {
                    exitCode: end.exitCode,
                    durationMs: end.durationMs,
                    ...(end.refused ? { refused: end.refused } : {}),
                    ...(end.log ? { log: end.log } : {}),
                  }
                : { unfinished: true };
            })(),
          },
        ]
      : [],
  );
  if (flags.json) {
    io.stdout(`${JSON.stringify({ ...meta, runDir: join(root, id), from, steps, journal, tornLines: torn }, null, 2)}\n`);
    return 0;
  }
  const lines = [
    `run ${meta.runId} (${meta.kind}) ${meta.status}${meta.status === 'INTERRUPTED' ? ` at ${meta.reached}: continue it with ${next(meta)}` : ''}`,
    ...(meta.damaged ? [`DAMAGED: ${meta.damaged}`] : []),
    ...(torn ? [`journal: ${torn} torn line(s) skipped`] : []),
    `plan ${meta.planId}: ${meta.planPath}`,
    `started ${meta.startedAt}${meta.finishedAt ? `, finished ${meta.finishedAt}` : ''}`,
    ...(meta.commit ? [`commit ${meta.commit}`] : []),
    ...(meta.applied ? [`applied: ${meta.applied.join(', ') || 'nothing'}`] : []),
    from,
    '',
    ...journal
      .filter((e) => e.type === 'phase' && e.status !== 'start')
      .map((e) => (e.type === 'phase' ? `[${e.phase}] ${e.status}${e.detail ? `: ${e.detail}` : ''}` : '')),
    '',
    ...steps.map(
      (s) =>
        `${String(s.seq).padStart(3)} ${'unfinished' in s ? 'UNFINISHED' : s.refused ? 'REFUSED' : `exit ${s.exitCode}`.padEnd(8)} ${s.step}: ${s.command}`,
    ),
  ];
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}

/**
 * This machine's runs and the team store's, one entry per run: a run this machine has is shown as
 * its folder says (it is the one that marks a dead owner INTERRUPTED), with the roles that wrote it.
 * A store that cannot be read leaves this machine's runs, with a warning: listing changes nothing.
 */
async function withTeamRuns(url: string, io: Io, local: RunMeta[]): Promise<(RunMeta & Partial<TeamRun>)[]> {
  let team: TeamRun[];
  try {
    const { openStore } = await import('../../store/team-run.js');
    const { teamRuns } = await import('../../store/team-journal.js');
    const store = await openStore(url, io.env);
    try {
      team = await teamRuns(store);
    } finally {
      await store.close().catch(() => {});
    }
  } catch (error) {
    io.stderr(`execguard runs: the team store cannot be read (${(error as Error).message}): this machine's runs only\n`);
    return local;
  }
  const byId = new Map(team.map((t) => [t.runId, t]));
  const merged = local.map((m) => {
    const t = byId.get(m.runId);
    byId.delete(m.runId);
    return t ? { ...m, workspace: t.workspace, roles: t.roles } : m;
  });
  return [...merged, ...byId.values()].sort((a, b) =>
    a.startedAt < b.startedAt ? -1 : a.startedAt > b.startedAt ? 1 : a.runId < b.runId ? -1 : 1,
  );
}
