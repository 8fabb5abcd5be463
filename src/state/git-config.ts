export async function readGitConfig(_dir: string, _env: NodeJS.ProcessEnv): Promise<import('../guard/run-files/types.js').GitConfigRead> {
  return { unreadable: 'not yet' };
}
