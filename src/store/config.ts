// Which store a command uses: EXECGUARD_STORE (postgres://…) puts leases and the team journal in
// PostgreSQL; without it the embedded file store is in force.

export function storeUrl(env: NodeJS.ProcessEnv): string | undefined {
  const url = env.EXECGUARD_STORE?.trim();
  return url ? url : undefined;
}

/** What a team-store command says when no store is set. */
export const NO_STORE =
  'needs the team store: set EXECGUARD_STORE=postgres://USER@HOST/DB (password in PGPASSWORD or ~/.pgpass); see docs/team.md';
