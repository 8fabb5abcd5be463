// `execguard store migrate|sync|verify`: creates or upgrades the team store's schema (idempotent,
// versioned); sends the decisions the hooks kept in this state folder; checks the hash chains.
import { NO_STORE } from '../../store/config.js';
import type { PostgresStore } from '../../store/postgres.js';
import { stateHome } from '../../state/home.js';
import { commandStore, connectStore } from '../store-setting.js';
import { parseArgs, UsageError, type Io } from '../io.js';

const USAGE = `Usage: execguard store migrate|sync|verify [--json]

  migrate  creates or upgrades the PostgreSQL schema of the team store (safe to run again)
  sync     sends the guard decisions the hooks kept in this state folder (decisions.jsonl)
  verify   checks the hash chains of the reviews, approvals and decisions

The store is store: in .execguard.yaml, else EXECGUARD_STORE (postgres://USER@HOST/DB; the
password comes from PGPASSWORD or ~/.pgpass). Commands refuse a schema they do not know.
Exit 0 done, 1 usage error, 2 the store refused or could not be reached (nothing is lost: the
decisions stay in the state folder until a sync gets them through).
`;

type Action = (store: PostgresStore, io: Io) => Promise<{ json: unknown; text: string; code?: number }>;

const ACTIONS: Record<string, Action> = {
  migrate: async (store) => {
    const [from, to] = await store.migrate();
    return {
      json: { from, to },
      text: from === to ? `the store's schema is current (version ${to})\n` : `migrated the store's schema from version ${from} to ${to}\n`,
    };
  },
  sync: async (store, io) => {
    await store.requireSchema();
    const { syncDecisions } = await import('../../store/decisions.js');
    const result = await syncDecisions(store, stateHome(io.env));
    return {
      json: result,
      text: `sent ${result.sent} decision(s) to the team store${result.known ? ` (${result.known} were there already)` : ''}\n`,
    };
  },
  verify: async (store) => {
    await store.requireSchema();
    const { brokenLinks } = await import('../../store/reviews.js');
    const broken: Record<string, number[]> = {};
    for (const table of ['execguard_reviews', 'execguard_approvals', 'execguard_decisions'] as const)
      broken[table] = await brokenLinks(store, table);
    const bad = Object.entries(broken).filter(([, ids]) => ids.length);
    return {
      json: broken,
      text: bad.length ? bad.map(([t, ids]) => `${t}: rows ${ids.join(', ')} do not fit the chain\n`).join('') : 'every chain holds\n',
      code: bad.length ? 2 : 0,
    };
  },
};

export async function run(argv: string[], io: Io): Promise<number> {
  const { flags, positionals } = parseArgs(argv, { boolean: ['json'] });
  if (flags.help) {
    io.stdout(USAGE);
    return 0;
  }
  const action = positionals.length === 1 ? ACTIONS[positionals[0]!] : undefined;
  if (!action) throw new UsageError(USAGE.split('\n')[0] ?? USAGE);
  const url = (await commandStore(io))?.url;
  if (!url) throw new UsageError(`execguard store ${positionals[0]} ${NO_STORE}`);
  const store = await connectStore('store', url, io);
  if (!store) return 2;
  try {
    const out = await action(store, io);
    io.stdout(flags.json ? `${JSON.stringify(out.json)}\n` : out.text);
    return out.code ?? 0;
  } catch (error) {
    const kept = positionals[0] === 'sync' ? '; the decisions stay in this state folder until a sync gets them through' : '';
    io.stderr(`execguard store: ${(error as Error).message}${kept}\n`);
    return 2;
  } finally {
    await store.close().catch(() => {});
  }
}
