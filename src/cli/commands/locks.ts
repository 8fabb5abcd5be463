// `execguard locks [--json]`: the leases in force in the team store (workspace, owner, token, expiry).
import { NO_STORE } from '../../store/config.js';
import { commandStore, connectStore } from '../store-setting.js';
import { parseArgs, UsageError, type Io } from '../io.js';

export async function run(argv: string[], io: Io): Promise<number> {
  const { flags } = parseArgs(argv, { boolean: ['json'] });
  if (flags.help) {
    io.stdout(
      'Usage: execguard locks [--json]\n\nThe workspace leases in the team store (store: in .execguard.yaml, or EXECGUARD_STORE): owner, fencing token, expiry.\n',
    );
    return 0;
  }
  const url = (await commandStore(io))?.url;
  if (!url) throw new UsageError(`execguard locks ${NO_STORE}`);
  const store = await connectStore('locks', url, io);
  if (!store) return 2;
  try {
    await store.requireSchema();
    const leases = await store.leases();
    if (flags.json) io.stdout(`${JSON.stringify(leases, null, 2)}\n`);
    else if (leases.length === 0) io.stdout('no leases\n');
    else
      for (const l of leases)
        io.stdout(
          `${l.workspace}\n  held by ${l.owner.user}@${l.owner.host}${l.owner.runId ? ` (run ${l.owner.runId})` : ''}, token ${l.token}, ${l.expired ? 'expired' : 'until'} ${l.expiresAt}\n`,
        );
    return 0;
  } catch (error) {
    io.stderr(`execguard locks: ${(error as Error).message}\n`);
    return 2;
  } finally {
    await store.close();
  }
}
