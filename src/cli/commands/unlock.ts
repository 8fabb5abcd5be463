// `execguard unlock WORKSPACE --reason TEXT`: breaks a lease in the team store; the store records
// who broke it (the database role), why, and what was held, so an unlock is never silent.
import { NO_STORE } from '../../store/config.js';
import { commandStore, connectStore } from '../store-setting.js';
import { parseArgs, UsageError, type Io } from '../io.js';

const USAGE = 'usage: execguard unlock WORKSPACE --reason TEXT [--json]';

export async function run(argv: string[], io: Io): Promise<number> {
  const { flags, positionals } = parseArgs(argv, { valued: ['reason'], boolean: ['json'] });
  if (flags.help) {
    io.stdout(`${USAGE}\n\nBreaks the lease on WORKSPACE (as execguard locks names it) and records who, why and what was held.\n`);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(USAGE);
  if (typeof flags.reason !== 'string' || flags.reason.trim() === '')
    throw new UsageError(`${USAGE} (the reason is required: it is recorded)`);
  const url = (await commandStore(io))?.url;
  if (!url) throw new UsageError(`execguard unlock ${NO_STORE}`);
  const store = await connectStore('unlock', url, io);
  if (!store) return 2;
  try {
    await store.requireSchema();
    const broken = await store.unlock(positionals[0]!, flags.reason);
    if (flags.json) io.stdout(`${JSON.stringify({ workspace: positionals[0], broken: broken ?? null })}\n`);
    else
      io.stdout(
        broken
          ? `broke the lease on ${broken.workspace} held by ${broken.owner.user}@${broken.owner.host} (token ${broken.token}); recorded\n`
          : `no lease on ${positionals[0]}; the attempt is recorded\n`,
      );
    return 0;
  } catch (error) {
    io.stderr(`execguard unlock: ${(error as Error).message}\n`);
    return 2;
  } finally {
    await store.close();
  }
}
