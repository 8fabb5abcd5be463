// `execguard store migrate`: creates or upgrades the team store's schema (idempotent, versioned).
import { NO_STORE, storeUrl } from '../../store/config.js';
import { parseArgs, UsageError, type Io } from '../io.js';

const USAGE = `Usage: execguard store migrate [--json]

Creates or upgrades the PostgreSQL schema of the team store named by EXECGUARD_STORE
(postgres://USER@HOST/DB; the password comes from PGPASSWORD or ~/.pgpass). Safe to run again.
Commands refuse a schema they do not know. Exit 0 done, 1 usage error, 2 the store refused.
`;

export async function run(argv: string[], io: Io): Promise<number> {
  const { flags, positionals } = parseArgs(argv, { boolean: ['json'] });
  if (flags.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (positionals[0] !== 'migrate' || positionals.length !== 1) throw new UsageError(USAGE.split('\n')[0] ?? USAGE);
  const url = storeUrl(io.env);
  if (!url) throw new UsageError(`execguard store migrate ${NO_STORE}`);
  const { PostgresStore } = await import('../../store/postgres.js');
  const store = await PostgresStore.connect(url, io.env);
  try {
    const [from, to] = await store.migrate();
    if (flags.json) io.stdout(`${JSON.stringify({ from, to })}\n`);
    else
      io.stdout(
        from === to ? `the store's schema is current (version ${to})\n` : `migrated the store's schema from version ${from} to ${to}\n`,
      );
    return 0;
  } catch (error) {
    io.stderr(`execguard store: ${(error as Error).message}\n`);
    return 2;
  } finally {
    await store.close();
  }
}
