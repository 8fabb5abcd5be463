// What makes a team-store setting usable: a postgres:// URL that carries no password (a password
// in a file or an environment variable's URL ends up in process lists, logs and commits; it comes
// from PGPASSWORD or ~/.pgpass instead). Pure: the policy parser and the store's config both ask.

/** Why `text` is not a usable store URL, or undefined when it is. */
export function storeUrlProblem(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'expected a postgres://USER@HOST/DB URL';
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') return 'expected a postgres://USER@HOST/DB URL';
  if (url.password) return 'the URL carries a password: put it in PGPASSWORD or ~/.pgpass, never in the URL';
  if (!url.hostname) return 'the URL names no host (postgres://USER@HOST/DB)';
  return undefined;
}
