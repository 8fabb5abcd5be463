// Which store a command uses. `store: postgres://…` in the project's .execguard.yaml wins: the file
// is the user's (the agent cannot edit it), while anyone who starts a command can set its
// environment. EXECGUARD_STORE applies when the file names no store (a CI runner, one person's
// machine). Neither may carry a password (PGPASSWORD or ~/.pgpass). Without either, the embedded
// file store is in force.
import { storeUrlProblem } from '../guard/store-url.js';
import { loadPolicy } from '../state/policy-file.js';

/** EXECGUARD_STORE alone; commands ask teamStore(), which reads the policy file first. */
function storeUrl(env: NodeJS.ProcessEnv): string | undefined {
  const url = env.EXECGUARD_STORE?.trim();
  return url ? url : undefined;
}

/** What a team-store command says when no store is set. */
export const NO_STORE =
  'needs the team store: set EXECGUARD_STORE=postgres://USER@HOST/DB, or store: postgres://HOST/DB in .execguard.yaml (password in PGPASSWORD or ~/.pgpass); see docs/team.md';

export interface StoreSetting {
  url: string;
  /** Where it came from: the project's policy file, or the environment. */
  from: 'policy' | 'env';
  /** Set when the environment names another store than the file (the file's is used). */
  note?: string;
  /** The project's policy asks for the plan lock (approvals.planLock). */
  planLock?: boolean;
}

export class StoreConfigError extends Error {
  override readonly name = 'StoreConfigError';
}

/** The store for commands run in `cwd`; a bad setting (or policy file) throws StoreConfigError. */
export async function teamStore(env: NodeJS.ProcessEnv, cwd: string): Promise<StoreSetting | undefined> {
  let fromFile: string | undefined;
  let planLock = false;
  try {
    const policy = await loadPolicy(cwd);
    fromFile = policy.store;
    planLock = policy.approvals.planLock;
  } catch (error) {
    throw new StoreConfigError((error as Error).message);
  }
  const fromEnv = storeUrl(env);
  if (fromFile)
    return {
      url: fromFile,
      from: 'policy',
      ...(planLock ? { planLock } : {}),
      ...(fromEnv && fromEnv !== fromFile ? { note: 'EXECGUARD_STORE names another store; the one in .execguard.yaml is used' } : {}),
    };
  if (!fromEnv) return undefined;
  const problem = storeUrlProblem(fromEnv);
  if (problem) throw new StoreConfigError(`EXECGUARD_STORE: ${problem}`);
  return { url: fromEnv, from: 'env', ...(planLock ? { planLock } : {}) };
}
