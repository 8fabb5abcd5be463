// The team store as a command sees it: the setting from .execguard.yaml or EXECGUARD_STORE
// (src/store/config.ts), with a bad setting as a usage error and a shadowed EXECGUARD_STORE said
// on stderr, so nobody wonders which database a command used.
import { StoreConfigError, type StoreSetting, teamStore } from '../store/config.js';
import type { PostgresStore } from '../store/postgres.js';
import { stateHome } from '../state/home.js';
import { type Io, UsageError } from './io.js';

export async function commandStore(io: Io): Promise<StoreSetting | undefined> {
  try {
    const setting = await teamStore(io.env, io.cwd);
    if (setting?.note) io.stderr(`execguard: ${setting.note}\n`);
    return setting;
  } catch (error) {
    if (error instanceof StoreConfigError) throw new UsageError(error.message);
    throw error;
  }
}

/** The team store, connected for `execguard NAME`; undefined once stderr says why not (the command exits 2). */
export async function connectStore(name: string, url: string, io: Io): Promise<PostgresStore | undefined> {
  const { PostgresStore } = await import('../store/postgres.js');
  try {
    return await PostgresStore.connect(url, io.env);
  } catch (error) {
    io.stderr(`execguard ${name}: ${(error as Error).message}\n`);
    return undefined;
  }
}

/**
 * The hooks' decisions go to the team store with every run that has it (docs/team.md). They were all
 * made before the command started, so they travel while the run works: await the result at the end.
 */
export function sendDecisionsMeanwhile(url: string | undefined, io: Io): Promise<void> | undefined {
  if (!url) return undefined;
  return import('../store/decisions.js').then(({ sendDecisionsQuietly }) => sendDecisionsQuietly(url, io.env, stateHome(io.env)));
}
